import '../../helpers/unit-env';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { createOnce } from '../../../services/shared/db/create-once';
import { canonicalJson, idempotentRequest } from '../../../services/shared/idempotency';

const TABLE = 'lacrima-unit';
const NOW = new Date('2026-11-22T12:00:00.000Z');
const ddb = mockClient(DynamoDBDocumentClient);
const client = () => DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
const item = { PK: 'USER#member', SK: 'SESSION#01', entity: 'Session', id: '01' };
// The item, the caller's open-account check, the marker: a retry finds the item and the marker taken.
const conditionFailed = () =>
  Object.assign(new Error('Transaction cancelled'), {
    name: 'TransactionCanceledException',
    CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'None' }, { Code: 'ConditionalCheckFailed' }],
  });
const accountClosed = () =>
  Object.assign(new Error('Transaction cancelled'), {
    name: 'TransactionCanceledException',
    CancellationReasons: [{ Code: 'None' }, { Code: 'ConditionalCheckFailed' }, { Code: 'None' }],
  });

describe('idempotency', () => {
  describe('idempotentRequest', () => {
    it('gives no request without a key', () => {
      expect(idempotentRequest('logSession', { durationMinutes: 20, idempotencyKey: undefined })).toBeNull();
      expect(idempotentRequest('logSession', { durationMinutes: 20, idempotencyKey: null })).toBeNull();
    });

    it('binds the key to the operation and the input, whatever the order of fields or the spelling of an instant', () => {
      const a = idempotentRequest('logSession', { idempotencyKey: 'k', startedAt: new Date('2026-11-22T10:00:00Z'), durationMinutes: 20 });
      const b = idempotentRequest('logSession', {
        durationMinutes: 20,
        startedAt: new Date('2026-11-22T10:00:00.000Z'),
        idempotencyKey: 'k',
        reflection: undefined,
      });

      expect(a).toEqual(b);
      expect(a?.key).toBe('k');
      expect(a?.digest).toMatch(/^[0-9a-f]{64}$/);
    });

    it.each([
      ['another operation', 'startSession', { durationMinutes: 20 }],
      ['another value', 'logSession', { durationMinutes: 21 }],
      ['a disclosure added', 'logSession', { durationMinutes: 20, selfHarmThoughts: true }],
      ['null for an absent field', 'logSession', { durationMinutes: 20, reflection: null }],
    ])('changes the digest for %s', (_name, operation, input) => {
      const first = idempotentRequest('logSession', { idempotencyKey: 'k', durationMinutes: 20 });

      expect(idempotentRequest(operation, { idempotencyKey: 'k', ...input })?.digest).not.toBe(first?.digest);
    });

    it('writes nested objects and arrays in one canonical form', () => {
      expect(canonicalJson({ b: [{ y: 1, x: 2 }], a: { d: undefined, c: 'é' } })).toBe('{"a":{"c":"é"},"b":[{"x":2,"y":1}]}');
    });
  });

  describe('createOnce', () => {
    const request = idempotentRequest('logSession', { idempotencyKey: 'k', durationMinutes: 20 });

    beforeEach(() => {
      ddb.reset();
    });

    it('keeps the request digest in the marker it writes with the item', async () => {
      ddb.on(TransactWriteCommand).resolves({});

      await createOnce({ client: client(), table: TABLE, sub: 'member', item, idempotency: request, now: NOW });

      const [put, guard, marker] = ddb.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems ?? [];
      expect(put?.Put?.Item).toEqual(item);
      expect(guard?.ConditionCheck?.ConditionExpression).toBe('attribute_not_exists(PK)');
      expect(marker?.Put?.Item).toMatchObject({
        PK: 'USER#member',
        SK: 'IDEMPOTENCY#k',
        entity: 'IdempotencyMarker',
        requestDigest: request?.digest,
        target: { PK: item.PK, SK: item.SK },
      });
      expect(marker?.Put?.ConditionExpression).toBe('attribute_not_exists(PK)');
    });

    it('answers the first item to a retry of the same request, writing nothing more', async () => {
      ddb.on(TransactWriteCommand).rejects(conditionFailed());
      ddb
        .on(GetCommand, { Key: { PK: 'USER#member', SK: 'IDEMPOTENCY#k' } })
        .resolves({ Item: { requestDigest: request?.digest, target: { PK: item.PK, SK: 'SESSION#first' } } });
      ddb.on(GetCommand, { Key: { PK: item.PK, SK: 'SESSION#first' } }).resolves({ Item: { ...item, SK: 'SESSION#first', id: 'first' } });

      const result = await createOnce({ client: client(), table: TABLE, sub: 'member', item, idempotency: request, now: NOW });

      expect(result).toEqual({ item: { ...item, SK: 'SESSION#first', id: 'first' }, created: false });
      expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
    });

    it('refuses the key sent with another request as CONFLICT naming idempotencyKey, without reading the first item', async () => {
      ddb.on(TransactWriteCommand).rejects(conditionFailed());
      ddb.on(GetCommand).resolves({ Item: { requestDigest: 'a'.repeat(64), target: { PK: item.PK, SK: 'SESSION#first' } } });

      await expect(createOnce({ client: client(), table: TABLE, sub: 'member', item, idempotency: request, now: NOW })).rejects.toMatchObject({
        code: 'CONFLICT',
        fields: ['idempotencyKey'],
      });
      expect(ddb.commandCalls(GetCommand)).toHaveLength(1);
    });

    it('refuses a create under an account whose deletion has begun, UNAUTHENTICATED, reading nothing', async () => {
      ddb.on(TransactWriteCommand).rejects(accountClosed());

      await expect(createOnce({ client: client(), table: TABLE, sub: 'member', item, idempotency: request, now: NOW })).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
      });
      await expect(createOnce({ client: client(), table: TABLE, sub: 'member', item, now: NOW })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
    });

    it('answers a retry whose marker predates digests with the first item, as before', async () => {
      ddb.on(TransactWriteCommand).rejects(conditionFailed());
      ddb.on(GetCommand, { Key: { PK: 'USER#member', SK: 'IDEMPOTENCY#k' } }).resolves({ Item: { target: { PK: item.PK, SK: 'SESSION#first' } } });
      ddb.on(GetCommand, { Key: { PK: item.PK, SK: 'SESSION#first' } }).resolves({ Item: { ...item, SK: 'SESSION#first' } });

      await expect(createOnce({ client: client(), table: TABLE, sub: 'member', item, idempotency: request, now: NOW })).resolves.toMatchObject({
        created: false,
      });
    });
  });
});
