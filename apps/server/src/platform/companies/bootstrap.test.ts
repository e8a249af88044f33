import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InsertQueryNode, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, type Db, openDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { scratchDatabases } from '../../test/scratch-database.js';
import { findKeyByToken } from '../api-keys/api-keys.service.js';
import { bootstrapFirstStart } from './bootstrap.js';

const scratch = scratchDatabases();
const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-bootstrap-'));
  tempDirs.push(dir);
  return dir;
}

const tables = ['companies', 'apiKeys', 'roles', 'offices', 'departments', 'employees', 'auditLogs', 'events'] as const;
async function counts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of tables) {
    const row = await db
      .selectFrom(table as 'companies')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}
const nothing = Object.fromEntries(tables.map((t) => [t, 0]));

/** Makes the statement that inserts the (after+1)-th employee fail, as a kill in the middle of the demo data would. */
class FailAtEmployee implements KyselyPlugin {
  #inserts = 0;
  constructor(private readonly after: number) {}
  transformQuery(args: PluginTransformQueryArgs) {
    const node = args.node;
    if (InsertQueryNode.is(node) && node.into?.table.identifier.name === 'employees' && ++this.#inserts > this.after) {
      throw new Error('interrupted in the middle of the demo organisation');
    }
    return node;
  }
  async transformResult(args: PluginTransformResultArgs) {
    return args.result;
  }
}

async function keyFileToken(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'admin-key.txt');
  if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  return fs.readFileSync(file, 'utf8').trim();
}

describe('first start', () => {
  it('a failure in the middle of the demo organisation stores nothing and writes no key; the next start bootstraps and writes the key', async () => {
    const handle = await scratch.open();
    try {
      await migrateToLatest(handle.db, handle.dialect, handle.pgSchema);
      const base = { db: handle.db, dialect: handle.dialect };
      const config = { demo: true, region: 'eu1', dataDir: tempDir() };
      // The 11th of the 40 demo employees fails: the company, its key and 10 employees were written by then.
      const failing = { ...base, db: handle.db.withPlugin(new FailAtEmployee(10)) };
      await expect(bootstrapFirstStart(failing, config)).rejects.toThrow(/interrupted/);
      expect(await counts(handle.db)).toEqual(nothing);
      expect(fs.existsSync(path.join(config.dataDir, 'admin-key.txt'))).toBe(false);

      const second = await bootstrapFirstStart(base, config);
      expect(second?.company.name).toBe('Demo Company');
      expect(second?.keyFile).toBe(path.join(config.dataDir, 'admin-key.txt'));
      const token = await keyFileToken(config.dataDir);
      expect(token).toBe(second?.adminToken);
      expect((await findKeyByToken(handle.db, token))?.companyId).toBe(second?.company.id);
      const stored = await counts(handle.db);
      expect([stored.companies, stored.apiKeys, stored.offices, stored.departments, stored.employees]).toEqual([1, 1, 3, 6, 40]);
      expect(fs.readdirSync(config.dataDir)).toEqual(['admin-key.txt']);

      // Later starts create nothing and leave the file alone.
      expect(await bootstrapFirstStart(base, config)).toBeNull();
      expect(await counts(handle.db)).toEqual(stored);
      expect(await keyFileToken(config.dataDir)).toBe(token);
    } finally {
      await handle.close();
    }
  });

  it('a key file it cannot write stores nothing (the company is not left without a key); a stale file is then replaced, mode 0600', async () => {
    const handle = await scratch.open();
    try {
      await migrateToLatest(handle.db, handle.dialect, handle.pgSchema);
      const base = { db: handle.db, dialect: handle.dialect };
      const root = tempDir();
      // A data directory that cannot be made: a file stands where it should be.
      const blocked = path.join(root, 'data');
      fs.writeFileSync(blocked, 'not a directory');
      await expect(bootstrapFirstStart(base, { demo: true, region: 'eu1', dataDir: blocked })).rejects.toThrow();
      expect(await counts(handle.db)).toEqual(nothing);

      // The key of an interrupted earlier start, world-readable: replaced by the one that commits.
      fs.rmSync(blocked);
      fs.mkdirSync(blocked);
      fs.writeFileSync(path.join(blocked, 'admin-key.txt'), 'rk_stale\n', { mode: 0o644 });
      fs.writeFileSync(path.join(blocked, '.admin-key.txt.tmp'), 'rk_half', { mode: 0o644 });
      const done = await bootstrapFirstStart(base, { demo: false, region: 'eu1', dataDir: blocked });
      expect(done?.company.name).toBe('My Company');
      const token = await keyFileToken(blocked);
      expect(token).toBe(done?.adminToken);
      expect((await findKeyByToken(handle.db, token))?.companyId).toBe(done?.company.id);
      expect(fs.readdirSync(blocked)).toEqual(['admin-key.txt']);
      const stored = await counts(handle.db);
      expect([stored.companies, stored.apiKeys, stored.employees]).toEqual([1, 1, 0]);
    } finally {
      await handle.close();
    }
  });

  it('processes started together on an empty database: exactly one bootstraps (one company, one key file that works), the others create nothing', async () => {
    // SQLite: a file (each handle its own connection); busy_timeout short, since the handles share this thread.
    const sqliteFile = path.join(tempDir(), 'roster.sqlite');
    const first = await scratch.open({ sqliteFile, busyTimeoutMs: 50 });
    const handles: DatabaseHandle[] = [first];
    try {
      await migrateToLatest(first.db, first.dialect, first.pgSchema);
      // Two more processes on the same database: their own pool (PostgreSQL, the same schema) or connection (SQLite).
      for (let i = 0; i < 2; i++) {
        handles.push(
          await openDatabase({
            databaseUrl: scratch.databaseUrl,
            pgSchema: first.pgSchema,
            poolSize: 2,
            sqliteFile,
            busyTimeoutMs: 50,
          }),
        );
      }
      const dataDirs = handles.map(() => tempDir());
      const results = await Promise.all(
        handles.map((h, i) =>
          bootstrapFirstStart({ db: h.db, dialect: h.dialect }, { demo: true, region: 'eu1', dataDir: dataDirs[i] as string }),
        ),
      );
      const made = results.filter((r) => r !== null);
      expect(made).toHaveLength(1);
      const stored = await counts(first.db);
      expect([stored.companies, stored.apiKeys, stored.employees]).toEqual([1, 1, 40]);
      const withKey = dataDirs.filter((dir) => fs.existsSync(path.join(dir, 'admin-key.txt')));
      expect(withKey).toHaveLength(1);
      const token = await keyFileToken(withKey[0] as string);
      expect(token).toBe(made[0]?.adminToken);
      expect((await findKeyByToken(first.db, token))?.companyId).toBe(made[0]?.company.id);
    } finally {
      for (const h of handles) await h.close();
    }
  });
});
