// Replaces `@aws-sdk/credential-provider-node` in the Lambda bundle (see ../bundling.ts).
//
// Lambda hands every function its role's credentials in environment variables
// (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), as do the bench
// and the local stack. The SDK's default chain would go on to SSO, shared ini
// files, credential processes, web identity and instance metadata, which bundles
// their SDK clients (~0.1 MB) that a Lambda never runs. Only `defaultProvider`
// is imported by the clients' runtime configs; anything else fails the build.
import { fromEnv } from '@aws-sdk/credential-provider-env';

export const defaultProvider = (init = {}) => fromEnv(init);
