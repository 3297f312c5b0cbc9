import { stageConfig } from '../../infra/stages';

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
});
