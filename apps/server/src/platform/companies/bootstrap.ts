import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import type { Config } from '../../config.js';
import type { Db, Dialect } from '../../db/database.js';
import { databaseTrouble } from '../../db/transient-errors.js';
import { type CompanyView, createCompany } from './companies.service.js';

/**
 * PostgreSQL: the advisory lock that makes first starts one at a time across server processes. Any constant outside
 * int4 ("RSBOOT"), so that no lock keyed by hashtext() (an int4) elsewhere in the code base can be the same.
 */
const BOOTSTRAP_LOCK = 0x5253_424f_4f54;

/**
 * SQLite: how long a first start tries again while another process holds the writer (most likely that process is
 * bootstrapping the same file: it commits, and this one then finds a company and creates nothing).
 */
const SQLITE_BUSY_RETRY_MS = 60_000;

/**
 * First start on an empty database: creates a company (with the demo organisation unless ROSTER_DEMO=false) and an
 * admin key holding every scope, written to $DATA_DIR/admin-key.txt with mode 0600. Later starts create nothing.
 *
 * All or nothing: the company, its key and the demo organisation are written in one transaction, and the key file is
 * written (to a temporary file, then renamed over any earlier one) before it commits. A start that is interrupted
 * (Ctrl-C, a kill, a failure) leaves either everything, with the key in the file, or nothing, and then the next start
 * bootstraps again and overwrites a stale file. The caller prints the key once this has returned, i.e. after the commit.
 *
 * Processes started together on an empty database: one bootstraps, the others create nothing (null). PostgreSQL: the
 * transaction first takes a transaction-level advisory lock and only then looks for a company, so a process that
 * waited sees the company of the one before it. SQLite: the transaction holds the writer from its BEGIN (IMMEDIATE,
 * db/sqlite-driver.ts); a process that finds it held tries again until the other has committed.
 */
export async function bootstrapFirstStart(
  base: { db: Db; dialect: Dialect },
  config: Pick<Config, 'demo' | 'region' | 'dataDir'>,
): Promise<{ company: CompanyView; adminToken: string; keyFile: string } | null> {
  const giveUpAt = Date.now() + SQLITE_BUSY_RETRY_MS;
  for (;;) {
    try {
      // Most starts: the database has a company already, which a read says without taking any lock.
      if (await hasCompany(base.db)) return null;
      return await bootstrapOnce(base, config);
    } catch (err) {
      if (base.dialect !== 'sqlite' || databaseTrouble(err) !== 'busy' || Date.now() >= giveUpAt) throw err;
      await sleep(200);
    }
  }
}

async function bootstrapOnce(
  base: { db: Db; dialect: Dialect },
  config: Pick<Config, 'demo' | 'region' | 'dataDir'>,
): Promise<{ company: CompanyView; adminToken: string; keyFile: string } | null> {
  // Read committed on PostgreSQL whatever the server's default: the check after the lock must see the company that
  // a process which held the lock before committed (a repeatable-read snapshot would be taken before the wait).
  const transaction = base.dialect === 'postgres' ? base.db.transaction().setIsolationLevel('read committed') : base.db.transaction();
  return transaction.execute(async (trx) => {
    if (base.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${BOOTSTRAP_LOCK})`.execute(trx);
    if (await hasCompany(trx)) return null;
    const inTrx = { db: trx, dialect: base.dialect };
    const { company, adminToken } = await createCompany(inTrx, {
      name: config.demo ? 'Demo Company' : 'My Company',
      region: config.region,
      notificationEmail: config.demo ? 'hr@demo.example' : null,
    });
    if (config.demo) {
      const { seedDemoOrganisation } = await import('./demo-organisation.js');
      await seedDemoOrganisation(inTrx, company.id);
    }
    // Last, before the commit: a commit that never happens leaves a key that opens nothing, which the next start's
    // bootstrap replaces; a commit always has its key in the file.
    const keyFile = writeKeyFile(config.dataDir, adminToken);
    return { company, adminToken, keyFile };
  });
}

async function hasCompany(db: Db): Promise<boolean> {
  return (await db.selectFrom('companies').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/**
 * Writes $dataDir/admin-key.txt, mode 0600, whole or not at all: to a temporary file (created 0600, never readable by
 * others), flushed to disk, then renamed over the name (replacing a key of an earlier, interrupted first start).
 */
function writeKeyFile(dataDir: string, adminToken: string): string {
  fs.mkdirSync(dataDir, { recursive: true });
  const keyFile = path.join(dataDir, 'admin-key.txt');
  const temporary = path.join(dataDir, '.admin-key.txt.tmp');
  // Left by an interrupted start: created anew, so that its mode is ours.
  fs.rmSync(temporary, { force: true });
  const fd = fs.openSync(temporary, 'wx', 0o600);
  try {
    fs.fchmodSync(fd, 0o600);
    fs.writeFileSync(fd, `${adminToken}\n`);
    fs.fsyncSync(fd);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(temporary, { force: true });
    throw err;
  }
  fs.closeSync(fd);
  fs.renameSync(temporary, keyFile);
  syncDirectory(dataDir);
  return keyFile;
}

/** Flushes a rename to disk (POSIX); some platforms and file systems cannot open or sync a directory. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Best effort: the rename itself is atomic.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
