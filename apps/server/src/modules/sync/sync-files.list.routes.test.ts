import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestCompany } from '../../test/app-fixture.js';
import { expectOrderByRefused, idsInOrder } from '../../test/order-by.js';
import { enableSync, person, toCsv, upload } from './sync.test-kit.js';

// A fixed clock: the files below are scheduled far ahead, so the runner leaves them as this file stamps them.
const now = '2026-03-02T08:00:00.000Z';
const later = 'processAt=2026-12-31T00:00:00Z';
const positionsCsv = 'position_id,position_title,parent_position_id,employee_id\nP1,Boss,,\n';

let t: TestApp;
let c: TestCompany;
const file: Record<string, string> = {};

async function uploaded(name: string, options: Parameters<typeof upload>[2]) {
  const res = await upload(t, options?.kind === 'positions' ? positionsCsv : toCsv([person('F1')]), { auth: c.auth, ...options });
  expect(res.statusCode, res.body).toBe(202);
  file[name] = res.json.data.id;
  return res.json.data as { id: string; dryRun: boolean; status: string; kind: string };
}

beforeAll(async () => {
  t = await createTestApp({ clock: { now: () => new Date(now) } });
  c = await t.newCompany('Sorted Files Co');
  await enableSync(t, c);
});
afterAll(async () => t?.close());

describe('dryRun takes true/false and 1/0', () => {
  it('on every upload path: employee and position files, and the Workstars aliases', async () => {
    expect(await uploaded('F1', { query: `dryRun=1&${later}` })).toMatchObject({ dryRun: true, status: 'scheduled', kind: 'employees' });
    expect(await uploaded('F2', { kind: 'positions', query: `dryRun=0&${later}` })).toMatchObject({
      dryRun: false,
      kind: 'positions',
    });
    expect(await uploaded('F3', { url: '/admin/api/v2/hrdatasync/employee', query: `dryRun=1&${later}` })).toMatchObject({
      dryRun: true,
      kind: 'employees',
    });
    expect(
      await uploaded('F4', { kind: 'positions', url: '/admin/api/v2/hrdatasync/position', query: `dryRun=false&${later}` }),
    ).toMatchObject({ dryRun: false, kind: 'positions' });
    const bad = await upload(t, toCsv([person('F1')]), { auth: c.auth, query: 'dryRun=yes' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors.map((e: { parameter: string }) => e.parameter)).toContain('dryRun');
    expect(bad.json.errors.map((e: { message: string }) => e.message)).toContain('must be one of: true, false, 1, 0');
  });
});

describe('GET /sync/v1/files: orderBy, updatedAt and dryRun filters', () => {
  beforeAll(async () => {
    // createdAt, updatedAt, finishedAt, status. F1 and F2 share createdAt: the id or a second field decides.
    const stamps: [string, string, string, string | null, 'complete' | 'scheduled' | 'error' | 'cancelled'][] = [
      ['F1', '2026-02-01T09:00:00.000Z', '2026-02-05T09:00:00.000Z', '2026-02-05T09:00:00.000Z', 'complete'],
      ['F2', '2026-02-01T09:00:00.000Z', '2026-02-02T09:00:00.000Z', null, 'scheduled'],
      ['F3', '2026-02-03T09:00:00.000Z', '2026-02-04T09:00:00.000Z', '2026-02-04T09:00:00.000Z', 'error'],
      ['F4', '2026-02-04T09:00:00.000Z', '2026-02-06T09:00:00.000Z', '2026-02-03T09:00:00.000Z', 'cancelled'],
    ];
    for (const [name, createdAt, updatedAt, finishedAt, status] of stamps) {
      await t.db.db
        .updateTable('syncFiles')
        .set({ createdAt, updatedAt, finishedAt, status })
        .where('id', '=', file[name] as string)
        .execute();
    }
  });

  const url = '/sync/v1/files';
  const order = (orderBy?: string) => idsInOrder(t, url, orderBy, c.auth);
  const filtered = (query: string) => idsInOrder(t, `${url}?${query}`, undefined, c.auth);

  it('lists newest first by default, ties on id', async () => {
    const tied = [file.F1, file.F2].sort();
    expect(await order()).toEqual([file.F4, file.F3, ...tied]);
    expect(await order('createdAt asc')).toEqual([...tied, file.F3, file.F4]);
  });

  it('sorts by updatedAt, finishedAt (a file not finished counts as the latest), status and kind, asc and desc', async () => {
    const { F1, F2, F3, F4 } = file;
    expect(await order('updatedAt asc')).toEqual([F2, F3, F1, F4]);
    expect(await order('updatedAt desc')).toEqual([F4, F1, F3, F2]);
    expect(await order('finishedAt asc')).toEqual([F4, F3, F1, F2]);
    expect(await order('finishedAt desc')).toEqual([F2, F1, F3, F4]);
    expect(await order('status asc')).toEqual([F4, F1, F3, F2]);
    expect(await order('status desc')).toEqual([F2, F3, F1, F4]);
    expect(await order('kind asc, createdAt desc')).toEqual([F3, F1, F4, F2]);
    expect(await order('kind desc, createdAt asc')).toEqual([F2, F4, F1, F3]);
  });

  it('refuses an unknown sort field or direction with a 400 naming orderBy', async () => {
    for (const bad of ['sha256', 'progress desc', 'createdAt latest']) {
      await expectOrderByRefused(t, url, bad, ['createdAt', 'updatedAt', 'finishedAt', 'status', 'kind'], c.auth);
    }
  });

  it('filters on updatedAt, createdAt and dryRun (true/false or 1/0)', async () => {
    const { F1, F2, F3, F4 } = file;
    expect(await filtered('updatedAt[gte]=2026-02-05')).toEqual([F4, F1]);
    expect(await filtered('updatedAt[lte]=2026-02-04')).toEqual([F3, F2]);
    expect(await filtered('createdAt[gte]=2026-02-03&orderBy=createdAt%20asc')).toEqual([F3, F4]);
    expect(await filtered('dryRun=1')).toEqual([F3, F1]);
    expect(await filtered('dryRun=true')).toEqual([F3, F1]);
    expect(await filtered('dryRun=0')).toEqual([F4, F2]);
    expect(await filtered('dryRun=false&orderBy=finishedAt%20asc')).toEqual([F4, F2]);
    const bad = await t.call('GET', `${url}?dryRun=2&updatedAt[gte]=2026-02-31`, { auth: c.auth });
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors.map((e: { parameter: string }) => e.parameter)).toContain('dryRun');
    const badDay = await t.call('GET', `${url}?updatedAt[gte]=2026-02-31`, { auth: c.auth });
    expect(badDay.statusCode).toBe(400);
    expect(badDay.json.errors[0]).toMatchObject({ location: 'query', parameter: 'updatedAt[gte]' });
  });

  it('never lists another company’s files', async () => {
    const other = await idsInOrder(t, `${url}?orderBy=finishedAt%20desc&updatedAt[gte]=2000-01-01`, undefined, t.b.auth);
    for (const id of Object.values(file)) expect(other).not.toContain(id);
  });
});
