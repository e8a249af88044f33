import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';

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

    const token = { authorization: `Bearer ${key.json.data.token}` };
    expect((await t.call('GET', '/sync/v1/settings', { auth: token })).statusCode).toBe(200);
    expect((await t.call('DELETE', `/security/v1/technical-users/${user.id}`)).statusCode).toBe(200);
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
    expect(events.map((e) => e.type).sort()).toEqual(['api_key.revoked', 'api_key.revoked', 'technical_user.deleted']);
  });
});
