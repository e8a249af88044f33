import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeesByExternalId, enableSync, person, sync, toCsv } from '../../modules/sync/sync.test-kit.js';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { expectOrderByRefused, idsInOrder } from '../../test/order-by.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('sandboxes', () => {
  it('copies the live configuration (and employees on request); its key works only there; its files never touch the live company', async () => {
    const live = t.a;
    const parent = (await t.call('POST', '/core/v3/departments', { body: { name: 'Operations' } })).json.data;
    await t.call('POST', '/core/v3/departments', { body: { name: 'Warehouse', parentId: parent.id } });
    await t.call('POST', '/core/v3/offices', { body: { name: 'Valencia' } });
    await t.call('POST', '/core/v3/job-charges', { body: { name: 'Picker' } });
    await t.call('POST', '/core/v3/roles', { body: { name: 'Shift lead' } });
    await t.call('POST', '/core/v3/custom-fields', { body: { name: 'Badge', type: 'text' } });
    await t.call('POST', '/sync/v1/mappings', { body: { name: 'SAP', columns: { PERNR: 'externalId' } } });
    await enableSync(t, live, { removalThresholdPercent: 40, notificationEmails: ['it@example.com'] });
    await sync(t, toCsv([person('V1'), person('V2', { line_manager_id: 'V1', department: 'Warehouse' })]));
    const liveBefore = JSON.stringify([...(await employeesByExternalId(t, live)).values()]);

    const created = await t.call('POST', '/security/v1/sandboxes', { body: { name: 'Test system', copyEmployees: true } });
    expect(created.statusCode, created.body).toBe(200);
    const sandbox = created.json.data;
    expect(sandbox).toMatchObject({
      name: 'Test system',
      liveCompanyId: live.company.id,
      employeesCopied: 2,
      adminKey: { token: expect.stringMatching(/^rk_/) },
    });
    const auth = { authorization: `Bearer ${sandbox.adminKey.token}` };
    const info = await t.call('GET', '/core/v3/info', { auth });
    expect(info.json.data.company).toMatchObject({ id: sandbox.id, name: 'Test system' });

    const departments = (await t.call('GET', '/core/v3/departments', { auth })).json.data;
    expect(departments.map((d: { name: string }) => d.name).sort()).toEqual(['Operations', 'Sales', 'Warehouse']);
    const warehouse = departments.find((d: { name: string }) => d.name === 'Warehouse');
    expect(warehouse.parentId).toBe(departments.find((d: { name: string }) => d.name === 'Operations').id);
    expect(warehouse.parentId).not.toBe(parent.id);
    expect((await t.call('GET', '/core/v3/offices', { auth })).json.data.map((o: { name: string }) => o.name)).toEqual(['Valencia']);
    expect((await t.call('GET', '/core/v3/job-charges', { auth })).json.meta.total).toBe(1);
    expect((await t.call('GET', '/core/v3/roles', { auth })).json.data.map((r: { name: string }) => r.name)).toContain('Shift lead');
    expect((await t.call('GET', '/core/v3/custom-fields', { auth })).json.data.map((f: { slug: string }) => f.slug).sort()).toEqual([
      'cf_badge',
      'cf_employee_type',
    ]);
    expect((await t.call('GET', '/sync/v1/mappings', { auth })).json.data[0]).toMatchObject({
      name: 'SAP',
      columns: { PERNR: 'externalId' },
    });
    expect((await t.call('GET', '/sync/v1/settings', { auth })).json.data).toMatchObject({ enabled: true, removalThresholdPercent: 40 });
    const copied = await employeesByExternalId(t, { auth } as never);
    expect(copied.get('V2').managerId).toBe(copied.get('V1').id);
    const liveIds = await employeesByExternalId(t, live);
    expect(copied.get('V1').id).not.toBe(liveIds.get('V1').id);
    expect(copied.get('V2').customFields[0]).toMatchObject({ slug: 'cf_employee_type', value: 'Full time' });
    const inWarehouse = await t.call('GET', `/core/v3/employees?departmentIds=${warehouse.id}`, { auth });
    expect(inWarehouse.json.data.map((e: { externalId: string }) => e.externalId)).toEqual(['V2']);

    // Isolation both ways.
    expect((await t.call('GET', `/core/v3/employees/${liveIds.get('V1').id}`, { auth })).statusCode).toBe(404);
    expect((await t.call('GET', `/core/v3/employees/${copied.get('V1').id}`)).statusCode).toBe(404);
    const file = await sync(
      t,
      toCsv([person('V1', { surname: 'Sandboxed' }), person('V2', { line_manager_id: 'V1', department: 'Warehouse' }), person('S9')]),
      {
        auth,
      },
    );
    expect(file).toMatchObject({ status: 'complete', counts: { created: 1, updated: 1, unchanged: 1 } });
    expect(JSON.stringify([...(await employeesByExternalId(t, live)).values()])).toBe(liveBefore);
    expect((await t.call('GET', `/sync/v1/files/${file.id}`)).statusCode).toBe(404);

    // No sandboxes of sandboxes; listing and deleting from the live company.
    expect((await t.call('POST', '/security/v1/sandboxes', { auth, body: {} })).statusCode).toBe(409);
    const plain = await t.call('POST', '/security/v1/sandboxes', { body: {} });
    expect(plain.json.data).toMatchObject({ name: 'Company A (sandbox)', employeesCopied: 0 });
    const list = await t.call('GET', '/security/v1/sandboxes');
    expect(list.json.data.map((s: { id: string; employeesCopied: number }) => s.id)).toEqual([sandbox.id, plain.json.data.id]);
    expect((await t.call('GET', '/security/v1/sandboxes', { auth: t.b.auth })).json.meta.total).toBe(0);
    expect((await t.call('DELETE', `/security/v1/sandboxes/${sandbox.id}`, { auth: t.b.auth })).statusCode).toBe(404);
    expect((await t.call('GET', `/security/v1/sandboxes/${sandbox.id}`)).statusCode).toBe(200);
    expect((await t.call('DELETE', `/security/v1/sandboxes/${sandbox.id}`)).statusCode).toBe(200);
    expect((await t.call('GET', '/core/v3/info', { auth })).statusCode).toBe(401);
    expect((await t.call('GET', '/security/v1/sandboxes')).json.meta.total).toBe(1);
    const events = await t.db.db
      .selectFrom('events')
      .select('type')
      .where('companyId', '=', live.company.id)
      .where('type', 'like', 'sandbox.%')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.type)).toEqual(['sandbox.created', 'sandbox.created', 'sandbox.deleted']);

    const reader = await live.key(['security:read']);
    expect((await t.call('POST', '/security/v1/sandboxes', { auth: reader.auth, body: {} })).statusCode).toBe(403);
    expect((await t.call('GET', '/security/v1/sandboxes', { auth: (await live.key(['core:read'])).auth })).statusCode).toBe(403);
  });
  it('answers GET with an ETag (304 on If-None-Match) and honours If-Match on DELETE', async () => {
    const live = await t.newCompany();
    const created = await t.call('POST', '/security/v1/sandboxes', { auth: live.auth, body: { name: 'ETag test' } });
    const url = `/security/v1/sandboxes/${created.json.data.id}`;
    const read = await t.call('GET', url, { auth: live.auth });
    const etag = read.headers.etag as string;
    expect(etag).toMatch(/^"/);
    expect((await t.call('GET', url, { auth: live.auth, headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    expect((await t.call('DELETE', url, { auth: live.auth, headers: { 'if-match': '"stale"' } })).statusCode).toBe(412);
    expect((await t.call('DELETE', url, { auth: live.auth, headers: { 'if-match': etag } })).statusCode).toBe(200);
  });
});

describe('GET /security/v1/sandboxes: orderBy and updatedAt filters', () => {
  it('sorts by createdAt (default), name and updatedAt both ways, filters on updatedAt, and lists only its own sandboxes', async () => {
    const live = await t.newCompany('Sorted Sandboxes Co');
    const made: Record<string, string> = {};
    // name, createdAt, updatedAt: "Training" and "Staging" share createdAt, so the id or a second field decides.
    const rows: [string, string, string][] = [
      ['Training', '2026-02-01T09:00:00.000Z', '2026-02-08T09:00:00.000Z'],
      ['Staging', '2026-02-01T09:00:00.000Z', '2026-02-02T09:00:00.000Z'],
      ['Demo', '2026-02-04T09:00:00.000Z', '2026-02-05T09:00:00.000Z'],
    ];
    for (const [name, createdAt, updatedAt] of rows) {
      const res = await t.call('POST', '/security/v1/sandboxes', { auth: live.auth, body: { name } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json.data.updatedAt).toBe(res.json.data.createdAt);
      made[name] = res.json.data.id;
      await t.db.db.updateTable('companies').set({ createdAt, updatedAt }).where('id', '=', res.json.data.id).execute();
    }
    const { Training, Staging, Demo } = made;
    const url = '/security/v1/sandboxes';
    const order = (orderBy?: string) => idsInOrder(t, url, orderBy, live.auth);
    const tied = [Training, Staging].sort();
    expect(await order()).toEqual([...tied, Demo]);
    expect(await order('createdAt desc')).toEqual([Demo, ...tied]);
    expect(await order('createdAt asc, name asc')).toEqual([Staging, Training, Demo]);
    expect(await order('createdAt asc, name desc')).toEqual([Training, Staging, Demo]);
    expect(await order('name asc')).toEqual([Demo, Staging, Training]);
    expect(await order('name desc')).toEqual([Training, Staging, Demo]);
    expect(await order('updatedAt asc')).toEqual([Staging, Demo, Training]);
    expect(await order('updatedAt desc')).toEqual([Training, Demo, Staging]);
    expect(await order('id asc')).toEqual([Training, Staging, Demo].sort());
    expect(await order('id desc')).toEqual([Training, Staging, Demo].sort().reverse());
    await expectOrderByRefused(t, url, 'employeesCopied desc', ['name', 'createdAt', 'updatedAt', 'id'], live.auth);

    const listed = await t.call('GET', `${url}/${Demo}`, { auth: live.auth });
    expect(listed.json.data).toMatchObject({ createdAt: '2026-02-04T09:00:00+00:00', updatedAt: '2026-02-05T09:00:00+00:00' });
    const changed = (query: string) => idsInOrder(t, `${url}?${query}`, undefined, live.auth);
    expect(await changed('updatedAt[gte]=2026-02-05')).toEqual([Training, Demo]);
    expect(await changed('updatedAt[lte]=2026-02-05')).toEqual([Staging, Demo]);
    expect((await t.call('GET', `${url}?updatedAt[gte]=2026-13-01`, { auth: live.auth })).statusCode).toBe(400);

    const other = await t.call('GET', `${url}?orderBy=name&updatedAt[gte]=2000-01-01`, { auth: t.b.auth });
    expect(other.statusCode).toBe(200);
    for (const id of Object.values(made)) expect(other.json.data.map((s: { id: string }) => s.id)).not.toContain(id);
  });

  it('allows a bounded number of sandboxes per company: the next is a 409 until one is deleted', async () => {
    const c = await t.newCompany('Many Sandboxes');
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await t.call('POST', '/security/v1/sandboxes', { auth: c.auth, body: { name: `Box ${i}` } });
      expect(res.statusCode, res.body).toBe(200);
      ids.push(res.json.data.id);
    }
    const over = await t.call('POST', '/security/v1/sandboxes', { auth: c.auth, body: { name: 'One too many' } });
    expect(over.statusCode).toBe(409);
    expect(over.json.detail).toContain('at most 10 sandboxes');
    expect((await t.call('DELETE', `/security/v1/sandboxes/${ids[0]}`, { auth: c.auth })).statusCode).toBe(200);
    expect((await t.call('POST', '/security/v1/sandboxes', { auth: c.auth, body: { name: 'Room again' } })).statusCode).toBe(200);
  });
});

describe('sandbox names', () => {
  it('refuses a name of only spaces (400 naming /name) rather than giving the default; trims a padded one', async () => {
    const live = await t.newCompany('Named Sandboxes Co');
    const url = '/security/v1/sandboxes';
    const blank = await t.call('POST', url, { auth: live.auth, body: { name: '   ' } });
    expect(blank.statusCode).toBe(400);
    expect(blank.json.errors).toEqual([expect.objectContaining({ pointer: '/name' })]);
    expect((await t.call('GET', url, { auth: live.auth })).json.meta.total).toBe(0);
    const padded = await t.call('POST', url, { auth: live.auth, body: { name: '  QA  ' } });
    expect(padded.statusCode, padded.body).toBe(200);
    expect(padded.json.data.name).toBe('QA');
    // Not sent: the default name.
    const unnamed = await t.call('POST', url, { auth: live.auth, body: {} });
    expect(unnamed.json.data.name).toBe('Named Sandboxes Co (sandbox)');
  });
});
