import { Token } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { stageConfig, type StageConfig } from '../../infra/stages';
import { buildLacrimaStack, newFastApp, type BuiltStage } from './lacrima-app';

type Resource = { Type: string; Properties?: Record<string, unknown>; DeletionPolicy?: string; UpdateReplacePolicy?: string };

const resources = (template: Template): Array<[string, Resource]> => Object.entries(template.toJSON().Resources as Record<string, Resource>);
const ofType = (template: Template, type: string): Resource[] =>
  resources(template)
    .filter(([, r]) => r.Type === type)
    .map(([, r]) => r);

/** The stateful resources whose fate the stage decides. */
const STATEFUL = ['AWS::DynamoDB::GlobalTable', 'AWS::Cognito::UserPool', 'AWS::Logs::LogGroup', 'AWS::KMS::Key'];

describe('stage removal policies', () => {
  const build = (config: StageConfig): BuiltStage => buildLacrimaStack(newFastApp(), config);

  describe('prod', () => {
    let prod: BuiltStage;
    beforeAll(() => {
      prod = build(stageConfig('prod'));
    });

    it('retains the table, user pool, log groups and KMS keys of both stacks', () => {
      for (const template of [prod.template, prod.edgeTemplate]) {
        for (const [id, resource] of resources(template).filter(([, r]) => STATEFUL.includes(r.Type))) {
          expect({ id, DeletionPolicy: resource.DeletionPolicy }).toEqual({ id, DeletionPolicy: 'Retain' });
        }
      }
      // Four functions' logs and two APIs' access logs (GraphQL over HTTP, live updates over WebSocket).
      expect(ofType(prod.template, 'AWS::Logs::LogGroup')).toHaveLength(6);
      expect(ofType(prod.edgeTemplate, 'AWS::Logs::LogGroup')).toHaveLength(1);
    });

    it('keeps deletion protection on the table and user pool, and termination protection on both stacks', () => {
      const [table] = ofType(prod.template, 'AWS::DynamoDB::GlobalTable');
      const [pool] = ofType(prod.template, 'AWS::Cognito::UserPool');
      expect((table!.Properties!.Replicas as Array<Record<string, unknown>>)[0]!.DeletionProtectionEnabled).toBe(true);
      expect(pool!.Properties!.DeletionProtection).toBe('ACTIVE');
      expect(prod.stack.terminationProtection).toBe(true);
      expect(prod.edge.terminationProtection).toBe(true);
    });

    it('keeps logs for 30 days', () => {
      for (const template of [prod.template, prod.edgeTemplate]) {
        for (const logGroup of ofType(template, 'AWS::Logs::LogGroup')) expect(logGroup.Properties!.RetentionInDays).toBe(30);
      }
    });
  });

  describe('dev', () => {
    let dev: BuiltStage;
    beforeAll(() => {
      dev = build(stageConfig('dev'));
    });

    it('retains nothing in either stack, so `cdk destroy` removes the stage completely', () => {
      for (const template of [dev.template, dev.edgeTemplate]) {
        const kept = resources(template).filter(([, r]) => /^Retain/.test(r.DeletionPolicy ?? '') || r.DeletionPolicy === 'Snapshot');
        expect(kept.map(([id]) => id)).toEqual([]);
      }
      for (const type of STATEFUL) {
        const found = [...ofType(dev.template, type), ...ofType(dev.edgeTemplate, type)];
        expect(found.length).toBeGreaterThan(0);
        for (const resource of found) expect(resource.DeletionPolicy).toBe('Delete');
      }
      for (const secret of ofType(dev.template, 'AWS::SecretsManager::Secret')) expect(secret.DeletionPolicy).toBe('Delete');
    });

    it('turns deletion protection off on the table and user pool, and termination protection off on both stacks', () => {
      const [table] = ofType(dev.template, 'AWS::DynamoDB::GlobalTable');
      const [pool] = ofType(dev.template, 'AWS::Cognito::UserPool');
      expect((table!.Properties!.Replicas as Array<Record<string, unknown>>)[0]!.DeletionProtectionEnabled).toBe(false);
      expect(pool!.Properties!.DeletionProtection).toBe('INACTIVE');
      expect(dev.stack.terminationProtection).toBe(false);
      expect(dev.edge.terminationProtection).toBe(false);
    });

    it('keeps logs for a week', () => {
      for (const template of [dev.template, dev.edgeTemplate]) {
        for (const logGroup of ofType(template, 'AWS::Logs::LogGroup')) expect(logGroup.Properties!.RetentionInDays).toBe(7);
      }
    });
  });

  it('deploys to the stage config account when it names one, else to the CLI profile account', () => {
    const pinned = build({ ...stageConfig('prod'), account: '123456789012' });
    expect(pinned.stack.account).toBe('123456789012');
    expect(pinned.edge.account).toBe('123456789012');
    expect(Token.isUnresolved(build(stageConfig('prod')).stack.account)).toBe(true);
  });
});
