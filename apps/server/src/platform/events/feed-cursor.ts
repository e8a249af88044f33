import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.js';

/**
 * The change feed's cursor: a position in the installation-wide commit order (events.commit_seq) and when it was
 * issued, sealed with AES-256-GCM under a key of the company that reads it. In clear, the position would tell every
 * company how much every other company writes (it moves with all of them), and a forged one would tell the feed's
 * end; sealed, a cursor is opaque, works only for the company it was issued to, and any other string is a 400.
 *
 * Layout (base64url): version byte 2, 12-byte nonce, 12 sealed bytes (position as 8-byte big-endian, issued at as
 * 4-byte epoch seconds), 16-byte tag. The company keys are derived (HKDF-SHA-256) from one secret of the
 * installation, made by migration 0010 and kept in the database (`instance_secrets`), so every server process agrees.
 */
const VERSION = 2;
const SECRET_NAME = 'feed-cursor-key';

export interface CursorPosition {
  commitSeq: number;
  issuedAt: Date;
}

const secrets = new WeakMap<object, Promise<Buffer>>();

/**
 * The installation's secret, made by its migration; should the row be gone, made again by the first process that
 * needs it (a racing one reads the winner's), which invalidates the cursors issued before.
 */
function instanceSecret(db: Db): Promise<Buffer> {
  let secret = secrets.get(db);
  if (!secret) {
    secret = (async () => {
      const read = () => db.selectFrom('instanceSecrets').select('value').where('name', '=', SECRET_NAME).executeTakeFirst();
      let row = await read();
      if (!row) {
        await db
          .insertInto('instanceSecrets')
          .values({ name: SECRET_NAME, value: randomBytes(32).toString('base64'), createdAt: new Date().toISOString() })
          .onConflict((oc) => oc.column('name').doNothing())
          .execute();
        row = await read();
      }
      if (!row) throw new Error('The change feed cursor key could not be stored.');
      return Buffer.from(row.value, 'base64');
    })();
    secrets.set(db, secret);
    // A failure (database unreachable) is not remembered: the next read tries again.
    secret.catch(() => secrets.delete(db));
  }
  return secret;
}

const companyKeys = new WeakMap<Buffer, Map<string, Buffer>>();

async function companyKey(db: Db, companyId: string): Promise<Buffer> {
  const secret = await instanceSecret(db);
  let keys = companyKeys.get(secret);
  if (!keys) {
    keys = new Map();
    companyKeys.set(secret, keys);
  }
  let key = keys.get(companyId);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `roster feed cursor ${companyId}`, 32));
    if (keys.size >= 10_000) keys.clear();
    keys.set(companyId, key);
  }
  return key;
}

export async function sealCursor(db: Db, companyId: string, position: CursorPosition): Promise<string> {
  const key = await companyKey(db, companyId);
  const nonce = randomBytes(12);
  const clear = Buffer.alloc(12);
  clear.writeBigUInt64BE(BigInt(position.commitSeq), 0);
  clear.writeUInt32BE(Math.floor(position.issuedAt.getTime() / 1000), 8);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const sealed = Buffer.concat([cipher.update(clear), cipher.final()]);
  return Buffer.concat([Buffer.of(VERSION), nonce, sealed, cipher.getAuthTag()]).toString('base64url');
}

function unseal(key: Buffer, bytes: Buffer): CursorPosition | null {
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(1, 13));
  decipher.setAuthTag(bytes.subarray(25));
  try {
    const clear = Buffer.concat([decipher.update(bytes.subarray(13, 25)), decipher.final()]);
    return { commitSeq: Number(clear.readBigUInt64BE(0)), issuedAt: new Date(clear.readUInt32BE(8) * 1000) };
  } catch {
    return null;
  }
}

/**
 * The position a cursor holds; `legacy` for a clear `v1:<seq>:<issued>` cursor of the versions before cursors were
 * sealed (never honoured: it can be forged); null for anything else this server did not issue to this company.
 */
export async function openCursor(db: Db, companyId: string, cursor: string): Promise<CursorPosition | 'legacy' | null> {
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(cursor)) return null;
  const bytes = Buffer.from(cursor, 'base64url');
  if (/^v1:\d{1,18}:\d{1,12}$/.test(bytes.toString('latin1'))) return 'legacy';
  if (bytes.length !== 1 + 12 + 12 + 16 || bytes[0] !== VERSION) return null;
  const position = unseal(await companyKey(db, companyId), bytes);
  if (position) return position;
  // Another process may have made the secret again (its row was gone): read it once more before refusing.
  const cached = await instanceSecret(db);
  secrets.delete(db);
  const fresh = await instanceSecret(db).catch(() => cached);
  return fresh.equals(cached) ? null : unseal(await companyKey(db, companyId), bytes);
}
