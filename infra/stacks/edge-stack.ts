import { CrossStackReferences, ReferenceStrength, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { EdgeFirewall } from '../constructs/edge-firewall';
import { TelemetryKey } from '../constructs/telemetry-key';
import { isRetained, type StageConfig } from '../stages';

/** AWS WAF keeps every WebACL for CloudFront in this region. */
export const EDGE_REGION = 'us-east-1';

export interface LacrimaEdgeStackProps extends StackProps {
  readonly config: StageConfig;
}

/** The stage's edge firewall, deployed before the API stack that puts it in front of the API. */
export class LacrimaEdgeStack extends Stack {
  /** The WebACL's ARN, read by the API stack across regions. */
  public readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: LacrimaEdgeStackProps) {
    const { config } = props;
    super(scope, id, {
      ...props,
      env: { ...props.env, account: config.account ?? props.env?.account, region: EDGE_REGION },
      crossRegionReferences: true,
      terminationProtection: isRetained(config),
    });
    const telemetry = new TelemetryKey(this, 'TelemetryKey', { removalPolicy: config.removalPolicy });
    const firewall = new EdgeFirewall(this, 'Firewall', {
      limits: config.edge,
      logEncryptionKey: telemetry.key,
      logRetention: config.logRetention,
      logRemovalPolicy: config.removalPolicy,
    });
    // Weak: the API stack reads the ARN with Fn::GetStackOutput, so no custom resource (and no Lambda) carries it.
    CrossStackReferences.of(firewall.webAcl).produce(ReferenceStrength.WEAK);
    this.webAclArn = firewall.webAcl.attrArn;
  }
}
