import { NAME_A_STAGE, stageFromArgs } from '../../infra/bin/stage-arg';

describe('the stage named on the CDK command line', () => {
  it.each([
    [['synth', '-c', 'stage=prod'], 'prod'],
    [['deploy', '--all', '--context', 'stage=dev'], 'dev'],
    [['synth', '-c=stage=dev', '--output', 'out'], 'dev'],
    [['synth', '--context=stage=prod'], 'prod'],
    [['synth', '-c', 'region=eu-central-1', '-c', 'stage=dev'], 'dev'],
  ])('is read from %p', (args, stage) => {
    expect(stageFromArgs(args)).toBe(stage);
  });

  it.each([[['synth', '--quiet']], [['synth', '-c', 'region=eu-west-1']], [['synth', 'stage=prod']], [['synth', '-c']]])('is missing from %p', (args) => {
    expect(stageFromArgs(args)).toBeUndefined();
  });

  it('is asked for in one line that names an example and where the stages are', () => {
    expect(NAME_A_STAGE).toBe('Name a stage: npm run synth -- -c stage=prod (stages: infra/stages.ts)');
    expect(NAME_A_STAGE).not.toContain('\n');
  });
});
