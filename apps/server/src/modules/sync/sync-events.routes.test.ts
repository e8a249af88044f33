import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestCompany } from '../../test/app-fixture.js';
import { employeesByExternalId, enableSync, person, sync, syncCompany, toCsv } from './sync.test-kit.js';

/** docs/sync.md: a file's employee events are "as for manual changes" — the same types, in the same order. */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** The events of one resource after `seq`, in commit order: type and changed fields. */
async function eventsOf(c: TestCompany, resourceId: string, afterSeq = 0) {
  const rows = await t.db.db
    .selectFrom('events')
    .select(['type', 'changes', 'seq'])
    .where('companyId', '=', c.company.id)
    .where('resourceId', '=', resourceId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ type: r.type, changes: r.changes ? (JSON.parse(r.changes) as string[]) : null }));
}

/** Every event type the company wrote after `seq`, in commit order. */
async function typesAfter(c: TestCompany, afterSeq: number) {
  const rows = await t.db.db
    .selectFrom('events')
    .select('type')
    .where('companyId', '=', c.company.id)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.type);
}

async function lastSeq(c: TestCompany) {
  const row = await t.db.db
    .selectFrom('events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('companyId', '=', c.company.id)
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}

describe('a termination by the feed', () => {
  it('emits employee.updated (status, terminationDate…) then employee.terminated, as a PUT setting status inactive does', async () => {
    // By hand: a PUT that sets status inactive.
    const manual = await t.newCompany('Manual Leaver');
    const created = await t.call('POST', '/core/v3/employees', { auth: manual.auth, body: { firstName: 'Ana', lastName: 'Ruiz' } });
    const put = await t.call('PUT', `/core/v3/employees/${created.json.data.id}`, {
      auth: manual.auth,
      body: { firstName: 'Ana', lastName: 'Ruiz', status: 'inactive' },
    });
    expect(put.statusCode).toBe(200);
    const byHand = (await eventsOf(manual, created.json.data.id)).slice(1);
    expect(byHand.map((e) => e.type)).toEqual(['employee.updated', 'employee.terminated']);
    expect(byHand[0]?.changes).toEqual(expect.arrayContaining(['status', 'terminationDate']));

    // By the feed: absent from the file, and a row with status inactive.
    const c = await syncCompany(t);
    await sync(t, toCsv([person('A'), person('B'), person('C'), person('D')]), { auth: c.auth });
    const ids = await employeesByExternalId(t, c);
    const since = await lastSeq(c);
    const file = await sync(t, toCsv([person('A'), person('C', { status: 'inactive' }), person('D')]), { auth: c.auth });
    expect(file.counts).toMatchObject({ terminated: 2 });
    for (const id of ['B', 'C']) {
      const events = await eventsOf(c, ids.get(id).id, since);
      expect(
        events.map((e) => e.type),
        id,
      ).toEqual(['employee.updated', 'employee.terminated']);
      expect(events[0]?.changes, id).toEqual(expect.arrayContaining(['status', 'terminationDate']));
      expect(events[0]?.changes, id).not.toContain('updatedAt');
    }
  });
});

describe('an erasure by the feed (leaverAction delete)', () => {
  it('emits what DELETE /core/v3/employees/{id} emits, in the same order', async () => {
    const file = toCsv([person('A'), person('B')]);
    // By hand: the feed creates them, then sync is switched off and B is deleted through the API.
    const manual = await syncCompany(t);
    await sync(t, file, { auth: manual.auth });
    await enableSync(t, manual, { enabled: false });
    const manualIds = await employeesByExternalId(t, manual);
    const manualSince = await lastSeq(manual);
    expect((await t.call('DELETE', `/core/v3/employees/${manualIds.get('B').id}`, { auth: manual.auth })).statusCode).toBe(200);

    const c = await syncCompany(t);
    await enableSync(t, c, { leaverAction: 'delete' });
    await sync(t, file, { auth: c.auth });
    const since = await lastSeq(c);
    const applied = await sync(t, toCsv([person('A')]), { auth: c.auth });
    expect(applied.counts).toMatchObject({ deleted: 1 });
    const byFeed = (await typesAfter(c, since)).filter((type) => !type.startsWith('sync_file.'));
    expect(byFeed).toEqual(await typesAfter(manual, manualSince));
    expect(byFeed).toContain('employee.deleted');
  });
});
