import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { expectOrderByRefused } from '../../test/order-by.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('GET /webhook/v1/deliveries: the order is documented like every list', () => {
  it('names the default order, the sortable fields and the id tie-breaker in its description', async () => {
    const spec = await t.call('GET', '/openapi.json', { auth: {} });
    const op = spec.json.paths['/webhook/v1/deliveries'].get;
    expect(op.description).toContain(
      'Sorted by `createdAt desc` (newest first) unless `orderBy` says otherwise. Sortable fields: `createdAt`, `updatedAt`; ties break on `id`.',
    );
    expect(op.parameters.map((p: { name: string }) => p.name)).toContain('orderBy');
  });

  it('refuses an unknown sort field with a 400 naming orderBy', async () => {
    await expectOrderByRefused(t, '/webhook/v1/deliveries', 'status desc', ['createdAt', 'updatedAt']);
  });
});

describe('GET /webhook/v1/deliveries?eventType=', () => {
  it('refuses a name that is no event type with a 400 saying why, instead of an empty list', async () => {
    const unknown = await t.call('GET', '/webhook/v1/deliveries?eventType=nope');
    expect(unknown.statusCode, unknown.body).toBe(400);
    expect(unknown.json.errors).toEqual([
      expect.objectContaining({ location: 'query', parameter: 'eventType', message: expect.stringContaining('unknown event type "nope"') }),
    ]);
    const verb = await t.call('GET', '/webhook/v1/deliveries?eventType=employee.promoted');
    expect(verb.statusCode).toBe(400);
    expect(verb.json.errors[0].message).toContain('employee.created, employee.deleted');
    const wildcard = await t.call('GET', '/webhook/v1/deliveries?eventType=payroll.*');
    expect(wildcard.statusCode).toBe(400);
    expect(wildcard.json.errors[0].message).toContain('matches no event type');
    const test = await t.call('GET', '/webhook/v1/deliveries?eventType=webhook.test');
    expect(test.statusCode).toBe(400);
    expect(test.json.errors[0].message).toContain('never in the change feed, the delivery log');
  });

  it('accepts event types and wildcards', async () => {
    for (const eventType of ['employee.updated', 'employee.*', '*']) {
      const res = await t.call('GET', `/webhook/v1/deliveries?eventType=${encodeURIComponent(eventType)}`);
      expect(res.statusCode, `${eventType}: ${res.body}`).toBe(200);
    }
  });
});
