import { costModel, PRICES, RUNTIME_LOG_BYTES, type MeasuredOperation } from '../../bench/lib/cost';

const op = (over: Partial<MeasuredOperation> = {}): MeasuredOperation => ({
  p50Ms: 20.2,
  readUnits: 0.5,
  writeUnits: 0,
  logBytes: 100,
  responseBytes: 1000,
  ...over,
});
const usd = (term: string, model: ReturnType<typeof costModel>) => model.terms.find((t) => t.term === term)?.usd;

describe('the bench cost model', () => {
  const measured = new Map([
    ['me', op()],
    ['logSession', op({ p50Ms: 30, readUnits: 1, writeUnits: 4 })],
  ]);
  const model = costModel({ members: 1000, memoryMb: 1024, daysPerMonth: 30, measured, fanOut: { msPerEvent: 40, readUnitsPerEvent: 0.5 } }, [
    { operation: 'me', perDay: 2 },
    { operation: 'logSession', perDay: 1, raisesEvent: true, stores: 1 },
    { operation: 'timeline', perDay: 3 },
  ]);

  it('prices each term from requests a month and the measured figures', () => {
    // 60,000 me + 30,000 logSession requests; duration rounded up to the ms as Lambda bills it.
    expect(model.requestsPerMonth).toBe(90_000);
    expect(usd('Lambda duration (GraphQL)', model)).toBeCloseTo((60_000 * 0.021 + 30_000 * 0.03) * PRICES.lambdaArmGbSecond, 10);
    expect(usd('DynamoDB writes', model)).toBeCloseTo(120_000 * PRICES.dynamoWriteUnit, 10);
    // The fan-out reads once per event: 30,000 events.
    expect(usd('DynamoDB reads', model)).toBeCloseTo((60_000 * 0.5 + 30_000 * 1 + 30_000 * 0.5) * PRICES.dynamoReadUnit, 10);
    expect(usd('CloudWatch Logs ingestion', model)).toBeCloseTo(((90_000 * (100 + RUNTIME_LOG_BYTES)) / 1024 ** 3) * PRICES.logsIngestGb, 10);
    expect(usd('Cognito (Plus plan) monthly active users', model)).toBeCloseTo(1000 * PRICES.cognitoPlusMau, 10);
  });

  it('names what it could not price instead of counting it as free', () => {
    expect(model.unmeasured).toEqual(['timeline']);
  });

  it('sums the terms and names the largest', () => {
    expect(model.totalUsd).toBeCloseTo(
      model.terms.reduce((sum, t) => sum + t.usd, 0),
      10,
    );
    expect(model.largest.term).toBe('Cognito (Plus plan) monthly active users');
  });
});
