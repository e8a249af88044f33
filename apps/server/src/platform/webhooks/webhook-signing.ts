import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** How long a secret replaced by a rotation keeps signing, so receivers can switch without losing a delivery. */
export const PREVIOUS_SECRET_VALIDITY_MS = 24 * 60 * 60 * 1000;

/**
 * Rotations a subscription may have within PREVIOUS_SECRET_VALIDITY_MS. Every replaced secret signs until its own
 * 24 h are over, so each rotation adds a signature to every message meanwhile; past this many, a further rotation is
 * refused until the oldest previous secret expires (dropping it early would break a receiver that was promised 24 h).
 */
export const MAX_PREVIOUS_SECRETS = 5;

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export function generateSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** A secret replaced by a rotation, and when it stops signing. */
export interface PreviousSecret {
  secret: string;
  expiresAt: string;
}

/** The secret columns of a subscription row. */
export interface SecretColumns {
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: string | null;
}

/**
 * The previous secrets stored in a subscription row, newest first. The column holds a JSON array of PreviousSecret;
 * a row last rotated before several previous secrets were kept holds one secret in clear, which expires at
 * `previousSecretExpiresAt` (no migration rewrites those: they read the same way until their 24 h are over).
 */
export function previousSecretsOf(row: SecretColumns): PreviousSecret[] {
  const stored = row.previousSecret;
  if (!stored) return [];
  if (!stored.startsWith('[')) return row.previousSecretExpiresAt ? [{ secret: stored, expiresAt: row.previousSecretExpiresAt }] : [];
  return JSON.parse(stored) as PreviousSecret[];
}

/** The previous secrets that still sign at `now`, newest first. */
export function unexpiredPreviousSecrets(row: SecretColumns, now: Date): PreviousSecret[] {
  return previousSecretsOf(row).filter((p) => Date.parse(p.expiresAt) > now.getTime());
}

/**
 * The columns after a rotation at `now` to `next`: the current secret joins the previous ones that still sign, and
 * `previousSecretExpiresAt` (shown by the API) is the latest expiry, the end of the time during which more than one
 * secret signs.
 */
export function rotatedSecretColumns(row: SecretColumns, next: string, now: Date): SecretColumns {
  const previous = [
    { secret: row.secret, expiresAt: new Date(now.getTime() + PREVIOUS_SECRET_VALIDITY_MS).toISOString() },
    ...unexpiredPreviousSecrets(row, now),
  ];
  return { secret: next, previousSecret: JSON.stringify(previous), previousSecretExpiresAt: previous[0]!.expiresAt };
}

/** The secrets that sign right now: the current one, and every previous one during the 24 h after its rotation. */
export function signingSecrets(row: SecretColumns, now: Date): string[] {
  return [row.secret, ...unexpiredPreviousSecrets(row, now).map((p) => p.secret)];
}

/**
 * The three Standard Webhooks headers. `webhook-signature` carries one `v1,<base64 HMAC-SHA256 of id.timestamp.body>`
 * per secret, separated by spaces: a receiver that knows any of the secrets accepts the message.
 */
export function signedHeaders(secrets: string[], id: string, at: Date, body: string): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((s) => new Webhook(s).sign(id, at, body)).join(' '),
  };
}
