import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { expectOrderByRefused, idsInOrder } from '../../test/order-by.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const unknownId = '0190d6c0-0000-7000-8000-00000000dead';
const pointers = (res: { json: { errors?: { pointer: string }[] } }) => (res.json.errors ?? []).map((e) => e.pointer).sort();

async function post(url: string, body: Record<string, unknown>, auth?: Record<string, string>) {
  const res = await t.call('POST', url, { auth, body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data;
}

let seq = 0;
const newEmployee = (extra: Record<string, unknown> = {}, auth?: Record<string, string>) => {
  seq += 1;
  return post('/core/v3/employees', { firstName: `Asg${seq}`, lastName: 'Tester', email: `asg${seq}@example.com`, ...extra }, auth);
};
const newDepartment = (name: string, auth?: Record<string, string>) => post('/core/v3/departments', { name }, auth);
const newOffice = (name: string, auth?: Record<string, string>) =>
  post('/core/v3/offices', { name, coordinates: { latitude: 41.4, longitude: 2.19 }, timezone: 'Europe/Madrid' }, auth);

describe('employee-department assignations', () => {
  it('assigns, lists (filters, pagination) and unassigns, with events and audit rows', async () => {
    const dep = await newDepartment('Assign dept');
    const other = await newDepartment('Other dept');
    const e1 = await newEmployee();
    const e2 = await newEmployee();

    const res = await t.call('POST', '/core/v3/employee-department-assignations', { body: { employeeId: e1.id, departmentId: dep.id } });
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json.data;
    expect(a).toEqual({
      id: expect.any(String),
      employee: expect.objectContaining({ id: e1.id, firstName: e1.firstName, company: expect.objectContaining({ id: t.a.company.id }) }),
      department: { id: dep.id, name: 'Assign dept' },
      createdAt: expect.stringMatching(/\+00:00$/),
      updatedAt: expect.stringMatching(/\+00:00$/),
    });
    await post('/core/v3/employee-department-assignations', { employeeId: e2.id, departmentId: dep.id });
    await post('/core/v3/employee-department-assignations', { employeeId: e1.id, departmentId: other.id });

    const byDep = await t.call('GET', `/core/v3/employee-department-assignations?departmentId=${dep.id}`);
    expect(byDep.json.data.map((x: { employee: { id: string } }) => x.employee.id)).toEqual([e1.id, e2.id]);
    const byEmp = await t.call('GET', `/core/v3/employee-department-assignations?employeeId=${e1.id}`);
    expect(byEmp.json.data.map((x: { department: { name: string } }) => x.department.name)).toEqual(['Assign dept', 'Other dept']);
    const paged = await t.call('GET', `/core/v3/employee-department-assignations?departmentId=${dep.id}&limit=1&page=2`);
    expect(paged.json.meta).toEqual({ currentPage: 2, lastPage: 2, total: 2, perPage: 1 });
    expect(paged.json.data[0].employee.id).toBe(e2.id);

    const del = await t.call('DELETE', '/core/v3/employee-department-assignations', { body: { employeeId: e1.id, departmentId: dep.id } });
    expect(del.statusCode, del.body).toBe(200);
    expect(del.json.data).toBe('');
    const again = await t.call('DELETE', '/core/v3/employee-department-assignations', {
      body: { employeeId: e1.id, departmentId: dep.id },
    });
    expect(again.statusCode).toBe(404);
    const after = await t.call('GET', `/core/v3/employee-department-assignations?departmentId=${dep.id}`);
    expect(after.json.data.map((x: { employee: { id: string } }) => x.employee.id)).toEqual([e2.id]);

    const events = await t.db.db.selectFrom('events').select('type').where('resourceId', '=', a.id).orderBy('id').execute();
    expect(events.map((e) => e.type)).toEqual(['employee_department_assignation.created', 'employee_department_assignation.deleted']);
    const audit = await t.call('GET', `/security/v1/audit-logs?resourceType=employee_department_assignation&resourceId=${a.id}`);
    expect(audit.json.data.map((r: { action: string }) => r.action)).toEqual([
      'employee_department_assignation.deleted',
      'employee_department_assignation.created',
    ]);
  });

  it('lists assignations made by creating an employee with departmentId', async () => {
    const dep = await newDepartment('Via employee');
    const e = await newEmployee({ departmentId: dep.id });
    const list = await t.call('GET', `/core/v3/employee-department-assignations?departmentId=${dep.id}`);
    expect(list.json.data.map((x: { employee: { id: string } }) => x.employee.id)).toEqual([e.id]);
  });

  it('is 409 for a duplicate and 404 for unknown or foreign employees and departments', async () => {
    const dep = await newDepartment('Dup dept');
    const e = await newEmployee();
    await post('/core/v3/employee-department-assignations', { employeeId: e.id, departmentId: dep.id });
    const dup = await t.call('POST', '/core/v3/employee-department-assignations', { body: { employeeId: e.id, departmentId: dep.id } });
    expect(dup.statusCode).toBe(409);
    const theirDep = await newDepartment('B dept', t.b.auth);
    const theirEmp = await newEmployee({}, t.b.auth);
    for (const body of [
      { employeeId: unknownId, departmentId: dep.id },
      { employeeId: e.id, departmentId: unknownId },
      { employeeId: theirEmp.id, departmentId: dep.id },
      { employeeId: e.id, departmentId: theirDep.id },
    ]) {
      const res = await t.call('POST', '/core/v3/employee-department-assignations', { body });
      expect(res.statusCode, JSON.stringify(body)).toBe(404);
    }
    await post('/core/v3/employee-department-assignations', { employeeId: theirEmp.id, departmentId: theirDep.id }, t.b.auth);
    const unassignTheirs = await t.call('DELETE', '/core/v3/employee-department-assignations', {
      body: { employeeId: theirEmp.id, departmentId: theirDep.id },
    });
    expect(unassignTheirs.statusCode).toBe(404);
    const listTheirs = await t.call('GET', `/core/v3/employee-department-assignations?departmentId=${theirDep.id}`);
    expect(listTheirs.json.meta.total).toBe(0);
  });

  it('validates bodies and query parameters', async () => {
    const bad = await t.call('POST', '/core/v3/employee-department-assignations', { body: { employeeId: 'x' } });
    expect(bad.statusCode).toBe(400);
    expect(pointers(bad)).toEqual(['/departmentId', '/employeeId']);
    const badDelete = await t.call('DELETE', '/core/v3/employee-department-assignations', { body: {} });
    expect(pointers(badDelete)).toEqual(['/departmentId', '/employeeId']);
    const badQuery = await t.call('GET', '/core/v3/employee-department-assignations?employeeId=nope');
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json.errors[0]).toMatchObject({ pointer: '/employeeId', location: 'query', parameter: 'employeeId' });
  });

  it('omits the employee’s sensitive fields for keys without personal:read, and needs core:write to write', async () => {
    const dep = await newDepartment('Sensitive dept');
    const e = await newEmployee({ nid: '12345678Z', departmentId: dep.id });
    const admin = await t.call('GET', `/core/v3/employee-department-assignations?departmentId=${dep.id}`);
    expect(admin.json.data[0].employee.nid).toBe('12345678Z');
    const reader = await t.a.key(['core:read']);
    const redacted = await t.call('GET', `/core/v3/employee-department-assignations?departmentId=${dep.id}`, { auth: reader.auth });
    expect(redacted.statusCode).toBe(200);
    expect(redacted.json.data[0].employee.id).toBe(e.id);
    expect(redacted.json.data[0].employee).not.toHaveProperty('nid');

    const other = await newDepartment('Write dept');
    const body = { employeeId: e.id, departmentId: other.id };
    expect((await t.call('POST', '/core/v3/employee-department-assignations', { auth: reader.auth, body })).statusCode).toBe(403);
    const writer = await t.a.key(['core:read', 'core:write']);
    const created = await t.call('POST', '/core/v3/employee-department-assignations', { auth: writer.auth, body });
    expect(created.statusCode).toBe(200);
    expect(created.json.data.employee).not.toHaveProperty('nid');
    expect((await t.call('DELETE', '/core/v3/employee-department-assignations', { auth: reader.auth, body })).statusCode).toBe(403);
    expect((await t.call('GET', '/core/v3/employee-department-assignations', { auth: {} })).statusCode).toBe(401);
  });
});

describe('employee-office assignations', () => {
  it('assigns with the full office object, lists, and unassigns', async () => {
    const office = await newOffice('Assign office');
    const e = await newEmployee();
    const a = await post('/core/v3/employee-office-assignations', { employeeId: e.id, officeId: office.id });
    expect(a).toMatchObject({
      employee: { id: e.id },
      office: { id: office.id, name: 'Assign office', coordinates: { latitude: 41.4, longitude: 2.19 }, timezone: 'Europe/Madrid' },
    });
    expect(a.office).toEqual(office);

    const list = await t.call('GET', `/core/v3/employee-office-assignations?officeId=${office.id}&employeeId=${e.id}`);
    expect(list.json.meta.total).toBe(1);
    expect(list.json.data[0].id).toBe(a.id);
    expect((await t.call('GET', `/core/v3/employee-office-assignations?officeId=${unknownId}`)).json.meta.total).toBe(0);

    const dup = await t.call('POST', '/core/v3/employee-office-assignations', { body: { employeeId: e.id, officeId: office.id } });
    expect(dup.statusCode).toBe(409);

    const del = await t.call('DELETE', '/core/v3/employee-office-assignations', { body: { employeeId: e.id, officeId: office.id } });
    expect(del.statusCode, del.body).toBe(200);
    expect(
      (await t.call('DELETE', '/core/v3/employee-office-assignations', { body: { employeeId: e.id, officeId: office.id } })).statusCode,
    ).toBe(404);
    const events = await t.db.db.selectFrom('events').select('type').where('resourceId', '=', a.id).orderBy('id').execute();
    expect(events.map((x) => x.type)).toEqual(['employee_office_assignation.created', 'employee_office_assignation.deleted']);
    const audit = await t.call('GET', '/security/v1/audit-logs?resourceType=employee_office_assignation');
    expect(audit.json.meta.total).toBeGreaterThanOrEqual(2);
  });

  it('is 404 for unknown or foreign offices and employees, 403 without core:write, 401 without a token', async () => {
    const office = await newOffice('Guarded office');
    const e = await newEmployee();
    const theirs = await newOffice('B office', t.b.auth);
    for (const body of [
      { employeeId: e.id, officeId: theirs.id },
      { employeeId: unknownId, officeId: office.id },
    ]) {
      expect((await t.call('POST', '/core/v3/employee-office-assignations', { body })).statusCode).toBe(404);
    }
    const reader = await t.a.key(['core:read']);
    const body = { employeeId: e.id, officeId: office.id };
    expect((await t.call('POST', '/core/v3/employee-office-assignations', { auth: reader.auth, body })).statusCode).toBe(403);
    expect((await t.call('GET', '/core/v3/employee-office-assignations', { auth: reader.auth })).statusCode).toBe(200);
    expect((await t.call('POST', '/core/v3/employee-office-assignations', { auth: {}, body })).statusCode).toBe(401);
    const bad = await t.call('POST', '/core/v3/employee-office-assignations', { body: { employeeId: e.id } });
    expect(pointers(bad)).toEqual(['/officeId']);
  });
});

describe.each([
  { kind: 'department', url: '/core/v3/employee-department-assignations', create: newDepartment },
  { kind: 'office', url: '/core/v3/employee-office-assignations', create: newOffice },
])('employee-$kind assignations: orderBy', ({ kind, url, create }) => {
  const entityKey = `${kind}Id`;

  it('sorts on the fields it lists, asc and desc, on several fields, ties on id', async () => {
    const c = await t.newCompany(`Sorted ${kind}s Co`);
    const [first, second] = [await create('Alpha', c.auth), await create('Beta', c.auth)];
    const [e1, e2] = [await newEmployee({}, c.auth), await newEmployee({}, c.auth)];
    const a1 = await post(url, { employeeId: e1.id, [entityKey]: first.id }, c.auth);
    const a2 = await post(url, { employeeId: e2.id, [entityKey]: first.id }, c.auth);
    const a3 = await post(url, { employeeId: e1.id, [entityKey]: second.id }, c.auth);
    const ids = (orderBy?: string) => idsInOrder(t, url, orderBy, c.auth);
    // Ids are UUIDv7: whatever is created later sorts after.
    expect(await ids()).toEqual([a1.id, a2.id, a3.id]);
    expect(await ids('employeeId asc')).toEqual([a1.id, a3.id, a2.id]);
    expect(await ids('employeeId desc')).toEqual([a2.id, a1.id, a3.id]);
    expect(await ids(`${entityKey} desc`)).toEqual([a3.id, a1.id, a2.id]);
    expect(await ids(`employeeId asc, ${entityKey} desc`)).toEqual([a3.id, a1.id, a2.id]);
    expect(await ids(`${entityKey} asc, employeeId desc`)).toEqual([a2.id, a1.id, a3.id]);
    expect(await ids('id asc')).toEqual([a1.id, a2.id, a3.id].sort());
    expect(await ids('id desc')).toEqual([a1.id, a2.id, a3.id].sort().reverse());
  });

  it('answers 400 naming the sortable fields for any other field or direction', async () => {
    for (const bad of ['salary desc', 'employee.lastName', 'createdAt upwards']) {
      await expectOrderByRefused(t, url, bad, ['createdAt', 'updatedAt', 'employeeId', entityKey, 'id']);
    }
  });
});
