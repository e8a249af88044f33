import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/app-fixture.js';

let t: TestApp;
let employee: { id: string };
let manager: { id: string };
let department: { id: string };
beforeAll(async () => {
  t = await createTestApp();
  const create = async (n: number) => {
    const res = await t.call('POST', '/core/v3/employees', { body: { firstName: `F${n}`, lastName: `L${n}`, email: `p${n}@example.com` } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json.data;
  };
  employee = await create(1);
  manager = await create(2);
  const dep = await t.call('POST', '/core/v3/departments', { body: { name: 'Ops' } });
  department = dep.json.data;
});
afterAll(async () => t?.close());

const upper = (id: string) => id.toUpperCase();

describe('UUIDs in upper case (as a SQL Server uniqueidentifier column gives them back) are the same ids', () => {
  it('in a path', async () => {
    const res = await t.call('GET', `/core/v3/employees/${upper(employee.id)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json.data.id).toBe(employee.id);
  });

  it('in a body: stored and answered in lower case', async () => {
    const put = await t.call('PUT', `/core/v3/employees/${upper(employee.id)}`, {
      body: { firstName: 'F1', lastName: 'L1', status: 'active', managerId: upper(manager.id) },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json.data.managerId).toBe(manager.id);
    const assign = await t.call('POST', '/core/v3/employee-department-assignations', {
      body: { employeeId: upper(employee.id), departmentId: upper(department.id) },
    });
    expect(assign.statusCode, assign.body).toBe(200);
    expect(assign.json.data.employee.id).toBe(employee.id);
  });

  it('in a query filter', async () => {
    const res = await t.call('GET', `/core/v3/employee-department-assignations?employeeId=${upper(employee.id)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json.meta.total).toBe(1);
  });

  it("another company's id in upper case is still a 404", async () => {
    const res = await t.call('GET', `/core/v3/employees/${upper(employee.id)}`, { auth: t.b.auth });
    expect(res.statusCode).toBe(404);
  });

  it('a string that is not a UUID keeps its case (externalId)', async () => {
    const put = await t.call('PUT', `/core/v3/employees/${employee.id}`, {
      body: { firstName: 'F1', lastName: 'L1', status: 'active', externalId: 'ABC-9F2504E0-4F89-11D3-9A0C-0305E82C3301' },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json.data.externalId).toBe('ABC-9F2504E0-4F89-11D3-9A0C-0305E82C3301');
    const guid = '9F2504E0-4F89-11D3-9A0C-0305E82C3301';
    const asGuid = await t.call('PUT', `/core/v3/employees/${employee.id}`, {
      body: { firstName: 'F1', lastName: 'L1', status: 'active', externalId: guid },
    });
    expect(asGuid.json.data.externalId).toBe(guid);
  });
});

describe('a NUL character (\\u0000) in a string is a 400 naming the field, on either database', () => {
  it('in a body', async () => {
    const res = await t.call('POST', '/core/v3/departments', { body: { name: 'A\u0000B' } });
    expect(res.statusCode).toBe(400);
    expect(res.json.errors).toEqual([{ pointer: '/name', message: 'must not contain the NUL character (\\u0000)' }]);
    const nested = await t.call('PUT', `/core/v3/employees/${employee.id}`, {
      body: { firstName: 'F1', lastName: 'L1', status: 'active', address: 'x\u0000' },
    });
    expect(nested.statusCode).toBe(400);
    expect(nested.json.errors).toEqual([expect.objectContaining({ pointer: '/address' })]);
    const list = await t.call('GET', '/core/v3/departments?name=Ops');
    expect(list.json.meta.total).toBe(1);
  });

  it('in a query parameter', async () => {
    const res = await t.call('GET', '/core/v3/employees?email=a%00b@example.com');
    expect(res.statusCode).toBe(400);
    expect(res.json.errors).toEqual([expect.objectContaining({ location: 'query', parameter: 'email' })]);
  });
});
