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

/** What a write leaves behind for one resource: its audit rows and the events of its kind in the change feed. */
async function traces(c: TestCompany, id: string, eventTypes: string) {
  return {
    audit: (await t.call('GET', `/security/v1/audit-logs?resourceId=${id}`, { auth: c.auth })).json.meta.total,
    events: (await t.call('GET', `/event/v1/events?limit=100&types=${eventTypes}`, { auth: c.auth })).json.data.length,
  };
}

/**
 * Creates a resource with `create`, then PUTs `same` (the record as it is, give or take what the server normalises) a
 * minute later: 200 with the resource as it was, the same ETag, updatedAt kept, no audit row, no event. Then PUTs
 * `changed`, which is written as usual.
 */
async function expectOnlyRealChangesWritten(
  url: string,
  eventTypes: string,
  bodies: { create: object; same: object; changed: object },
  changes: string[],
) {
  const c = await t.newCompany();
  const created = await t.call('POST', url, { auth: c.auth, body: bodies.create });
  expect(created.statusCode, created.body).toBe(200);
  const id = created.json.data.id as string;
  const read = await t.call('GET', `${url}/${id}`, { auth: c.auth });
  const before = await traces(c, id, eventTypes);

  clock.advance(60_000);
  const put = await t.call('PUT', `${url}/${id}`, { auth: c.auth, body: bodies.same });
  expect(put.statusCode, put.body).toBe(200);
  expect(put.json.data).toEqual(read.json.data);
  expect(put.headers.etag).toBe(read.headers.etag);
  const again = await t.call('GET', `${url}/${id}`, { auth: c.auth });
  expect(again.json.data.updatedAt).toBe(read.json.data.updatedAt);
  expect(again.headers.etag).toBe(read.headers.etag);
  expect(await traces(c, id, eventTypes)).toEqual(before);

  const write = await t.call('PUT', `${url}/${id}`, { auth: c.auth, body: bodies.changed });
  expect(write.statusCode, write.body).toBe(200);
  expect(write.json.data.updatedAt).not.toBe(read.json.data.updatedAt);
  expect(write.headers.etag).not.toBe(read.headers.etag);
  expect(await traces(c, id, eventTypes)).toEqual({ audit: before.audit + 1, events: before.events + 1 });
  const feed = await t.call('GET', `/event/v1/events?limit=100&types=${eventTypes}`, { auth: c.auth });
  expect(feed.json.data.at(-1)).toMatchObject({ changes });
}

describe('a PUT that changes nothing is not a write', () => {
  it('custom fields: the same name and slug, or the name alone (the slug keeps its value)', async () => {
    const create = { name: 'Preferred OS', slug: 'cf_os', type: 'text' };
    await expectOnlyRealChangesWritten(
      '/core/v3/custom-fields',
      'custom_field.*',
      { create, same: { name: 'Preferred OS', slug: 'cf_os' }, changed: { name: 'Preferred OS', slug: 'cf_operating_system' } },
      ['slug'],
    );
    await expectOnlyRealChangesWritten(
      '/core/v3/custom-fields',
      'custom_field.*',
      { create, same: { name: ' Preferred OS ' }, changed: { name: 'Operating system' } },
      ['name'],
    );
  });
});
