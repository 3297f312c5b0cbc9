import '../../helpers/unit-env';
import * as lib from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { handler } from '../../../services/graphql/handler';
import { buildEvent, lambdaContext } from '../../helpers/lambda';
import { kit } from '../../helpers/kit';
import { captureOutput } from './output-capture';

const ddb = mockClient(lib.DynamoDBDocumentClient);
const TRACE_ROOT = '1-5759e988-bd862e3fe1be46a994272793';

/** A file of its own: Jest loads the handler afresh for it, as Lambda does for a new container. */
describe('graphql handler cold start and log fields', () => {
  it('counts a cold start on the container’s first request only, and marks its log lines so', async () => {
    const output = captureOutput();
    process.env._X_AMZN_TRACE_ID = `Root=${TRACE_ROOT};Parent=53995c3f42cd8ad8;Sampled=1`;
    ddb.on(lib.TransactWriteCommand).rejects(Object.assign(new Error('table lacrima-unit'), { name: 'ValidationException' }));
    try {
      for (const requestId of ['req-cold', 'req-warm-1', 'req-warm-2']) {
        await handler(buildEvent({ query: kit('StartSession') }), lambdaContext(requestId));
      }

      expect(output.metricLines().map((line) => line.ColdStart)).toEqual([1, 0, 0]);
      // Every line logged during a request carries the request's invocation fields.
      const unexpected = output.logLines().filter((line) => line.msg === 'unexpected error');
      expect(unexpected.map((line) => [line.function_request_id, line.cold_start, line.xray_trace_id])).toEqual([
        ['req-cold', true, TRACE_ROOT],
        ['req-warm-1', false, TRACE_ROOT],
        ['req-warm-2', false, TRACE_ROOT],
      ]);
      const requests = output.logLines().filter((line) => line.msg === 'graphql request');
      expect(requests.map((line) => line.function_request_id)).toEqual(['req-cold', 'req-warm-1', 'req-warm-2']);
      expect(JSON.stringify(output.logLines())).not.toContain('lacrima-unit');
    } finally {
      output.restore();
      delete process.env._X_AMZN_TRACE_ID;
    }
  });
});
