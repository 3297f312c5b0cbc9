import type * as loggerModule from '../../../services/shared/logger';
import { beginRequestLog, endRequestLog, levelFrom, logger, traceRoot } from '../../../services/shared/logger';

type Logger = typeof loggerModule;

/** The logger module as a container with this LOG_LEVEL loads it (the level is read once, at load). */
function loggerWithLevel(level: string | undefined): Logger['logger'] {
  const before = process.env.LOG_LEVEL;
  if (level === undefined) delete process.env.LOG_LEVEL;
  else process.env.LOG_LEVEL = level;
  let loaded: Logger | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual<Logger>('../../../services/shared/logger');
  });
  if (before === undefined) delete process.env.LOG_LEVEL;
  else process.env.LOG_LEVEL = before;
  return (loaded as Logger).logger;
}

describe('logger', () => {
  let lines: Record<string, unknown>[];

  beforeEach(() => {
    process.env.LACRIMA_SILENT_LOGS = 'false';
    lines = [];
    const record = (line: unknown) => void lines.push(JSON.parse(String(line)) as Record<string, unknown>);
    jest.spyOn(console, 'log').mockImplementation(record);
    jest.spyOn(console, 'error').mockImplementation(record);
  });

  afterEach(() => {
    jest.restoreAllMocks();
    process.env.LACRIMA_SILENT_LOGS = 'true';
    delete process.env._X_AMZN_TRACE_ID;
    endRequestLog('req-1');
  });

  describe('request fields', () => {
    it('puts cold_start, function_request_id and xray_trace_id on every line of a request', () => {
      process.env._X_AMZN_TRACE_ID = 'Root=1-67891233-abcdef012345678912345678;Parent=463ac35c9f6413ad;Sampled=1';
      beginRequestLog('req-1', true);

      logger.info('one', { requestId: 'req-1' });
      logger.error('two');

      for (const line of lines) {
        expect(line).toMatchObject({ cold_start: true, function_request_id: 'req-1', xray_trace_id: '1-67891233-abcdef012345678912345678' });
      }
      expect(lines.map((line) => [line.level, line.msg])).toEqual([
        ['info', 'one'],
        ['error', 'two'],
      ]);
    });

    it('leaves the trace id out when the runtime set no trace header', () => {
      beginRequestLog('req-1', false);

      logger.warn('no trace');

      expect(lines[0]).toMatchObject({ cold_start: false, function_request_id: 'req-1' });
      expect(lines[0]).not.toHaveProperty('xray_trace_id');
    });

    it('carries no request fields once the request has ended', () => {
      beginRequestLog('req-1', true);
      endRequestLog('req-1');

      logger.info('between requests');

      expect(lines[0]).not.toHaveProperty('function_request_id');
      expect(lines[0]).not.toHaveProperty('cold_start');
    });
  });

  describe('traceRoot', () => {
    it.each([
      ['Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1', '1-5759e988-bd862e3fe1be46a994272793'],
      ['Parent=53995c3f42cd8ad8;Root=1-5759e988-bd862e3fe1be46a994272793', '1-5759e988-bd862e3fe1be46a994272793'],
      ['Parent=53995c3f42cd8ad8', undefined],
      [undefined, undefined],
    ])('reads the Root of %s', (header, root) => {
      expect(traceRoot(header)).toBe(root);
    });
  });

  describe('LOG_LEVEL', () => {
    function levelsLogged(log: Logger['logger']): unknown[] {
      log.debug('d');
      log.info('i');
      log.warn('w');
      log.error('e');
      return lines.map((line) => line.level);
    }

    it.each([
      [undefined, ['info', 'warn', 'error']],
      ['DEBUG', ['debug', 'info', 'warn', 'error']],
      ['INFO', ['info', 'warn', 'error']],
      ['WARN', ['warn', 'error']],
      ['ERROR', ['error']],
      ['warn', ['warn', 'error']],
      ['LOUD', ['info', 'warn', 'error']],
    ])('at %s drops the lines below the level', (level, logged) => {
      expect(levelsLogged(loggerWithLevel(level))).toEqual(logged);
    });

    it('reads unknown values, and names inherited from Object, as INFO', () => {
      expect(levelFrom('constructor')).toBe('info');
      expect(levelFrom('')).toBe('info');
      expect(levelFrom(' Error ')).toBe('error');
    });
  });

  it('writes nothing while LACRIMA_SILENT_LOGS is true', () => {
    process.env.LACRIMA_SILENT_LOGS = 'true';

    logger.error('quiet');

    expect(lines).toEqual([]);
  });
});
