import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { LacrimaStack } from '../../infra/stacks/lacrima-stack';

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

export function buildLacrimaStack(app: App = newFastApp()): { app: App; stack: LacrimaStack; template: Template } {
  const stack = new LacrimaStack(app, 'Lacrima-test', { stage: 'test' });
  return { app, stack, template: Template.fromStack(stack) };
}
