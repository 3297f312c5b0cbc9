const ORIGIN_SECRET = 'a-unit-test-origin-secret-of-40-characters';
process.env.STAGE = 'prod';
process.env.CURSOR_SECRET = 'a-unit-test-cursor-secret-of-40-characters';
process.env.ORIGIN_SECRET = ORIGIN_SECRET;
import '../../helpers/unit-env';
import { handler } from '../../../services/graphql/handler';
import { ORIGIN_VERIFY_HEADER } from '../../../services/shared/edge';
import { kitOperation } from '../../helpers/kit';
import { buildEvent, invoke } from '../../helpers/lambda';

/**
 * In the cloud the per-caller limits live at the edge (CloudFront and AWS
 * WAF), which adds a secret header to every request it passes on. A request
 * sent to the API Gateway address directly would skip those limits: the
 * function refuses it before any work.
 */
describe('graphql handler behind the edge', () => {
  const prompts = kitOperation('JournalPrompts');

  it('answers a request that came through the edge', async () => {
    const res = await invoke(handler, buildEvent({ documentId: prompts.hash }, { headers: { [ORIGIN_VERIFY_HEADER]: ORIGIN_SECRET } }));

    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });

  it.each([
    ['without the header', {}],
    ['with a wrong value', { [ORIGIN_VERIFY_HEADER]: 'a-guess-of-the-origin-secret-0000000000000' }],
    ['with the secret and more', { [ORIGIN_VERIFY_HEADER]: `${ORIGIN_SECRET}x` }],
    ['with an empty value', { [ORIGIN_VERIFY_HEADER]: '' }],
  ])('refuses a request %s with 403 FORBIDDEN, naming nothing of the secret', async (_name, headers: Record<string, string>) => {
    const res = await invoke(handler, buildEvent({ documentId: prompts.hash }, { headers }));

    expect(res.status).toBe(403);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toEqual([{ message: 'Call the API at its public address', extensions: { code: 'FORBIDDEN' } }]);
    expect(JSON.stringify(res)).not.toContain(ORIGIN_SECRET);
  });

  it('refuses before reading the body (a bad body from outside the edge is still 403)', async () => {
    const res = await invoke(handler, buildEvent(undefined, { rawBody: '{not json' }));

    expect(res.status).toBe(403);
  });
});
