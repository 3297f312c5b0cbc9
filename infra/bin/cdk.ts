import { spawnSync } from 'node:child_process';
import { NAME_A_STAGE, stageFromArgs } from './stage-arg';

/**
 * `npm run synth` and `npm run deploy`: the CDK CLI, but only with a stage
 * named. Checked here, before the CLI starts, so a missing stage reads as one
 * line instead of the CLI's subprocess error around it.
 */
const args = process.argv.slice(2);
if (!stageFromArgs(args)) {
  console.error(NAME_A_STAGE);
  process.exit(2);
}
const cdk = spawnSync('cdk', args, { stdio: 'inherit', env: { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true' } });
if (cdk.error) {
  console.error(`Could not run the CDK CLI: ${cdk.error.message}`);
  process.exit(1);
}
process.exit(cdk.status ?? 1);
