import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/app-fixture.js';

// Requests sent at once (on PostgreSQL each runs on its own connection of the pool): the checks a write makes before it
// changes anything hold for the requests that come together, not only for those that come one after the other.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const statuses = (list: { statusCode: number }[]) => list.map((r) => r.statusCode).sort();

describe('concurrent writes of one resource', () => {
  it('of PUTs made with the same If-Match, one succeeds and the others are 412', async () => {
    const e = (await t.call('POST', '/core/v3/employees', { body: { firstName: 'Con', lastName: 'Current' } })).json.data;
    const etag = (await t.call('GET', `/core/v3/employees/${e.id}`)).headers.etag as string;
    const puts = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        t.call('PUT', `/core/v3/employees/${e.id}`, {
          body: { firstName: `Con${n}`, lastName: 'Current', status: 'active' },
          headers: { 'if-match': etag },
        }),
      ),
    );
    expect(statuses(puts)).toEqual([200, 412, 412, 412]);
    const audits = await t.db.db
      .selectFrom('auditLogs')
      .select('id')
      .where('resourceId', '=', e.id)
      .where('action', '=', 'employee.updated')
      .execute();
    expect(audits).toHaveLength(1);
  });

  it('a terminate or a delete sent several times at once is applied once', async () => {
    const leaver = (await t.call('POST', '/core/v3/employees', { body: { firstName: 'Leave', lastName: 'Once' } })).json.data;
    const terminations = await Promise.all(
      [1, 2, 3, 4].map(() => t.call('POST', `/core/v3/employees/${leaver.id}/terminate`, { body: {} })),
    );
    expect(statuses(terminations).filter((s) => s === 200)).toHaveLength(1);
    const gone = (await t.call('POST', '/core/v3/departments', { body: { name: 'Delete me once' } })).json.data;
    const deletes = await Promise.all([1, 2, 3, 4].map(() => t.call('DELETE', `/core/v3/departments/${gone.id}`)));
    expect(statuses(deletes)).toEqual([200, 404, 404, 404]);
    const events = await t.db.db
      .selectFrom('events')
      .select('type')
      .where('resourceId', 'in', [leaver.id, gone.id])
      .where('type', 'in', ['employee.terminated', 'department.deleted'])
      .execute();
    expect(events.map((e) => e.type).sort()).toEqual(['department.deleted', 'employee.terminated']);
  });

  it('of roles created at once with one name, one is made and the others are 409', async () => {
    const creates = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => t.call('POST', '/core/v3/roles', { body: { name: n % 2 ? 'Auditor X' : 'auditor x' } })),
    );
    expect(statuses(creates)).toEqual([200, 409, 409, 409, 409]);
    const fields = await Promise.all(
      [1, 2, 3].map(() => t.call('POST', '/core/v3/custom-fields', { body: { name: 'Shoe size', type: 'number' } })),
    );
    expect(statuses(fields)).toEqual([200, 200, 200]);
    expect(fields.map((f) => f.json.data.slug).sort()).toEqual(['cf_shoe_size', 'cf_shoe_size_2', 'cf_shoe_size_3']);
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'PostgreSQL: a write that waits more than 10 s for the one before it is a 503 with Retry-After, and changes nothing',
    async () => {
      const e = (await t.call('POST', '/core/v3/employees', { body: { firstName: 'Lock', lastName: 'Wait' } })).json.data;
      // Another session holds the resource's lock (as a long write of the same employee would).
      const released = t.db.db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(hashtext(${`${t.a.company.id}:${e.id}`}))`.execute(trx);
        await new Promise((r) => setTimeout(r, 12_000));
      });
      await new Promise((r) => setTimeout(r, 200));
      const put = await t.call('PUT', `/core/v3/employees/${e.id}`, { body: { firstName: 'Waited', lastName: 'Wait', status: 'active' } });
      expect(put.statusCode, put.body).toBe(503);
      expect(put.headers['retry-after']).toBeDefined();
      await released;
      expect((await t.call('GET', `/core/v3/employees/${e.id}`)).json.data.firstName).toBe('Lock');
    },
    30_000,
  );
});
