process.env.STAGE = 'prod';
import '../../helpers/unit-env';
import { handler } from '../../../services/graphql/handler';
import { buildEvent, invoke } from '../../helpers/lambda';

describe('graphql handler in the cloud stage', () => {
  it('refuses introspection', async () => {
    const res = await invoke(handler, buildEvent({ query: '{ __schema { queryType { name } } }' }));

    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
  });
});
