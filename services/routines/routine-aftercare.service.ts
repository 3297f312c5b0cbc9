import type { AftercareDraft, AftercareSuggester } from '../sessions/session.service';
import type { SessionRecord } from '../sessions/session.record';
import type { Caller } from '../shared/auth/caller';
import type { Clock } from '../shared/clock';
import { WHEN_LIMITS } from '../shared/inputs';
import { inOrder, settle, unsettle } from '../shared/together';
import { RoutineKind, RoutineStatus } from './routine.enums';
import type { RoutineRecord } from './routine.record';
import type { CompletionRepository, RoutineRepository } from './routine.repository';
import { toRoutine, toTemplate } from './routine.service';
import { AFTERCARE_TEMPLATE_ID, findTemplate, type RoutineTemplateRecord } from './routine.templates';
import type { AftercareSuggestion } from './routine.type';

export const AFTERCARE_MESSAGE = {
  own: (name: string) => `When you are ready, your aftercare is here: "${name}". Dab, never rub, and take your time.`,
  template:
    'When you are ready, a few gentle minutes of aftercare help your skin and tell your body the wave has passed: dab, never rub, a cool compress, water, something cosy.',
} as const;

/** Aftercare after a session, for the sessions domain (AftercareSuggester): reads routines and completions, writes nothing. */
export class AftercareService implements AftercareSuggester {
  constructor(
    private readonly routines: Pick<RoutineRepository, 'all'>,
    private readonly completions: Pick<CompletionRepository, 'between'>,
    private readonly clock: Clock,
  ) {}

  /**
   * After a session: the member's active aftercare routine (the most recently updated, if
   * several), else the aftercare template; null when aftercare was already recorded for it.
   * One Query of the routines; for a session that existed before, one more of the
   * completions since it started (a completion naming a session cannot be dated earlier).
   */
  async suggest(caller: Caller, session: Pick<SessionRecord, 'id' | 'startedAt'>, options: { justCreated: boolean }): Promise<AftercareSuggestion | null> {
    return this.prepare(caller, options.justCreated ? undefined : session).suggest(session, options);
  }

  /**
   * The same, with its reads started before the session is written so they
   * overlap the write (issue #19): the routines, and the completions of a
   * session that exists already (`existing`).
   */
  prepare(caller: Caller, existing?: Pick<SessionRecord, 'id' | 'startedAt'>): AftercareDraft {
    const routines = settle(this.routines.all(caller.sub));
    const recordedEarly = existing && settle(this.aftercareRecorded(caller, existing));
    return {
      ready: Promise.all([routines, recordedEarly]),
      suggest: async (session, options) => {
        const recordedFor = async () => {
          if (options.justCreated) return false;
          return recordedEarly && existing?.id === session.id && existing.startedAt === session.startedAt
            ? unsettle(await recordedEarly)
            : this.aftercareRecorded(caller, session);
        };
        const [all, recorded] = await inOrder(routines.then(unsettle), recordedFor());
        return recorded ? null : aftercareFrom(all);
      },
    };
  }

  private async aftercareRecorded(caller: Caller, session: Pick<SessionRecord, 'id' | 'startedAt'>): Promise<boolean> {
    const until = new Date(this.clock.now().getTime() + WHEN_LIMITS.futureSkewMs + 1).toISOString();
    const { records } = await this.completions.between(caller.sub, session.startedAt, until);
    return records.some((completion) => completion.sessionId === session.id && completion.routineKind === RoutineKind.AFTERCARE);
  }
}

/** The member's active aftercare routine (the most recently updated, if several), else the template. */
function aftercareFrom(routines: readonly RoutineRecord[]): AftercareSuggestion {
  const own = routines
    .filter((routine) => routine.kind === RoutineKind.AFTERCARE && routine.status === RoutineStatus.ACTIVE)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))[0];
  if (own) return { message: AFTERCARE_MESSAGE.own(own.name), routine: toRoutine(own), template: null };
  return { message: AFTERCARE_MESSAGE.template, routine: null, template: toTemplate(findTemplate(AFTERCARE_TEMPLATE_ID) as RoutineTemplateRecord) };
}
