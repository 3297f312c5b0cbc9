import 'reflect-metadata';
import { handler } from '../../../services/graphql/handler';
import { kit } from '../../helpers/kit';
import { inProcessClient } from '../lib/invoke';
import { OPERATION_SCENARIOS, scenarioApi } from '../scenarios/operations';
import { profileKey, USAGE_PROFILE } from '../lib/cost';
import { progress, report } from './report';

/**
 * The cost model's per-request byte counts: what the handler writes to its
 * log (logs on, at the production level) and the size of its response, for
 * each operation of the usage profile, through the real handler on DynamoDB
 * Local. The parent runs this child without LACRIMA_SILENT_LOGS.
 */
export interface CostBytes {
  /** Keyed as lib/cost.ts profileKey. */
  operations: Record<string, { logBytes: number; responseBytes: number }>;
  missing: string[];
}

const call = inProcessClient(handler, process.env.USER_POOL_CLIENT_ID ?? '');

/** Counts (and swallows) what the process writes while `work` runs: the Lambda's log is its stdout and stderr. */
async function captured<T>(work: () => Promise<T>): Promise<{ value: T; bytes: number }> {
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  let bytes = 0;
  const count = (chunk: string | Uint8Array) => {
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    return true;
  };
  process.stdout.write = count as typeof process.stdout.write;
  process.stderr.write = count as typeof process.stderr.write;
  try {
    return { value: await work(), bytes };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

async function main(): Promise<void> {
  const result: CostBytes = { operations: {}, missing: [] };
  for (const entry of USAGE_PROFILE) {
    const scenario = OPERATION_SCENARIOS.find((s) => s.operation === entry.operation && s.variant === entry.variant);
    if (!scenario) {
      result.missing.push(profileKey(entry));
      continue;
    }
    const api = scenarioApi(call);
    // Set-up logs are not the request's: they are swallowed uncounted.
    const { value: variables } = await captured(async () => {
      for (const who of [api.member, api.therapist, api.other]) await api.gql(who, kit('Me'));
      return scenario.prepare?.(api);
    });
    const as = scenario.as === 'therapist' ? api.therapist : scenario.as === 'other' ? api.other : api.member;
    const { value: answer, bytes } = await captured(() => call(as, scenario.document, variables));
    if (answer.errors?.length) throw new Error(`${profileKey(entry)} failed: ${answer.errors.map((e) => e.extensions?.code).join(', ')}`);
    result.operations[profileKey(entry)] = { logBytes: bytes, responseBytes: Buffer.byteLength(JSON.stringify({ data: answer.data })) };
    progress(`${profileKey(entry)}: ${bytes} log bytes`);
  }
  report(result);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
