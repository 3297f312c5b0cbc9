import { ArnFormat, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnLoggingConfiguration, CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import type { EdgeLimits } from '../stages';

/** The window WAF counts requests in; a blocked caller waits at most this long. */
export const EDGE_WINDOW_SECONDS = 300;

const RATE_LIMITED_BODY = 'rate-limited';

/** What a blocked caller reads: the API's own error shape and code, so apps handle it as any RATE_LIMITED. */
export const EDGE_RATE_LIMITED_ANSWER = {
  errors: [
    {
      message: 'Too many requests from this caller; please try again in a few minutes',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: EDGE_WINDOW_SECONDS },
    },
  ],
};

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  // No request samples: they would keep headers (the caller's token) and bodies (what members write) in WAF's console.
  sampledRequestsEnabled: false,
});

const blockAsRateLimited: CfnWebACL.RuleActionProperty = {
  block: {
    customResponse: {
      responseCode: 429,
      customResponseBodyKey: RATE_LIMITED_BODY,
      responseHeaders: [{ name: 'retry-after', value: String(EDGE_WINDOW_SECONDS) }],
    },
  },
};

function rateRule(name: string, priority: number, statement: CfnWebACL.RateBasedStatementProperty): CfnWebACL.RuleProperty {
  return { name, priority, action: blockAsRateLimited, statement: { rateBasedStatement: statement }, visibilityConfig: visibility(name) };
}

function managedRule(name: string, priority: number, mode: 'block' | 'count'): CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
    overrideAction: mode === 'count' ? { count: {} } : { none: {} },
    visibilityConfig: visibility(name),
  };
}

/**
 * The WebACL in front of the GraphQL API's distribution (scope CLOUDFRONT, so
 * it lives in us-east-1): one member or one script cannot spend the stage-wide
 * API throttle that every member shares. Why this and not another way:
 * docs/design/per-caller-limits.md.
 */
export class EdgeFirewall extends Construct {
  public readonly webAcl: CfnWebACL;

  public readonly logGroup: LogGroup;

  constructor(
    scope: Construct,
    id: string,
    props: { limits: EdgeLimits; logEncryptionKey: IKey; logRetention?: RetentionDays; logRemovalPolicy?: RemovalPolicy },
  ) {
    super(scope, id);
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      description: 'Lacrima: per-caller and per-IP request limits in front of the GraphQL API',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('LacrimaEdge'),
      customResponseBodies: {
        [RATE_LIMITED_BODY]: { contentType: 'APPLICATION_JSON', content: JSON.stringify(EDGE_RATE_LIMITED_ANSWER) },
      },
      rules: [
        // The caller is their access token (a member cannot multiply it without more accounts) together with the
        // IP; a request without the header is not counted here and meets the per-IP rule and the authorizer.
        rateRule('PerCaller', 0, {
          aggregateKeyType: 'CUSTOM_KEYS',
          customKeys: [{ header: { name: 'authorization', textTransformations: [{ priority: 0, type: 'NONE' }] } }, { ip: {} }],
          limit: props.limits.perCaller,
          evaluationWindowSec: EDGE_WINDOW_SECONDS,
        }),
        rateRule('PerIp', 1, { aggregateKeyType: 'IP', limit: props.limits.perIp, evaluationWindowSec: EDGE_WINDOW_SECONDS }),
        // Known exploit payloads (Log4j lookups, bad host headers): nothing an app sends.
        managedRule('AWSManagedRulesKnownBadInputsRuleSet', 2, 'block'),
        // Counted only: its 8 KB body limit would refuse a member's long journal entry (up to 20 KB).
        managedRule('AWSManagedRulesCommonRuleSet', 3, 'count'),
      ],
    });

    // WAF only delivers to log groups named aws-waf-logs-*; the only physical name in the stacks.
    const logGroupName = `aws-waf-logs-${Stack.of(this).stackName}`;
    this.logGroup = new LogGroup(this, 'Logs', {
      logGroupName,
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      encryptionKey: props.logEncryptionKey,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.RETAIN,
    });
    new CfnLoggingConfiguration(this, 'Logging', {
      resourceArn: this.webAcl.attrArn,
      // WAF wants the log group's ARN without the ':*' CDK's logGroupArn ends with.
      logDestinationConfigs: [
        Stack.of(this).formatArn({ service: 'logs', resource: 'log-group', resourceName: logGroupName, arnFormat: ArnFormat.COLON_RESOURCE_NAME }),
      ],
      // Only what was refused, and never the caller's token (WAF logs carry headers, never bodies).
      redactedFields: [{ singleHeader: { Name: 'authorization' } }],
      loggingFilter: {
        DefaultBehavior: 'DROP',
        Filters: [{ Behavior: 'KEEP', Requirement: 'MEETS_ANY', Conditions: [{ ActionCondition: { Action: 'BLOCK' } }] }],
      },
    }).node.addDependency(this.logGroup);
  }
}
