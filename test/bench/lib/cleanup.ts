/**
 * Everything the bench starts (DynamoDB Local, cognito-local, server
 * children) registers its stop here. A normal end, a failure and Ctrl-C all
 * run the stops newest first; services/local/child-process's exit hook
 * SIGKILLs whatever is still alive if the process dies anyway.
 */
const stops: Array<{ what: string; stop: () => Promise<void> }> = [];
let stopping: Promise<void> | undefined;

export function onCleanup(what: string, stop: () => Promise<void>): () => void {
  const entry = { what, stop };
  stops.push(entry);
  return () => {
    const i = stops.indexOf(entry);
    if (i >= 0) stops.splice(i, 1);
  };
}

export function cleanupAll(): Promise<void> {
  stopping ??= (async () => {
    for (const entry of stops.splice(0).reverse()) {
      await entry.stop().catch((error: unknown) => console.error(`  could not stop ${entry.what}: ${String(error)}`));
    }
  })();
  return stopping;
}

/** Ctrl-C, kill, or a closed terminal: stop everything, then exit with the signal's code. */
export function stopOnSignals(): void {
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  for (const signal of Object.keys(codes) as Array<keyof typeof codes>) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping what the bench started…`);
      void cleanupAll().finally(() => process.exit(codes[signal]));
    });
  }
}
