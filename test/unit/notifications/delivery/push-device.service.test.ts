import { createECDH, randomBytes } from 'node:crypto';
import { FixedClock } from '../../../../services/shared/clock';
import type { Caller } from '../../../../services/shared/auth/caller';
import { BadUserInputError, LimitReachedError, NotFoundError } from '../../../../services/shared/errors';
import { PushDeviceService } from '../../../../services/notifications/delivery/push-device.service';
import type { RegisterPushDeviceInput } from '../../../../services/notifications/delivery/push-device.input';
import { FakeDevices } from './fakes';

const caller: Caller = { sub: 'member-1', groups: [], role: 'MEMBER', isAdmin: false };

function browserKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') };
}

function buildInput(overrides: Partial<RegisterPushDeviceInput> = {}): RegisterPushDeviceInput {
  return { endpoint: 'https://fcm.googleapis.com/fcm/send/abc123', keys: browserKeys(), label: 'Phone', ...overrides };
}

describe('PushDeviceService', () => {
  let repo: FakeDevices;
  let service: PushDeviceService;

  beforeEach(() => {
    repo = new FakeDevices();
    service = new PushDeviceService(repo, new FixedClock(new Date('2026-03-01T10:00:00Z')), () => ({ publicKey: 'PUBLIC', allowLocalEndpoints: false }));
  });

  describe('register', () => {
    it('stores the subscription and shows back only the label, the push service host and when', async () => {
      const device = await service.register(caller, buildInput());

      expect(device).toEqual({ id: expect.any(String), label: 'Phone', pushService: 'fcm.googleapis.com', createdAt: new Date('2026-03-01T10:00:00Z') });
      expect(JSON.stringify(device)).not.toContain('abc123');
      expect([...repo.devices.values()][0]?.endpoint).toBe('https://fcm.googleapis.com/fcm/send/abc123');
    });

    it('updates the same endpoint registered again instead of adding a second device', async () => {
      const first = await service.register(caller, buildInput());
      const second = await service.register(caller, buildInput({ label: 'New phone' }));

      expect(second.id).toBe(first.id);
      expect(second.label).toBe('New phone');
      expect(repo.devices.size).toBe(1);
    });

    it('refuses an 11th device with LIMIT_REACHED and writes nothing', async () => {
      for (let i = 0; i < 10; i += 1) await service.register(caller, buildInput({ endpoint: `https://push.example.test/${i}` }));

      await expect(service.register(caller, buildInput({ endpoint: 'https://push.example.test/10' }))).rejects.toBeInstanceOf(LimitReachedError);
      expect(repo.devices.size).toBe(10);
    });

    it.each([
      ['http://push.example.test/x', 'endpoint'],
      ['http://localhost:9999/x', 'endpoint'],
      ['https://user:pw@push.example.test/x', 'endpoint'],
      ['not a url', 'endpoint'],
    ])('refuses the endpoint %s', async (endpoint, field) => {
      await expect(service.register(caller, buildInput({ endpoint }))).rejects.toMatchObject({ fields: [field] });
      expect(repo.devices.size).toBe(0);
    });

    it('accepts an http endpoint on this machine where local endpoints are allowed', async () => {
      const local = new PushDeviceService(repo, new FixedClock(new Date()), () => ({ publicKey: 'PUBLIC', allowLocalEndpoints: true }));

      await expect(local.register(caller, buildInput({ endpoint: 'http://127.0.0.1:4100/push/1' }))).resolves.toMatchObject({ pushService: '127.0.0.1:4100' });
    });

    it('refuses keys that are not a P-256 point and 16 auth bytes, naming each field', async () => {
      const notOnCurve = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 7)]).toString('base64url');

      const error = await service
        .register(caller, buildInput({ keys: { p256dh: notOnCurve, auth: randomBytes(8).toString('base64url') } }))
        .catch((e: unknown) => e);

      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).fields).toEqual(['keys.p256dh', 'keys.auth']);
    });

    it('refuses a blank or multi-line label', async () => {
      await expect(service.register(caller, buildInput({ label: '   ' }))).rejects.toMatchObject({ fields: ['label'] });
      await expect(service.register(caller, buildInput({ label: 'a\nb' }))).rejects.toMatchObject({ fields: ['label'] });
    });
  });

  describe('remove', () => {
    it('removes one of the caller’s devices', async () => {
      const device = await service.register(caller, buildInput());

      expect(await service.remove(caller, device.id)).toBe(device.id);
      expect(repo.devices.size).toBe(0);
    });

    it('answers NOT_FOUND for an id that is not one of the caller’s', async () => {
      await expect(service.remove(caller, '01JDEVICE0000000000000000Z')).rejects.toBeInstanceOf(NotFoundError);
      await expect(service.remove(caller, 'not-an-id')).rejects.toBeInstanceOf(NotFoundError);
    });
  });
});
