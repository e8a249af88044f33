import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('a filter and its [in] form are two filters: they combine with AND, like every other filter', () => {
  it('employees: status=active&status[in]=inactive lists nobody; status=inactive&status[in]=active,inactive the inactive', async () => {
    const c = await t.newCompany('Status filters');
    const make = async (name: string) => {
      const res = await t.call('POST', '/core/v3/employees', { auth: c.auth, body: { firstName: name, lastName: 'F' } });
      expect(res.statusCode, res.body).toBe(200);
      return res.json.data.id as string;
    };
    const active = await make('Active');
    const gone = await make('Gone');
    expect((await t.call('POST', `/core/v3/employees/${gone}/terminate`, { auth: c.auth, body: {} })).statusCode).toBe(200);
    const ids = async (query: string) => {
      const res = await t.call('GET', `/core/v3/employees?${query}`, { auth: c.auth });
      expect(res.statusCode, res.body).toBe(200);
      return res.json.data.map((e: { id: string }) => e.id);
    };
    expect(await ids('status=active&status[in]=inactive')).toEqual([]);
    expect(await ids('status=inactive&status[in]=active,inactive')).toEqual([gone]);
    expect(await ids('status=active')).toEqual([active]);
    expect((await ids('status[in]=active,inactive')).sort()).toEqual([active, gone].sort());
  });

  it('employee managers: permission=check&permission[in]=vacation lists nothing', async () => {
    const c = await t.newCompany('Permission filters');
    const make = async (name: string) =>
      (await t.call('POST', '/core/v3/employees', { auth: c.auth, body: { firstName: name, lastName: 'P' } })).json.data.id as string;
    const employee = await make('Employee');
    const manager = await make('Manager');
    for (const permission of ['check', 'vacation']) {
      const res = await t.call('POST', '/core/v3/employee-managers', {
        auth: c.auth,
        body: { employeeId: employee, managerId: manager, permission, order: 0 },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const permissions = async (query: string) => {
      const res = await t.call('GET', `/core/v3/employee-managers?${query}`, { auth: c.auth });
      expect(res.statusCode, res.body).toBe(200);
      return res.json.data.map((m: { permission: string }) => m.permission).sort();
    };
    expect(await permissions('permission=check&permission[in]=vacation')).toEqual([]);
    expect(await permissions('permission=check&permission[in]=check,vacation')).toEqual(['check']);
    expect(await permissions('permission[in]=check,vacation')).toEqual(['check', 'vacation']);
  });
});

describe('sorting on a field some employees leave empty: the same order on SQLite and PostgreSQL', () => {
  it('empty code, email or startDate sort first ascending and last descending', async () => {
    const c = await t.newCompany('Null sorting');
    const make = async (name: string, body: Record<string, unknown>) => {
      const res = await t.call('POST', '/core/v3/employees', { auth: c.auth, body: { firstName: name, lastName: 'S', ...body } });
      expect(res.statusCode, res.body).toBe(200);
      return name;
    };
    await make('Two', { code: 2, email: 'b@example.com', startDate: '2025-02-01' });
    await make('Empty', {});
    await make('One', { code: 1, email: 'a@example.com', startDate: '2025-01-01' });
    const names = async (orderBy: string) => {
      const res = await t.call('GET', `/core/v3/employees?orderBy=${encodeURIComponent(orderBy)}`, { auth: c.auth });
      expect(res.statusCode, res.body).toBe(200);
      return res.json.data.map((e: { firstName: string }) => e.firstName);
    };
    for (const field of ['code', 'email', 'startDate']) {
      expect(await names(`${field} asc`), field).toEqual(['Empty', 'One', 'Two']);
      expect(await names(`${field} desc`), field).toEqual(['Two', 'One', 'Empty']);
    }
    expect(await names('code desc, firstName asc')).toEqual(['Two', 'One', 'Empty']);
  });
});
