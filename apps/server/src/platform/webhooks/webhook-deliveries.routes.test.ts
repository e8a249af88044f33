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
