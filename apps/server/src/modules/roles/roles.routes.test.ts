import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestCompany } from '../../test/app-fixture.js';
import { expectOrderByRefused, idsInOrder } from '../../test/order-by.js';

let t: TestApp;
// A clock the tests move forward, so that rows created apart have different createdAt.
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
let seq = 0;

async function newEmployee(company?: TestCompany) {
  seq += 1;
  const res = await t.call('POST', '/core/v3/employees', { auth: company?.auth, body: { firstName: `Role${seq}`, lastName: 'Holder' } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data as { id: string };
}

async function roleNamed(name: string, company?: TestCompany) {
  const res = await t.call('GET', '/core/v3/roles?limit=500', { auth: company?.auth });
  const role = res.json.data.find((r: { name: string }) => r.name === name);
  expect(role, `role ${name}`).toBeDefined();
  return role as { id: string; name: string };
}

async function newDepartment(name: string) {
  const res = await t.call('POST', '/core/v3/departments', { body: { name } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data as { id: string };
}

describe('roles', () => {
  it('lists the default roles of a new company, sorted by name, with pagination', async () => {
    const c = await t.newCompany('Roles Co');
    const res = await t.call('GET', '/core/v3/roles', { auth: c.auth });
    expect(res.statusCode).toBe(200);
    expect(res.json.data.map((r: { name: string }) => r.name)).toEqual(['Admin', 'Employee', 'Manager']);
    expect(res.json.data[0]).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Admin',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const page = await t.call('GET', '/core/v3/roles?limit=2&page=2&orderBy=name desc', { auth: c.auth });
    expect(page.json.data.map((r: { name: string }) => r.name)).toEqual(['Admin']);
    expect(page.json.meta).toEqual({ currentPage: 2, lastPage: 2, total: 3, perPage: 2 });
    expect((await t.call('GET', '/core/v3/roles?orderBy=power asc', { auth: c.auth })).statusCode).toBe(400);
  });

  it('sorts roles by name or creation, asc and desc, on two fields; another field is a 400 naming the sortable ones', async () => {
    const c = await t.newCompany('Role Sort Co');
    tick();
    for (const name of ['Zeta', 'Beta']) {
      const res = await t.call('POST', '/core/v3/roles', { auth: c.auth, body: { name } });
      expect(res.statusCode, res.body).toBe(200);
    }
    const names = async (orderBy: string) => {
      const res = await t.call('GET', `/core/v3/roles?orderBy=${encodeURIComponent(orderBy)}`, { auth: c.auth });
      expect(res.statusCode, res.body).toBe(200);
      return res.json.data.map((r: { name: string }) => r.name);
    };
    expect(await names('name asc')).toEqual(['Admin', 'Beta', 'Employee', 'Manager', 'Zeta']);
    expect(await names('name desc')).toEqual(['Zeta', 'Manager', 'Employee', 'Beta', 'Admin']);
    expect(await names('createdAt desc, name asc')).toEqual(['Beta', 'Zeta', 'Admin', 'Employee', 'Manager']);
    expect(await names('createdAt asc, name desc')).toEqual(['Manager', 'Employee', 'Admin', 'Zeta', 'Beta']);
    const roleIds = (await t.call('GET', '/core/v3/roles', { auth: c.auth })).json.data.map((r: { id: string }) => r.id);
    expect(await idsInOrder(t, '/core/v3/roles', 'id asc', c.auth)).toEqual([...roleIds].sort());
    expect(await idsInOrder(t, '/core/v3/roles', 'id desc', c.auth)).toEqual([...roleIds].sort().reverse());
    await expectOrderByRefused(t, '/core/v3/roles', 'name up', ['name', 'createdAt', 'updatedAt', 'id'], c.auth);
  });

  it('creates, renames and deletes custom roles; names are unique ignoring case', async () => {
    const created = await t.call('POST', '/core/v3/roles', { body: { name: 'Payroll clerk' } });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json.data.id;
    expect((await t.call('POST', '/core/v3/roles', { body: { name: 'payroll CLERK' } })).statusCode).toBe(409);
    expect((await t.call('POST', '/core/v3/roles', { body: { name: '  ' } })).statusCode).toBe(400);
    const renamed = await t.call('PUT', `/core/v3/roles/${id}`, { body: { name: 'Payroll officer' } });
    expect(renamed.json.data.name).toBe('Payroll officer');
    expect((await t.call('PUT', `/core/v3/roles/${id}`, { body: { name: 'admin' } })).statusCode).toBe(409);
    const del = await t.call('DELETE', `/core/v3/roles/${id}`);
    expect(del.statusCode).toBe(200);
    expect((await t.call('GET', `/core/v3/roles/${id}`)).statusCode).toBe(404);
    const events = await t.db.db.selectFrom('events').select('type').where('resourceId', '=', id).orderBy('seq').execute();
    expect(events.map((e) => e.type)).toEqual(['role.created', 'role.updated', 'role.deleted']);
  });

  it('never shows or touches another company’s roles', async () => {
    const theirs = await roleNamed('Admin', t.b);
    const mine = await roleNamed('Admin');
    expect(theirs.id).not.toBe(mine.id);
    expect((await t.call('GET', `/core/v3/roles/${theirs.id}`)).statusCode).toBe(404);
    expect((await t.call('PUT', `/core/v3/roles/${theirs.id}`, { body: { name: 'x' } })).statusCode).toBe(404);
    expect((await t.call('DELETE', `/core/v3/roles/${theirs.id}`)).statusCode).toBe(404);
  });
});

describe('role assignations', () => {
  it('assigns roles on the company, a department and an office, lists them by employee and unassigns', async () => {
    const e = await newEmployee();
    const manager = await roleNamed('Manager');
    const admin = await roleNamed('Admin');
    const dep = await newDepartment('Role dep');
    const office = await t.call('POST', '/core/v3/offices', { body: { name: 'Role office' } });
    expect(office.statusCode, office.body).toBe(200);

    const onCompany = await t.call('POST', '/core/v3/roles/assignation', {
      body: { roleId: admin.id, employeeId: e.id, entityAffectedId: t.a.company.id },
    });
    expect(onCompany.statusCode, onCompany.body).toBe(200);
    expect(onCompany.json).toEqual({ data: '', meta: { currentPage: 1, lastPage: 1, total: 1, perPage: 1 } });
    for (const entity of [dep.id, office.json.data.id]) {
      const r = await t.call('POST', '/core/v3/roles/assignation', {
        body: { roleId: manager.id, employeeId: e.id, entityAffectedId: entity },
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    const dup = await t.call('POST', '/core/v3/roles/assignation', {
      body: { roleId: manager.id, employeeId: e.id, entityAffectedId: dep.id },
    });
    expect(dup.statusCode).toBe(409);

    const list = await t.call('GET', `/core/v3/roles/assignation/${e.id}`);
    expect(list.statusCode).toBe(200);
    expect(list.json.meta.total).toBe(3);
    expect(list.json.data.map((a: { affectedEntityType: string }) => a.affectedEntityType)).toEqual(['company', 'department', 'office']);
    expect(list.json.data[1]).toMatchObject({ role: { id: manager.id, name: 'Manager' }, affectedEntityId: dep.id, employeeId: e.id });

    // A role still held cannot be deleted.
    expect((await t.call('DELETE', `/core/v3/roles/${manager.id}`)).statusCode).toBe(409);

    const assignationId = list.json.data[0].id;
    const un = await t.call('DELETE', '/core/v3/roles/assignation', { body: { assignationId } });
    expect(un.statusCode, un.body).toBe(200);
    expect((await t.call('DELETE', '/core/v3/roles/assignation', { body: { assignationId } })).statusCode).toBe(404);
    expect((await t.call('GET', `/core/v3/roles/assignation/${e.id}`)).json.meta.total).toBe(2);
    const events = await t.db.db.selectFrom('events').select('type').where('resourceId', '=', assignationId).orderBy('seq').execute();
    expect(events.map((ev) => ev.type)).toEqual(['role_assignation.created', 'role_assignation.deleted']);

    // Deleting the department removes the roles held on it.
    await t.call('DELETE', '/core/v3/employee-department-assignations', { body: { employeeId: e.id, departmentId: dep.id } });
    expect((await t.call('DELETE', `/core/v3/departments/${dep.id}`)).statusCode).toBe(200);
    const after = await t.call('GET', `/core/v3/roles/assignation/${e.id}`);
    expect(after.json.data.map((a: { affectedEntityType: string }) => a.affectedEntityType)).toEqual(['office']);
  });

  it('sorts an employee’s role assignations with orderBy (role.name, affectedEntityType, createdAt), ties on id', async () => {
    const e = await newEmployee();
    const dep = await newDepartment('Sorted role dep');
    const office = await t.call('POST', '/core/v3/offices', { body: { name: 'Sorted role office' } });
    expect(office.statusCode, office.body).toBe(200);
    for (const [role, entity] of [
      ['Manager', t.a.company.id],
      ['Admin', dep.id],
      ['Employee', office.json.data.id],
      ['Admin', t.a.company.id],
    ]) {
      tick();
      const r = await t.call('POST', '/core/v3/roles/assignation', {
        body: { roleId: (await roleNamed(role as string)).id, employeeId: e.id, entityAffectedId: entity },
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    const ids = (orderBy: string) => idsInOrder(t, `/core/v3/roles/assignation/${e.id}`, orderBy);
    const oldestFirst = (await t.call('GET', `/core/v3/roles/assignation/${e.id}`)).json.data;
    expect(oldestFirst.map((a: { role: { name: string }; affectedEntityType: string }) => [a.role.name, a.affectedEntityType])).toEqual([
      ['Manager', 'company'],
      ['Admin', 'department'],
      ['Employee', 'office'],
      ['Admin', 'company'],
    ]);
    const [managerOnCompany, adminOnDep, employeeOnOffice, adminOnCompany] = oldestFirst.map((a: { id: string }) => a.id);
    expect(await ids('createdAt desc')).toEqual([adminOnCompany, employeeOnOffice, adminOnDep, managerOnCompany]);
    expect(await ids('role.name asc')).toEqual([adminOnDep, adminOnCompany, employeeOnOffice, managerOnCompany]);
    expect(await ids('role.name desc')).toEqual([managerOnCompany, employeeOnOffice, adminOnDep, adminOnCompany]);
    expect(await ids('affectedEntityType asc, role.name asc')).toEqual([adminOnCompany, managerOnCompany, adminOnDep, employeeOnOffice]);
    expect(await ids('role.name asc, createdAt desc')).toEqual([adminOnCompany, adminOnDep, employeeOnOffice, managerOnCompany]);

    expect(await ids('id desc')).toEqual([...oldestFirst.map((a: { id: string }) => a.id)].sort().reverse());
    await expectOrderByRefused(t, `/core/v3/roles/assignation/${e.id}`, 'role asc', ['createdAt', 'role.name', 'affectedEntityType', 'id']);
  });

  it('answers 404 for unknown or foreign roles, employees and entities, and 400 for bad bodies', async () => {
    const e = await newEmployee();
    const theirs = await newEmployee(t.b);
    const role = await roleNamed('Employee');
    const theirRole = await roleNamed('Employee', t.b);
    const post = (body: Record<string, unknown>) => t.call('POST', '/core/v3/roles/assignation', { body });
    expect((await post({ roleId: role.id, employeeId: e.id, entityAffectedId: unknownId })).statusCode).toBe(404);
    expect((await post({ roleId: role.id, employeeId: e.id, entityAffectedId: t.b.company.id })).statusCode).toBe(404);
    expect((await post({ roleId: theirRole.id, employeeId: e.id, entityAffectedId: t.a.company.id })).statusCode).toBe(404);
    expect((await post({ roleId: role.id, employeeId: theirs.id, entityAffectedId: t.a.company.id })).statusCode).toBe(404);
    const bad = await post({ roleId: 'x', employeeId: e.id });
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors.map((x: { pointer: string }) => x.pointer).sort()).toEqual(['/entityAffectedId', '/roleId']);
    expect((await t.call('GET', `/core/v3/roles/assignation/${theirs.id}`)).statusCode).toBe(404);
    expect((await t.call('GET', `/core/v3/roles/assignation/${unknownId}`)).statusCode).toBe(404);
    expect((await t.call('DELETE', '/core/v3/roles/assignation', { body: {} })).statusCode).toBe(400);
  });

  it('needs core:read to read and core:write to assign', async () => {
    const e = await newEmployee();
    const role = await roleNamed('Employee');
    const reader = await t.a.key(['core:read']);
    expect((await t.call('GET', `/core/v3/roles/assignation/${e.id}`, { auth: reader.auth })).statusCode).toBe(200);
    const body = { roleId: role.id, employeeId: e.id, entityAffectedId: t.a.company.id };
    expect((await t.call('POST', '/core/v3/roles/assignation', { auth: reader.auth, body })).statusCode).toBe(403);
    expect((await t.call('GET', '/core/v3/roles', { auth: {} })).statusCode).toBe(401);
  });
});
