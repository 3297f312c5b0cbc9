const ORIGIN_SECRET = 'a-unit-test-origin-secret-of-40-characters';
process.env.STAGE = 'prod';
process.env.CURSOR_SECRET = 'a-unit-test-cursor-secret-of-40-characters';
process.env.ORIGIN_SECRET = ORIGIN_SECRET;
import '../../helpers/unit-env';
import { handler } from '../../../services/graphql/handler';
import { ORIGIN_VERIFY_HEADER } from '../../../services/shared/edge';
import { kitOperation } from '../../helpers/kit';
import { buildEvent, invoke } from '../../helpers/lambda';
import { captureOutput, type Captured } from './output-capture';

/** Requests the handler refuses itself in the cloud stage still count, under the code they were answered. */
describe('graphql handler metrics for refused requests (cloud stage)', () => {
  const prompts = kitOperation('JournalPrompts');
  const throughEdge = { [ORIGIN_VERIFY_HEADER]: ORIGIN_SECRET };
  let output: Captured;

  beforeEach(() => {
    output = captureOutput();
  });

  afterEach(() => output.restore());

  it.each([
    ['FORBIDDEN', 'a request that did not come through the edge', buildEvent({ documentId: prompts.hash }), 403],
    ['TRUSTED_DOCUMENT_REQUIRED', 'a query outside the kit', buildEvent({ query: prompts.document }, { headers: throughEdge }), 400],
    ['PERSISTED_QUERY_NOT_FOUND', 'an unknown hash', buildEvent({ documentId: `sha256:${'0'.repeat(64)}` }, { headers: throughEdge }), 400],
  ])('counts %s for %s', async (code, _name, event, status) => {
    const res = await invoke(handler, event);

    expect(res.status).toBe(status);
    expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(output.metricLines()).toEqual([expect.objectContaining({ service: 'graphql', operation: 'none', code, Requests: 1, Errors: 1 })]);
  });

  it('names a kit operation sent by its hash', async () => {
    const res = await invoke(handler, buildEvent({ documentId: prompts.hash }, { headers: throughEdge }));

    expect(res.body.errors).toBeUndefined();
    const [line] = output.metricLines();
    expect(line).toMatchObject({ operation: 'JournalPrompts', family: 'read', Requests: 1 });
    expect(line).not.toHaveProperty('Errors');
  });
});
