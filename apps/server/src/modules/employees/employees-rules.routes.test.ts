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
