import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { scratchDatabases } from '../test/scratch-database.js';

const scratch = scratchDatabases();
const databaseUrl = scratch.databaseUrl;

/** Ends every other session of this test's schema, as a PostgreSQL restart or idle_session_timeout would. */
async function terminateBackends(applicationName: string) {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    const res = await admin.query(
      'select count(pg_terminate_backend(pid)) as n from pg_stat_activity where application_name = $1 and pid <> pg_backend_pid()',
      [applicationName],
    );
    return Number(res.rows[0].n);
  } finally {
    await admin.end();
  }
}

describe.runIf(databaseUrl)('PostgreSQL connections the server closes', () => {
  it('an idle or checked-out connection ended by the server is reported, not an uncaught error; the next query works', async () => {
    const name = `roster_loss_${process.pid}_${Date.now()}`;
    const url = new URL(databaseUrl as string);
    url.searchParams.set('application_name', name);
    const lost: Error[] = [];
    const handle = await scratch.open({ databaseUrl: url.toString(), poolSize: 2, onConnectionError: (err) => lost.push(err) });
    try {
      // Two connections: one idle in the pool, one checked out (as the sync runner holds its session for a file).
      await Promise.all([sql`select pg_sleep(0.05)`.execute(handle.db), sql`select 1`.execute(handle.db)]);
      const held = handle.db.connection().execute(async (session) => {
        await sql`select 1`.execute(session);
        await new Promise((resolve) => setTimeout(resolve, 300));
        return sql`select 1`.execute(session).then(
          () => 'ok',
          () => 'failed',
        );
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await terminateBackends(name)).toBeGreaterThanOrEqual(2);
      expect(await held).toBe('failed');
      await expect.poll(() => lost.length).toBeGreaterThanOrEqual(2);
      const again = await sql<{ one: number }>`select 1 as one`.execute(handle.db);
      expect(again.rows).toEqual([{ one: 1 }]);
    } finally {
      await handle.close();
    }
  });
});

describe.runIf(databaseUrl)('PostgreSQL: a query waiting for a busy pool', () => {
  it('waits for the next free connection, however long past the time limit on opening one', async () => {
    const handle = await scratch.open({ poolSize: 1, connectTimeoutMs: 200 });
    try {
      await sql`select 1`.execute(handle.db);
      // The only connection is held for longer than the limit on opening a connection; the next query waits for it.
      const held = handle.db.connection().execute(async (session) => {
        await sql`select pg_sleep(0.6)`.execute(session);
        return 'held';
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const waited = await sql<{ n: number }>`select 1 as n`.execute(handle.db);
      expect(waited.rows[0]?.n).toBe(1);
      expect(await held).toBe('held');
    } finally {
      await handle.close();
    }
  });
});
