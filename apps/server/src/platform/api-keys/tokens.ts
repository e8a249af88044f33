import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** API tokens: 32 random bytes, shown once; only the SHA-256 hash and a short visible prefix are stored. */
export function generateToken(): { token: string; prefix: string; hash: string } {
  const token = `rk_${randomBytes(32).toString('base64url')}`;
  return { token, prefix: token.slice(0, 11), hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
