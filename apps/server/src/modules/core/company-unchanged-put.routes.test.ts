import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdjustableClock, adjustableClock } from '../../test/adjustable-clock.js';
import { createTestApp, type TestApp, type TestCompany } from '../../test/app-fixture.js';

let t: TestApp;
let clock: AdjustableClock;
beforeAll(async () => {
  clock = adjustableClock();
  t = await createTestApp({ clock });
});
afterAll(async () => t?.close());

/** What a write leaves behind for the company: its audit rows and the company events in the change feed. */
async function traces(c: TestCompany) {
  return {
    audit: (await t.call('GET', `/security/v1/audit-logs?resourceId=${c.company.id}`, { auth: c.auth })).json.meta.total,
    events: (await t.call('GET', '/event/v1/events?limit=100&types=company.*', { auth: c.auth })).json.data.length,
  };
}

describe('PUT /core/v3/companies/{id} that changes nothing', () => {
  it('is not a write: same answer and ETag, updatedAt kept, no audit row, no event; a real change is written', async () => {
    const c = await t.newCompany('Nightly Co');
    const url = `/core/v3/companies/${c.company.id}`;
    const body = { name: 'Nightly Co', notificationEmail: 'hr@example.com', language: 'es-ES', timezone: 'Europe/Madrid' };
    const first = await t.call('PUT', url, { auth: c.auth, body });
    expect(first.statusCode, first.body).toBe(200);
    const before = await traces(c);

    clock.advance(60_000);
    // The time zone under another spelling of the same zone, or not sent (it keeps its value): nothing changes.
    for (const same of [
      { ...body, timezone: 'europe/madrid' },
      { name: 'Nightly Co', notificationEmail: 'hr@example.com', language: 'es-ES' },
    ]) {
      const put = await t.call('PUT', url, { auth: c.auth, body: same });
      expect(put.statusCode, put.body).toBe(200);
      expect(put.json.data).toEqual(first.json.data);
      expect(put.headers.etag).toBe(first.headers.etag);
    }
    expect((await t.call('GET', '/core/v3/info', { auth: c.auth })).json.data.company.updatedAt).toBe(first.json.data.updatedAt);
    expect(await traces(c)).toEqual(before);

    const changed = await t.call('PUT', url, { auth: c.auth, body: { ...body, language: 'en-GB' } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json.data.updatedAt).not.toBe(first.json.data.updatedAt);
    expect(changed.headers.etag).not.toBe(first.headers.etag);
    expect(await traces(c)).toEqual({ audit: before.audit + 1, events: before.events + 1 });
    const feed = await t.call('GET', '/event/v1/events?limit=100&types=company.*', { auth: c.auth });
    expect(feed.json.data.at(-1)).toMatchObject({ type: 'company.updated', changes: ['language'] });
  });
});
