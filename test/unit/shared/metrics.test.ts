import { emfRecord, emitRequestMetrics, headlineCode } from '../../../services/shared/metrics';

describe('request metrics (EMF)', () => {
  describe('emfRecord', () => {
    it('writes each metric under the dimension sets of the contract, values at the root', () => {
      const record = emfRecord({ operation: 'Timeline', family: 'read', durationMs: 12.3456, coldStart: true, codes: ['NOT_FOUND'] }, 1_700_000_000_000);

      expect(record).toEqual({
        _aws: {
          Timestamp: 1_700_000_000_000,
          CloudWatchMetrics: [
            { Namespace: 'Lacrima', Dimensions: [['service'], ['service', 'operation']], Metrics: [{ Name: 'Requests', Unit: 'Count' }] },
            { Namespace: 'Lacrima', Dimensions: [['service']], Metrics: [{ Name: 'ColdStart', Unit: 'Count' }] },
            { Namespace: 'Lacrima', Dimensions: [['service', 'family']], Metrics: [{ Name: 'Latency', Unit: 'Milliseconds' }] },
            {
              Namespace: 'Lacrima',
              Dimensions: [
                ['service', 'code'],
                ['service', 'code', 'operation'],
              ],
              Metrics: [{ Name: 'Errors', Unit: 'Count' }],
            },
          ],
        },
        service: 'graphql',
        operation: 'Timeline',
        family: 'read',
        code: 'NOT_FOUND',
        codes: 'NOT_FOUND',
        Requests: 1,
        ColdStart: 1,
        Latency: 12.35,
        Errors: 1,
      });
    });

    it('counts the most severe code of a partial answer once (a rate of requests), with every code in `codes`', () => {
      const record = emfRecord({
        operation: 'Timeline',
        family: 'read',
        durationMs: 5,
        coldStart: false,
        codes: ['NOT_FOUND', 'INTERNAL_SERVER_ERROR', 'INTERNAL_SERVER_ERROR'],
      });

      expect(record).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', Errors: 1, codes: 'NOT_FOUND,INTERNAL_SERVER_ERROR,INTERNAL_SERVER_ERROR', ColdStart: 0 });
    });
  });

  describe('headlineCode', () => {
    it.each([
      [[], undefined],
      [['NOT_FOUND', 'FORBIDDEN'], 'NOT_FOUND'],
      [['NOT_FOUND', 'SERVICE_UNAVAILABLE'], 'SERVICE_UNAVAILABLE'],
      [['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR'], 'INTERNAL_SERVER_ERROR'],
    ])('of %j is %s', (codes, code) => {
      expect(headlineCode(codes)).toBe(code);
    });
  });

  describe('emitRequestMetrics', () => {
    afterEach(() => {
      jest.restoreAllMocks();
      process.env.LACRIMA_SILENT_LOGS = 'true';
    });

    it('writes one whole JSON line to stdout, past console', () => {
      process.env.LACRIMA_SILENT_LOGS = 'false';
      const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
      const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);

      emitRequestMetrics({ operation: 'Me', family: 'read', durationMs: 3, coldStart: false, codes: [] });

      expect(log).not.toHaveBeenCalled();
      expect(write).toHaveBeenCalledTimes(1);
      const text = String(write.mock.calls[0]?.[0]);
      expect(text).toMatch(/^\{.*\}\n$/);
      expect(JSON.parse(text)).toMatchObject({ operation: 'Me', Requests: 1 });
    });

    it('writes nothing on the embedded local stack (npm start), whose terminal is for people', () => {
      process.env.LACRIMA_SILENT_LOGS = 'false';
      const stage = process.env.STAGE;
      process.env.STAGE = 'local';
      const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
      try {
        emitRequestMetrics({ operation: 'Me', family: 'read', durationMs: 3, coldStart: false, codes: [] });
      } finally {
        process.env.STAGE = stage;
      }

      expect(write).not.toHaveBeenCalled();
    });

    it('writes nothing while LACRIMA_SILENT_LOGS is true', () => {
      const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);

      emitRequestMetrics({ operation: 'Me', durationMs: 3, coldStart: false, codes: [] });

      expect(write).not.toHaveBeenCalled();
    });
  });
});
