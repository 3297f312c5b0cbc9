// The cloud's default: only the client kit's operations run, sent by hash, on the socket as over HTTP.
process.env.TRUSTED_DOCUMENTS = 'required';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode, type DocumentNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import {
  CircleActivityDocument,
  CreateCircleDocument,
  CreateCircleInviteDocument,
  JoinCircleDocument,
  PostCheckInDocument,
  type CircleActivitySubscription,
} from '../../schema/generated/graphql';
import { createHttpAdapter } from '../../services/local/http-adapter';
import { createCognitoLocalVerifier } from '../../services/local/jwt-verifier';
import { startLocalLive, type LocalLive } from '../../services/local/live-stack';
import { applyTestEnv, createTestUser, testStack, type TestUser } from '../helpers/local-stack';

// Browsers have a global WebSocket, which Apollo's link consults on errors; Node 20 has none.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

const kitHash = (document: DocumentNode) => (document as DocumentNode & { __meta__: { hash: string } }).__meta__.hash;

/**
 * The README's app set-up, as written there: Apollo Client 4 sending the
 * kit's typed documents by hash, queries and mutations over HTTP and
 * subscriptions over graphql-ws (split on the operation's type), against the
 * local stack with trusted documents required.
 */
describe('an Apollo Client app subscribing as the README shows (integration)', () => {
  let live: LocalLive;
  let close: () => Promise<void>;
  let apiUrl: string;
  const sockets: Client[] = [];

  function appClient(user: TestUser): ApolloClient {
    const socket = createClient({
      url: apiUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${user.accessToken}` },
      retryAttempts: 0,
    });
    sockets.push(socket);
    return new ApolloClient({
      cache: new InMemoryCache(),
      link: ApolloLink.from([
        new PersistedQueryLink({ generateHash: kitHash }),
        ApolloLink.split(
          ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
          new GraphQLWsLink(socket),
          new HttpLink({ uri: apiUrl, headers: { authorization: `Bearer ${user.accessToken}` } }),
        ),
      ]),
    });
  }

  beforeAll(async () => {
    applyTestEnv();
    const verifier = await createCognitoLocalVerifier(testStack());
    const { handler } = await import('../../services/graphql/handler');
    const http = createHttpAdapter({ handler, verifier });
    live = await startLocalLive({
      server: http.server,
      verifier,
      dynamoDbEndpoint: testStack().dynamoDbEndpoint,
      tableName: testStack().tableName,
      others: 'alive',
      sweepIntervalMs: 0,
    });
    apiUrl = (await http.listen(0)).url;
    close = async () => {
      await live.close();
      await http.close();
    };
  });

  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await close?.();
  });

  it('receives another member’s check-in into its normalized cache', async () => {
    const [poster, watcher] = await Promise.all([createTestUser(), createTestUser()]);
    const posterApp = appClient(poster);
    const watcherApp = appClient(watcher);
    const created = await posterApp.mutate({ mutation: CreateCircleDocument, variables: { input: { name: 'Apollo circle', pseudonym: 'Oak' } } });
    const circleId = created.data!.createCircle.circle.id;
    const invite = await posterApp.mutate({ mutation: CreateCircleInviteDocument, variables: { input: { circleId } } });
    await watcherApp.mutate({
      mutation: JoinCircleDocument,
      variables: { input: { code: invite.data!.createCircleInvite.circleInvite.code, pseudonym: 'Fern' } },
    });

    const received: CircleActivitySubscription[] = [];
    const failures: unknown[] = [];
    const subscription = watcherApp.subscribe({ query: CircleActivityDocument, variables: { circleId } }).subscribe({
      next: ({ data, error }) => {
        if (data) received.push(data);
        if (error) failures.push(error);
      },
      error: (error) => failures.push(error),
    });
    // Post until one arrives: a subscribe has no ack in graphql-transport-ws, so the first posts may precede it.
    const posted: string[] = [];
    const deadline = Date.now() + 15_000;
    while (received.length === 0) {
      if (Date.now() > deadline || failures.length > 0)
        throw new Error(`nothing arrived: ${failures.map((f) => String(f) + JSON.stringify((f as { errors?: unknown }).errors)).join(';')}`);
      const result = await posterApp.mutate({ mutation: PostCheckInDocument, variables: { input: { circleId, mood: 'SAD', text: 'Apollo heard this' } } });
      posted.push(result.data!.postCheckIn.checkIn.id);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    subscription.unsubscribe();

    const event = received[0]!.circleActivity;
    expect(event).toMatchObject({ kind: 'CHECK_IN_POSTED', checkIn: { text: 'Apollo heard this', author: { pseudonym: 'Oak', isMe: false } } });
    expect(posted).toContain(event.checkIn!.id);
    expect((watcherApp.cache.extract() as Record<string, unknown>)[`CheckIn:${event.checkIn!.id}`]).toMatchObject({ text: 'Apollo heard this' });
  });
});
