import '../../helpers/unit-env';
import { ApiGatewayManagementApiClient, DeleteConnectionCommand, GoneException, PostToConnectionCommand } from '@aws-sdk/client-apigatewaymanagementapi';
import { mockClient } from 'aws-sdk-client-mock';
import { ApiGatewayLiveSender } from '../../../services/live/live-gateway.repository';

const gone = () => new GoneException({ message: 'gone', $metadata: {} });

describe('ApiGatewayLiveSender', () => {
  const api = mockClient(ApiGatewayManagementApiClient);
  const sender = new ApiGatewayLiveSender(new ApiGatewayManagementApiClient({ region: 'eu-west-1', endpoint: 'https://example.invalid/prod' }));

  beforeEach(() => api.reset());

  describe('post', () => {
    it('posts the message to the connection', async () => {
      api.on(PostToConnectionCommand).resolves({});

      await expect(sender.post('c1', '{"type":"pong"}')).resolves.toBe('sent');

      const input = api.commandCalls(PostToConnectionCommand)[0]?.args[0].input;
      expect({ id: input?.ConnectionId, data: Buffer.from(input?.Data as Uint8Array).toString() }).toEqual({ id: 'c1', data: '{"type":"pong"}' });
    });

    it("answers 'gone' when API Gateway no longer knows the connection", async () => {
      api.on(PostToConnectionCommand).rejects(gone());

      await expect(sender.post('c1', '{}')).resolves.toBe('gone');
    });

    it('rethrows any other failure', async () => {
      api.on(PostToConnectionCommand).rejects(new Error('throttled'));

      await expect(sender.post('c1', '{}')).rejects.toThrow('throttled');
    });
  });

  describe('close', () => {
    it('deletes the connection, and a connection already gone is no failure', async () => {
      api.on(DeleteConnectionCommand).rejectsOnce(gone()).resolves({});

      await sender.close('c1');
      await sender.close('c2');

      expect(api.commandCalls(DeleteConnectionCommand).map((call) => call.args[0].input.ConnectionId)).toEqual(['c1', 'c2']);
    });
  });
});
