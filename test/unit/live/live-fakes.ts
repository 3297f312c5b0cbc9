import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import { CircleRole } from '../../../services/circles/circle.enums';
import type { MembershipRecord } from '../../../services/circles/circle.record';
import type { TokenVerifier } from '../../../services/live/live-protocol';
import type { LiveConnectionRecord, LiveSubscriptionRecord } from '../../../services/live/live.record';
import { partitionOf, type AddSubscriptionResult, type LiveRepository } from '../../../services/live/live.repository';
import type { LiveSender } from '../../../services/live/live-sender';

/** The live items in memory, with the same conditions as the DynamoDB repository. */
export class FakeLiveRepository implements LiveRepository {
  readonly connections = new Map<string, LiveConnectionRecord>();
  readonly subscriptions = new Map<string, LiveSubscriptionRecord>();
  readonly memberships = new Map<string, MembershipRecord>();
  queries = 0;

  private subKey(s: Pick<LiveSubscriptionRecord, 'connectionId' | 'subscriptionId'>) {
    return `${s.connectionId}#${s.subscriptionId}`;
  }

  async getMembership(circleId: string, sub: string) {
    return this.memberships.get(`${circleId}#${sub}`);
  }
  async getConnection(connectionId: string) {
    const c = this.connections.get(connectionId);
    return c && structuredClone(c);
  }
  async countConnections(sub: string, now: Date) {
    return [...this.connections.values()].filter((c) => c.sub === sub && Date.parse(c.tokenExpiresAt) > now.getTime()).length;
  }
  async putConnection(connection: LiveConnectionRecord) {
    if (this.connections.has(connection.connectionId)) return false;
    this.connections.set(connection.connectionId, structuredClone(connection));
    return true;
  }
  async addSubscription(s: LiveSubscriptionRecord, cap: number): Promise<AddSubscriptionResult> {
    const c = this.connections.get(s.connectionId);
    if (!c) return 'no-connection';
    if (s.subscriptionId in c.subscriptions) return 'duplicate';
    if (Object.keys(c.subscriptions).length >= cap) return 'limit';
    c.subscriptions[s.subscriptionId] = s.target;
    this.subscriptions.set(this.subKey(s), structuredClone(s));
    return 'added';
  }
  async removeSubscription(owner: { connectionId: string }, subscriptionId: string) {
    delete this.connections.get(owner.connectionId)?.subscriptions[subscriptionId];
    this.subscriptions.delete(`${owner.connectionId}#${subscriptionId}`);
  }
  async deleteConnection(c: Pick<LiveConnectionRecord, 'connectionId' | 'subscriptions'>) {
    this.connections.delete(c.connectionId);
    for (const id of Object.keys(c.subscriptions)) this.subscriptions.delete(`${c.connectionId}#${id}`);
  }
  async subscribers(target: LiveSubscriptionRecord['target'], sub = '') {
    this.queries += 1;
    const partition = partitionOf(target, sub);
    const subscriptions = [...this.subscriptions.values()].filter((s) => partitionOf(s.target, s.sub) === partition).map((s) => structuredClone(s));
    return { subscriptions, calls: 1 };
  }
  async setCircleRole(s: LiveSubscriptionRecord, role: CircleRole) {
    const stored = this.subscriptions.get(this.subKey(s));
    if (stored) stored.circleRole = role;
  }
}

/** Records what the handler sends; connections listed in `gone` answer gone. */
export class FakeSender implements LiveSender {
  readonly posts: Array<{ connectionId: string; message: Record<string, unknown> }> = [];
  readonly closes: Array<{ connectionId: string; code: number; reason: string }> = [];
  readonly gone = new Set<string>();

  async post(connectionId: string, message: string) {
    if (this.gone.has(connectionId)) return 'gone' as const;
    this.posts.push({ connectionId, message: JSON.parse(message) as Record<string, unknown> });
    return 'sent' as const;
  }
  async close(connectionId: string, code: number, reason: string) {
    this.closes.push({ connectionId, code, reason });
  }
  to(connectionId: string) {
    return this.posts.filter((p) => p.connectionId === connectionId).map((p) => p.message);
  }
}

export const CLIENT_ID = 'test-client-id';

/** Tokens are "good:<sub>[:<expSeconds>]" (or "therapist:<sub>"); anything else is refused as forged. */
export const fakeVerifier: TokenVerifier = {
  async verify(token: string): Promise<JwtPayload> {
    const [kind, sub, exp] = token.split(':');
    if ((kind !== 'good' && kind !== 'therapist') || !sub) throw new Error('invalid signature');
    return {
      sub,
      token_use: 'access',
      client_id: CLIENT_ID,
      exp: Number(exp ?? 4_000_000_000),
      ...(kind === 'therapist' ? { 'cognito:groups': ['therapists'] } : {}),
    } as unknown as JwtPayload;
  },
};

export function buildMembership(overrides: Partial<MembershipRecord> = {}): MembershipRecord {
  const at = '2026-12-01T10:00:00.000Z';
  return {
    circleId: '01JD0000000000000000000C1A',
    sub: 'member-sub',
    memberId: '01JD0000000000000000000M1A',
    role: CircleRole.MEMBER,
    status: 'ACTIVE',
    pseudonym: 'Willow',
    circle: { name: 'Quiet Sundays', description: null, topic: null },
    joinedAt: at,
    lastVisitedAt: null,
    seenCheckInCount: 0,
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}
