import { Stack, Validations } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Construct } from 'constructs';
import { ORIGIN_VERIFY_HEADER } from '../../services/shared/edge';

export interface EdgeDistributionProps {
  readonly httpApi: IHttpApi;
  /** The edge firewall's WebACL (us-east-1). */
  readonly webAclArn: string;
  /** Sent to the API on every request; the function refuses requests without it, so the firewall cannot be bypassed. */
  readonly originSecret: string;
}

/**
 * The API's public address: CloudFront with the edge firewall, caching
 * nothing and passing every request through to the HTTP API.
 */
export class EdgeDistribution extends Construct {
  public readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: EdgeDistributionProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const apiDomain = `${props.httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Lacrima GraphQL API behind per-caller limits',
      webAclId: props.webAclArn,
      httpVersion: HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: new HttpOrigin(apiDomain, {
          protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
          originSslProtocols: [OriginSslPolicy.TLS_V1_2],
          // CloudFront replaces a header of this name that a viewer sends.
          customHeaders: { [ORIGIN_VERIFY_HEADER]: props.originSecret },
        }),
        viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
        allowedMethods: AllowedMethods.ALLOW_ALL,
        // Every answer is one member's: nothing is cached, and every viewer header but Host reaches the API
        // (CloudFront passes Authorization on POST and OPTIONS, the only methods the API routes).
        cachePolicy: CachePolicy.CACHING_DISABLED,
        originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      },
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'Members may be anywhere, and a person in distress must reach their journal and crisis lines from wherever they are; the API refuses by token and scope, not by country.',
      },
      {
        id: 'AwsSolutions-CFR3',
        reason:
          "Every request that reaches the API is already logged by the API access log (caller sub, status, latency) and every refused one by the firewall log; CloudFront standard logs would keep a third copy of members' IPs in a bucket.",
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The stage serves on its cloudfront.net name, whose shared certificate fixes the viewer TLS policy; apps connect with TLS 1.2 or later, and a stage given its own domain sets TLSv1.2_2021 with its certificate.',
      },
    );
  }
}
