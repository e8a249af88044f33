import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestCompany } from '../../test/app-fixture.js';
import { expectOrderByRefused, idsInOrder } from '../../test/order-by.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const unknownId = '0190d6c0-0000-7000-8000-00000000dead';
let seq = 0;

async function newEmployee(company?: TestCompany, extra: Record<string, unknown> = {}) {
  seq += 1;
  const res = await t.call('POST', '/core/v3/employees', {
    auth: company?.auth,
    body: { firstName: `Mgr${seq}`, lastName: 'Tester', email: `mgr${seq}@example.com`, nid: `NID${seq}`, ...extra },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data as { id: string };
}

async function assign(body: Record<string, unknown>, auth?: Record<string, string>) {
  return t.call('POST', '/core/v3/employee-managers', { auth, body });
}

async function eventsOf(resourceId: string, type: string) {
  return t.db.db.selectFrom('events').selectAll().where('resourceId', '=', resourceId).where('type', '=', type).execute();
}

describe('employee managers', () => {
  it('assigns a manager in Sesame shape, lists it with filters and deletes it', async () => {
    const employee = await newEmployee();
    const boss = await newEmployee();
    const deputy = await newEmployee();
    const res = await assign({ employeeId: employee.id, managerId: boss.id, permission: 'vacation', order: 0 });
    expect(res.statusCode, res.body).toBe(200);
    const link = res.json.data;
    expect(link).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      permission: 'vacation',
      order: 0,
      employee: { id: employee.id, firstName: expect.any(String), company: { id: t.a.company.id } },
      manager: { id: boss.id },
      createdAt: expect.stringMatching(/\+00:00$/),
    });
    expect((await assign({ employeeId: employee.id, managerId: deputy.id, permission: 'vacation', order: 1 })).statusCode).toBe(200);
    expect((await assign({ employeeId: employee.id, managerId: boss.id, permission: 'check', order: 0 })).statusCode).toBe(200);

    const byEmployee = await t.call('GET', `/core/v3/employee-managers?employeeId=${employee.id}`);
    expect(byEmployee.json.meta.total).toBe(3);
    const vacation = await t.call('GET', `/core/v3/employee-managers?employeeId=${employee.id}&permission=vacation`);
    expect(vacation.json.data.map((l: { order: number }) => l.order).sort()).toEqual([0, 1]);
    const both = await t.call('GET', `/core/v3/employee-managers?employeeId=${employee.id}&permission[in]=check,vacation&limit=2`);
    expect(both.json.meta).toEqual({ currentPage: 1, lastPage: 2, total: 3, perPage: 2 });
    const byManager = await t.call('GET', `/core/v3/employee-managers?managerId=${boss.id}`);
    expect(byManager.json.data.map((l: { permission: string }) => l.permission).sort()).toEqual(['check', 'vacation']);
    const bad = await t.call('GET', '/core/v3/employee-managers?permission[in]=check,boss');
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors[0]).toMatchObject({ pointer: '/permission[in]', location: 'query', parameter: 'permission[in]' });

    const get = await t.call('GET', `/core/v3/employee-managers/${link.id}`);
    expect(get.statusCode).toBe(200);
    expect(get.headers.etag).toBeTruthy();

    const del = await t.call('DELETE', `/core/v3/employee-managers/${link.id}`);
    expect(del.statusCode, del.body).toBe(200);
    expect(del.json.data).toBe('');
    expect((await t.call('DELETE', `/core/v3/employee-managers/${link.id}`)).statusCode).toBe(404);
    expect(await eventsOf(link.id, 'employee_manager.created')).toHaveLength(1);
    expect(await eventsOf(link.id, 'employee_manager.deleted')).toHaveLength(1);
    const audit = await t.call('GET', `/security/v1/audit-logs?resourceType=employee_manager&resourceId=${link.id}`);
    expect(audit.json.meta.total).toBe(2);
  });

  it('sorts with orderBy on the fields it lists (ties on id) and refuses any other field or direction', async () => {
    const c = await t.newCompany('Manager Sort Co');
    const [e1, e2, m1, m2] = [await newEmployee(c), await newEmployee(c), await newEmployee(c), await newEmployee(c)];
    const links: string[] = [];
    for (const [employee, manager, permission, order] of [
      [e1, m1, 'vacation', 0],
      [e1, m2, 'vacation', 1],
      [e1, m1, 'check', 0],
      [e2, m2, 'check', 0],
    ] as const) {
      const res = await assign({ employeeId: employee.id, managerId: manager.id, permission, order }, c.auth);
      expect(res.statusCode, res.body).toBe(200);
      links.push(res.json.data.id);
    }
    const [l1, l2, l3, l4] = links;
    const ids = (orderBy?: string) => idsInOrder(t, '/core/v3/employee-managers', orderBy, c.auth);
    expect(await ids()).toEqual([l1, l2, l3, l4]);
    expect(await ids('permission asc')).toEqual([l3, l4, l1, l2]);
    expect(await ids('permission desc')).toEqual([l1, l2, l3, l4]);
    expect(await ids('order desc')).toEqual([l2, l1, l3, l4]);
    expect(await ids('order desc, permission asc')).toEqual([l2, l3, l4, l1]);
    expect(await ids('permission DESC, order desc')).toEqual([l2, l1, l3, l4]);
    // Ids are UUIDv7, so e2 (created after e1) sorts after it.
    expect(await ids('employeeId desc, permission asc')).toEqual([l4, l3, l1, l2]);

    expect(await ids('id asc')).toEqual([...links].sort());
    expect(await ids('id desc')).toEqual([...links].sort().reverse());

    const sortable = ['createdAt', 'updatedAt', 'permission', 'order', 'employeeId', 'managerId', 'id'];
    for (const bad of ['salary', 'permission sideways', 'order asc desc', 'order asc,, permission']) {
      await expectOrderByRefused(t, '/core/v3/employee-managers', bad, sortable, c.auth);
    }
  });

  it('keeps one manager per slot and refuses self, inactive managers and loops', async () => {
    const a = await newEmployee();
    const b = await newEmployee();
    const c = await newEmployee();
    expect((await assign({ employeeId: a.id, managerId: b.id, permission: 'check', order: 0 })).statusCode).toBe(200);
    const sameSlot = await assign({ employeeId: a.id, managerId: c.id, permission: 'check', order: 0 });
    expect(sameSlot.statusCode).toBe(409);
    expect(sameSlot.json.detail).toContain('delete it first');
    expect((await assign({ employeeId: a.id, managerId: b.id, permission: 'check', order: 1 })).statusCode).toBe(409);
    expect((await assign({ employeeId: a.id, managerId: a.id, permission: 'check', order: 1 })).statusCode).toBe(422);

    // b manages a; c manages b; a may not manage c for the same permission (a loop), but may for another.
    expect((await assign({ employeeId: b.id, managerId: c.id, permission: 'check', order: 0 })).statusCode).toBe(200);
    const loop = await assign({ employeeId: c.id, managerId: a.id, permission: 'check', order: 0 });
    expect(loop.statusCode).toBe(422);
    expect(loop.json.type).toBe('/problems/unprocessable');
    expect((await assign({ employeeId: c.id, managerId: a.id, permission: 'vacation', order: 0 })).statusCode).toBe(200);

    const gone = await newEmployee();
    expect((await t.call('POST', `/core/v3/employees/${gone.id}/terminate`, { body: {} })).statusCode).toBe(200);
    const inactive = await assign({ employeeId: a.id, managerId: gone.id, permission: 'vacation', order: 0 });
    expect(inactive.statusCode).toBe(422);
    expect(inactive.json.detail).toContain('inactive');
  });

  it('validates the body and answers 404 for unknown or foreign employees', async () => {
    const bad = await assign({ employeeId: 'x', managerId: unknownId, permission: 'boss', order: 2 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/employeeId', '/order', '/permission']);
    const missing = await assign({});
    expect(missing.statusCode).toBe(400);
    expect(missing.json.errors).toHaveLength(4);

    const mine = await newEmployee();
    const theirs = await newEmployee(t.b);
    expect((await assign({ employeeId: mine.id, managerId: unknownId, permission: 'check', order: 0 })).statusCode).toBe(404);
    expect((await assign({ employeeId: mine.id, managerId: theirs.id, permission: 'check', order: 0 })).statusCode).toBe(404);
    expect((await assign({ employeeId: theirs.id, managerId: mine.id, permission: 'check', order: 0 })).statusCode).toBe(404);

    const theirBoss = await newEmployee(t.b);
    const theirLink = await assign({ employeeId: theirs.id, managerId: theirBoss.id, permission: 'check', order: 0 }, t.b.auth);
    expect(theirLink.statusCode).toBe(200);
    expect((await t.call('GET', `/core/v3/employee-managers/${theirLink.json.data.id}`)).statusCode).toBe(404);
    expect((await t.call('DELETE', `/core/v3/employee-managers/${theirLink.json.data.id}`)).statusCode).toBe(404);
    const ours = await t.call('GET', `/core/v3/employee-managers?employeeId=${theirs.id}`);
    expect(ours.json.meta.total).toBe(0);
  });

  it('omits sensitive fields of embedded employees without personal:read, and enforces scopes', async () => {
    const e = await newEmployee();
    const m = await newEmployee();
    await assign({ employeeId: e.id, managerId: m.id, permission: 'check', order: 0 });
    const reader = await t.a.key(['core:read']);
    const list = await t.call('GET', `/core/v3/employee-managers?employeeId=${e.id}`, { auth: reader.auth });
    expect(list.statusCode).toBe(200);
    expect(list.json.data[0].employee).not.toHaveProperty('nid');
    expect(list.json.data[0].manager).not.toHaveProperty('nid');
    const full = await t.call('GET', `/core/v3/employee-managers?employeeId=${e.id}`);
    expect(full.json.data[0].employee.nid).toMatch(/^NID/);

    expect((await t.call('GET', '/core/v3/employee-managers', { auth: {} })).statusCode).toBe(401);
    const denied = await assign({ employeeId: e.id, managerId: m.id, permission: 'vacation', order: 0 }, reader.auth);
    expect(denied.statusCode).toBe(403);
    expect(denied.json.detail).toContain('core:write');
    const writer = await t.a.key(['core:write']);
    expect((await t.call('GET', '/core/v3/employee-managers', { auth: writer.auth })).statusCode).toBe(403);
  });

  it('drops the links of an erased employee', async () => {
    const e = await newEmployee();
    const m = await newEmployee();
    const link = (await assign({ employeeId: e.id, managerId: m.id, permission: 'check', order: 0 })).json.data;
    expect((await t.call('DELETE', `/core/v3/employees/${m.id}`)).statusCode).toBe(200);
    expect((await t.call('GET', `/core/v3/employee-managers/${link.id}`)).statusCode).toBe(404);
    expect((await t.call('GET', `/core/v3/employee-managers?employeeId=${e.id}`)).json.meta.total).toBe(0);
  });
});

describe('organisation-chart manager', () => {
  const url = (id: string) => `/core/v3/employee-profiles/organization-chart-managers/${id}`;

  it('reads, sets, changes and removes the org-chart manager, with employee.updated events', async () => {
    const e = await newEmployee();
    const boss = await newEmployee();
    const none = await t.call('GET', url(e.id));
    expect(none.statusCode, none.body).toBe(200);
    expect(none.json.data).toEqual({ employeeId: e.id, managerId: null, manager: null });

    const set = await t.call('PUT', url(e.id), { body: { managerId: boss.id } });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json.data).toMatchObject({ employeeId: e.id, managerId: boss.id, manager: { id: boss.id } });
    expect((await t.call('GET', `/core/v3/employees/${e.id}`)).json.data.managerId).toBe(boss.id);
    const updates = await eventsOf(e.id, 'employee.updated');
    expect(updates).toHaveLength(1);
    expect(JSON.parse(updates[0]!.changes!)).toEqual(['managerId']);

    // Same manager again: nothing changes, no event.
    expect((await t.call('PUT', url(e.id), { body: { managerId: boss.id } })).statusCode).toBe(200);
    expect(await eventsOf(e.id, 'employee.updated')).toHaveLength(1);

    const get = await t.call('GET', url(e.id));
    const etag = get.headers.etag as string;
    expect(etag).toBeTruthy();
    const stale = await t.call('PUT', url(e.id), { body: { managerId: null }, headers: { 'if-match': '"nope"' } });
    expect(stale.statusCode).toBe(412);
    const cleared = await t.call('PUT', url(e.id), { body: { managerId: null }, headers: { 'if-match': etag } });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json.data).toEqual({ employeeId: e.id, managerId: null, manager: null });
  });

  it('refuses self, cycles, inactive managers, unknown and foreign ids', async () => {
    const top = await newEmployee();
    const middle = await newEmployee();
    const bottom = await newEmployee();
    expect((await t.call('PUT', url(middle.id), { body: { managerId: top.id } })).statusCode).toBe(200);
    expect((await t.call('PUT', url(bottom.id), { body: { managerId: middle.id } })).statusCode).toBe(200);
    expect((await t.call('PUT', url(top.id), { body: { managerId: top.id } })).statusCode).toBe(422);
    const cycle = await t.call('PUT', url(top.id), { body: { managerId: bottom.id } });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json.errors[0].pointer).toBe('/managerId');

    const gone = await newEmployee();
    await t.call('POST', `/core/v3/employees/${gone.id}/terminate`, { body: {} });
    expect((await t.call('PUT', url(bottom.id), { body: { managerId: gone.id } })).statusCode).toBe(422);

    const theirs = await newEmployee(t.b);
    expect((await t.call('PUT', url(bottom.id), { body: { managerId: unknownId } })).statusCode).toBe(404);
    expect((await t.call('PUT', url(bottom.id), { body: { managerId: theirs.id } })).statusCode).toBe(404);
    expect((await t.call('GET', url(theirs.id))).statusCode).toBe(404);
    expect((await t.call('PUT', url(theirs.id), { body: { managerId: null } })).statusCode).toBe(404);
    expect((await t.call('PUT', url(bottom.id), { body: {} })).statusCode).toBe(400);
    expect((await t.call('GET', url('not-a-uuid'))).statusCode).toBe(400);
    const reader = await t.a.key(['core:read']);
    expect((await t.call('PUT', url(bottom.id), { auth: reader.auth, body: { managerId: null } })).statusCode).toBe(403);
  });
});
