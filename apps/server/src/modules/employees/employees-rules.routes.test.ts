import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

let seq = 0;
async function newEmployee(body: Record<string, unknown> = {}) {
  seq += 1;
  const res = await t.call('POST', '/core/v3/employees', {
    body: { firstName: `Rule${seq}`, lastName: 'Case', email: `rule${seq}@example.com`, ...body },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data;
}

async function terminated() {
  const e = await newEmployee();
  expect((await t.call('POST', `/core/v3/employees/${e.id}/terminate`, { body: {} })).statusCode).toBe(200);
  return e;
}

describe('terminate: the body is optional', () => {
  it('a POST without a body terminates today, with no reason', async () => {
    const e = await newEmployee();
    const res = await t.call('POST', `/core/v3/employees/${e.id}/terminate`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json.data).toMatchObject({ id: e.id, status: 'inactive', terminationReason: null });
    expect(res.json.data.terminationDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A second one is still the 409 of an employee already terminated, not a validation error.
    expect((await t.call('POST', `/core/v3/employees/${e.id}/terminate`)).statusCode).toBe(409);
  });

  it('a body that is sent is still validated', async () => {
    const e = await newEmployee();
    const res = await t.call('POST', `/core/v3/employees/${e.id}/terminate`, { body: { date: '2026-02-30' } });
    expect(res.statusCode).toBe(400);
    expect(res.json.errors).toEqual([expect.objectContaining({ pointer: '/date' })]);
  });
});

describe('org-chart manager set through the employee: the same rules as the organisation-chart endpoint', () => {
  it('an inactive manager is a 422 on create and on update, as on PUT organization-chart-managers', async () => {
    const gone = await terminated();
    const created = await t.call('POST', '/core/v3/employees', { body: { firstName: 'New', lastName: 'Hire', managerId: gone.id } });
    expect(created.statusCode, created.body).toBe(422);
    expect(created.json.errors[0].pointer).toBe('/managerId');

    const e = await newEmployee();
    const updated = await t.call('PUT', `/core/v3/employees/${e.id}`, {
      body: { firstName: e.firstName, lastName: e.lastName, status: 'active', managerId: gone.id },
    });
    expect(updated.statusCode, updated.body).toBe(422);
    expect(updated.json.errors[0].pointer).toBe('/managerId');
    const orgChart = await t.call('PUT', `/core/v3/employee-profiles/organization-chart-managers/${e.id}`, {
      body: { managerId: gone.id },
    });
    expect(orgChart.statusCode).toBe(422);
  });

  it('a manager terminated after being set does not block other updates of the employee', async () => {
    const boss = await newEmployee();
    const e = await newEmployee({ managerId: boss.id });
    expect((await t.call('POST', `/core/v3/employees/${boss.id}/terminate`)).statusCode).toBe(200);
    // A client that PUTs back what it read (managerId included) only changes the description.
    const res = await t.call('PUT', `/core/v3/employees/${e.id}`, {
      body: { firstName: e.firstName, lastName: e.lastName, status: 'active', managerId: boss.id, description: 'moved' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json.data).toMatchObject({ managerId: boss.id, description: 'moved' });
    const same = await t.call('PUT', `/core/v3/employee-profiles/organization-chart-managers/${e.id}`, { body: { managerId: boss.id } });
    expect(same.statusCode, same.body).toBe(200);
  });
});

describe('employment dates stay in order', () => {
  it('a start date after the termination date is a 422 on PUT, as terminate refuses a date before the start', async () => {
    const e = await newEmployee({ startDate: '2025-01-01' });
    expect((await t.call('POST', `/core/v3/employees/${e.id}/terminate`, { body: { date: '2026-01-31' } })).statusCode).toBe(200);
    const res = await t.call('PUT', `/core/v3/employees/${e.id}`, {
      body: { firstName: e.firstName, lastName: e.lastName, status: 'inactive', startDate: '2026-03-01' },
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json.errors[0].pointer).toBe('/startDate');
    const ok = await t.call('PUT', `/core/v3/employees/${e.id}`, {
      body: { firstName: e.firstName, lastName: e.lastName, status: 'inactive', startDate: '2025-06-01' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json.data).toMatchObject({ startDate: '2025-06-01', terminationDate: '2026-01-31' });
    // An inactive pre-hire (created inactive, start in the future) is PUT back with its unchanged start date: fine.
    const preHire = await newEmployee({ status: 'inactive', startDate: '2099-01-01' });
    const again = await t.call('PUT', `/core/v3/employees/${preHire.id}`, {
      body: { firstName: preHire.firstName, lastName: preHire.lastName, status: 'inactive', startDate: '2099-01-01', description: 'x' },
    });
    expect(again.statusCode, again.body).toBe(200);
    // Reactivating clears the termination, so any start date fits again.
    const back = await t.call('PUT', `/core/v3/employees/${e.id}`, {
      body: { firstName: e.firstName, lastName: e.lastName, status: 'active', startDate: '2026-03-01' },
    });
    expect(back.statusCode, back.body).toBe(200);
  });
});

describe('list filter code: out-of-range values are a 400, never a database error', () => {
  it('code beyond the integer range or negative', async () => {
    await newEmployee({ code: 2147483647 });
    for (const code of ['2147483648', '99999999999', '-1']) {
      const res = await t.call('GET', `/core/v3/employees?code=${code}`);
      expect(res.statusCode, `${code}: ${res.body}`).toBe(400);
      expect(res.json.errors[0]).toMatchObject({ pointer: '/code', location: 'query', parameter: 'code' });
    }
    const max = await t.call('GET', '/core/v3/employees?code=2147483647');
    expect(max.statusCode).toBe(200);
    expect(max.json.meta.total).toBe(1);
  });
});
