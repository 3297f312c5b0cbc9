import { createECDH, createHash } from 'node:crypto';

export interface VapidKeys {
  /** The application server key apps pass to pushManager.subscribe: the 65-byte uncompressed P-256 point, base64url. */
  readonly publicKey: string;
  /** The 32-byte P-256 private scalar, base64url. */
  readonly privateKey: string;
}

/**
 * The VAPID key pair of a secret: private = sha256(secret), public derived
 * with ECDH. One secret to store and rotate; nothing else to keep in sync.
 */
export function vapidKeysOf(secret: string): VapidKeys {
  const privateKey = createHash('sha256').update(secret, 'utf8').digest();
  const ecdh = createECDH('prime256v1');
  // Throws for the (astronomically unlikely) digest outside the curve's order.
  ecdh.setPrivateKey(privateKey);
  return { publicKey: ecdh.getPublicKey().toString('base64url'), privateKey: privateKey.toString('base64url') };
}
