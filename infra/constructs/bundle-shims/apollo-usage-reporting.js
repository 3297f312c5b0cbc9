'use strict';
// Stands in for @apollo/usage-reporting-protobuf and @apollo/utils.usagereporting
// in the Lambda bundle (see ../bundling.ts). Only Apollo's usage reporting and
// inline tracing load them, and services/graphql/server.ts installs both
// plugins disabled, so Apollo never imports this file. If it ever does, fail
// loudly rather than report to Apollo Studio from a Lambda.
throw new Error('Apollo usage reporting and inline tracing are not bundled into Lacrima; see infra/constructs/bundling.ts');
