import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestCompany } from '../../test/app-fixture.js';
import { expectOrderByRefused, idsInOrder } from '../../test/order-by.js';

let t: TestApp;
let c: TestCompany;
/** Audit entry id by action, for the entries this file stamps. */
const entry: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  c = await t.newCompany('Audited Co');
  const sales = await t.call('POST', '/core/v3/departments', { auth: c.auth, body: { name: 'Sales' } });
  expect(sales.statusCode, sales.body).toBe(200);
  await t.call('PUT', `/core/v3/departments/${sales.json.data.id}`, { auth: c.auth, body: { name: 'Sales EMEA' } });
  await t.call('POST', '/core/v3/offices', { auth: c.auth, body: { name: 'Madrid' } });
  await t.call('POST', '/core/v3/job-charges', { auth: c.auth, body: { name: 'Picker' } });
  const all = await t.call('GET', '/security/v1/audit-logs?limit=500', { auth: c.auth });
  // createdAt per action; department.updated and job_charge.created share theirs, so the id or a second field decides.
  const stamps: Record<string, string> = {
    'department.created': '2026-02-03T09:00:00.000Z',
    'department.updated': '2026-02-02T09:00:00.000Z',
    'office.created': '2026-02-01T09:00:00.000Z',
    'job_charge.created': '2026-02-02T09:00:00.000Z',
  };
  for (const e of all.json.data as { id: string; action: string }[]) {
    const createdAt = stamps[e.action] ?? '2020-01-01T00:00:00.000Z';
    if (stamps[e.action]) entry[e.action] = e.id;
    await t.db.db.updateTable('auditLogs').set({ createdAt }).where('id', '=', e.id).execute();
  }
  expect(Object.keys(entry).sort()).toEqual(Object.keys(stamps).sort());
});
afterAll(async () => t?.close());

const url = '/security/v1/audit-logs?createdAt[gte]=2026-01-01';

describe('GET /security/v1/audit-logs: orderBy', () => {
  it('lists newest first by default, ties on id', async () => {
    const tied = [entry['department.updated'], entry['job_charge.created']].sort();
    expect(await idsInOrder(t, url, undefined, c.auth)).toEqual([entry['department.created'], ...tied, entry['office.created']]);
  });

  it('sorts by createdAt, action and resourceType, asc and desc', async () => {
    const order = (orderBy: string) => idsInOrder(t, url, orderBy, c.auth);
    const { 'department.created': deptCreated, 'department.updated': deptUpdated, 'office.created': office } = entry;
    const job = entry['job_charge.created'];
    expect(await order('createdAt asc, action asc')).toEqual([office, deptUpdated, job, deptCreated]);
    expect(await order('createdAt desc, action desc')).toEqual([deptCreated, job, deptUpdated, office]);
    expect(await order('action asc')).toEqual([deptCreated, deptUpdated, job, office]);
    expect(await order('action desc')).toEqual([office, job, deptUpdated, deptCreated]);
    expect(await order('resourceType asc, createdAt desc')).toEqual([deptCreated, deptUpdated, job, office]);
    expect(await order('resourceType desc, createdAt asc')).toEqual([office, job, deptUpdated, deptCreated]);
  });

  it('keeps the createdAt filters, refuses an unknown sort with a 400 naming orderBy, and shows only its company', async () => {
    const window = '/security/v1/audit-logs?createdAt[gte]=2026-02-02&createdAt[lte]=2026-02-02&orderBy=action';
    expect(await idsInOrder(t, window, undefined, c.auth)).toEqual([entry['department.updated'], entry['job_charge.created']]);
    for (const bad of ['actorId', 'updatedAt desc', 'createdAt newest']) {
      await expectOrderByRefused(t, '/security/v1/audit-logs', bad, ['createdAt', 'action', 'resourceType'], c.auth);
    }
    const other = await idsInOrder(t, '/security/v1/audit-logs?limit=500&orderBy=createdAt%20asc', undefined, t.b.auth);
    for (const id of Object.values(entry)) expect(other).not.toContain(id);
  });

  it('filters by one action or several: comma-separated, repeated or action[]', async () => {
    const both = [entry['office.created'], entry['job_charge.created']].sort();
    for (const query of [
      'action=office.created,job_charge.created',
      'action=office.created&action=job_charge.created',
      'action[]=office.created&action[]=job_charge.created',
    ]) {
      const ids = await idsInOrder(t, `${url}&${query}`, undefined, c.auth);
      expect([...ids].sort(), query).toEqual(both);
    }
    expect(await idsInOrder(t, `${url}&action=office.created`, undefined, c.auth)).toEqual([entry['office.created']]);
  });

  it('refuses malformed ids and operators it lacks in its filters (a 400, not an empty or a whole list)', async () => {
    const bad = await t.call('GET', '/security/v1/audit-logs?actorId=not-a-uuid&resourceId=zzz', { auth: c.auth });
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual(['actorId', 'resourceId']);
    const operator = await t.call('GET', '/security/v1/audit-logs?action[in]=a,b', { auth: c.auth });
    expect(operator.statusCode).toBe(400);
    expect(operator.json.errors[0]).toMatchObject({ parameter: 'action[in]', message: expect.stringContaining('createdAt[gte]') });
  });
});

describe('GET /security/v1/audit-logs: what a key may read', () => {
  it('shows before/after only to a key that may read the changed resource', async () => {
    const auditor = await c.key(['security:read']);
    const both = await c.key(['security:read', 'core:read']);
    const entries = async (auth: Record<string, string>) =>
      (await t.call('GET', '/security/v1/audit-logs?resourceType=department&limit=500', { auth })).json.data as {
        action: string;
        before: unknown;
        after: { name?: string } | null;
      }[];
    const hidden = await entries(auditor.auth);
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((e) => e.before === null && e.after === null)).toBe(true);
    expect(hidden.map((e) => e.action)).toContain('department.updated');
    const shown = await entries(both.auth);
    expect(shown.find((e) => e.action === 'department.updated')?.after?.name).toBe('Sales EMEA');
    // Keys are the auditor's own business: their entries keep before/after.
    const keys = await t.call('GET', '/security/v1/audit-logs?resourceType=api_key&limit=500', { auth: auditor.auth });
    expect(keys.json.data.length).toBeGreaterThan(0);
    expect(keys.json.data.every((e: { after: unknown }) => e.after !== null)).toBe(true);
  });
});
