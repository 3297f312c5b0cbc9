import type { DynamoDBRecord } from 'aws-lambda';
import { marshall } from '@aws-sdk/util-dynamodb';
import { changeOf, circleEventsOf, movesReminders, newReplyOf, notificationsOf, type Item, type TableChange } from '../../../services/live/stream-events';

const change = (entity: string, name: TableChange['name'], oldItem?: Item, newItem?: Item): TableChange => ({
  id: 'evt-1',
  name,
  entity,
  at: '2026-12-02T10:00:00.000Z',
  oldItem: oldItem && { entity, ...oldItem },
  newItem: newItem && { entity, ...newItem },
});

const checkIn = { PK: 'CIRCLE#c1', SK: 'CHECKIN#k1', circleId: 'c1', id: 'k1', author: { memberId: 'm1', pseudonym: 'Willow' }, replyCount: 0 };
const grant = { id: 'g1', clientSub: 'client', therapistSub: 'therapist', scopes: ['SESSIONS'], status: 'PENDING', version: 1 };

describe('what a change to the table raises', () => {
  it('reads a stream record as Lambda delivers it: both images unmarshalled, sets kept as sets', () => {
    const record: DynamoDBRecord = {
      eventID: 'abc',
      eventName: 'MODIFY',
      dynamodb: {
        ApproximateCreationDateTime: 1_764_669_600,
        OldImage: marshall({ entity: 'CheckIn', id: 'k1' }) as never,
        NewImage: marshall({ entity: 'CheckIn', id: 'k1', reactions_HUG: new Set(['m2']) }) as never,
      },
    };
    const read = changeOf(record);
    expect(read).toMatchObject({ id: 'abc', name: 'MODIFY', entity: 'CheckIn', at: '2025-12-02T10:00:00.000Z' });
    expect(read?.newItem?.reactions_HUG).toEqual(new Set(['m2']));
    expect(changeOf({ eventID: 'x', eventName: 'INSERT', dynamodb: { NewImage: marshall({ id: 'no entity' }) as never } })).toBeUndefined();
    // Entities that raise nothing are passed over before their images are read.
    expect(changeOf({ eventID: 'y', eventName: 'INSERT', dynamodb: { NewImage: { entity: { S: 'RateCounter' }, odd: {} } as never } })).toBeUndefined();
  });

  it('a new check-in is posted; storage attributes never travel with it', () => {
    const [event] = circleEventsOf(change('CheckIn', 'INSERT', undefined, checkIn));
    expect(event).toMatchObject({ id: 'evt-1:0', kind: 'CHECK_IN_POSTED', circleId: 'c1', checkIn: { id: 'k1' } });
    expect(event?.checkIn).not.toHaveProperty('PK');
    expect(event?.checkIn).not.toHaveProperty('entity');
  });

  it('a changed reaction set, a hiding, and a reply count alone (which raises nothing: the reply itself does)', () => {
    const reacted = circleEventsOf(change('CheckIn', 'MODIFY', checkIn, { ...checkIn, reactions_HUG: new Set(['m2']) }));
    expect(reacted.map((e) => e.kind)).toEqual(['REACTIONS_CHANGED']);
    const hidden = circleEventsOf(change('CheckIn', 'MODIFY', checkIn, { ...checkIn, hiddenAt: '2026-12-02T10:00:00Z' }));
    expect(hidden.map((e) => e.kind)).toEqual(['CONTENT_HIDDEN']);
    expect(circleEventsOf(change('CheckIn', 'MODIFY', checkIn, { ...checkIn, replyCount: 1 }))).toEqual([]);
    // Hidden again (already hidden): nothing new to tell.
    const already = { ...checkIn, hiddenAt: '2026-12-02T09:00:00Z' };
    expect(circleEventsOf(change('CheckIn', 'MODIFY', already, { ...already, hiddenAt: '2026-12-02T10:00:00Z' }))).toEqual([]);
  });

  it('replies: posted and hidden; a new reply is handed on for its author lookup', () => {
    const reply = { circleId: 'c1', checkInId: 'k1', id: 'r1', author: { memberId: 'm2', pseudonym: 'Oak' }, text: 'With you' };
    const inserted = change('CheckInReply', 'INSERT', undefined, reply);
    expect(circleEventsOf(inserted).map((e) => e.kind)).toEqual(['REPLY_POSTED']);
    expect(newReplyOf(inserted)).toMatchObject({ id: 'r1', checkInId: 'k1' });
    const hidden = change('CheckInReply', 'MODIFY', reply, { ...reply, hiddenAt: '2026-12-02T10:00:00Z' });
    expect(circleEventsOf(hidden).map((e) => e.kind)).toEqual(['CONTENT_HIDDEN']);
    expect(newReplyOf(hidden)).toBeUndefined();
  });

  it('memberships: joined, left (deleted), removed (tombstone), role changed; a pseudonym change raises nothing', () => {
    const m = { circleId: 'c1', sub: 's2', memberId: 'm2', role: 'MEMBER', status: 'ACTIVE', pseudonym: 'Oak' };
    expect(circleEventsOf(change('CircleMembership', 'INSERT', undefined, m)).map((e) => e.kind)).toEqual(['MEMBER_JOINED']);
    expect(circleEventsOf(change('CircleMembership', 'REMOVE', m, undefined)).map((e) => e.kind)).toEqual(['MEMBER_LEFT']);
    const removed = circleEventsOf(change('CircleMembership', 'MODIFY', m, { ...m, status: 'REMOVED' }));
    expect(removed).toMatchObject([{ kind: 'MEMBER_LEFT', member: { sub: 's2', status: 'REMOVED' } }]);
    expect(circleEventsOf(change('CircleMembership', 'MODIFY', m, { ...m, role: 'MODERATOR' })).map((e) => e.kind)).toEqual(['ROLE_CHANGED']);
    expect(circleEventsOf(change('CircleMembership', 'MODIFY', m, { ...m, pseudonym: 'Elm' }))).toEqual([]);
  });

  it('grants: the side that did not act hears of it', () => {
    const to = (n: ReturnType<typeof notificationsOf>) => n.map((x) => [x.recipientSub, x.kind]);
    expect(to(notificationsOf(change('Grant', 'INSERT', undefined, grant)))).toEqual([['therapist', 'INVITATION']]);
    const active = { ...grant, status: 'ACTIVE', version: 2 };
    expect(to(notificationsOf(change('Grant', 'MODIFY', grant, active)))).toEqual([['client', 'GRANT_CHANGED']]);
    expect(to(notificationsOf(change('Grant', 'MODIFY', grant, { ...grant, status: 'DECLINED', version: 2 })))).toEqual([['client', 'GRANT_CHANGED']]);
    expect(to(notificationsOf(change('Grant', 'MODIFY', active, { ...active, status: 'REVOKED', version: 3 })))).toEqual([['therapist', 'GRANT_CHANGED']]);
    expect(to(notificationsOf(change('Grant', 'MODIFY', active, { ...active, scopes: ['SESSIONS', 'REFLECTIONS'], version: 3 })))).toEqual([
      ['therapist', 'GRANT_CHANGED'],
    ]);
    expect(to(notificationsOf(change('Grant', 'MODIFY', active, { ...active, status: 'ENDED', version: 3 })))).toEqual([['client', 'GRANT_CHANGED']]);
    // Ids are stable per version, so a retried batch is recognised downstream.
    expect(notificationsOf(change('Grant', 'INSERT', undefined, grant))[0]?.id).toBe('grant:g1:1:INVITATION');
  });

  it('a new practice suggestion tells its client; nothing from other entities', () => {
    const suggestion = { id: 's1', clientSub: 'client', therapistSub: 'therapist', name: 'Evening wind-down', status: 'PENDING' };
    expect(notificationsOf(change('PracticeSuggestion', 'INSERT', undefined, suggestion))).toEqual([
      { id: 'suggestion:s1', recipientSub: 'client', kind: 'SUGGESTION', at: '2026-12-02T10:00:00.000Z', suggestionId: 's1' },
    ]);
    expect(notificationsOf(change('JournalEntry', 'INSERT', undefined, { id: 'j1' }))).toEqual([]);
    expect(circleEventsOf(change('JournalEntry', 'INSERT', undefined, { id: 'j1' }))).toEqual([]);
  });

  it('routine and profile changes move reminders; others do not', () => {
    expect(movesReminders(change('Routine', 'MODIFY', {}, {}))).toBe(true);
    expect(movesReminders(change('Profile', 'MODIFY', {}, {}))).toBe(true);
    expect(movesReminders(change('Session', 'INSERT', undefined, {}))).toBe(false);
  });
});
