import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { expectOrderByRefused, idsInOrder } from '../../test/order-by.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('technical users', () => {
  it('CRUD, unique names, validation, scopes and tenant isolation', async () => {
    const res = await t.call('POST', '/security/v1/technical-users', {
      body: { name: 'SAP export', email: 'sap-bot@example.com', description: 'Nightly' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const user = res.json.data;
    expect(user).toMatchObject({ name: 'SAP export', email: 'sap-bot@example.com', description: 'Nightly', activeApiKeys: 0 });
    expect(
      (await t.call('POST', '/security/v1/technical-users', { body: { name: 'SAP export', email: 'x@example.com' } })).statusCode,
    ).toBe(409);
    const bad = await t.call('POST', '/security/v1/technical-users', { body: { name: '', email: 'nope' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/email', '/name']);
    const updated = await t.call('PUT', `/security/v1/technical-users/${user.id}`, { body: { email: 'sap@example.com' } });
    expect(updated.json.data).toMatchObject({ name: 'SAP export', email: 'sap@example.com' });
    expect((await t.call('GET', '/security/v1/technical-users')).json.meta.total).toBe(1);
    const got = await t.call('GET', `/security/v1/technical-users/${user.id}`);
    expect(got.headers.etag).toBeTruthy();
    expect((await t.call('GET', `/security/v1/technical-users/${user.id}`, { auth: t.b.auth })).statusCode).toBe(404);
    expect((await t.call('GET', '/security/v1/technical-users', { auth: t.b.auth })).json.meta.total).toBe(0);
    const reader = await t.a.key(['security:read']);
    expect((await t.call('GET', '/security/v1/technical-users', { auth: reader.auth })).statusCode).toBe(200);
    expect(
      (await t.call('POST', '/security/v1/technical-users', { auth: reader.auth, body: { name: 'x', email: 'x@example.com' } })).statusCode,
    ).toBe(403);
    expect((await t.call('GET', '/security/v1/technical-users', { auth: (await t.a.key(['sync:read'])).auth })).statusCode).toBe(403);
    expect((await t.call('GET', '/security/v1/technical-users', { auth: {} })).statusCode).toBe(401);
  });

  it('refuses a name of only spaces (400 naming /name) on create and update, and trims a padded one', async () => {
    const c = await t.newCompany('Blank Bots Co');
    const url = '/security/v1/technical-users';
    for (const name of ['   ', '\t ']) {
      const blank = await t.call('POST', url, { auth: c.auth, body: { name, email: 'blank@example.com' } });
      expect(blank.statusCode, JSON.stringify(name)).toBe(400);
      expect(blank.json.errors).toEqual([expect.objectContaining({ pointer: '/name' })]);
    }
    expect((await t.call('GET', url, { auth: c.auth })).json.meta.total).toBe(0);
    const padded = await t.call('POST', url, { auth: c.auth, body: { name: '  HR feed  ', email: 'feed@example.com' } });
    expect(padded.statusCode, padded.body).toBe(200);
    expect(padded.json.data.name).toBe('HR feed');
    const put = await t.call('PUT', `${url}/${padded.json.data.id}`, { auth: c.auth, body: { name: '  ' } });
    expect(put.statusCode).toBe(400);
    expect(put.json.errors).toEqual([expect.objectContaining({ pointer: '/name' })]);
    expect((await t.call('GET', `${url}/${padded.json.data.id}`, { auth: c.auth })).json.data.name).toBe('HR feed');
  });

  it('owns API keys (shown on the key); deleting it revokes them', async () => {
    const user = (await t.call('POST', '/security/v1/technical-users', { body: { name: 'Workday bot', email: 'wd@example.com' } })).json
      .data;
    const key = await t.call('POST', '/security/v1/api-keys', {
      body: { name: 'Workday upload', scopes: ['sync:write', 'sync:read'], technicalUserId: user.id },
    });
    expect(key.statusCode, key.body).toBe(200);
    expect(key.json.data.technicalUserId).toBe(user.id);
    const other = await t.call('POST', '/security/v1/api-keys', { body: { name: 'Plain', scopes: ['core:read'] } });
    expect(other.json.data.technicalUserId).toBeNull();
    const moved = await t.call('PUT', `/security/v1/api-keys/${other.json.data.id}`, { body: { technicalUserId: user.id } });
    expect(moved.json.data.technicalUserId).toBe(user.id);
    expect((await t.call('GET', `/security/v1/technical-users/${user.id}`)).json.data.activeApiKeys).toBe(2);
    const theirs = (
      await t.call('POST', '/security/v1/technical-users', { auth: t.b.auth, body: { name: 'B bot', email: 'b@example.com' } })
    ).json.data;
    expect(
      (await t.call('POST', '/security/v1/api-keys', { body: { name: 'x', scopes: ['core:read'], technicalUserId: theirs.id } }))
        .statusCode,
    ).toBe(404);

    // A key revoked before its owner goes.
    const retired = await t.call('POST', '/security/v1/api-keys', {
      body: { name: 'Retired', scopes: ['core:read'], technicalUserId: user.id },
    });
    expect((await t.call('DELETE', `/security/v1/api-keys/${retired.json.data.id}`)).statusCode).toBe(200);

    const token = { authorization: `Bearer ${key.json.data.token}` };
    expect((await t.call('GET', '/sync/v1/settings', { auth: token })).statusCode).toBe(200);
    expect((await t.call('DELETE', `/security/v1/technical-users/${user.id}`)).statusCode).toBe(200);
    // Every key's last event shows it as it now stands: without its owner.
    for (const id of [key.json.data.id, retired.json.data.id]) {
      const last = await t.db.db
        .selectFrom('events')
        .select(['type', 'data'])
        .where('resourceId', '=', id)
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(last.data).technicalUserId, last.type).toBeNull();
    }
    expect((await t.call('GET', '/sync/v1/settings', { auth: token })).statusCode).toBe(401);
    const keyAfter = await t.call('GET', `/security/v1/api-keys/${key.json.data.id}`);
    expect(keyAfter.json.data).toMatchObject({ status: 'revoked', technicalUserId: null });
    expect((await t.call('GET', `/security/v1/technical-users/${user.id}`)).statusCode).toBe(404);
    const events = await t.db.db
      .selectFrom('events')
      .select('type')
      .where('companyId', '=', t.a.company.id)
      .where('type', 'in', ['api_key.revoked', 'technical_user.deleted'])
      .execute();
    expect(events.map((e) => e.type).sort()).toEqual(['api_key.revoked', 'api_key.revoked', 'api_key.revoked', 'technical_user.deleted']);
  });
});

describe('GET /security/v1/technical-users: orderBy and updatedAt filters', () => {
  it('sorts by name (default), email, createdAt and updatedAt both ways, filters on updatedAt, and stays in its company', async () => {
    const c = await t.newCompany('Bots Co');
    const made: Record<string, string> = {};
    // name, email, createdAt, updatedAt: "Payroll" and "Badges" share createdAt, so the id or a second field decides.
    const rows: [string, string, string, string][] = [
      ['Payroll', 'zz-payroll@example.com', '2026-02-02T09:00:00.000Z', '2026-02-09T09:00:00.000Z'],
      ['Badges', 'aa-badges@example.com', '2026-02-02T09:00:00.000Z', '2026-02-03T09:00:00.000Z'],
      ['Access', 'mm-access@example.com', '2026-02-05T09:00:00.000Z', '2026-02-06T09:00:00.000Z'],
    ];
    for (const [name, email, createdAt, updatedAt] of rows) {
      const res = await t.call('POST', '/security/v1/technical-users', { auth: c.auth, body: { name, email } });
      expect(res.statusCode, res.body).toBe(200);
      made[name] = res.json.data.id;
      await t.db.db.updateTable('technicalUsers').set({ createdAt, updatedAt }).where('id', '=', res.json.data.id).execute();
    }
    const { Payroll, Badges, Access } = made;
    const url = '/security/v1/technical-users';
    const order = (orderBy?: string) => idsInOrder(t, url, orderBy, c.auth);
    expect(await order()).toEqual([Access, Badges, Payroll]);
    expect(await order('name desc')).toEqual([Payroll, Badges, Access]);
    expect(await order('email asc')).toEqual([Badges, Access, Payroll]);
    expect(await order('email desc')).toEqual([Payroll, Access, Badges]);
    expect(await order('createdAt asc, name asc')).toEqual([Badges, Payroll, Access]);
    expect(await order('createdAt desc, name desc')).toEqual([Access, Payroll, Badges]);
    const tied = [Badges, Payroll].sort();
    expect(await order('createdAt asc')).toEqual([...tied, Access]);
    expect(await order('updatedAt asc')).toEqual([Badges, Access, Payroll]);
    expect(await order('updatedAt desc')).toEqual([Payroll, Access, Badges]);
    expect(await order('id asc')).toEqual([Payroll, Badges, Access].sort());
    expect(await order('id desc')).toEqual([Payroll, Badges, Access].sort().reverse());
    await expectOrderByRefused(t, url, 'description asc', ['name', 'email', 'createdAt', 'updatedAt', 'id'], c.auth);
    await expectOrderByRefused(t, url, 'name upward', ['name', 'email', 'createdAt', 'updatedAt', 'id'], c.auth);

    const changed = (query: string) => idsInOrder(t, `${url}?${query}`, undefined, c.auth);
    expect(await changed('updatedAt[gte]=2026-02-06')).toEqual([Access, Payroll]);
    expect(await changed('updatedAt[lte]=2026-02-06')).toEqual([Access, Badges]);
    expect(await changed('updatedAt[gte]=2026-02-04&updatedAt[lte]=2026-02-08')).toEqual([Access]);
    const bad = await t.call('GET', `${url}?updatedAt[lte]=soon`, { auth: c.auth });
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors[0]).toMatchObject({ location: 'query', parameter: 'updatedAt[lte]' });

    const other = await t.call('GET', `${url}?orderBy=name&updatedAt[gte]=2000-01-01`, { auth: t.b.auth });
    expect(other.statusCode).toBe(200);
    for (const id of Object.values(made)) expect(other.json.data.map((u: { id: string }) => u.id)).not.toContain(id);
  });
});
