/** What `npm run synth` / `npm run deploy` print when no stage is named: one line, no stack trace. */
export const NAME_A_STAGE = 'Name a stage: npm run synth -- -c stage=prod (stages: infra/stages.ts)';

/** The value of `-c stage=NAME` / `--context stage=NAME` (either spelling, `=` or space) among CLI arguments. */
export function stageFromArgs(args: readonly string[]): string | undefined {
  let stage: string | undefined;
  args.forEach((arg, index) => {
    const value = /^(-c|--context)$/.test(arg) ? args[index + 1] : /^(?:-c|--context)=(.*)$/.exec(arg)?.[1];
    const match = value === undefined ? null : /^stage=(.*)$/.exec(value);
    if (match) stage = match[1];
  });
  return stage;
}
