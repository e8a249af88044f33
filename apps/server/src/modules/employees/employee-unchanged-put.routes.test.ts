import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdjustableClock, adjustableClock } from '../../test/adjustable-clock.js';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';

let t: TestApp;
let clock: AdjustableClock;
beforeAll(async () => {
  clock = adjustableClock();
  t = await createTestApp({ clock });
});
afterAll(async () => t?.close());

describe('PUT /core/v3/employees/{id} that changes nothing', () => {
  it('writes nothing: same updatedAt, no audit row, no event; a real change after it is recorded as usual', async () => {
    const c = await t.newCompany();
    const body = { firstName: 'Ana', lastName: 'Ruiz', email: 'ana@example.com', status: 'active', phone: '+34 600 000 001' };
    const created = (await t.call('POST', '/core/v3/employees', { auth: c.auth, body })).json.data;
    const count = async () => ({
      audit: (await t.call('GET', `/security/v1/audit-logs?resourceId=${created.id}`, { auth: c.auth })).json.meta.total,
      events: (await t.call('GET', '/event/v1/events?limit=100&types=employee.*', { auth: c.auth })).json.data.length,
    });
    const before = await count();
    clock.advance(60_000);
    const same = await t.call('PUT', `/core/v3/employees/${created.id}`, { auth: c.auth, body });
    expect(same.statusCode).toBe(200);
    expect(same.json.data).toEqual(created);
    expect(await count()).toEqual(before);
    const since = await t.call('GET', `/core/v3/employees?updatedAt[gte]=${encodeURIComponent(new Date(clock.nowMs()).toISOString())}`, {
      auth: c.auth,
    });
    expect(since.json.meta.total).toBe(0);

    const changed = await t.call('PUT', `/core/v3/employees/${created.id}`, { auth: c.auth, body: { ...body, phone: '+34 600 000 002' } });
    expect(changed.json.data.updatedAt).not.toBe(created.updatedAt);
    expect(await count()).toEqual({ audit: before.audit + 1, events: before.events + 1 });
    const feed = await t.call('GET', '/event/v1/events?limit=100&types=employee.updated', { auth: c.auth });
    expect(feed.json.data.at(-1).changes).toEqual(['phone']);
  });
});
