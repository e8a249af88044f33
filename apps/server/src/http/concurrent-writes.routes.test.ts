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

  it('of employees created at once with one externalId, code or email, one is made and every other 409 names the field', async () => {
    for (const [field, value] of [
      ['externalId', 'RACE-1'],
      ['code', 4242],
      ['email', 'race@example.com'],
    ] as const) {
      const creates = await Promise.all(
        Array.from({ length: 8 }, (_, n) =>
          t.call('POST', '/core/v3/employees', { body: { firstName: `R${n}`, lastName: field, [field]: value } }),
        ),
      );
      expect(statuses(creates)).toEqual([200, ...Array(7).fill(409)]);
      for (const lost of creates.filter((r) => r.statusCode === 409)) {
        expect(lost.json.errors, lost.body).toEqual([expect.objectContaining({ pointer: `/${field}` })]);
      }
    }
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

describe.skipIf(!process.env.DATABASE_URL)('PostgreSQL: an employee write that waits for another transaction changing the row', () => {
  // The other transaction stands for an HR data sync file applying the employee: it updates the row and commits later.
  async function changedMeanwhile(id: string, set: Record<string, string>, during: () => Promise<unknown>) {
    let holding!: () => void;
    const held = new Promise<void>((resolve) => {
      holding = resolve;
    });
    const other = t.db.db.transaction().execute(async (trx) => {
      await trx.updateTable('employees').set(set).where('id', '=', id).execute();
      holding();
      await new Promise((r) => setTimeout(r, 400));
    });
    await held;
    const [answer] = await Promise.all([during(), other]);
    return answer as Awaited<ReturnType<TestApp['call']>>;
  }

  it("reads the row as the other left it: its before, audit row and event changes are its own, not the other's", async () => {
    const c = await t.newCompany();
    const e = (await t.call('POST', '/core/v3/employees', { auth: c.auth, body: { firstName: 'Old', lastName: 'Name' } })).json.data;
    const put = await changedMeanwhile(e.id, { firstName: 'New', phone: '+34 600 000 009' }, () =>
      t.call('PUT', `/core/v3/employees/${e.id}`, {
        auth: c.auth,
        body: { firstName: 'New', lastName: 'Name', status: 'active', startDate: '2020-02-02' },
      }),
    );
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json.data).toMatchObject({ firstName: 'New', phone: '+34 600 000 009', startDate: '2020-02-02' });
    const feed = await t.call('GET', '/event/v1/events?limit=100&types=employee.updated', { auth: c.auth });
    expect(feed.json.data.map((ev: { changes: string[] }) => ev.changes)).toEqual([['startDate']]);
    const audit = await t.call('GET', `/security/v1/audit-logs?resourceId=${e.id}&action=employee.updated`, { auth: c.auth });
    expect(audit.json.data[0].before).toMatchObject({ firstName: 'New', phone: '+34 600 000 009', startDate: null });
  });

  it('a PUT that sets a custom field and the delete of that field, both waiting: no deadlock', async () => {
    const c = await t.newCompany();
    const cf = (await t.call('POST', '/core/v3/custom-fields', { auth: c.auth, body: { name: 'Badge', type: 'text' } })).json.data;
    const e = (
      await t.call('POST', '/core/v3/employees', {
        auth: c.auth,
        body: { firstName: 'Dead', lastName: 'Lock', customFields: [{ id: cf.id, value: 'B-1' }] },
      })
    ).json.data;
    // The PUT waits for the employee's row, the delete (which rewrites the field's holders) is sent meanwhile.
    const [put, del] = (await changedMeanwhile(e.id, { phone: '+34 600 000 011' }, () =>
      Promise.all([
        t.call('PUT', `/core/v3/employees/${e.id}`, {
          auth: c.auth,
          body: { firstName: 'Dead', lastName: 'Lock', status: 'active', customFields: [{ id: cf.id, value: 'B-2' }] },
        }),
        new Promise((r) => setTimeout(r, 100)).then(() => t.call('DELETE', `/core/v3/custom-fields/${cf.id}`, { auth: c.auth })),
      ]),
    )) as unknown as Awaited<ReturnType<TestApp['call']>>[];
    expect([put?.statusCode, del?.statusCode], `${put?.body} ${del?.body}`).toEqual([200, 200]);
  });

  it("an employee's erasure does not undo a new manager its report got meanwhile", async () => {
    const c = await t.newCompany();
    const boss = (await t.call('POST', '/core/v3/employees', { auth: c.auth, body: { firstName: 'Old', lastName: 'Boss' } })).json.data;
    const other = (await t.call('POST', '/core/v3/employees', { auth: c.auth, body: { firstName: 'New', lastName: 'Boss' } })).json.data;
    const report = (
      await t.call('POST', '/core/v3/employees', { auth: c.auth, body: { firstName: 'Re', lastName: 'Port', managerId: boss.id } })
    ).json.data;
    const del = await changedMeanwhile(report.id, { managerId: other.id }, () =>
      t.call('DELETE', `/core/v3/employees/${boss.id}`, { auth: c.auth }),
    );
    expect(del.statusCode, del.body).toBe(200);
    expect((await t.call('GET', `/core/v3/employees/${report.id}`, { auth: c.auth })).json.data.managerId).toBe(other.id);
  });

  it('a sync-owned field sent as it was before the other committed is a 409, as on SQLite', async () => {
    const c = await t.newCompany();
    const e = (await t.call('POST', '/core/v3/employees', { auth: c.auth, body: { firstName: 'Before', lastName: 'Sync' } })).json.data;
    expect((await t.call('PUT', '/sync/v1/settings', { auth: c.auth, body: { enabled: true } })).statusCode).toBe(200);
    const put = await changedMeanwhile(e.id, { firstName: 'After' }, () =>
      t.call('PUT', `/core/v3/employees/${e.id}`, {
        auth: c.auth,
        body: { firstName: 'Before', lastName: 'Sync', status: 'active', phone: '+34 600 000 010' },
      }),
    );
    expect(put.statusCode, put.body).toBe(409);
    expect((await t.call('GET', `/core/v3/employees/${e.id}`, { auth: c.auth })).json.data.firstName).toBe('After');
  });
});

// A write that refers to a row, sent together with the delete (or erasure) of that row: on PostgreSQL the two run at
// once on two connections. Whichever comes second sees what the first did — never a 500 (a foreign-key error), and
// never both applied with the reference left dangling (db/locks.ts, lockRows).
describe('a write and the delete of what it refers to, at once', () => {
  const rounds = [1, 2, 3, 4, 5, 6];
  const noServerError = (list: { statusCode: number }[]) => expect(list.filter((r) => r.statusCode >= 500)).toEqual([]);

  it('an assignation to a department or office being deleted', async () => {
    for (const _ of rounds) {
      const employee = (await t.call('POST', '/core/v3/employees', { body: { firstName: 'Ref', lastName: 'Erence' } })).json.data;
      for (const kind of ['department', 'office'] as const) {
        const target = (await t.call('POST', `/core/v3/${kind}s`, { body: { name: `Going ${kind}` } })).json.data;
        const [assign, remove] = await Promise.all([
          t.call('POST', `/core/v3/employee-${kind}-assignations`, { body: { employeeId: employee.id, [`${kind}Id`]: target.id } }),
          t.call('DELETE', `/core/v3/${kind}s/${target.id}`),
        ]);
        noServerError([assign, remove]);
        // Assigned first: the delete finds an employee (409). Deleted first: the assignation finds no department (404).
        expect([
          [200, 409],
          [404, 200],
        ]).toContainEqual([assign.statusCode, remove.statusCode]);
        const left = await t.call('GET', `/core/v3/employee-${kind}-assignations?employeeId=${employee.id}&${kind}Id=${target.id}`);
        expect(left.json.data).toHaveLength(assign.statusCode === 200 ? 1 : 0);
      }
    }
  });

  it('a parent department being deleted', async () => {
    for (const _ of rounds) {
      const top = (await t.call('POST', '/core/v3/departments', { body: { name: 'Top' } })).json.data;
      const parent = (await t.call('POST', '/core/v3/departments', { body: { name: 'Parent', parentId: top.id } })).json.data;
      const child = (await t.call('POST', '/core/v3/departments', { body: { name: 'Child' } })).json.data;
      const [put, remove] = await Promise.all([
        t.call('PUT', `/core/v3/departments/${child.id}`, { body: { name: 'Child', parentId: parent.id } }),
        t.call('DELETE', `/core/v3/departments/${parent.id}`),
      ]);
      noServerError([put, remove]);
      expect(remove.statusCode).toBe(200);
      // Moved under the parent first: the delete moves it up to the parent's parent. Deleted first: 404 for the parent.
      expect([200, 404]).toContain(put.statusCode);
      const after = (await t.call('GET', `/core/v3/departments?limit=500`)).json.data.find((d: { id: string }) => d.id === child.id);
      expect(after.parentId).toBe(put.statusCode === 200 ? top.id : null);
    }
  });

  it('an approval manager or an org-chart manager being erased', async () => {
    for (const _ of rounds) {
      const report = (await t.call('POST', '/core/v3/employees', { body: { firstName: 'Re', lastName: 'Port' } })).json.data;
      const boss = (await t.call('POST', '/core/v3/employees', { body: { firstName: 'Bo', lastName: 'Ss' } })).json.data;
      const [link, erase] = await Promise.all([
        t.call('POST', '/core/v3/employee-managers', {
          body: { employeeId: report.id, managerId: boss.id, permission: 'vacation', order: 0 },
        }),
        t.call('DELETE', `/core/v3/employees/${boss.id}`),
      ]);
      noServerError([link, erase]);
      expect(erase.statusCode).toBe(200);
      // Whatever the order, the erased manager approves nothing, and the slot is free for another one.
      expect((await t.call('GET', `/core/v3/employee-managers?employeeId=${report.id}`)).json.data).toEqual([]);
      const next = (await t.call('POST', '/core/v3/employees', { body: { firstName: 'Ne', lastName: 'Xt' } })).json.data;
      const again = await t.call('POST', '/core/v3/employee-managers', {
        body: { employeeId: report.id, managerId: next.id, permission: 'vacation', order: 0 },
      });
      expect(again.statusCode).toBe(200);

      const chief = (await t.call('POST', '/core/v3/employees', { body: { firstName: 'Chi', lastName: 'Ef' } })).json.data;
      const [chart, eraseChief] = await Promise.all([
        t.call('PUT', `/core/v3/employee-profiles/organization-chart-managers/${report.id}`, { body: { managerId: chief.id } }),
        t.call('DELETE', `/core/v3/employees/${chief.id}`),
      ]);
      noServerError([chart, eraseChief]);
      expect([200, 404]).toContain(chart.statusCode);
      expect((await t.call('GET', `/core/v3/employees/${report.id}`)).json.data.managerId).toBeNull();
    }
  });

  it('moving a department under its sibling while their parent is deleted, and two deletes reassigning to each other: no deadlock', async () => {
    for (const round of rounds) {
      const d = (await t.call('POST', '/core/v3/departments', { body: { name: `D${round}` } })).json.data;
      const c = (await t.call('POST', '/core/v3/departments', { body: { name: `C${round}`, parentId: d.id } })).json.data;
      const p = (await t.call('POST', '/core/v3/departments', { body: { name: `P${round}`, parentId: d.id } })).json.data;
      const [put, del] = await Promise.all([
        t.call('PUT', `/core/v3/departments/${c.id}`, { body: { name: `C${round}`, parentId: p.id } }),
        t.call('DELETE', `/core/v3/departments/${d.id}`),
      ]);
      expect([put.statusCode, del.statusCode]).toEqual([200, 200]);
      const a = (await t.call('POST', '/core/v3/offices', { body: { name: `A${round}` } })).json.data;
      const b = (await t.call('POST', '/core/v3/offices', { body: { name: `B${round}` } })).json.data;
      const both = await Promise.all([
        t.call('DELETE', `/core/v3/offices/${a.id}?reassignTo=${b.id}`),
        t.call('DELETE', `/core/v3/offices/${b.id}?reassignTo=${a.id}`),
      ]);
      // One goes; the other finds its reassignTo target gone (404), never a 503 from a deadlock.
      expect(both.map((r) => r.statusCode).sort()).toEqual([200, 404]);
    }
  });
});
