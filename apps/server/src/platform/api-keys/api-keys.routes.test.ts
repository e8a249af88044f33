import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestCompany } from '../../test/app-fixture.js';
import { expectOrderByRefused, idsInOrder } from '../../test/order-by.js';

// A fixed clock: the admin key used for the calls is "used" now, so sign-ins never move its lastUsedAt.
const now = '2026-03-02T08:00:00.000Z';
let t: TestApp;
let c: TestCompany;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ clock: { now: () => new Date(now) } });
  c = await t.newCompany('Keys Co');
  const listed = await t.call('GET', '/security/v1/api-keys', { auth: c.auth });
  ids.admin = listed.json.data[0].id;
  for (const name of ['Payroll', 'Badges', 'Time clock']) {
    const res = await t.call('POST', '/security/v1/api-keys', { auth: c.auth, body: { name, scopes: ['core:read'] } });
    expect(res.statusCode, res.body).toBe(200);
    ids[name] = res.json.data.id;
  }
  // Distinct instants per key ("Badges" and "Time clock" share createdAt: the id breaks the tie).
  const stamps: [string, string, string, string | null][] = [
    ['admin', '2026-02-01T09:00:00.000Z', '2026-02-05T09:00:00.000Z', now],
    ['Payroll', '2026-02-02T09:00:00.000Z', '2026-02-02T09:00:00.000Z', null],
    ['Badges', '2026-02-03T09:00:00.000Z', '2026-02-04T09:00:00.000Z', '2026-02-20T09:00:00.000Z'],
    ['Time clock', '2026-02-03T09:00:00.000Z', '2026-02-06T09:00:00.000Z', '2026-02-10T09:00:00.000Z'],
  ];
  for (const [key, createdAt, updatedAt, lastUsedAt] of stamps) {
    await t.db.db
      .updateTable('apiKeys')
      .set({ createdAt, updatedAt, lastUsedAt })
      .where('id', '=', ids[key] as string)
      .execute();
  }
});
afterAll(async () => t?.close());

const url = '/security/v1/api-keys';
const order = (orderBy?: string) => idsInOrder(t, url, orderBy, c.auth);

describe('GET /security/v1/api-keys: orderBy and updatedAt filters', () => {
  it('lists oldest first by default, ties on id', async () => {
    const [badges, timeClock] = [ids.Badges as string, ids['Time clock'] as string].sort();
    expect(await order()).toEqual([ids.admin, ids.Payroll, badges, timeClock]);
  });

  it('sorts by name, createdAt, updatedAt and lastUsedAt, asc and desc (a key never used is the least recently used)', async () => {
    const { admin, Payroll, Badges, 'Time clock': timeClock } = ids;
    expect(await order('name asc')).toEqual([admin, Badges, Payroll, timeClock]);
    expect(await order('name desc')).toEqual([timeClock, Payroll, Badges, admin]);
    expect(await order('createdAt desc, name desc')).toEqual([timeClock, Badges, Payroll, admin]);
    expect(await order('createdAt asc, name asc')).toEqual([admin, Payroll, Badges, timeClock]);
    expect(await order('updatedAt asc')).toEqual([Payroll, Badges, admin, timeClock]);
    expect(await order('updatedAt desc')).toEqual([timeClock, admin, Badges, Payroll]);
    expect(await order('lastUsedAt asc')).toEqual([Payroll, timeClock, Badges, admin]);
    expect(await order('lastUsedAt desc')).toEqual([admin, Badges, timeClock, Payroll]);
    const all = [admin, Payroll, Badges, timeClock] as string[];
    expect(await order('id asc')).toEqual([...all].sort());
    expect(await order('id desc')).toEqual([...all].sort().reverse());
  });

  it('refuses an unknown field or direction with a 400 naming orderBy', async () => {
    for (const bad of ['prefix', 'name sideways', 'tokenHash desc']) {
      await expectOrderByRefused(t, url, bad, ['name', 'createdAt', 'updatedAt', 'lastUsedAt', 'id'], c.auth);
    }
  });

  it('filters on updatedAt[gte] / updatedAt[lte], a day alone covering the whole day', async () => {
    const list = async (query: string) => {
      const res = await t.call('GET', `${url}?${query}`, { auth: c.auth });
      expect(res.statusCode, res.body).toBe(200);
      return res.json.data.map((k: { id: string }) => k.id);
    };
    expect(await list('updatedAt[gte]=2026-02-05')).toEqual([ids.admin, ids['Time clock']]);
    expect(await list('updatedAt[lte]=2026-02-04')).toEqual([ids.Payroll, ids.Badges]);
    expect(await list(`updatedAt[gte]=${encodeURIComponent('2026-02-04T10:00:00+01:00')}&updatedAt[lte]=2026-02-05`)).toEqual([
      ids.admin,
      ids.Badges,
    ]);
    const bad = await t.call('GET', `${url}?updatedAt[gte]=2026-02-30`, { auth: c.auth });
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors[0]).toMatchObject({ location: 'query', parameter: 'updatedAt[gte]' });
  });

  it('never lists another company’s keys', async () => {
    const other = await t.call('GET', `${url}?orderBy=${encodeURIComponent('createdAt desc')}&updatedAt[gte]=2000-01-01`, {
      auth: t.b.auth,
    });
    expect(other.statusCode).toBe(200);
    const theirs = other.json.data.map((k: { id: string }) => k.id);
    expect(theirs.length).toBeGreaterThan(0);
    for (const id of Object.values(ids)) expect(theirs).not.toContain(id);
  });
});

describe('API key names', () => {
  it('refuses a name of only spaces (400 naming /name) on create and update, and trims a padded one', async () => {
    const other = await t.newCompany('Blank Keys Co');
    const blank = await t.call('POST', url, { auth: other.auth, body: { name: '   ', scopes: ['core:read'] } });
    expect(blank.statusCode).toBe(400);
    expect(blank.json.errors).toEqual([expect.objectContaining({ pointer: '/name' })]);
    expect((await t.call('GET', url, { auth: other.auth })).json.meta.total).toBe(1);
    const padded = await t.call('POST', url, { auth: other.auth, body: { name: ' Payroll export ', scopes: ['core:read'] } });
    expect(padded.statusCode, padded.body).toBe(200);
    expect(padded.json.data.name).toBe('Payroll export');
    const id = padded.json.data.id;
    const put = await t.call('PUT', `${url}/${id}`, { auth: other.auth, body: { name: ' \t' } });
    expect(put.statusCode).toBe(400);
    expect(put.json.errors).toEqual([expect.objectContaining({ pointer: '/name' })]);
    const renamed = await t.call('PUT', `${url}/${id}`, { auth: other.auth, body: { name: 'Payroll  ' } });
    expect(renamed.json.data.name).toBe('Payroll');
  });
});
