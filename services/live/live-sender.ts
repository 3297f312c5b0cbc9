/** How the live layer reaches a socket: API Gateway's management API in the cloud (live-gateway.repository.ts), the `ws` socket locally. */
export interface LiveSender {
  /** 'gone' when the socket no longer exists: the caller removes its items. */
  post(connectionId: string, message: string): Promise<'sent' | 'gone'>;
  close(connectionId: string, code: number, reason: string): Promise<void>;
}
