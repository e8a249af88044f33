import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { expectOrderByRefused, idsInOrder } from '../../test/order-by.js';

let t: TestApp;
// A clock the tests move forward, so that createdAt/updatedAt differ between writes.
let now = Date.parse('2026-03-02T08:00:00.000Z');
const clock = { now: () => new Date(now) };
const tick = (seconds = 60) => {
  now += seconds * 1000;
};

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => t?.close());

const unknownId = '0190d6c0-0000-7000-8000-00000000dead';

async function newDepartment(body: Record<string, unknown>, auth?: Record<string, string>) {
  tick();
  const res = await t.call('POST', '/core/v3/departments', { auth, body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data as { id: string; name: string; parentId: string | null; createdAt: string; updatedAt: string };
}

let seq = 0;
async function newEmployee() {
  seq += 1;
  const res = await t.call('POST', '/core/v3/employees', {
    body: { firstName: `Dep${seq}`, lastName: 'Tester', email: `dep${seq}@example.com` },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data as { id: string };
}

async function assign(employeeId: string, departmentId: string) {
  const res = await t.call('POST', '/core/v3/employee-department-assignations', { body: { employeeId, departmentId } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data;
}

const pointers = (res: { json: { errors?: { pointer: string }[] } }) => (res.json.errors ?? []).map((e) => e.pointer).sort();

describe('departments: create, read, list, update', () => {
  it('creates a department in Sesame shape and reads it back with an ETag', async () => {
    const res = await t.call('POST', '/core/v3/departments', { body: { companyId: t.a.company.id, name: '  Research  ' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json.meta).toEqual({ currentPage: 1, lastPage: 1, total: 1, perPage: 1 });
    const d = res.json.data;
    expect(d).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Research',
      parentId: null,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/),
      updatedAt: d.createdAt,
    });

    const get = await t.call('GET', `/core/v3/departments/${d.id}`);
    expect(get.statusCode).toBe(200);
    expect(get.json.data).toEqual(d);
    const etag = get.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await t.call('GET', `/core/v3/departments/${d.id}`, { headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
  });

  it('lists with a case-insensitive name[contains] filter, orderBy, pagination meta and updatedAt bounds', async () => {
    const c = await t.newCompany('Listing Co');
    const alpha = await newDepartment({ name: 'Alpha Sales' }, c.auth);
    const since = new Date(now + 1000).toISOString();
    const beta = await newDepartment({ name: 'Beta sales' }, c.auth);
    const gamma = await newDepartment({ name: 'Gamma 100%' }, c.auth);

    const all = await t.call('GET', '/core/v3/departments', { auth: c.auth });
    expect(all.json.data.map((d: { name: string }) => d.name)).toEqual(['Alpha Sales', 'Beta sales', 'Gamma 100%']);
    expect(all.json.meta).toEqual({ currentPage: 1, lastPage: 1, total: 3, perPage: 50 });

    const sales = await t.call('GET', '/core/v3/departments?name[contains]=SALES', { auth: c.auth });
    expect(sales.json.data.map((d: { id: string }) => d.id).sort()).toEqual([alpha.id, beta.id].sort());
    const percent = await t.call('GET', `/core/v3/departments?name[contains]=${encodeURIComponent('0%')}`, { auth: c.auth });
    expect(percent.json.data.map((d: { id: string }) => d.id)).toEqual([gamma.id]);
    // Letters beyond ASCII fold too, the same on SQLite and PostgreSQL.
    const area = await newDepartment({ name: 'Área Técnica' }, c.auth);
    for (const q of ['área', 'ÁREA', 'técnica', 'TÉCNICA']) {
      const found = await t.call('GET', `/core/v3/departments?name[contains]=${encodeURIComponent(q)}`, { auth: c.auth });
      expect(
        found.json.data.map((d: { id: string }) => d.id),
        q,
      ).toEqual([area.id]);
    }
    const deleted = await t.call('DELETE', `/core/v3/departments/${area.id}`, { auth: c.auth });
    expect(deleted.statusCode).toBe(200);

    const page2 = await t.call('GET', '/core/v3/departments?orderBy=createdAt%20desc&limit=2&page=2', { auth: c.auth });
    expect(page2.json.meta).toEqual({ currentPage: 2, lastPage: 2, total: 3, perPage: 2 });
    expect(page2.json.data.map((d: { id: string }) => d.id)).toEqual([alpha.id]);
    const beyond = await t.call('GET', '/core/v3/departments?page=9', { auth: c.auth });
    expect(beyond.json).toMatchObject({ data: [], meta: { currentPage: 9, total: 3 } });

    const changed = await t.call('GET', `/core/v3/departments?updatedAt[gte]=${encodeURIComponent(since)}&orderBy=name`, { auth: c.auth });
    expect(changed.json.data.map((d: { id: string }) => d.id)).toEqual([beta.id, gamma.id]);
    const until = await t.call('GET', `/core/v3/departments?updatedAt[lte]=${encodeURIComponent(since)}`, { auth: c.auth });
    expect(until.json.data.map((d: { id: string }) => d.id)).toEqual([alpha.id]);
  });

  it('sorts by name or creation, asc and desc, and on two fields with ties on id', async () => {
    const c = await t.newCompany('Sorted Departments Co');
    const sales = await newDepartment({ name: 'Sales' }, c.auth);
    const legal = await newDepartment({ name: 'Legal' }, c.auth);
    // Without a tick Finance shares Legal's createdAt: only the second field or the id separates them.
    const res = await t.call('POST', '/core/v3/departments', { auth: c.auth, body: { name: 'Finance' } });
    expect(res.statusCode, res.body).toBe(200);
    const finance = res.json.data;
    const ids = (orderBy?: string) => idsInOrder(t, '/core/v3/departments', orderBy, c.auth);
    expect(await ids()).toEqual([finance.id, legal.id, sales.id]);
    expect(await ids('name desc')).toEqual([sales.id, legal.id, finance.id]);
    expect(await ids('createdAt asc')).toEqual([sales.id, legal.id, finance.id]);
    expect(await ids('createdAt desc')).toEqual([legal.id, finance.id, sales.id]);
    expect(await ids('createdAt desc, name asc')).toEqual([finance.id, legal.id, sales.id]);
    expect(await ids('updatedAt asc, name desc')).toEqual([sales.id, legal.id, finance.id]);
    expect(await ids('id asc')).toEqual([sales.id, legal.id, finance.id].sort());
    expect(await ids('id desc')).toEqual([sales.id, legal.id, finance.id].sort().reverse());
    await expectOrderByRefused(t, '/core/v3/departments', 'parentId asc', ['name', 'createdAt', 'updatedAt', 'id'], c.auth);
  });

  it('name= finds the whole name (case and surrounding spaces aside, accents count); name[contains] a part', async () => {
    const c = await t.newCompany('Name Filter Co');
    const sales = await newDepartment({ name: 'Sales' }, c.auth);
    const preSales = await newDepartment({ name: 'Pre-Sales' }, c.auth);
    const engineering = await newDepartment({ name: 'Ingeniería' }, c.auth);
    const found = async (query: string) => {
      const res = await t.call('GET', `/core/v3/departments?${query}`, { auth: c.auth });
      expect(res.statusCode, res.body).toBe(200);
      return res.json.data.map((d: { id: string }) => d.id);
    };
    // An ERP looking "Sales" up before creating it must get Sales alone, not Pre-Sales too.
    for (const name of ['Sales', 'sales', 'SALES', '  Sales '])
      expect(await found(`name=${encodeURIComponent(name)}`), name).toEqual([sales.id]);
    // Letters beyond ASCII fold too, the same on SQLite and PostgreSQL; accents are not dropped.
    for (const name of ['ingeniería', 'INGENIERÍA'])
      expect(await found(`name=${encodeURIComponent(name)}`), name).toEqual([engineering.id]);
    expect(await found('name=ingenieria')).toEqual([]);
    expect(await found('name=Sale')).toEqual([]);
    expect(await found('name[contains]=sales')).toEqual([preSales.id, sales.id]);
    expect(await found(`name[contains]=${encodeURIComponent('GENIERÍ')}`)).toEqual([engineering.id]);
    expect(await found('name[contains]=genieri')).toEqual([]);
    // Both filters: AND.
    expect(await found('name=sales&name[contains]=pre')).toEqual([]);
    expect(await found('name=pre-sales&name[contains]=pre')).toEqual([preSales.id]);
    const empty = await t.call('GET', '/core/v3/departments?name[contains]=', { auth: c.auth });
    expect(empty.statusCode).toBe(400);
    expect(empty.json.errors).toEqual([expect.objectContaining({ location: 'query', parameter: 'name[contains]' })]);
  });

  it('rejects an unknown orderBy field or a bad updatedAt with a 400 naming the parameter', async () => {
    const res = await t.call('GET', '/core/v3/departments?orderBy=salary%20desc');
    expect(res.statusCode).toBe(400);
    expect(res.json.errors[0]).toMatchObject({ pointer: '/orderBy', location: 'query', parameter: 'orderBy' });
    const bad = await t.call('GET', '/core/v3/departments?updatedAt[gte]=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors).toEqual([
      expect.objectContaining({ pointer: '/updatedAt[gte]', location: 'query', parameter: 'updatedAt[gte]' }),
    ]);
  });

  it('updates name and parent, keeps the parent when parentId is not sent, and records the changes', async () => {
    const top = await newDepartment({ name: 'Top' });
    const d = await newDepartment({ name: 'Team' });
    tick();
    const res = await t.call('PUT', `/core/v3/departments/${d.id}`, { body: { name: 'Team A', parentId: top.id } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json.data).toMatchObject({ id: d.id, name: 'Team A', parentId: top.id, createdAt: d.createdAt });
    expect(res.json.data.updatedAt).not.toBe(d.updatedAt);

    const keep = await t.call('PUT', `/core/v3/departments/${d.id}`, { body: { name: 'Team B' } });
    expect(keep.json.data).toMatchObject({ name: 'Team B', parentId: top.id });
    const clear = await t.call('PUT', `/core/v3/departments/${d.id}`, { body: { name: 'Team B', parentId: null } });
    expect(clear.json.data.parentId).toBeNull();

    const events = await t.db.db
      .selectFrom('events')
      .select(['type', 'changes'])
      .where('resourceId', '=', d.id)
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.type)).toEqual(['department.created', 'department.updated', 'department.updated', 'department.updated']);
    expect(JSON.parse(events[1]?.changes ?? '[]').sort()).toEqual(['name', 'parentId']);
    expect(JSON.parse(events[3]?.changes ?? '[]')).toEqual(['parentId']);

    const audit = await t.call('GET', `/security/v1/audit-logs?resourceType=department&resourceId=${d.id}`);
    expect(audit.statusCode).toBe(200);
    expect(audit.json.data.map((r: { action: string }) => r.action)).toEqual([
      'department.updated',
      'department.updated',
      'department.updated',
      'department.created',
    ]);
    expect(audit.json.data[3].after).toMatchObject({ id: d.id, name: 'Team' });
  });

  it('honours If-Match on PUT (412 when the department changed)', async () => {
    const d = await newDepartment({ name: 'Etag dept' });
    const etag = (await t.call('GET', `/core/v3/departments/${d.id}`)).headers.etag as string;
    const ok = await t.call('PUT', `/core/v3/departments/${d.id}`, { body: { name: 'Etag dept 2' }, headers: { 'if-match': etag } });
    expect(ok.statusCode).toBe(200);
    const stale = await t.call('PUT', `/core/v3/departments/${d.id}`, { body: { name: 'Etag dept 3' }, headers: { 'if-match': etag } });
    expect(stale.statusCode).toBe(412);
  });
});

describe('departments: validation and business rules', () => {
  it('reports every invalid body field with a pointer', async () => {
    const empty = await t.call('POST', '/core/v3/departments', { body: {} });
    expect(empty.statusCode).toBe(400);
    expect(empty.headers['content-type']).toContain('application/problem+json');
    expect(pointers(empty)).toEqual(['/name']);
    const bad = await t.call('POST', '/core/v3/departments', { body: { name: 5, parentId: 'nope', companyId: 'x' } });
    expect(bad.statusCode).toBe(400);
    expect(pointers(bad)).toEqual(['/companyId', '/name', '/parentId']);
    const blank = await t.call('POST', '/core/v3/departments', { body: { name: '   ' } });
    expect(blank.statusCode).toBe(400);
    const d = await newDepartment({ name: 'Valid' });
    const put = await t.call('PUT', `/core/v3/departments/${d.id}`, { body: { parentId: null } });
    expect(put.statusCode).toBe(400);
    expect(pointers(put)).toEqual(['/name']);
  });

  it('answers 400 for a malformed id in the path', async () => {
    const res = await t.call('GET', '/core/v3/departments/not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(res.json.errors[0]).toMatchObject({ pointer: '/id', location: 'path', parameter: 'id' });
    expect((await t.call('DELETE', '/core/v3/departments/123')).statusCode).toBe(400);
  });

  it('refuses a self-parent or a cycle with 422', async () => {
    const a = await newDepartment({ name: 'Cycle A' });
    const b = await newDepartment({ name: 'Cycle B', parentId: a.id });
    const c = await newDepartment({ name: 'Cycle C', parentId: b.id });
    const self = await t.call('PUT', `/core/v3/departments/${a.id}`, { body: { name: 'Cycle A', parentId: a.id } });
    expect(self.statusCode).toBe(422);
    expect(self.json.type).toBe('/problems/unprocessable');
    expect(pointers(self)).toEqual(['/parentId']);
    const cycle = await t.call('PUT', `/core/v3/departments/${a.id}`, { body: { name: 'Cycle A', parentId: c.id } });
    expect(cycle.statusCode).toBe(422);
    // Moving a leaf under another branch is fine.
    const other = await newDepartment({ name: 'Cycle D' });
    expect((await t.call('PUT', `/core/v3/departments/${c.id}`, { body: { name: 'Cycle C', parentId: other.id } })).statusCode).toBe(200);
  });

  it('is 404 for unknown ids, and for departments, parents and companies of another company', async () => {
    const theirs = await newDepartment({ name: 'B only' }, t.b.auth);
    for (const id of [unknownId, theirs.id]) {
      expect((await t.call('GET', `/core/v3/departments/${id}`)).statusCode).toBe(404);
      expect((await t.call('PUT', `/core/v3/departments/${id}`, { body: { name: 'x' } })).statusCode).toBe(404);
      expect((await t.call('DELETE', `/core/v3/departments/${id}`)).statusCode).toBe(404);
      expect((await t.call('POST', '/core/v3/departments', { body: { name: 'x', parentId: id } })).statusCode).toBe(404);
    }
    const otherCompany = await t.call('POST', '/core/v3/departments', { body: { companyId: t.b.company.id, name: 'x' } });
    expect(otherCompany.statusCode).toBe(404);
    const list = await t.call('GET', '/core/v3/departments?name=B%20only');
    expect(list.json.meta.total).toBe(0);
    // And b still sees its own.
    expect((await t.call('GET', `/core/v3/departments/${theirs.id}`, { auth: t.b.auth })).statusCode).toBe(200);
  });

  it('needs a token, core:read to read and core:write to write', async () => {
    const d = await newDepartment({ name: 'Scoped' });
    expect((await t.call('GET', '/core/v3/departments', { auth: {} })).statusCode).toBe(401);
    expect((await t.call('POST', '/core/v3/departments', { auth: {}, body: { name: 'x' } })).statusCode).toBe(401);
    const reader = await t.a.key(['core:read']);
    expect((await t.call('GET', '/core/v3/departments', { auth: reader.auth })).statusCode).toBe(200);
    expect((await t.call('GET', `/core/v3/departments/${d.id}`, { auth: reader.auth })).statusCode).toBe(200);
    expect((await t.call('POST', '/core/v3/departments', { auth: reader.auth, body: { name: 'x' } })).statusCode).toBe(403);
    expect((await t.call('PUT', `/core/v3/departments/${d.id}`, { auth: reader.auth, body: { name: 'x' } })).statusCode).toBe(403);
    expect((await t.call('DELETE', `/core/v3/departments/${d.id}`, { auth: reader.auth })).statusCode).toBe(403);
    const otherModule = await t.a.key(['schedule:read']);
    expect((await t.call('GET', '/core/v3/departments', { auth: otherModule.auth })).statusCode).toBe(403);
  });
});

describe('departments: delete', () => {
  it('deletes an empty department: 200 with empty data, 404 afterwards, deleted event and audit row', async () => {
    const d = await newDepartment({ name: 'Short lived' });
    const res = await t.call('DELETE', `/core/v3/departments/${d.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json).toEqual({ data: '', meta: { currentPage: 1, lastPage: 1, total: 1, perPage: 1 } });
    expect((await t.call('GET', `/core/v3/departments/${d.id}`)).statusCode).toBe(404);
    const audit = await t.call('GET', `/security/v1/audit-logs?resourceType=department&action=department.deleted&resourceId=${d.id}`);
    expect(audit.json.data).toHaveLength(1);
    expect(audit.json.data[0].before).toMatchObject({ id: d.id, name: 'Short lived' });
    const event = await t.db.db
      .selectFrom('events')
      .selectAll()
      .where('resourceId', '=', d.id)
      .where('type', '=', 'department.deleted')
      .execute();
    expect(event).toHaveLength(1);
  });

  it('moves sub-departments up to the deleted department’s parent', async () => {
    const top = await newDepartment({ name: 'Tree top' });
    const mid = await newDepartment({ name: 'Tree mid', parentId: top.id });
    const leaf1 = await newDepartment({ name: 'Tree leaf 1', parentId: mid.id });
    const leaf2 = await newDepartment({ name: 'Tree leaf 2', parentId: mid.id });
    expect((await t.call('DELETE', `/core/v3/departments/${mid.id}`)).statusCode).toBe(200);
    for (const leaf of [leaf1, leaf2]) {
      expect((await t.call('GET', `/core/v3/departments/${leaf.id}`)).json.data.parentId).toBe(top.id);
    }
    const events = await t.db.db
      .selectFrom('events')
      .selectAll()
      .where('resourceId', '=', leaf1.id)
      .where('type', '=', 'department.updated')
      .execute();
    expect(events.map((e) => JSON.parse(e.changes ?? '[]'))).toEqual([['parentId']]);
    // Deleting a top-level department makes its children top-level.
    expect((await t.call('DELETE', `/core/v3/departments/${top.id}`)).statusCode).toBe(200);
    expect((await t.call('GET', `/core/v3/departments/${leaf2.id}`)).json.data.parentId).toBeNull();
  });

  it('refuses to delete a department with employees (409), and moves them with reassignTo', async () => {
    const from = await newDepartment({ name: 'Closing' });
    const to = await newDepartment({ name: 'Receiving' });
    const e1 = await newEmployee();
    const e2 = await newEmployee();
    const e3 = await newEmployee();
    await assign(e1.id, from.id);
    await assign(e2.id, from.id);
    await assign(e2.id, to.id); // already in both: just loses the old assignation
    await assign(e3.id, to.id);

    const refused = await t.call('DELETE', `/core/v3/departments/${from.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json.detail).toContain('reassignTo');
    expect((await t.call('GET', `/core/v3/departments/${from.id}`)).statusCode).toBe(200);

    const self = await t.call('DELETE', `/core/v3/departments/${from.id}?reassignTo=${from.id}`);
    expect(self.statusCode).toBe(422);
    const theirs = await newDepartment({ name: 'Theirs' }, t.b.auth);
    expect((await t.call('DELETE', `/core/v3/departments/${from.id}?reassignTo=${theirs.id}`)).statusCode).toBe(404);
    expect((await t.call('DELETE', `/core/v3/departments/${from.id}?reassignTo=nope`)).statusCode).toBe(400);

    const moved = await t.call('DELETE', `/core/v3/departments/${from.id}?reassignTo=${to.id}`);
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await t.call('GET', `/core/v3/departments/${from.id}`)).statusCode).toBe(404);
    const inTarget = await t.call('GET', `/core/v3/employee-department-assignations?departmentId=${to.id}`);
    expect(inTarget.json.data.map((a: { employee: { id: string } }) => a.employee.id).sort()).toEqual([e1.id, e2.id, e3.id].sort());
    const ofE2 = await t.call('GET', `/core/v3/employee-department-assignations?employeeId=${e2.id}`);
    expect(ofE2.json.meta.total).toBe(1);

    const assignationEvents = await t.db.db
      .selectFrom('events')
      .select('type')
      .where('companyId', '=', t.a.company.id)
      .where('type', 'like', 'employee_department_assignation.%')
      .execute();
    const counts = assignationEvents.reduce<Record<string, number>>((acc, e) => {
      acc[e.type] = (acc[e.type] ?? 0) + 1;
      return acc;
    }, {});
    // 4 assigns + 1 move of e1 created; e1 and e2 unassigned from the deleted department.
    expect(counts).toEqual({ 'employee_department_assignation.created': 5, 'employee_department_assignation.deleted': 2 });
  });
});

describe('query parameters a list cannot answer', () => {
  it('onlyReturn=deleted on a list without deleted rows and an operator the route lacks are 400s naming them', async () => {
    await newDepartment({ name: 'Guarded' });
    const deleted = await t.call('GET', '/core/v3/departments?onlyReturn=deleted');
    expect(deleted.statusCode).toBe(400);
    expect(deleted.json.errors).toEqual([
      expect.objectContaining({
        pointer: '/onlyReturn',
        location: 'query',
        parameter: 'onlyReturn',
        message: expect.stringContaining('/event/v1/events'),
      }),
    ]);
    for (const value of ['all', 'not_deleted']) {
      const live = await t.call('GET', `/core/v3/departments?onlyReturn=${value}`);
      expect(live.statusCode, value).toBe(200);
      expect(live.json.data.length).toBeGreaterThan(0);
    }
    const typo = await t.call('GET', '/core/v3/departments?updatedAt[gt]=2026-01-01T00:00:00Z&name[startsWith]=x');
    expect(typo.statusCode).toBe(400);
    expect(typo.json.errors.map((e: { parameter: string }) => e.parameter)).toEqual(['updatedAt[gt]', 'name[startsWith]']);
    expect(typo.json.errors[0].message).toContain('updatedAt[gte]');
    // The employees list keeps erased employees: onlyReturn=deleted is its own filter there.
    expect((await t.call('GET', '/core/v3/employees?onlyReturn=deleted')).statusCode).toBe(200);
    const contains = await t.call('GET', '/core/v3/employees?email[contains]=a');
    expect(contains.statusCode).toBe(400);
    expect(contains.json.errors[0].message).toContain('email is a filter of this operation without an operator');
    // `name[]` (axios, PHP) is the array parameter itself.
    const dept = await newDepartment({ name: 'Bracketed' });
    const person = (await t.call('POST', '/core/v3/employees', { body: { firstName: 'Br', lastName: 'Acket', departmentId: dept.id } }))
      .json.data;
    const bracketed = await t.call('GET', `/core/v3/employees?departmentIds[]=${dept.id}&departmentIds[]=${unknownId}`);
    expect(bracketed.statusCode, bracketed.body).toBe(200);
    expect(bracketed.json.data.map((e: { id: string }) => e.id)).toEqual([person.id]);
    // Names without an operator that a route does not define are still ignored (as Sesame does).
    expect((await t.call('GET', '/core/v3/departments?unknownParameter=1')).statusCode).toBe(200);
  });
});
