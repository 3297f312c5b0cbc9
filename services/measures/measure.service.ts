import type { Caller } from '../shared/auth/caller';
import type { Clock } from '../shared/clock';
import { newId } from '../shared/ids';
import { idempotentRequest } from '../shared/idempotency';
import { pageSize, toConnection } from '../shared/pagination';
import { localDay } from '../shared/time';
import type { TherapistLink } from '../sessions/session.service';
import { type SafetySignal, SafetySignalKind } from '../sessions/session.safety.type';
import { supportResourcesFor } from '../sessions/support-resources';
import type { UserService } from '../users/user.service';
import { INSTRUMENT_LIST, INSTRUMENTS } from './instruments';
import type { MeasureInstrument } from './measure.enums';
import type { SubmitMeasureInput } from './measure.input';
import type { MeasureRecord } from './measure.record';
import type { MeasureRepository } from './measure.repository';
import { changeBetween, checkAnswers, raisesSelfHarmSignal, scoreAnswers } from './measure.scoring';
import type { Instrument, Measure, MeasureTrend, SubmitMeasurePayload } from './measure.type';

const SELF_HARM_MESSAGE =
  "You answered that you have had thoughts that you would be better off dead or of hurting yourself. Thank you for answering honestly. You don't have to face this alone: the people below are there to listen, any time.";
const SELF_HARM_THERAPIST_PROMPT = 'If you can, let your therapist know about these thoughts soon.';

export function toMeasure(record: MeasureRecord): Measure {
  return {
    id: record.id,
    instrument: record.instrument,
    answers: [...record.answers],
    ...scoreAnswers(record.instrument, record.answers),
    completedAt: new Date(record.completedAt),
    day: record.localDay,
  };
}

export class MeasureService {
  constructor(
    private readonly repo: MeasureRepository,
    private readonly users: UserService,
    private readonly clock: Clock,
    private readonly therapists: TherapistLink = { hasActiveTherapist: async () => false },
  ) {}

  instruments(): Instrument[] {
    return INSTRUMENT_LIST.map((i) => ({ ...i, items: [...i.items], options: [...i.options], bands: [...i.bands] }));
  }

  /** Checked before anything is read or written; item 9 of a PHQ-9 answers with support at once and never blocks the write. */
  async submit(caller: Caller, input: SubmitMeasureInput): Promise<SubmitMeasurePayload> {
    const now = this.clock.now();
    checkAnswers(INSTRUMENTS[input.instrument], input.answers);
    const profile = await this.users.ensureProfile(caller);
    const record: MeasureRecord = {
      id: newId(now),
      sub: caller.sub,
      instrument: input.instrument,
      answers: [...input.answers],
      score: scoreAnswers(input.instrument, input.answers).score,
      completedAt: now.toISOString(),
      localDay: localDay(now, profile.timeZone),
      version: 1,
      createdAt: now.toISOString(),
    };
    const { record: stored } = await this.repo.create(record, idempotentRequest('submitMeasure', input), now);
    const safetySignals = raisesSelfHarmSignal(stored.instrument, stored.answers) ? [await this.selfHarmSignal(caller.sub, profile.country ?? null)] : [];
    return { measure: toMeasure(stored), safetySignals };
  }

  private async selfHarmSignal(sub: string, country: string | null): Promise<SafetySignal> {
    const hasTherapist = await this.therapists.hasActiveTherapist(sub);
    return {
      kind: SafetySignalKind.SELF_HARM_THOUGHTS,
      message: SELF_HARM_MESSAGE,
      sessionIds: [],
      resources: supportResourcesFor(country),
      involveTherapistPrompt: hasTherapist ? SELF_HARM_THERAPIST_PROMPT : null,
    };
  }

  async list(caller: Caller, args: { instrument?: MeasureInstrument | null; first?: number | null; after?: string | null }) {
    const page = await this.repo.page(caller.sub, args.instrument ?? null, pageSize(args.first), args.after);
    return toConnection({ ...page, items: page.items.map(toMeasure) });
  }

  /** The latest result beside the one before it: one Query of two items. */
  async trend(caller: Caller, instrument: MeasureInstrument): Promise<MeasureTrend> {
    const { items } = await this.repo.page(caller.sub, instrument, 2);
    const [latest, previous] = items;
    const change = latest && previous ? changeBetween(instrument, previous.score, latest.score) : null;
    return {
      instrument,
      latest: latest ? toMeasure(latest) : null,
      previous: previous ? toMeasure(previous) : null,
      change: change?.change ?? null,
      direction: change?.direction ?? null,
      meaningful: change?.meaningful ?? null,
      meaningfulChange: INSTRUMENTS[instrument].meaningfulChange,
    };
  }
}
