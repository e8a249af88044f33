import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('custom-field values of type date', () => {
  it('an impossible day (2026-02-30, 2026-04-31, month 13) is a 400, never rolled over; leap days are fine', async () => {
    const field = await t.call('POST', '/core/v3/custom-fields', { body: { name: 'Member since', type: 'date' } });
    expect(field.statusCode, field.body).toBe(200);
    const id = field.json.data.id;
    const employee = await t.call('POST', '/core/v3/employees', { body: { firstName: 'Dana', lastName: 'Date' } });
    expect(employee.statusCode, employee.body).toBe(200);
    const put = (value: string) =>
      t.call('PUT', `/core/v3/employees/${employee.json.data.id}`, {
        body: { firstName: 'Dana', lastName: 'Date', status: 'active', customFields: [{ id, value }] },
      });

    for (const value of ['2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00']) {
      const res = await put(value);
      expect(res.statusCode, value).toBe(400);
      expect(res.json.errors, value).toEqual([{ pointer: '/customFields/0/value', message: 'must be a date (YYYY-MM-DD)' }]);
    }
    const created = await t.call('POST', '/core/v3/employees', {
      body: { firstName: 'Eve', lastName: 'Date', customFields: [{ id, value: '2025-02-29' }] },
    });
    expect(created.statusCode).toBe(400);

    const leap = await put('2024-02-29');
    expect(leap.statusCode, leap.body).toBe(200);
    expect(leap.json.data.customFields).toEqual([expect.objectContaining({ id, value: '2024-02-29' })]);
  });
});
