import { RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { STAGES, stageConfig } from '../../infra/stages';

describe('stageConfig', () => {
  it('lets no web origin call prod or an unnamed stage unless told, and the local dev servers call dev', () => {
    expect(stageConfig('prod').allowedOrigins).toEqual([]);
    expect(stageConfig('someone').allowedOrigins).toEqual([]);
    expect(stageConfig('dev').allowedOrigins).toEqual(['http://localhost:3000', 'http://localhost:5173']);
  });

  it('takes origins from the context, comma-separated', () => {
    expect(stageConfig('prod', { allowedOrigins: 'https://app.example.org,https://admin.example.org:8443' }).allowedOrigins).toEqual([
      'https://app.example.org',
      'https://admin.example.org:8443',
    ]);
  });

  it('answers only the client kit unless the context opens a stage to any query', () => {
    expect(stageConfig('prod').trustedDocuments).toBe('required');
    expect(stageConfig('dev').trustedDocuments).toBe('required');
    expect(stageConfig('partners', { trustedDocuments: 'allowed' }).trustedDocuments).toBe('allowed');
    expect(() => stageConfig('prod', { trustedDocuments: 'off' })).toThrow(/trustedDocuments/);
  });

  it('puts every stage in one explicit region unless the context names another, and refuses a name that is not a region', () => {
    expect(stageConfig('prod').region).toBe('eu-west-1');
    expect(stageConfig('prod', { region: 'eu-central-1' }).region).toBe('eu-central-1');
    expect(() => stageConfig('prod', { region: 'Frankfurt' })).toThrow(/region/);
  });

  it('limits each caller at the edge more tightly than each IP', () => {
    const { perCaller, perIp } = stageConfig('prod').edge;
    expect(perCaller).toBe(300);
    expect(perIp).toBeGreaterThan(perCaller);
  });

  it.each([['*'], ['app.example.org'], ['https://app.example.org/path'], ['javascript:alert(1)']])('refuses %p as an origin', (origin) => {
    expect(() => stageConfig('prod', { allowedOrigins: origin })).toThrow(/allowedOrigins/);
  });

  it('names prod and dev', () => {
    expect(Object.keys(STAGES).sort()).toEqual(['dev', 'prod']);
  });

  it('retains prod (and any stage not named) and lets dev be destroyed', () => {
    expect(stageConfig('prod')).toMatchObject({ removalPolicy: RemovalPolicy.RETAIN, logRetention: RetentionDays.ONE_MONTH });
    expect(stageConfig('someone').removalPolicy).toBe(RemovalPolicy.RETAIN);
    expect(stageConfig('dev')).toMatchObject({ removalPolicy: RemovalPolicy.DESTROY, logRetention: RetentionDays.ONE_WEEK });
  });

  it("deploys to the CLI profile's account unless a stage names one", () => {
    expect(stageConfig('prod').account).toBeUndefined();
    expect(stageConfig('dev').account).toBeUndefined();
  });

  it('gives dev a fifth of prod API limits, each burst at least its rate', () => {
    expect(stageConfig('prod').apiThrottle).toEqual({ rateLimit: 50, burstLimit: 100 });
    expect(stageConfig('dev').apiThrottle).toEqual({ rateLimit: 10, burstLimit: 20 });
  });

  it('takes alarm emails from the config or the context, and refuses what is not an address', () => {
    expect(stageConfig('prod').alarmEmails).toEqual([]);
    expect(stageConfig('prod', { alarmEmails: 'oncall@example.org, ops@example.org' }).alarmEmails).toEqual(['oncall@example.org', 'ops@example.org']);
    expect(() => stageConfig('prod', { alarmEmails: 'oncall' })).toThrow(/alarmEmails/);
    expect(() => stageConfig('prod', { alarmEmails: 42 })).toThrow(/alarmEmails/);
  });
});
