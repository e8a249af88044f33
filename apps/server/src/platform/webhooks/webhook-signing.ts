import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** How long the secret before a rotation keeps signing, so receivers can switch without losing a delivery. */
export const PREVIOUS_SECRET_VALIDITY_MS = 24 * 60 * 60 * 1000;

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export function generateSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** The secrets that sign right now: the current one, and the previous one during the 24 h after a rotation. */
export function signingSecrets(
  row: { secret: string; previousSecret: string | null; previousSecretExpiresAt: string | null },
  now: Date,
): string[] {
  const secrets = [row.secret];
  if (row.previousSecret && row.previousSecretExpiresAt && Date.parse(row.previousSecretExpiresAt) > now.getTime()) {
    secrets.push(row.previousSecret);
  }
  return secrets;
}

/**
 * The three Standard Webhooks headers. `webhook-signature` carries one `v1,<base64 HMAC-SHA256 of id.timestamp.body>`
 * per secret, separated by spaces: a receiver that knows either secret accepts the message.
 */
export function signedHeaders(secrets: string[], id: string, at: Date, body: string): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((s) => new Webhook(s).sign(id, at, body)).join(' '),
  };
}
