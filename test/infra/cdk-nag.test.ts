import { Stack, Validations, type App } from 'aws-cdk-lib';
import { HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUrlIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { NagPack } from 'cdk-nag';
import { NAG_PACKS } from '../../infra/nag-packs';
import { stageConfig } from '../../infra/stages';
import { buildLacrimaStack, newFastApp } from './lacrima-app';

type Finding = { ruleName: string; paths: string[] };
type Acknowledgement = { path: string; id: string; reason: string };
type PackClass = (typeof NAG_PACKS)[number];

function findings(Pack: PackClass, app: App, options: { ignoreAcknowledgements?: boolean } = {}): Finding[] {
  const pack: NagPack = new Pack();
  if (options.ignoreAcknowledgements) {
    // Private in cdk-nag 3.0; overridden here only to see every raw finding.
    (pack as unknown as { isAcknowledged: () => boolean }).isAcknowledged = () => false;
  }
  return pack.validateScope(app).violations.map((violation) => ({
    ruleName: violation.ruleName,
    paths: violation.violatingResources.map((resource) => resource.constructPath ?? ''),
  }));
}

function acknowledgements(app: App): Acknowledgement[] {
  return app.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

const packName = (Pack: PackClass): string => new Pack().readPackName;

describe('cdk-nag', () => {
  it('runs the AwsSolutions and HIPAA.Security packs on every synth', () => {
    expect(NAG_PACKS.map(packName)).toEqual(['AwsSolutions', 'HIPAA.Security']);
  });

  // Retained (prod's settings) and throwaway (dev's) stages build different resources' properties: both must pass.
  describe.each([
    ['a retained stage', 'test'],
    ['a throwaway stage', 'dev'],
  ])('on the Lacrima stack of %s', (_, stage) => {
    let app: App;
    let stackPath: string;
    let acks: Acknowledgement[];

    beforeAll(() => {
      const built = buildLacrimaStack(newFastApp(), stageConfig(stage));
      app = built.app;
      stackPath = built.stack.node.path;
      acks = acknowledgements(app);
    });

    describe.each(NAG_PACKS.map((Pack) => [packName(Pack), Pack] as const))('%s', (name, Pack) => {
      it('reports no unacknowledged finding', () => {
        expect(findings(Pack, app)).toEqual([]);
      });

      it('acknowledges only real findings, on the construct that causes them, each with a reason', () => {
        const raw = findings(Pack, app, { ignoreAcknowledgements: true });
        const own = acks.filter((ack) => ack.id.startsWith(`${name}-`));

        expect(own.length).toBeGreaterThan(0);
        for (const ack of own) {
          // Never blanket-acknowledged at app or stack level.
          expect(ack.path.startsWith(`${stackPath}/`)).toBe(true);
          // At least one full sentence that says why, not a label.
          expect(ack.reason).toMatch(/^[A-Z].{60,}\.$/s);
          const finding = raw.find((f) => f.ruleName === ack.id);
          expect({ ack: ack.id, matched: finding !== undefined }).toEqual({ ack: ack.id, matched: true });
          expect(finding!.paths.some((p) => p === ack.path || p.startsWith(`${ack.path}/`))).toBe(true);
        }
      });
    });

    it('acknowledges nothing outside the two packs', () => {
      const names = NAG_PACKS.map(packName);
      expect(acks.filter((ack) => !names.some((name) => ack.id.startsWith(`${name}-`)))).toEqual([]);
    });
  });

  describe('can fail', () => {
    const [AwsSolutions, HipaaSecurity] = NAG_PACKS;

    it('AwsSolutions fails a stack with an HTTP API route that has no authorizer', () => {
      const app = newFastApp();
      const stack = new Stack(app, 'Unprotected');
      new HttpApi(stack, 'Api').addRoutes({
        path: '/open',
        methods: [HttpMethod.GET],
        integration: new HttpUrlIntegration('Upstream', 'https://example.com'),
      });

      expect(findings(AwsSolutions, app).map((f) => f.ruleName)).toContain('AwsSolutions-APIG4');
    });

    it('HIPAA.Security fails a stack with a log group that is not KMS-encrypted', () => {
      const app = newFastApp();
      new LogGroup(new Stack(app, 'Unencrypted'), 'Logs');

      expect(findings(HipaaSecurity, app).map((f) => f.ruleName)).toContain('HIPAA.Security-CloudWatchLogGroupEncrypted');
    });
  });
});
