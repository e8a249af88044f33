import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enableSync, person, sync, toCsv } from '../../modules/sync/sync.test-kit.js';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('sandboxes: employeesCopied', () => {
  it('stays the number copied at creation while the sandbox roster changes, in get, list and the delete event', async () => {
    await enableSync(t, t.a, { removalThresholdPercent: 100 });
    await sync(t, toCsv([person('S1'), person('S2'), person('S3')]));

    const copied = (await t.call('POST', '/security/v1/sandboxes', { body: { name: 'With staff', copyEmployees: true } })).json.data;
    const empty = (await t.call('POST', '/security/v1/sandboxes', { body: { name: 'Configuration only' } })).json.data;
    expect(copied.employeesCopied).toBe(3);
    expect(empty.employeesCopied).toBe(0);

    // The sandboxes' own files change their rosters: one employee left in the first, two created in the second.
    const first = { authorization: `Bearer ${copied.adminKey.token}` };
    const second = { authorization: `Bearer ${empty.adminKey.token}` };
    expect((await sync(t, toCsv([person('S1')]), { auth: first })).status).toBe('complete');
    expect((await sync(t, toCsv([person('N1'), person('N2')]), { auth: second })).status).toBe('complete');

    const one = await t.call('GET', `/security/v1/sandboxes/${copied.id}`);
    expect(one.json.data.employeesCopied).toBe(3);
    const list = await t.call('GET', '/security/v1/sandboxes');
    expect(list.json.data.map((s: { name: string; employeesCopied: number }) => [s.name, s.employeesCopied])).toEqual([
      ['With staff', 3],
      ['Configuration only', 0],
    ]);

    expect((await t.call('DELETE', `/security/v1/sandboxes/${empty.id}`)).statusCode).toBe(200);
    const deleted = await t.db.db
      .selectFrom('events')
      .select('data')
      .where('companyId', '=', t.a.company.id)
      .where('type', '=', 'sandbox.deleted')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(deleted.data).employeesCopied).toBe(0);
  });
});

describe('sandboxes: no way round the sensitive scopes', () => {
  it('the admin key of a sandbox holds its creator’s scopes, and values the creator may not read are not copied', async () => {
    const e = (
      await t.call('POST', '/core/v3/employees', {
        auth: t.b.auth,
        body: { firstName: 'Pri', lastName: 'Vate', nid: 'NID-SB-1', ssn: 'SSN-SB-1', pricePerHour: 30, accountNumber: 'ES-SB-1' },
      })
    ).json.data;
    expect(e.id).toBeTruthy();
    const creator = await t.b.key(['security:read', 'security:write', 'core:read']);
    const res = await t.call('POST', '/security/v1/sandboxes', { auth: creator.auth, body: { name: 'Limited', copyEmployees: true } });
    expect(res.statusCode, res.body).toBe(200);
    const sandboxKey = { authorization: `Bearer ${res.json.data.adminKey.token}` };
    const info = await t.call('GET', '/core/v3/info', { auth: sandboxKey });
    expect([...info.json.data.apiKey.scopes].sort()).toEqual(['core:read', 'security:read', 'security:write']);
    // It cannot make itself a key with more.
    const wider = await t.call('POST', '/security/v1/api-keys', { auth: sandboxKey, body: { name: 'x', scopes: ['personal:read'] } });
    expect(wider.statusCode).toBe(403);
    const copied = await t.db.db
      .selectFrom('employees')
      .select(['firstName', 'nid', 'ssn', 'pricePerHour', 'accountNumber'])
      .where('companyId', '=', res.json.data.id)
      .where('externalId', 'is', null)
      .where('firstName', '=', 'Pri')
      .executeTakeFirstOrThrow();
    expect(copied).toEqual({ firstName: 'Pri', nid: null, ssn: null, pricePerHour: null, accountNumber: null });
    // A creator holding the scopes copies the values.
    const full = await t.b.key(['security:read', 'security:write', 'core:read', 'personal:read', 'compensation:read']);
    const all = (await t.call('POST', '/security/v1/sandboxes', { auth: full.auth, body: { name: 'Full', copyEmployees: true } })).json
      .data;
    const fullKey = { authorization: `Bearer ${all.adminKey.token}` };
    const listed = (await t.call('GET', '/core/v3/employees?limit=500', { auth: fullKey })).json.data.find(
      (x: { firstName: string }) => x.firstName === 'Pri',
    );
    expect(listed).toMatchObject({ nid: 'NID-SB-1', ssn: 'SSN-SB-1', pricePerHour: 30, accountNumber: 'ES-SB-1' });
    expect(e.id).not.toBe(listed.id);
  });
});
