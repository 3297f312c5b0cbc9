import { FixedClock } from '../../../services/shared/clock';
import type { AlertRepository } from '../../../services/sharing/alert.repository';
import { AlertService } from '../../../services/sharing/alert.service';
import { GrantScope } from '../../../services/sharing/sharing.enums';
import type { GrantRecord } from '../../../services/sharing/sharing.record';
import { buildGrant, client, CLIENT, NOW, THERAPIST } from './sharing.fakes';

const SECOND_THERAPIST = '1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d';

function setup(grants: GrantRecord[]) {
  const repo = {
    grant: jest.fn(async (_client: string, therapistSub: string) => grants.find((g) => g.therapistSub === therapistSub)),
    clientGrants: jest.fn(async () => grants),
    updateGrant: jest.fn(async (grant: GrantRecord, changes: Partial<GrantRecord>) => ({ ...grant, ...changes, version: grant.version + 1 })),
  };
  const alerts = { putAlert: jest.fn<ReturnType<AlertRepository['putAlert']>, Parameters<AlertRepository['putAlert']>>(async () => true) };
  const caseload = { applyUpdate: jest.fn(async () => undefined) };
  const service = new AlertService(repo, alerts, caseload, new FixedClock(NOW));
  return { service, repo, alerts, caseload };
}

describe('AlertService', () => {
  beforeEach(() => jest.clearAllMocks());

  describe('afterSignals', () => {
    it('writes nothing and alerts nobody without the opt-in', async () => {
      const { service, alerts } = setup([buildGrant({ scopes: [GrantScope.SESSIONS] })]);

      await service.afterSignals(CLIENT, 'S1', ['SELF_HARM_THOUGHTS']);

      expect(alerts.putAlert).not.toHaveBeenCalled();
    });

    it('alerts each opted-in therapist once per source item, with the opt-in re-checked in the write', async () => {
      const { service, alerts } = setup([
        buildGrant({ alertOnSafetySignal: true }),
        buildGrant({ therapistSub: SECOND_THERAPIST, id: '01JD5GRANT0000000000000001' }),
      ]);

      await service.afterSignals(CLIENT, 'S1', ['FELT_UNSAFE', 'SELF_HARM_THOUGHTS']);

      expect(alerts.putAlert).toHaveBeenCalledTimes(1);
      const [alert, source, entry, grant, requireOptIn] = alerts.putAlert.mock.calls[0]!;
      expect(alert).toMatchObject({ therapistSub: THERAPIST, reason: 'SAFETY_SIGNAL', signalKinds: ['FELT_UNSAFE', 'SELF_HARM_THOUGHTS'], sourceId: 'S1' });
      expect(source).toBe('S1');
      expect(entry).toMatchObject({ clientSub: CLIENT, therapistSub: THERAPIST, operation: 'safetyAlert', itemIds: [alert.id] });
      expect(grant.therapistSub).toBe(THERAPIST);
      expect(requireOptIn).toBe(true);
    });

    it('ignores an opted-in share that is no longer active', async () => {
      const { service, alerts, caseload } = setup([buildGrant({ alertOnSafetySignal: true, status: 'REVOKED', scopes: [GrantScope.SAFETY_SIGNALS] })]);

      await service.afterSignals(CLIENT, 'S1', ['SELF_HARM_THOUGHTS']);

      expect(alerts.putAlert).not.toHaveBeenCalled();
      expect(caseload.applyUpdate).not.toHaveBeenCalled();
    });

    it('records the signal kinds for the caseload only when a share includes SAFETY_SIGNALS', async () => {
      const { service, caseload } = setup([buildGrant({ scopes: [GrantScope.SAFETY_SIGNALS] })]);

      await service.afterSignals(CLIENT, 'S1', ['FELT_UNSAFE']);

      expect(caseload.applyUpdate).toHaveBeenCalledWith({ clientSub: CLIENT, set: { signal_FELT_UNSAFE: NOW.toISOString() }, add: {} }, NOW.toISOString());
    });

    it('never fails the member’s write when an alert cannot be written', async () => {
      const { service, alerts } = setup([buildGrant({ alertOnSafetySignal: true })]);
      alerts.putAlert.mockRejectedValueOnce(new Error('throttled'));

      await expect(service.afterSignals(CLIENT, 'S1', ['SELF_HARM_THOUGHTS'])).resolves.toBeUndefined();
    });

    it('reads nothing when no signal fired', async () => {
      const { service, repo } = setup([buildGrant({ alertOnSafetySignal: true })]);

      await service.afterSignals(CLIENT, 'S1', []);

      expect(repo.clientGrants).not.toHaveBeenCalled();
    });
  });

  describe('alertMyTherapist', () => {
    it('needs an active share (NOT_FOUND otherwise) and writes nothing when refused', async () => {
      const { service, alerts } = setup([buildGrant({ status: 'PENDING' })]);

      await expect(service.alertMyTherapist(client, { therapistId: THERAPIST })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(service.alertMyTherapist(client, { therapistId: 'nobody' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(alerts.putAlert).not.toHaveBeenCalled();
    });

    it('sends without the opt-in: asking is consent', async () => {
      const { service, alerts } = setup([buildGrant()]);

      const alert = await service.alertMyTherapist(client, { therapistId: THERAPIST });

      expect(alert).toMatchObject({ reason: 'CLIENT_ASKED', signalKinds: [], therapist: { personId: THERAPIST } });
      expect(alerts.putAlert.mock.calls[0]?.[4]).toBe(false);
    });
  });

  describe('setGrantAlerts', () => {
    it('refuses an ended share with CONFLICT', async () => {
      const { service, repo } = setup([buildGrant({ status: 'REVOKED' })]);

      await expect(service.setGrantAlerts(client, { therapistId: THERAPIST, alertOnSafetySignal: true })).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(repo.updateGrant).not.toHaveBeenCalled();
    });

    it('stores the opt-in on the grant', async () => {
      const { service } = setup([buildGrant()]);

      const grant = await service.setGrantAlerts(client, { therapistId: THERAPIST, alertOnSafetySignal: true });

      expect(grant.alertOnSafetySignal).toBe(true);
    });
  });
});
