import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdjustableClock, adjustableClock } from '../../test/adjustable-clock.js';
import { createTestApp, type TestApp, type TestCompany } from '../../test/app-fixture.js';
import { diffOf, employeesByExternalId, enableSync, person, sync, toCsv } from './sync.test-kit.js';

/**
 * A file byte for byte identical to the last applied one is `skipped` only while nothing that could change what the
 * comparison reads was written since that file (the condition of the content fingerprint, sync-content.ts): the same
 * export sent again after the roster drifted repairs the drift, as the same records in other bytes do.
 */
let t: TestApp;
let clock: AdjustableClock;
beforeAll(async () => {
  clock = adjustableClock();
  t = await createTestApp({ clock });
});
afterAll(async () => t?.close());

/** Writes within a minute before a file started count as written after it (sync-content.ts): step past them. */
const minutes = (n: number) => clock.advance(n * 60_000);

async function company(): Promise<TestCompany> {
  const c = await t.newCompany();
  await enableSync(t, c);
  minutes(2);
  return c;
}

async function idOfNamed(c: TestCompany, path: string, name: string): Promise<string> {
  const res = await t.call('GET', `${path}?limit=100`, { auth: c.auth });
  const found = res.json.data.find((d: { name: string }) => d.name === name);
  expect(found, `${path} ${name}`).toBeDefined();
  return found.id;
}

const rows = [person('D1', { department: 'Management', job_title: 'Chief Executive' }), person('D2', { department: 'Sales' })];

describe('an identical file after the roster drifted', () => {
  it('is applied again after a department it names was renamed by hand, and skipped once nothing changed since', async () => {
    const c = await company();
    const body = toCsv(rows);
    const first = await sync(t, body, { auth: c.auth });
    expect(first).toMatchObject({ status: 'complete', counts: { created: 2 } });
    minutes(2);
    const rename = await t.call('PUT', `/core/v3/departments/${await idOfNamed(c, '/core/v3/departments', 'Sales')}`, {
      auth: c.auth,
      body: { name: 'Sales EU' },
    });
    expect(rename.statusCode, rename.body).toBe(200);
    minutes(2);
    const again = await sync(t, body, { auth: c.auth });
    expect(again).toMatchObject({ status: 'complete', sha256: first.sha256, counts: { updated: 1, unchanged: 1 } });
    expect(await diffOf(t, again.id, c)).toEqual([
      expect.objectContaining({ externalId: 'D2', changes: [{ field: 'department', before: 'Sales EU', after: 'Sales' }] }),
    ]);
    // The roster is the file's again, and nothing was written since: the same bytes are skipped now.
    minutes(2);
    const third = await sync(t, body, { auth: c.auth });
    expect(third).toMatchObject({ status: 'skipped', error: expect.stringContaining(again.id) });
  });

  it('is applied again after a job title it names was renamed by hand', async () => {
    const c = await company();
    const body = toCsv(rows);
    expect((await sync(t, body, { auth: c.auth })).status).toBe('complete');
    minutes(2);
    const id = await idOfNamed(c, '/core/v3/job-charges', 'Chief Executive');
    const rename = await t.call('PUT', `/core/v3/job-charges/${id}`, { auth: c.auth, body: { name: 'CEO' } });
    expect(rename.statusCode, rename.body).toBe(200);
    minutes(2);
    const again = await sync(t, body, { auth: c.auth });
    expect(again).toMatchObject({ status: 'complete', counts: { updated: 1, unchanged: 1 } });
    const d1 = (await employeesByExternalId(t, c)).get('D1');
    expect(d1.jobChargeId).toBe(await idOfNamed(c, '/core/v3/job-charges', 'Chief Executive'));
  });

  it('is still skipped after writes that cannot change what the comparison reads (an API key)', async () => {
    const c = await company();
    const body = toCsv(rows);
    const first = await sync(t, body, { auth: c.auth });
    expect(first.status).toBe('complete');
    minutes(2);
    await c.key(['core:read']);
    minutes(2);
    expect(await sync(t, body, { auth: c.auth })).toMatchObject({ status: 'skipped', error: expect.stringContaining(first.id) });
  });
});
