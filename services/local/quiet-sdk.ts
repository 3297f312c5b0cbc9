// Imported first by the CLI entry points: the SDK prints a Node-version notice
// at load time, which is noise in a local tool.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
