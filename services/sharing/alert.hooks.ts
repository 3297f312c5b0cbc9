import type { MeasureService } from '../measures/measure.service';
import type { SessionService } from '../sessions/session.service';
import type { SignalListener } from './alert.service';

/**
 * Where safety signals are computed (ending or logging a session, submitting
 * a measure), the listener hears of them once the member's write has
 * returned: the write never waits on an alert's failure, and a write that
 * raised no signal costs nothing more. Applied once, in the wiring
 * (services/graphql/context.ts), so sessions and measures know nothing of alerts.
 */
export function alertingSessions(sessions: SessionService, listener: SignalListener): SessionService {
  const end = sessions.end.bind(sessions);
  const log = sessions.log.bind(sessions);
  sessions.end = async (caller, input) => {
    const payload = await end(caller, input);
    await listener.afterSignals(
      caller.sub,
      payload.session.id,
      payload.safetySignals.map((s) => s.kind),
    );
    return payload;
  };
  sessions.log = async (caller, input) => {
    const payload = await log(caller, input);
    await listener.afterSignals(
      caller.sub,
      payload.session.id,
      payload.safetySignals.map((s) => s.kind),
    );
    return payload;
  };
  return sessions;
}

export function alertingMeasures(measures: MeasureService, listener: SignalListener): MeasureService {
  const submit = measures.submit.bind(measures);
  measures.submit = async (caller, input) => {
    const payload = await submit(caller, input);
    await listener.afterSignals(
      caller.sub,
      payload.measure.id,
      payload.safetySignals.map((s) => s.kind),
    );
    return payload;
  };
  return measures;
}
