import { App, Tags, Validations } from 'aws-cdk-lib';
import { NAG_PACKS } from '../nag-packs';
import { addStageStacks } from '../stage-stacks';
import { stageConfig } from '../stages';
import { NAME_A_STAGE } from './stage-arg';

const app = new App();

// No default stage: a deploy to the wrong one (prod) must not be one forgotten flag away.
const stage: unknown = app.node.tryGetContext('stage');
if (stage === undefined) {
  console.error(NAME_A_STAGE);
  process.exit(2);
}
if (typeof stage !== 'string' || !/^[a-z][a-z0-9-]{0,20}$/.test(stage)) {
  console.error(`Context "stage" must be a short lowercase name (e.g. prod), got ${JSON.stringify(stage)}`);
  process.exit(2);
}

// Region (and optionally account) from the stage config; otherwise the account is the CLI profile's at deploy,
// so synth needs no credentials.
addStageStacks(
  app,
  stage,
  stageConfig(stage, {
    allowedOrigins: app.node.tryGetContext('allowedOrigins'),
    trustedDocuments: app.node.tryGetContext('trustedDocuments'),
    region: app.node.tryGetContext('region'),
    alarmEmails: app.node.tryGetContext('alarmEmails'),
    emailFrom: app.node.tryGetContext('emailFrom'),
  }),
);
Tags.of(app).add('project', 'lacrima');
Tags.of(app).add('stage', stage);

// Unacknowledged findings (AwsSolutions, HIPAA.Security) fail synth, not only the tests.
Validations.of(app).addPlugins(...NAG_PACKS.map((Pack) => new Pack(app)));
