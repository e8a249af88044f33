import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('POST /core/v3/employees with departmentId and officeId', () => {
  it('assigns both, with the audit rows and events of any assignation, after employee.created', async () => {
    const c = await t.newCompany();
    const dep = (await t.call('POST', '/core/v3/departments', { auth: c.auth, body: { name: 'Ops' } })).json.data;
    const office = (await t.call('POST', '/core/v3/offices', { auth: c.auth, body: { name: 'HQ' } })).json.data;
    const created = await t.call('POST', '/core/v3/employees', {
      auth: c.auth,
      body: { firstName: 'Ana', lastName: 'Ruiz', email: 'ana@example.com', departmentId: dep.id, officeId: office.id },
    });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json.data.id;

    const deps = await t.call('GET', `/core/v3/employee-department-assignations?employeeId=${id}`, { auth: c.auth });
    expect(deps.json.data).toEqual([
      expect.objectContaining({ employee: expect.objectContaining({ id }), department: expect.objectContaining({ id: dep.id }) }),
    ]);
    const offices = await t.call('GET', `/core/v3/employee-office-assignations?employeeId=${id}`, { auth: c.auth });
    expect(offices.json.data).toHaveLength(1);

    const feed = await t.call('GET', '/event/v1/events?limit=100', { auth: c.auth });
    const mine = feed.json.data.filter(
      (e: { type: string; data: { id?: string; employee?: { id: string } } }) => e.data.id === id || e.data.employee?.id === id,
    );
    expect(mine.map((e: { type: string }) => e.type)).toEqual([
      'employee.created',
      'employee_department_assignation.created',
      'employee_office_assignation.created',
    ]);
    expect(mine[1].data).toMatchObject({ id: deps.json.data[0].id, department: { id: dep.id } });

    const audit = await t.call('GET', '/security/v1/audit-logs?resourceType=employee_department_assignation', { auth: c.auth });
    expect(audit.json.data).toEqual([
      expect.objectContaining({ action: 'employee_department_assignation.created', resourceId: deps.json.data[0].id }),
    ]);
  });

  it('an unknown department is a 404 and creates nothing', async () => {
    const c = await t.newCompany();
    const res = await t.call('POST', '/core/v3/employees', {
      auth: c.auth,
      body: { firstName: 'Ana', lastName: 'Ruiz', departmentId: '01900000-0000-7000-8000-000000000000' },
    });
    expect(res.statusCode).toBe(404);
    const list = await t.call('GET', '/core/v3/employees', { auth: c.auth });
    expect(list.json.meta.total).toBe(0);
  });
});
