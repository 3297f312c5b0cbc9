import { notificationsOf, type TableChange } from '../../../services/live/stream-events';
import { CLIENT, THERAPIST } from './sharing.fakes';

const alertItem = {
  entity: 'Alert',
  id: 'A1',
  clientSub: CLIENT,
  therapistSub: THERAPIST,
  grantId: 'G1',
  reason: 'SAFETY_SIGNAL',
  signalKinds: ['SELF_HARM_THOUGHTS'],
};
const change = (name: TableChange['name']): TableChange => ({ id: 'e1', name, entity: 'Alert', at: '2026-11-22T12:00:00.000Z', newItem: alertItem });

describe('alerts on the stream', () => {
  it('tells the therapist of a new alert with ids only, never the signal or anything the client wrote', () => {
    expect(notificationsOf(change('INSERT'))).toEqual([
      { id: 'alert:A1', recipientSub: THERAPIST, kind: 'SAFETY_ALERT', at: '2026-11-22T12:00:00.000Z', grantId: 'G1' },
    ]);
  });

  it('tells nobody twice: only the insert notifies', () => {
    expect(notificationsOf({ ...change('MODIFY'), oldItem: alertItem })).toEqual([]);
  });
});
