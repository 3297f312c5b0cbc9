import type { Template } from 'aws-cdk-lib/assertions';
import { EDGE_RATE_LIMITED_ANSWER, EDGE_WINDOW_SECONDS } from '../../infra/constructs/edge-firewall';
import { EDGE_REGION } from '../../infra/stacks/edge-stack';
import { stageConfig } from '../../infra/stages';
import { ORIGIN_VERIFY_HEADER } from '../../services/shared/edge';
import { ERROR_CODES } from '../../services/shared/error-codes';
import { buildLacrimaStack, type BuiltStage } from './lacrima-app';

type Resource = { Type: string; Properties: Record<string, unknown> };
type Rule = {
  Name: string;
  Priority: number;
  Action?: Record<string, unknown>;
  OverrideAction?: Record<string, unknown>;
  Statement: Record<string, Record<string, unknown>>;
  VisibilityConfig: { SampledRequestsEnabled: boolean };
};

/** The one resource of a type (whose logical id starts with `prefix`, where the stack holds several). */
function only(template: Template, type: string, prefix = ''): [string, Resource] {
  const found = Object.entries(template.findResources(type) as Record<string, Resource>).filter(([id]) => id.startsWith(prefix));
  expect(found).toHaveLength(1);
  return found[0]!;
}

/**
 * Issue #14 item 10: one caller must not spend the throttle every member
 * shares. The limit lives at the edge (docs/design/per-caller-limits.md), so
 * what the tests can check is the template: the WebACL's keys and limits, the
 * distribution in front of the API, and the function refusing a request that
 * went around it (test/unit/graphql/handler.origin.test.ts).
 */
