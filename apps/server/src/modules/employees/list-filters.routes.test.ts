import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { enableSync, person, sync, toCsv } from '../sync/sync.test-kit.js';

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

describe('names sort as people expect: accents and case do not count (db/sort-key.ts)', () => {
  it('employees by last and first name, both ways; a rename moves the employee', async () => {
    const c = await t.newCompany('Name order');
    const names: [string, string][] = [
      ['Zoe', 'Zapata'],
      ['Íñigo', 'Álvarez'],
      ['alba', 'álvarez'],
      ['Óscar', 'Ortega'],
      ['Bruno', 'benítez'],
      ['Ana', 'Alonso'],
    ];
    const ids = new Map<string, string>();
    for (const [firstName, lastName] of names) {
      const res = await t.call('POST', '/core/v3/employees', { auth: c.auth, body: { firstName, lastName } });
      expect(res.statusCode, res.body).toBe(200);
      ids.set(`${firstName} ${lastName}`, res.json.data.id);
    }
    const order = async (query = '') => {
      const res = await t.call('GET', `/core/v3/employees?limit=50${query}`, { auth: c.auth });
      expect(res.statusCode, res.body).toBe(200);
      return res.json.data.map((e: { firstName: string; lastName: string }) => `${e.firstName} ${e.lastName}`);
    };
    expect(await order()).toEqual(['Ana Alonso', 'alba álvarez', 'Íñigo Álvarez', 'Bruno benítez', 'Óscar Ortega', 'Zoe Zapata']);
    expect(await order('&orderBy=lastName%20desc,firstName%20desc')).toEqual([
      'Zoe Zapata',
      'Óscar Ortega',
      'Bruno benítez',
      'Íñigo Álvarez',
      'alba álvarez',
      'Ana Alonso',
    ]);
    expect(await order('&orderBy=firstName%20asc')).toEqual([
      'alba álvarez',
      'Ana Alonso',
      'Bruno benítez',
      'Íñigo Álvarez',
      'Óscar Ortega',
      'Zoe Zapata',
    ]);
    // By id (the tie-break of every order), either way.
    const byId = [...ids.entries()].sort((a, b) => (a[1] < b[1] ? -1 : 1)).map(([name]) => name);
    expect(await order('&orderBy=id%20asc')).toEqual(byId);
    expect(await order('&orderBy=id%20desc')).toEqual([...byId].reverse());
    const put = await t.call('PUT', `/core/v3/employees/${ids.get('Zoe Zapata')}`, {
      auth: c.auth,
      body: { firstName: 'Zoe', lastName: 'Ábalos', status: 'active' },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect((await order())[0]).toBe('Zoe Ábalos');
  });

  it('employees created and renamed by HR data sync sort the same way', async () => {
    const c = await t.newCompany('Synced name order');
    await enableSync(t, c);
    const rows = [
      person('E1', { surname: 'Zapata' }),
      person('E2', { surname: 'Álvarez' }),
      person('E3', { surname: 'benítez' }),
      person('E4', { surname: 'Ortega' }),
    ];
    expect((await sync(t, toCsv(rows), { auth: c.auth })).status).toBe('complete');
    const surnames = async () =>
      (await t.call('GET', '/core/v3/employees?limit=50', { auth: c.auth })).json.data.map((e: { lastName: string }) => e.lastName);
    expect(await surnames()).toEqual(['Álvarez', 'benítez', 'Ortega', 'Zapata']);
    rows[0] = person('E1', { surname: 'Ábalos' });
    expect((await sync(t, toCsv(rows), { auth: c.auth })).counts).toMatchObject({ updated: 1 });
    expect(await surnames()).toEqual(['Ábalos', 'Álvarez', 'benítez', 'Ortega']);
  });

  it('departments, offices, job charges, roles and custom fields by name', async () => {
    const c = await t.newCompany('Named order');
    const names = ['Ventas', 'área técnica', 'Compras', 'Éxito', 'almacén'];
    const expected = ['almacén', 'área técnica', 'Compras', 'Éxito', 'Ventas'];
    for (const [path, extra] of [
      ['/core/v3/departments', {}],
      ['/core/v3/offices', {}],
      ['/core/v3/job-charges', {}],
      ['/core/v3/custom-fields', { type: 'text' }],
    ] as const) {
      for (const name of names) {
        const res = await t.call('POST', path, { auth: c.auth, body: { name, ...extra } });
        expect({ path, status: res.statusCode }).toEqual({ path, status: 200 });
      }
      const list = await t.call('GET', `${path}?limit=50`, { auth: c.auth });
      expect({ path, names: list.json.data.map((r: { name: string }) => r.name) }).toEqual({ path, names: expected });
    }
    for (const name of ['zeta', 'Ámbito']) {
      expect((await t.call('POST', '/core/v3/roles', { auth: c.auth, body: { name } })).statusCode).toBe(200);
    }
    const roles = await t.call('GET', '/core/v3/roles?limit=50', { auth: c.auth });
    expect(roles.json.data.map((r: { name: string }) => r.name)).toEqual(['Admin', 'Ámbito', 'Employee', 'Manager', 'zeta']);
  });
});
