import type { App, StackProps } from 'aws-cdk-lib';
import { LacrimaEdgeStack } from './stacks/edge-stack';
import { LacrimaStack } from './stacks/lacrima-stack';
import type { StageConfig } from './stages';

export interface StageStacks {
  readonly edge: LacrimaEdgeStack;
  readonly api: LacrimaStack;
}

/**
 * A stage is two stacks: its edge firewall in us-east-1 (`Lacrima-<stage>-edge`)
 * and everything else in the stage's region (`Lacrima-<stage>`), which CDK
 * deploys after the firewall. Env-agnostic in the account: synth needs no credentials.
 */
export function addStageStacks(app: App, stage: string, config: StageConfig, props: StackProps = {}): StageStacks {
  const edge = new LacrimaEdgeStack(app, `Lacrima-${stage}-edge`, {
    ...props,
    config,
    description: `Lacrima edge firewall (${stage})`,
  });
  const api = new LacrimaStack(app, `Lacrima-${stage}`, {
    ...props,
    stage,
    config,
    webAclArn: edge.webAclArn,
    description: `Lacrima GraphQL platform (${stage})`,
  });
  return { edge, api };
}
