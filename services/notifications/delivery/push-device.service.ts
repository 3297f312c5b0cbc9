import { createECDH } from 'node:crypto';
import type { Caller } from '../../shared/auth/caller';
import type { Clock } from '../../shared/clock';
import { BadUserInputError, LimitReachedError, NotFoundError } from '../../shared/errors';
import { isUlid, newId } from '../../shared/ids';
import { normalizeName } from '../../shared/names';
import { PUSH_DEVICE_LIMITS, type RegisterPushDeviceInput } from './push-device.input';
import type { PushDeviceRecord } from './push-device.record';
import type { PushDeviceRepository } from './push-device.repository';
import type { PushDevice } from './push-device.type';

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function toPushDevice(record: PushDeviceRecord): PushDevice {
  return { id: record.id, label: record.label, pushService: new URL(record.endpoint).host, createdAt: new Date(record.createdAt) };
}

/** The bytes of a base64url value, or undefined when it is not one. */
function base64url(value: string): Buffer | undefined {
  return BASE64URL.test(value) ? Buffer.from(value.replace(/=+$/, ''), 'base64url') : undefined;
}

/** The endpoint as a URL: https, or http on this machine where local endpoints are allowed; never with credentials in it. */
export function checkEndpoint(value: string, allowLocal: boolean): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new BadUserInputError('endpoint', 'endpoint must be the https URL of PushSubscription.endpoint');
  }
  const local = url.protocol === 'http:' && allowLocal && LOCAL_HOSTS.has(url.hostname);
  if ((url.protocol !== 'https:' && !local) || url.username || url.password) {
    throw new BadUserInputError('endpoint', 'endpoint must be the https URL of PushSubscription.endpoint');
  }
  return url;
}

/** p256dh: an uncompressed point on P-256; auth: 16 bytes; both base64url. */
export function checkKeys(keys: { p256dh: string; auth: string }): void {
  const point = base64url(keys.p256dh);
  let onCurve = false;
  if (point?.length === 65 && point[0] === 0x04) {
    try {
      // computeSecret refuses a point that is not on the curve.
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      ecdh.computeSecret(point);
      onCurve = true;
    } catch {
      onCurve = false;
    }
  }
  const auth = base64url(keys.auth);
  const bad = [...(onCurve ? [] : ['keys.p256dh']), ...(auth?.length === 16 ? [] : ['keys.auth'])];
  if (bad.length > 0) throw new BadUserInputError(bad, 'keys must be the base64url p256dh (65-byte P-256 point) and auth (16 bytes) of the subscription');
}

/** A member's Web Push devices: register (same endpoint updates), list, remove. */
export class PushDeviceService {
  constructor(
    private readonly repo: PushDeviceRepository,
    private readonly clock: Clock,
    /** Read on first use, so an API whose delivery settings are missing still answers everything else. */
    private readonly settings: () => { publicKey: string; allowLocalEndpoints: boolean },
  ) {}

  publicKey(): string {
    return this.settings().publicKey;
  }

  async list(caller: Caller): Promise<PushDevice[]> {
    const devices = await this.repo.list(caller.sub);
    return devices.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1)).map(toPushDevice);
  }

  /** One Query (the member's devices) and one Put. */
  async register(caller: Caller, input: RegisterPushDeviceInput): Promise<PushDevice> {
    const endpoint = checkEndpoint(input.endpoint, this.settings().allowLocalEndpoints).toString();
    checkKeys(input.keys);
    const label = normalizeName(input.label, 'label', PUSH_DEVICE_LIMITS.label);
    const devices = await this.repo.list(caller.sub);
    const now = this.clock.now().toISOString();
    const same = devices.find((device) => device.endpoint === endpoint);
    if (!same && devices.length >= PUSH_DEVICE_LIMITS.perMember) {
      throw new LimitReachedError(PUSH_DEVICE_LIMITS.perMember, `At most ${PUSH_DEVICE_LIMITS.perMember} push devices; remove one first`);
    }
    const record: PushDeviceRecord = {
      id: same?.id ?? newId(this.clock.now()),
      endpoint,
      keys: { p256dh: input.keys.p256dh, auth: input.keys.auth },
      label,
      createdAt: same?.createdAt ?? now,
      updatedAt: now,
    };
    await this.repo.put(caller.sub, record);
    return toPushDevice(record);
  }

  async remove(caller: Caller, id: string): Promise<string> {
    // Only the caller's partition is ever touched: another member's id simply is not there.
    if (!isUlid(id) || !(await this.repo.remove(caller.sub, id))) throw new NotFoundError('Push device');
    return id;
  }
}
