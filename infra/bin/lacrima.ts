import { App, Tags, Validations } from 'aws-cdk-lib';
import { NAG_PACKS } from '../nag-packs';
import { addStageStacks } from '../stage-stacks';
import { stageConfig } from '../stages';

const app = new App();

const stage: unknown = app.node.tryGetContext('stage') ?? 'prod';
if (typeof stage !== 'string' || !/^[a-z][a-z0-9-]{0,20}$/.test(stage)) {
  throw new Error(`Context "stage" must be a short lowercase name (e.g. prod), got ${JSON.stringify(stage)}`);
}

// Regions come from the stage config; the account from the CLI profile at deploy, so synth needs no credentials.
addStageStacks(
  app,
  stage,
  stageConfig(stage, {
    allowedOrigins: app.node.tryGetContext('allowedOrigins'),
    trustedDocuments: app.node.tryGetContext('trustedDocuments'),
    region: app.node.tryGetContext('region'),
  }),
);
Tags.of(app).add('project', 'lacrima');
Tags.of(app).add('stage', stage);

// Unacknowledged findings (AwsSolutions, HIPAA.Security) fail synth, not only the tests.
Validations.of(app).addPlugins(...NAG_PACKS.map((Pack) => new Pack(app)));
