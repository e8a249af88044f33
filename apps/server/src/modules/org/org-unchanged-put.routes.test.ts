import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdjustableClock, adjustableClock } from '../../test/adjustable-clock.js';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { unchangedPutChecks } from '../../test/unchanged-put.js';

let t: TestApp;
let clock: AdjustableClock;
beforeAll(async () => {
  clock = adjustableClock();
  t = await createTestApp({ clock });
});
afterAll(async () => t?.close());

const { traces, expectOnlyRealChangesWritten } = unchangedPutChecks(
  () => t,
  () => clock,
);

describe('a PUT that changes nothing is not a write', () => {
  it('departments: the same name (spaces around it are trimmed) and parent', async () => {
    const c = await t.newCompany();
    const parent = (await t.call('POST', '/core/v3/departments', { auth: c.auth, body: { name: 'Parent' } })).json.data;
    // The tree as an ERP re-sends it every night: the parent too (it then has a child with a parent of its own).
    await expectOnlyRealChangesWritten(
      '/core/v3/departments',
      'department.*',
      { create: { name: 'Research' }, same: { name: 'Research' }, changed: { name: 'R&D' } },
      ['name'],
    );
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
    await expectOnlyRealChangesWritten(
      '/core/v3/offices',
      'office.*',
      { create: office, same: office, changed: { ...office, radio: 200 } },
      ['radio'],
    );
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
    await expectOnlyRealChangesWritten(
      '/core/v3/job-charges',
      'job_charge.*',
      { create: charge, same: charge, changed: { ...charge, description: 'Fixes things' } },
      ['description'],
    );
  });
});
