import { recordDynamoCalls, type DynamoCallRecorder } from './ddb-calls';
import { createTestUser, startTestApi, type TestApi, type TestUser } from './local-stack';

type UserOptions = NonNullable<Parameters<typeof createTestUser>[0]>;

export interface IntegrationOptions<Name extends string> {
  /** The file's users by name, each with createTestUser's options, e.g. `{ river: {}, rowan: { group: 'therapists' } }`. */
  users?: Record<Name, UserOptions>;
  /** The file's own set-up calls, once the api and users exist: the recorder starts after it, so they are not counted. */
  seed?: () => Promise<void>;
  /** For the whole beforeAll, when the seed is slow (e.g. buildWorld). */
  timeout?: number;
}

export interface IntegrationApi<Name extends string> {
  readonly api: TestApi;
  /** Filled in place by the beforeAll, so a describe can destructure them where it declares them. */
  readonly users: Readonly<Record<Name, TestUser>>;
  /** Reset before each test; the hooks own its lifecycle, hence no stop(). */
  readonly recorder: Omit<DynamoCallRecorder, 'stop'>;
}

/**
 * The set-up every API integration file shares, as Jest hooks of the describe
 * it is called in: the real API on a free port, signed-up users, a DynamoDB
 * call recorder reset before each test, and all of it stopped afterwards. The
 * api and recorder returned forward to the running ones, so they can be
 * destructured before the hooks run.
 */
export function useIntegrationApi<Name extends string = never>(options: IntegrationOptions<Name> = {}): IntegrationApi<Name> {
  let running: TestApi | undefined;
  let recording: DynamoCallRecorder | undefined;
  const specs = Object.entries(options.users ?? {}) as Array<[Name, UserOptions]>;
  const users = Object.fromEntries(specs.map(([name]) => [name, {}])) as Record<Name, TestUser>;

  const started = (): TestApi => running ?? fail('the api');
  const recorded = (): DynamoCallRecorder => recording ?? fail('the DynamoDB call recorder');

  beforeAll(async () => {
    running = await startTestApi();
    await Promise.all(specs.map(async ([name, spec]) => Object.assign(users[name], await createTestUser(spec))));
    await options.seed?.();
    recording = recordDynamoCalls();
  }, options.timeout);

  afterAll(async () => {
    // Guarded: a failed beforeAll must not hide its error behind another one here.
    recording?.stop();
    await running?.close();
    recording = undefined;
    running = undefined;
  });

  beforeEach(() => recording?.reset());

  const api: TestApi = {
    get url() {
      return started().url;
    },
    gql<TData>(query: string, variables?: Record<string, unknown>, token?: string) {
      return started().gql<TData>(query, variables, token);
    },
    close: () => started().close(),
  };
  const recorder: IntegrationApi<Name>['recorder'] = {
    get calls() {
      return recorded().calls;
    },
    count: (command?: string) => recorded().count(command),
    writes: () => recorded().writes(),
    depth: () => recorded().depth(),
    reset: () => recorded().reset(),
  };
  return { api, users, recorder };
}

function fail(what: string): never {
  throw new Error(`${what} is not running: use it inside a test or hook of the describe that called useIntegrationApi()`);
}