describe('the edge in front of the API', () => {
  let built: BuiltStage;
  let rules: Rule[];
  let webAcl: Resource;

  beforeAll(() => {
    built = buildLacrimaStack();
    [, webAcl] = only(built.edgeTemplate, 'AWS::WAFv2::WebACL');
    rules = webAcl.Properties.Rules as Rule[];
  });

  const rule = (name: string): Rule => {
    const found = rules.find((r) => r.Name === name);
    if (!found) throw new Error(`no rule ${name}`);
    return found;
  };

  it('keeps the firewall in its own stack in us-east-1, deployed before the API stack', () => {
    expect(built.edge.region).toBe(EDGE_REGION);
    expect(built.stack.region).toBe(stageConfig('test').region);
    expect(built.stack.dependencies).toContain(built.edge);
    expect(webAcl.Properties.Scope).toBe('CLOUDFRONT');
    expect(webAcl.Properties.DefaultAction).toEqual({ Allow: {} });
  });

  it("limits each caller (access token and IP) to the stage config's requests per 5 minutes", () => {
    const { perCaller } = stageConfig('test').edge;
    expect(rule('PerCaller')).toMatchObject({
      Priority: 0,
      Statement: {
        RateBasedStatement: {
          AggregateKeyType: 'CUSTOM_KEYS',
          CustomKeys: [{ Header: { Name: 'authorization', TextTransformations: [{ Priority: 0, Type: 'NONE' }] } }, { IP: {} }],
          Limit: perCaller,
          EvaluationWindowSec: EDGE_WINDOW_SECONDS,
        },
      },
    });
  });

  it('limits each IP alone more loosely, for requests without a token', () => {
    const { perCaller, perIp } = stageConfig('test').edge;
    expect(perIp).toBeGreaterThan(perCaller);
    expect(rule('PerIp').Statement.RateBasedStatement).toEqual({ AggregateKeyType: 'IP', Limit: perIp, EvaluationWindowSec: EDGE_WINDOW_SECONDS });
  });

  it('takes the limits from the stage config', () => {
    const config = stageConfig('test');
    const { edgeTemplate } = buildLacrimaStack(undefined, { ...config, edge: { perCaller: 120, perIp: 900 } });
    const [, acl] = only(edgeTemplate, 'AWS::WAFv2::WebACL');
    const limits = (acl.Properties.Rules as Rule[]).filter((r) => r.Statement.RateBasedStatement).map((r) => r.Statement.RateBasedStatement!.Limit);
    expect(limits).toEqual([120, 900]);
  });

  it("answers a limited caller 429 with Retry-After and the API's own RATE_LIMITED error", () => {
    const bodies = webAcl.Properties.CustomResponseBodies as Record<string, { ContentType: string; Content: string }>;
    for (const name of ['PerCaller', 'PerIp']) {
      const response = (rule(name).Action as { Block: { CustomResponse: { ResponseCode: number; CustomResponseBodyKey: string; ResponseHeaders: unknown } } })
        .Block.CustomResponse;
      expect(response.ResponseCode).toBe(429);
      expect(response.ResponseHeaders).toEqual([{ Name: 'retry-after', Value: String(EDGE_WINDOW_SECONDS) }]);
      const body = bodies[response.CustomResponseBodyKey]!;
      expect(body.ContentType).toBe('APPLICATION_JSON');
      expect(JSON.parse(body.Content)).toEqual(EDGE_RATE_LIMITED_ANSWER);
    }
    expect(EDGE_RATE_LIMITED_ANSWER.errors[0]!.extensions.code).toBe('RATE_LIMITED');
    expect(Object.keys(ERROR_CODES)).toContain('RATE_LIMITED');
  });

  it('blocks known exploit inputs and only counts the common rule set (its body limit would refuse long journal entries)', () => {
    expect(rule('AWSManagedRulesKnownBadInputsRuleSet').OverrideAction).toEqual({ None: {} });
    expect(rule('AWSManagedRulesCommonRuleSet').OverrideAction).toEqual({ Count: {} });
  });

  it('keeps no sampled requests (they would hold tokens and what members wrote)', () => {
    expect((webAcl.Properties.VisibilityConfig as { SampledRequestsEnabled: boolean }).SampledRequestsEnabled).toBe(false);
    for (const r of rules) expect(r.VisibilityConfig.SampledRequestsEnabled).toBe(false);
  });

  it("logs only refused requests, with the caller's token redacted, to an encrypted log group with a retention", () => {
    const [, logging] = only(built.edgeTemplate, 'AWS::WAFv2::LoggingConfiguration');
    const [, logGroup] = only(built.edgeTemplate, 'AWS::Logs::LogGroup');
    expect(logging.Properties.RedactedFields).toEqual([{ SingleHeader: { Name: 'authorization' } }]);
    expect(logging.Properties.LoggingFilter).toEqual({
      DefaultBehavior: 'DROP',
      Filters: [{ Behavior: 'KEEP', Requirement: 'MEETS_ANY', Conditions: [{ ActionCondition: { Action: 'BLOCK' } }] }],
    });
    expect(logGroup.Properties).toMatchObject({ LogGroupName: 'aws-waf-logs-Lacrima-test-edge', RetentionInDays: 30, KmsKeyId: expect.anything() });
    expect(JSON.stringify(logging.Properties.LogDestinationConfigs)).toContain(':log-group:aws-waf-logs-Lacrima-test-edge');
    expect(JSON.stringify(logging.Properties.LogDestinationConfigs)).not.toContain(':*');
  });

  describe('the distribution', () => {
    let distribution: Record<string, unknown>;
    let behavior: Record<string, unknown>;
    let origin: { DomainName: unknown; CustomOriginConfig: Record<string, unknown>; OriginCustomHeaders: Array<{ HeaderName: string; HeaderValue: unknown }> };

    beforeAll(() => {
      const [, resource] = only(built.template, 'AWS::CloudFront::Distribution');
      distribution = resource.Properties.DistributionConfig as Record<string, unknown>;
      behavior = distribution.DefaultCacheBehavior as Record<string, unknown>;
      origin = (distribution.Origins as (typeof origin)[])[0]!;
    });

    it('is guarded by the edge firewall, read across regions without a custom resource', () => {
      expect(JSON.stringify(distribution.WebACLId)).toContain('Fn::GetStackOutput');
      // No custom resource (and its provider function) anywhere in the stack: only the project's own functions.
      expect(
        Object.values(built.template.toJSON().Resources as Record<string, Resource>).filter((r) =>
          /^(Custom::|AWS::CloudFormation::CustomResource)/.test(r.Type),
        ),
      ).toEqual([]);
    });

    it('passes everything through to the HTTP API over TLS 1.2, caching nothing', () => {
      const [apiId] = only(built.template, 'AWS::ApiGatewayV2::Api', 'ApiHttpApi');
      expect(JSON.stringify(origin.DomainName)).toContain(apiId);
      expect(origin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
      expect(behavior).toMatchObject({
        ViewerProtocolPolicy: 'https-only',
        AllowedMethods: expect.arrayContaining(['POST', 'OPTIONS']),
        // The managed CachingDisabled and AllViewerExceptHostHeader policies.
        CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
        OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
      });
    });

    it('adds the origin secret the function checks, from the same secret the function gets', () => {
      const [, fn] = only(built.template, 'AWS::Lambda::Function', 'GraphqlFunction');
      const headers = origin.OriginCustomHeaders;
      expect(headers.map((h) => h.HeaderName)).toEqual([ORIGIN_VERIFY_HEADER]);
      const sent = JSON.stringify(headers[0]!.HeaderValue);
      expect(sent).toContain('{{resolve:secretsmanager:');
      expect(sent).toEqual(JSON.stringify((fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables.ORIGIN_SECRET));
    });
  });
});
