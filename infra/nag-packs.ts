import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';

/**
 * The cdk-nag packs every synth runs: an unacknowledged finding of any of them
 * fails synth. The tests check the stack against this same list.
 */
export const NAG_PACKS = [AwsSolutionsChecks, HIPAASecurityChecks] as const;
