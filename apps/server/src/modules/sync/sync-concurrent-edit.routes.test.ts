import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { employeesByExternalId, person, sync, syncCompany, toCsv, upload } from './sync.test-kit.js';

// PostgreSQL: a file is applied on its own connection while API writes go on (docs/sync.md: "PostgreSQL writes only
// wait for rows the file itself changes"). A manual change committed while the file runs must not be undone by it.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe.skipIf(!process.env.DATABASE_URL)('PostgreSQL: a manual edit committed while a file applies the same employee', () => {
  it('is kept: the file changes only what it carries, and its audit row starts from the edit', async () => {
    const c = await syncCompany(t);
    await sync(t, toCsv([person('E1'), person('E2')]), { auth: c.auth });
    const e1 = (await employeesByExternalId(t, c)).get('E1') as { id: string };

    // Another writer (a PUT of phone and start date, always-manual and not-carried fields) has changed the row and
    // commits a moment later, after the file has started.
    let holding!: () => void;
    const held = new Promise<void>((resolve) => {
      holding = resolve;
    });
    const edit = t.db.db.transaction().execute(async (trx) => {
      await trx.updateTable('employees').set({ phone: '+34 600 000 001', startDate: '2011-11-11' }).where('id', '=', e1.id).execute();
      holding();
      // Commit once the file waits for this row (to read it, or to write it).
      for (let i = 0; i < 200; i++) {
        await new Promise((r) => setTimeout(r, 25));
        const waiting = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock'`.execute(
          t.db.db,
        );
        if (waiting.rows[0]?.n) break;
      }
    });
    await held;
    const renamed = toCsv([person('E1', { forename: 'Renamed' }), person('E2')]);
    const up = await upload(t, renamed, { auth: c.auth });
    expect(up.statusCode).toBe(202);
    await Promise.all([t.app.syncRunner.drain(), edit]);
    const file = (await t.call('GET', `/sync/v1/files/${up.json.data.id}`, { auth: c.auth })).json.data;
    expect(file.status).toBe('complete');

    const after = (await t.call('GET', `/core/v3/employees/${e1.id}`, { auth: c.auth })).json.data;
    expect(after).toMatchObject({ firstName: 'Renamed', phone: '+34 600 000 001', startDate: '2011-11-11' });
    const feed = await t.call('GET', '/event/v1/events?limit=100&types=employee.updated', { auth: c.auth });
    const last = feed.json.data.filter((ev: { data: { id: string } }) => ev.data.id === e1.id).at(-1);
    expect(last.changes).toEqual(['firstName']);
  });

  it('a file whose claim went elsewhere meanwhile is not failed by this process: its work is dropped and the queue re-runs it', async () => {
    const c = await syncCompany(t);
    await sync(t, toCsv([person('T1'), person('T2')]), { auth: c.auth });
    const t1 = (await employeesByExternalId(t, c)).get('T1') as { id: string };
    let holding!: () => void;
    const held = new Promise<void>((resolve) => {
      holding = resolve;
    });
    let fileId = '';
    // Holds T1 until the file waits for it; meanwhile the file is re-queued and claimed by another process (as when
    // this process's claiming session was lost and another saw the file's lock free).
    const other = t.db.db.transaction().execute(async (trx) => {
      await trx.updateTable('employees').set({ phone: '+34 600 000 002' }).where('id', '=', t1.id).execute();
      holding();
      for (let i = 0; i < 200; i++) {
        await new Promise((r) => setTimeout(r, 25));
        const waiting = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock'`.execute(
          t.db.db,
        );
        if (waiting.rows[0]?.n && fileId) break;
      }
      await t.db.db.updateTable('syncFiles').set({ claimedBy: 'another-process', attempts: 2 }).where('id', '=', fileId).execute();
    });
    await held;
    const up = await upload(t, toCsv([person('T1', { forename: 'Taken' }), person('T2')]), { auth: c.auth });
    fileId = up.json.data.id;
    await Promise.all([t.app.syncRunner.drain(), other]);
    // The first run found the file no longer its own at commit and rolled back; nobody held the file's lock then (no
    // other process here), so the queue's recovery ran it again: applied once, as its third attempt.
    const file = (await t.call('GET', `/sync/v1/files/${fileId}`, { auth: c.auth })).json.data;
    expect(file).toMatchObject({ status: 'complete', attempts: 3, counts: { updated: 1 } });
    expect((await employeesByExternalId(t, c)).get('T1')).toMatchObject({ firstName: 'Taken', phone: '+34 600 000 002' });
    const renames = await t.db.db
      .selectFrom('events')
      .select('id')
      .where('resourceId', '=', t1.id)
      .where('type', '=', 'employee.updated')
      .where('changes', 'like', '%firstName%')
      .execute();
    expect(renames).toHaveLength(1);
  });
});
