import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { addStageStacks } from '../../infra/stage-stacks';
import type { LacrimaEdgeStack } from '../../infra/stacks/edge-stack';
import type { LacrimaStack } from '../../infra/stacks/lacrima-stack';
import { stageConfig, type StageConfig } from '../../infra/stages';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The feature flags `cdk synth` uses, so tests see the template the CLI produces. */
const CDK_CONTEXT = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> }).context;

/**
 * An app for template tests: no bundling and no built-in CloudFormation
 * validation (together they take a synth from ~20 s to ~2 s).
 */
export function newFastApp(): App {
  return new App({
    context: { ...CDK_CONTEXT, 'aws:cdk:bundling-stacks': [] },
    builtinCloudFormationValidation: false,
  });
}

export interface BuiltStage {
  app: App;
  stack: LacrimaStack;
  template: Template;
  edge: LacrimaEdgeStack;
  edgeTemplate: Template;
}

/** The stage `test` as `cdk synth` builds a stage: the edge firewall stack and the API stack. */
export function buildLacrimaStack(app: App = newFastApp(), config: StageConfig = stageConfig('test')): BuiltStage {
  const { edge, api } = addStageStacks(app, 'test', config);
  return { app, stack: api, template: Template.fromStack(api), edge, edgeTemplate: Template.fromStack(edge) };
}
