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
 * PUTs `same` (the record as it is, give or take what the server normalises) a minute later: 200 with the resource as
 * it was, the same ETag, updatedAt kept, no audit row, no event. Then PUTs `changed`, which is written as usual.
 */
async function expectOnlyRealChangesWritten(url: string, eventTypes: string, same: object, changed: object, changes: string[]) {
  const c = await t.newCompany();
  const created = await t.call('POST', url, { auth: c.auth, body: same });
  expect(created.statusCode, created.body).toBe(200);
  const id = created.json.data.id as string;
  const read = await t.call('GET', `${url}/${id}`, { auth: c.auth });
  const before = await traces(c, id, eventTypes);

  clock.advance(60_000);
  const put = await t.call('PUT', `${url}/${id}`, { auth: c.auth, body: same });
  expect(put.statusCode, put.body).toBe(200);
  expect(put.json.data).toEqual(read.json.data);
  expect(put.headers.etag).toBe(read.headers.etag);
  const again = await t.call('GET', `${url}/${id}`, { auth: c.auth });
  expect(again.json.data.updatedAt).toBe(read.json.data.updatedAt);
  expect(again.headers.etag).toBe(read.headers.etag);
  expect(await traces(c, id, eventTypes)).toEqual(before);
  const since = new Date(clock.nowMs() - 1000).toISOString();
  expect((await t.call('GET', `${url}?updatedAt[gte]=${encodeURIComponent(since)}`, { auth: c.auth })).json.meta.total).toBe(0);

  const write = await t.call('PUT', `${url}/${id}`, { auth: c.auth, body: changed });
  expect(write.statusCode, write.body).toBe(200);
  expect(write.json.data.updatedAt).not.toBe(read.json.data.updatedAt);
  expect(write.headers.etag).not.toBe(read.headers.etag);
  expect(await traces(c, id, eventTypes)).toEqual({ audit: before.audit + 1, events: before.events + 1 });
  const feed = await t.call('GET', `/event/v1/events?limit=100&types=${eventTypes}`, { auth: c.auth });
  expect(feed.json.data.at(-1)).toMatchObject({ changes });
}

describe('a PUT that changes nothing is not a write', () => {
  it('departments: the same name (spaces around it are trimmed) and parent', async () => {
    const c = await t.newCompany();
    const parent = (await t.call('POST', '/core/v3/departments', { auth: c.auth, body: { name: 'Parent' } })).json.data;
    // The tree as an ERP re-sends it every night: the parent too (it then has a child with a parent of its own).
    await expectOnlyRealChangesWritten('/core/v3/departments', 'department.*', { name: 'Research' }, { name: 'R&D' }, ['name']);
    const child = (await t.call('POST', '/core/v3/departments', { auth: c.auth, body: { name: 'Child', parentId: parent.id } })).json.data;
    const before = await traces(c, child.id, 'department.*');
    clock.advance(60_000);
    const put = await t.call('PUT', `/core/v3/departments/${child.id}`, { auth: c.auth, body: { name: '  Child ', parentId: parent.id } });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json.data).toEqual(child);
    expect(await traces(c, child.id, 'department.*')).toEqual(before);
    const moved = await t.call('PUT', `/core/v3/departments/${child.id}`, { auth: c.auth, body: { name: 'Child', parentId: null } });
    expect(moved.json.data).toMatchObject({ parentId: null });
    expect(moved.json.data.updatedAt).not.toBe(child.updatedAt);
    expect(await traces(c, child.id, 'department.*')).toEqual({ audit: before.audit + 1, events: before.events + 1 });
  });

  it('offices: every field sent again, the time zone under another spelling of the same zone', async () => {
    const office = {
      name: 'Madrid HQ',
      description: 'Head office',
      address: 'Gran Vía 1',
      coordinates: { latitude: 40.4168, longitude: -3.7038 },
      radio: 150,
      timezone: 'Europe/Madrid',
    };
    await expectOnlyRealChangesWritten('/core/v3/offices', 'office.*', office, { ...office, radio: 200 }, ['radio']);
    const c = await t.newCompany();
    const created = (await t.call('POST', '/core/v3/offices', { auth: c.auth, body: office })).json.data;
    const before = await traces(c, created.id, 'office.*');
    clock.advance(60_000);
    const put = await t.call('PUT', `/core/v3/offices/${created.id}`, { auth: c.auth, body: { ...office, timezone: 'europe/madrid' } });
    expect(put.json.data).toEqual(created);
    // Only the name: the other fields keep their values, so nothing changes either.
    const nameOnly = await t.call('PUT', `/core/v3/offices/${created.id}`, { auth: c.auth, body: { name: 'Madrid HQ' } });
    expect(nameOnly.json.data).toEqual(created);
    expect(await traces(c, created.id, 'office.*')).toEqual(before);
  });

  it('job charges: the same name and description', async () => {
    const charge = { name: 'Engineer', description: 'Builds things' };
    await expectOnlyRealChangesWritten('/core/v3/job-charges', 'job_charge.*', charge, { ...charge, description: 'Fixes things' }, [
      'description',
    ]);
  });
});
