import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { scratchDatabases } from '../test/scratch-database.js';
import { preparedQuery } from './prepared-query.js';

const scratch = scratchDatabases();
const databaseUrl = scratch.databaseUrl;

async function database(namedStatements: boolean) {
  // One connection, so that pg_prepared_statements (per session) shows what the queries prepared.
  const handle = await scratch.open({ poolSize: 1, namedStatements });
  await sql`create table things (id integer primary key, name text not null)`.execute(handle.db);
  await sql`insert into things values (1, 'one'), (2, 'two')`.execute(handle.db);
  return handle;
}

// biome-ignore lint/suspicious/noExplicitAny: a table outside the application's schema
const thingById = preparedQuery((db, p: { id: number }) => (db as any).selectFrom('things').selectAll().where('id', '=', p.id));
const prepared = async (db: Awaited<ReturnType<typeof database>>['db']) =>
  (await sql<{ name: string }>`select name from pg_prepared_statements`.execute(db)).rows.map((r) => r.name);

describe.runIf(databaseUrl)('PostgreSQL named statements', () => {
  it('runs the hot read paths as statements prepared once per connection, and gives the same rows', async () => {
    const handle = await database(true);
    try {
      expect(await thingById(handle.db, { id: 1 })).toEqual([{ id: 1, name: 'one' }]);
      expect(await thingById(handle.db, { id: 2 })).toEqual([{ id: 2, name: 'two' }]);
      expect((await prepared(handle.db)).filter((n) => n.startsWith('roster_'))).toHaveLength(1);
      // Other statements stay unnamed.
      await sql`select count(*) from things`.execute(handle.db);
      expect((await prepared(handle.db)).filter((n) => n.startsWith('roster_'))).toHaveLength(1);
    } finally {
      await handle.close();
    }
  });

  it('keeps answering when a migration (another process) changed the table under a prepared `select *`', async () => {
    const handle = await database(true);
    try {
      expect(await thingById(handle.db, { id: 1 })).toEqual([{ id: 1, name: 'one' }]);
      await sql`alter table things add column extra text`.execute(handle.db);
      expect(await thingById(handle.db, { id: 1 })).toEqual([{ id: 1, name: 'one', extra: null }]);
      expect(await thingById(handle.db, { id: 2 })).toEqual([{ id: 2, name: 'two', extra: null }]);
    } finally {
      await handle.close();
    }
  });

  it('prepares nothing by name when turned off (PG_NAMED_STATEMENTS=false, for poolers in transaction mode)', async () => {
    const handle = await database(false);
    try {
      expect(await thingById(handle.db, { id: 1 })).toEqual([{ id: 1, name: 'one' }]);
      expect(await prepared(handle.db)).toEqual([]);
    } finally {
      await handle.close();
    }
  });
});
