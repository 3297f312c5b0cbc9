import { generateRequestDetails } from 'web-push';
import type { VapidKeys } from './vapid';

/** Where a push goes: a registered subscription. */
export interface PushTarget {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface PushOptions {
  ttlSeconds: number;
  urgency: 'low' | 'normal' | 'high';
}

/** The push service's answer; a network failure throws instead. */
export interface PushResponse {
  status: number;
  retryAfterSeconds?: number;
}

/** Sends one encrypted push (RFC 8030 + 8291); tests hand the dispatcher a fake. */
export interface PushTransport {
  send(target: PushTarget, payload: string, options: PushOptions): Promise<PushResponse>;
}

/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

const REQUEST_TIMEOUT_MS = 10_000;

/**
 * Web Push through `web-push` for the VAPID signature and aes128gcm
 * encryption; the request itself goes through fetch, since web-push's own
 * sender speaks https only (the local stack's endpoints are http).
 */
export class WebPushTransport implements PushTransport {
  constructor(
    private readonly vapid: VapidKeys,
    private readonly subject: string,
  ) {}

  async send(target: PushTarget, payload: string, options: PushOptions): Promise<PushResponse> {
    const request = generateRequestDetails(target, payload, {
      vapidDetails: { subject: this.subject, publicKey: this.vapid.publicKey, privateKey: this.vapid.privateKey },
      TTL: options.ttlSeconds,
      urgency: options.urgency,
      contentEncoding: 'aes128gcm',
    });
    const headers: Record<string, string> = {};
    // fetch sets the length itself from the body.
    for (const [name, value] of Object.entries(request.headers)) if (name.toLowerCase() !== 'content-length') headers[name] = String(value);
    const response = await fetch(request.endpoint, {
      method: request.method,
      headers,
      body: request.body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return { status: response.status, retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after'), new Date()) };
  }
}
