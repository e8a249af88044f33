import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryRateLimiter } from '../http/rate-limit.js';
import { createTestApp, type TestApp } from '../test/app-fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('authentication', () => {
  it('accepts Bearer, X-API-KEY and Basic api-key:<token>', async () => {
    const basic = `Basic ${Buffer.from(`api-key:${t.a.token}`).toString('base64')}`;
    const variants: Record<string, string>[] = [
      { authorization: `Bearer ${t.a.token}` },
      { 'x-api-key': t.a.token },
      { authorization: basic },
    ];
    for (const headers of variants) {
      const res = await t.call('GET', '/core/v3/info', { auth: headers });
      expect(res.statusCode, JSON.stringify(headers)).toBe(200);
      expect(res.json.data.company.id).toBe(t.a.company.id);
    }
    const wrongUser = `Basic ${Buffer.from(`admin:${t.a.token}`).toString('base64')}`;
    expect((await t.call('GET', '/core/v3/info', { auth: { authorization: wrongUser } })).statusCode).toBe(401);
  });

  it('info shows the company and the key (name, scopes, limit)', async () => {
    const key = await t.a.key(['core:read']);
    const res = await t.call('GET', '/core/v3/info', { auth: key.auth });
    expect(res.json.data.apiKey).toMatchObject({ id: key.id, scopes: ['core:read'], rateLimitPerMinute: 1000 });
    expect(res.json.data.company).toMatchObject({ name: 'Company A', language: 'en-GB', region: 'eu1' });
  });

  it('stores only a hash of the token, with a visible prefix', async () => {
    const rows = await t.db.db.selectFrom('apiKeys').selectAll().where('companyId', '=', t.a.company.id).execute();
    for (const row of rows) {
      expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(row)).not.toContain(t.a.token);
    }
    expect(rows.some((r) => t.a.token.startsWith(r.prefix))).toBe(true);
  });

  it('enforces the IP allow-list', async () => {
    const allowed = await t.a.key(['core:read'], { ipAllowList: ['127.0.0.0/8'] });
    expect((await t.call('GET', '/core/v3/info', { auth: allowed.auth })).statusCode).toBe(200);
    const denied = await t.a.key(['core:read'], { ipAllowList: ['10.1.2.3'] });
    const res = await t.call('GET', '/core/v3/info', { auth: denied.auth });
    expect(res.statusCode).toBe(403);
    // It spends the caller's address budget (so a leaked token used from elsewhere is limited too), with its headers.
    expect(res.headers['ratelimit-policy']).toBeDefined();
    const remaining = (r: { headers: Record<string, unknown> }) => Number(/r=(\d+)/.exec(String(r.headers.ratelimit))?.[1]);
    const again = await t.call('GET', '/core/v3/info', { auth: denied.auth });
    expect(remaining(again)).toBe(remaining(res) - 1);
    const unknown = await t.call('GET', '/core/v3/info', { auth: { authorization: 'Bearer rk_unknown' } });
    expect(remaining(unknown)).toBe(remaining(again) - 1);
  });
});

describe('API keys', () => {
  it('a key sets no rate limit above its own, for itself or a key it creates', async () => {
    const limited = await t.a.key(['security:read', 'security:write', 'core:read'], { rateLimitPerMinute: 10 });
    const raise = await t.call('PUT', `/security/v1/api-keys/${limited.id}`, {
      auth: limited.auth,
      body: { rateLimitPerMinute: 1_000_000 },
    });
    expect(raise.statusCode).toBe(403);
    expect(raise.json.errors[0].pointer).toBe('/rateLimitPerMinute');
    // No limit of its own would put it on the company's budget: a raise too.
    expect(
      (await t.call('PUT', `/security/v1/api-keys/${limited.id}`, { auth: limited.auth, body: { rateLimitPerMinute: null } })).statusCode,
    ).toBe(403);
    const child = (limit?: number | null) =>
      t.call('POST', '/security/v1/api-keys', {
        auth: limited.auth,
        body: { name: 'child', scopes: ['core:read'], rateLimitPerMinute: limit },
      });
    expect((await child(1_000_000)).statusCode).toBe(403);
    expect((await child()).statusCode).toBe(403);
    expect((await child(10)).statusCode).toBe(200);
    // A limit sent back as it is sets nothing: a key read and sent back whole with another name passes.
    const big = await t.a.key(['core:read'], { rateLimitPerMinute: 5000 });
    const read = (await t.call('GET', `/security/v1/api-keys/${big.id}`)).json.data;
    expect((await t.call('PUT', `/security/v1/api-keys/${big.id}`, { body: { ...read, name: 'BI renamed' } })).statusCode).toBe(200);
    expect((await t.call('PUT', `/security/v1/api-keys/${big.id}`, { body: { rateLimitPerMinute: 6000 } })).statusCode).toBe(403);
    // Lowering is always possible; an administrator's key sets any limit up to the company's.
    expect(
      (await t.call('PUT', `/security/v1/api-keys/${limited.id}`, { auth: limited.auth, body: { rateLimitPerMinute: 3 } })).statusCode,
    ).toBe(200);
    expect((await t.call('PUT', `/security/v1/api-keys/${limited.id}`, { body: { rateLimitPerMinute: 500 } })).statusCode).toBe(200);
  });

  it('creates (token once), lists, updates, revokes immediately', async () => {
    const created = await t.call('POST', '/security/v1/api-keys', {
      body: { name: 'ERP', scopes: ['core:read', 'core:write'], rateLimitPerMinute: 120 },
    });
    expect(created.statusCode, created.body).toBe(200);
    const key = created.json.data;
    expect(key.token).toMatch(/^rk_/);
    expect(key).toMatchObject({ name: 'ERP', scopes: ['core:read', 'core:write'], rateLimitPerMinute: 120, status: 'active' });
    const auth = { authorization: `Bearer ${key.token}` };
    expect((await t.call('GET', '/core/v3/employees', { auth })).statusCode).toBe(200);

    const got = await t.call('GET', `/security/v1/api-keys/${key.id}`);
    expect(got.json.data).not.toHaveProperty('token');
    expect(got.json.data.lastUsedAt).toBeTruthy();
    const list = await t.call('GET', '/security/v1/api-keys');
    expect(list.json.data.some((k: { id: string; token?: string }) => k.id === key.id && !k.token)).toBe(true);

    const upd = await t.call('PUT', `/security/v1/api-keys/${key.id}`, { body: { name: 'ERP 2', scopes: ['core:read'] } });
    expect(upd.json.data).toMatchObject({ name: 'ERP 2', scopes: ['core:read'], rateLimitPerMinute: 120 });
    expect((await t.call('POST', '/core/v3/employees', { auth, body: { firstName: 'a', lastName: 'b' } })).statusCode).toBe(403);

    expect((await t.call('DELETE', `/security/v1/api-keys/${key.id}`)).statusCode).toBe(200);
    const after = await t.call('GET', '/core/v3/employees', { auth });
    expect(after.statusCode).toBe(401);
    expect(after.json.detail).toContain('revoked');
  });

  it('a key cannot grant scopes it does not hold; unknown scopes are 400', async () => {
    const limited = await t.a.key(['security:read', 'security:write', 'core:read']);
    const res = await t.call('POST', '/security/v1/api-keys', {
      auth: limited.auth,
      body: { name: 'x', scopes: ['core:read', 'compensation:read'] },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json.detail).toContain('compensation:read');
    const unknown = await t.call('POST', '/security/v1/api-keys', { body: { name: 'x', scopes: ['core:admin'] } });
    expect(unknown.statusCode).toBe(400);
    const badIp = await t.call('POST', '/security/v1/api-keys', { body: { name: 'x', scopes: ['core:read'], ipAllowList: ['999.1.1.1'] } });
    expect(badIp.statusCode).toBe(400);
    expect(badIp.json.errors[0].pointer).toBe('/ipAllowList/0');
    // Every failing field at once, the allow-list entries with the rest.
    const all = await t.call('POST', '/security/v1/api-keys', {
      body: { name: '', scopes: [], rateLimitPerMinute: 0, ipAllowList: ['bogus', '10.0.0.0/8', '10.0.0.0/33'] },
    });
    expect(all.statusCode).toBe(400);
    expect(all.json.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/ipAllowList/0',
      '/ipAllowList/2',
      '/name',
      '/rateLimitPerMinute',
      '/scopes',
    ]);
    expect(all.json.errors.find((e: { pointer: string }) => e.pointer === '/ipAllowList/0').message).toContain('CIDR range');
  });

  it('a key changes or revokes only keys that hold no scope it lacks: a weaker key cannot cut down or lock out a stronger one', async () => {
    const wide = (
      await t.call('POST', '/security/v1/api-keys', { body: { name: 'Payroll export', scopes: ['core:read', 'compensation:read'] } })
    ).json.data;
    const limited = await t.a.key(['security:read', 'security:write', 'core:read']);
    const read = await t.call('GET', `/security/v1/api-keys/${wide.id}`, { auth: limited.auth });
    expect(read.statusCode).toBe(200);
    for (const body of [{ name: 'Renamed' }, { ipAllowList: ['10.9.9.9'] }, { rateLimitPerMinute: 1 }, { scopes: ['core:read'] }]) {
      const res = await t.call('PUT', `/security/v1/api-keys/${wide.id}`, { auth: limited.auth, body });
      expect(res.statusCode, JSON.stringify(body)).toBe(403);
      expect(res.json.detail).toContain('compensation:read');
      expect(res.json.missingScopes).toEqual(['compensation:read']);
    }
    expect((await t.call('DELETE', `/security/v1/api-keys/${wide.id}`, { auth: limited.auth })).statusCode).toBe(403);
    expect((await t.call('GET', `/security/v1/api-keys/${wide.id}`)).json.data).toMatchObject({ name: 'Payroll export', status: 'active' });
    // A key that holds those scopes may; keeping them is no grant, widening beyond its own is.
    const peer = await t.a.key(['security:read', 'security:write', 'core:read', 'compensation:read']);
    const renamed = await t.call('PUT', `/security/v1/api-keys/${wide.id}`, {
      auth: peer.auth,
      body: { name: 'Payroll export (nightly)', scopes: read.json.data.scopes },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const widened = await t.call('PUT', `/security/v1/api-keys/${wide.id}`, {
      auth: peer.auth,
      body: { scopes: [...read.json.data.scopes, 'personal:read'] },
    });
    expect(widened.statusCode).toBe(403);
    expect(widened.json.detail).toContain('personal:read');
    // A key may always restrict or revoke itself, and a weaker one.
    expect(
      (await t.call('PUT', `/security/v1/api-keys/${limited.id}`, { auth: limited.auth, body: { rateLimitPerMinute: 50 } })).statusCode,
    ).toBe(200);
    expect((await t.call('DELETE', `/security/v1/api-keys/${limited.id}`, { auth: peer.auth })).statusCode).toBe(200);
  });

  it('another company’s key id is 404', async () => {
    const other = await t.b.key(['core:read']);
    expect((await t.call('GET', `/security/v1/api-keys/${other.id}`)).statusCode).toBe(404);
    expect((await t.call('DELETE', `/security/v1/api-keys/${other.id}`)).statusCode).toBe(404);
    expect((await t.call('GET', '/core/v3/info', { auth: other.auth })).statusCode).toBe(200);
  });
});

describe('rate limits', () => {
  // A clock that stays in one one-minute window: the counts below never straddle two.
  const oneWindow = () => 960_000;

  it('sends RateLimit headers and 429 with Retry-After past the budget, per company', async () => {
    const limited = await createTestApp({ rateLimiter: memoryRateLimiter(oneWindow), config: { defaultRateLimitPerMinute: 3 } });
    try {
      const r1 = await limited.call('GET', '/core/v3/info');
      expect(r1.headers['ratelimit-policy']).toBe('"default";q=3;w=60');
      expect(r1.headers.ratelimit).toMatch(/^"default";r=2;t=\d+$/);
      await limited.call('GET', '/core/v3/info');
      await limited.call('GET', '/core/v3/info');
      const over = await limited.call('GET', '/core/v3/info');
      expect(over.statusCode).toBe(429);
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      expect(over.json.type).toBe('/problems/rate-limited');
      // Company B has its own budget.
      expect((await limited.call('GET', '/core/v3/info', { auth: limited.b.auth })).statusCode).toBe(200);
      // A key with its own limit has its own budget.
      const own = await limited.a.key(['core:read'], { rateLimitPerMinute: 10 });
      const res = await limited.call('GET', '/core/v3/info', { auth: own.auth });
      expect(res.statusCode).toBe(200);
      expect(res.headers['ratelimit-policy']).toBe('"default";q=10;w=60');
    } finally {
      await limited.close();
    }
  });

  it('401 answers carry RateLimit headers too, from a budget of the caller address that a valid key does not spend', async () => {
    const limited = await createTestApp({ rateLimiter: memoryRateLimiter(oneWindow), config: { defaultRateLimitPerMinute: 3 } });
    try {
      const none = await limited.call('GET', '/core/v3/employees', { auth: {} });
      expect(none.statusCode).toBe(401);
      expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(none.headers['ratelimit-policy']).toBe('"default";q=3;w=60');
      expect(none.headers.ratelimit).toMatch(/^"default";r=2;t=\d+$/);
      const bad = await limited.call('GET', '/core/v3/employees', { auth: { authorization: 'Bearer rk_not-a-key' } });
      expect(bad.statusCode).toBe(401);
      expect(bad.headers.ratelimit).toMatch(/^"default";r=1;t=\d+$/);
      // The company's own budget is untouched by the failed attempts.
      const ok = await limited.call('GET', '/core/v3/info');
      expect(ok.statusCode).toBe(200);
      expect(ok.headers.ratelimit).toMatch(/^"default";r=2;t=\d+$/);
      await limited.call('GET', '/core/v3/employees', { auth: { 'x-api-key': 'rk_not-a-key' } });
      const over = await limited.call('GET', '/core/v3/employees', { auth: {} });
      expect(over.statusCode).toBe(429);
      expect(over.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      // A valid key still works from the same address.
      expect((await limited.call('GET', '/core/v3/info')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('idempotency, ETags and If-Match', () => {
  it('replays the first answer for the same Idempotency-Key, 422 for another body', async () => {
    const headers = { 'idempotency-key': 'create-amy-1' };
    const body = { firstName: 'Idem', lastName: 'Potent' };
    const first = await t.call('POST', '/core/v3/employees', { body, headers });
    expect(first.statusCode).toBe(200);
    const second = await t.call('POST', '/core/v3/employees', { body, headers });
    expect(second.statusCode).toBe(200);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json.data.id).toBe(first.json.data.id);
    // The same body with its keys in another order (a client that serializes a map) is the same request.
    const reordered = await t.call('POST', '/core/v3/employees', { body: { lastName: 'Potent', firstName: 'Idem' }, headers });
    expect(reordered.statusCode).toBe(200);
    expect(reordered.headers['idempotent-replayed']).toBe('true');
    const count = await t.db.db
      .selectFrom('employees')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('firstName', '=', 'Idem')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    const different = await t.call('POST', '/core/v3/employees', { body: { ...body, lastName: 'Other' }, headers });
    expect(different.statusCode).toBe(422);
    // Keys are per company.
    const other = await t.call('POST', '/core/v3/employees', { auth: t.b.auth, body, headers });
    expect(other.statusCode).toBe(200);
    expect(other.json.data.id).not.toBe(first.json.data.id);
  });

  it('an uploaded file is compared by its hash, whatever its size; a body nested too deeply is a 400', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `E${i},Ann,Lee${i},ann${i}@example.com,Staff,Sales,2020-01-01,ES`);
    const csv = `employee_id,forename,surname,email,employee_type,department,start_date,country\n${rows.join('\n')}\n`;
    const headers = { 'idempotency-key': 'big-upload', 'content-type': 'text/csv' };
    const send = (body: string) =>
      t.app.inject({ method: 'POST', url: '/sync/v1/employee-files?dryRun=true', headers: { ...t.a.auth, ...headers }, body });
    const started = Date.now();
    const first = await send(csv);
    expect(first.statusCode, first.body).toBe(202);
    const again = await send(csv);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((await send(csv.replace('E0,', 'E0x,'))).statusCode).toBe(422);
    // Walking the file's bytes as JSON took seconds and hundreds of megabytes for a few megabytes of CSV.
    expect(Date.now() - started).toBeLessThan(3000);

    let deep = '0';
    for (let i = 0; i < 20_000; i++) deep = `[${deep}]`;
    const nested = await t.app.inject({
      method: 'POST',
      url: '/core/v3/departments',
      headers: { ...t.a.auth, 'content-type': 'application/json', 'idempotency-key': 'deep' },
      body: `{"name":"Deep","extra":${deep}}`,
    });
    expect(nested.statusCode, nested.body).toBeLessThan(500);
  });

  it('a request refused before it runs (invalid body, missing scope) stores nothing under its key; a business refusal is replayed', async () => {
    const headers = { 'idempotency-key': 'fix-and-retry' };
    const invalid = await t.call('POST', '/core/v3/departments', { body: { name: 5 }, headers });
    expect(invalid.statusCode).toBe(400);
    // Refused by the service rather than the schema (a name of spaces only): nothing stored either.
    const blank = await t.call('POST', '/core/v3/departments', { body: { name: '   ' }, headers });
    expect(blank.statusCode, blank.body).toBe(400);
    const reader = await t.a.key(['core:read']);
    expect((await t.call('POST', '/core/v3/departments', { auth: reader.auth, body: { name: 'Retried' }, headers })).statusCode).toBe(403);
    const fixed = await t.call('POST', '/core/v3/departments', { body: { name: 'Retried' }, headers });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.headers['idempotent-replayed']).toBeUndefined();
    const again = await t.call('POST', '/core/v3/departments', { body: { name: 'Retried' }, headers });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json.data.id).toBe(fixed.json.data.id);
    // A conflict is the request's answer: replayed, even once the conflict is gone.
    const taken = { externalId: 'IDEM-DUP', firstName: 'Dup', lastName: 'One' };
    expect((await t.call('POST', '/core/v3/employees', { body: taken })).statusCode).toBe(200);
    const dupHeaders = { 'idempotency-key': 'dup-key' };
    const conflict = await t.call('POST', '/core/v3/employees', { body: { ...taken, firstName: 'Dup2' }, headers: dupHeaders });
    expect(conflict.statusCode).toBe(409);
    const replayed = await t.call('POST', '/core/v3/employees', { body: { ...taken, firstName: 'Dup2' }, headers: dupHeaders });
    expect(replayed.statusCode).toBe(409);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
  });

  it('an Idempotency-Key belongs to the API key that sent it: another key never gets its answer, which is stored sealed', async () => {
    const headers = { 'idempotency-key': 'make-payroll-key' };
    const body = { name: 'payroll', scopes: ['core:read', 'personal:read', 'compensation:read'] };
    const first = await t.call('POST', '/security/v1/api-keys', { body, headers });
    expect(first.statusCode, first.body).toBe(200);
    const token = first.json.data.token as string;
    expect(token).toBeTruthy();
    const replay = await t.call('POST', '/security/v1/api-keys', { body, headers });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json.data.token).toBe(token);
    // Another key of the same company, with the same header and body: its own request (refused: it cannot grant those scopes).
    const security = await t.a.key(['security:read', 'security:write', 'core:read']);
    const other = await t.call('POST', '/security/v1/api-keys', { auth: security.auth, body, headers });
    expect(other.statusCode).toBe(403);
    expect(other.body).not.toContain(token);
    expect(other.headers['idempotent-replayed']).toBeUndefined();
    // Nothing stored holds the token as text.
    const stored = await t.db.db.selectFrom('idempotencyKeys').select('responseBody').execute();
    expect(stored.length).toBeGreaterThan(0);
    for (const row of stored) expect(row.responseBody ?? '').not.toContain(token);
  });

  it('409 while the first request with the key is still running', async () => {
    const body = { firstName: 'Run', lastName: 'Ning' };
    const headers = { 'idempotency-key': 'running-key' };
    expect((await t.call('POST', '/core/v3/employees', { body, headers })).statusCode).toBe(200);
    // Put the stored key back into the state it has while its first request is being processed.
    await t.db.db.updateTable('idempotencyKeys').set({ status: 'running' }).where('key', 'like', '%:running-key').execute();
    const res = await t.call('POST', '/core/v3/employees', { body, headers });
    expect(res.statusCode).toBe(409);
    expect(res.json.type).toBe('/problems/conflict');
    // Still "running" 31 minutes on: its process died (the request rolled back), and the key is free again.
    const longAgo = new Date(Date.now() - 31 * 60 * 1000).toISOString();
    await t.db.db.updateTable('idempotencyKeys').set({ createdAt: longAgo }).where('key', 'like', '%:running-key').execute();
    const retried = await t.call('POST', '/core/v3/employees', { body: { ...body, lastName: 'Again' }, headers });
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json.data.lastName).toBe('Again');
  });

  it('ETag on GET, 304 on If-None-Match, 412 on a stale If-Match', async () => {
    const e = (await t.call('POST', '/core/v3/employees', { body: { firstName: 'E', lastName: 'Tag' } })).json.data;
    const get = await t.call('GET', `/core/v3/employees/${e.id}`);
    const etag = get.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    expect((await t.call('GET', `/core/v3/employees/${e.id}`, { headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    const ok = await t.call('PUT', `/core/v3/employees/${e.id}`, {
      body: { firstName: 'E2', lastName: 'Tag', status: 'active' },
      headers: { 'if-match': etag },
    });
    expect(ok.statusCode).toBe(200);
    const stale = await t.call('PUT', `/core/v3/employees/${e.id}`, {
      body: { firstName: 'E3', lastName: 'Tag', status: 'active' },
      headers: { 'if-match': etag },
    });
    expect(stale.statusCode).toBe(412);
    expect((await t.call('DELETE', `/core/v3/employees/${e.id}`, { headers: { 'if-match': etag } })).statusCode).toBe(412);
    expect((await t.call('GET', `/core/v3/employees/${e.id}`)).json.data.firstName).toBe('E2');
  });

  it('If-Match compares strongly: the weak form of the current ETag is a 412, a list with it or * passes', async () => {
    const e = (await t.call('POST', '/core/v3/employees', { body: { firstName: 'Weak', lastName: 'Tag' } })).json.data;
    const body = { firstName: 'Weak', lastName: 'Tag', status: 'active' };
    const etag = (await t.call('GET', `/core/v3/employees/${e.id}`)).headers.etag as string;
    const weak = await t.call('PUT', `/core/v3/employees/${e.id}`, { body, headers: { 'if-match': `W/${etag}` } });
    expect(weak.statusCode).toBe(412);
    expect(weak.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await t.call('PUT', `/core/v3/employees/${e.id}`, { body, headers: { 'if-match': `"stale", ${etag}` } })).statusCode).toBe(200);
    expect((await t.call('PUT', `/core/v3/employees/${e.id}`, { body, headers: { 'if-match': '*' } })).statusCode).toBe(200);
    // If-None-Match stays a weak comparison.
    const current = (await t.call('GET', `/core/v3/employees/${e.id}`)).headers.etag as string;
    expect((await t.call('GET', `/core/v3/employees/${e.id}`, { headers: { 'if-none-match': `W/${current}` } })).statusCode).toBe(304);
  });
});

describe('company', () => {
  it('updates its own company; another company id is 404; audit records it', async () => {
    const res = await t.call('PUT', `/core/v3/companies/${t.a.company.id}`, {
      body: { name: 'Company A2', notificationEmail: 'ops@a.example', language: 'es-ES', timezone: 'Europe/Madrid' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json.data).toMatchObject({ name: 'Company A2', language: 'es-ES', timezone: 'Europe/Madrid' });
    expect(
      (await t.call('PUT', `/core/v3/companies/${t.b.company.id}`, { body: { name: 'x', notificationEmail: 'a@b.c', language: 'en' } }))
        .statusCode,
    ).toBe(404);
    const badTz = await t.call('PUT', `/core/v3/companies/${t.a.company.id}`, {
      body: { name: 'x', notificationEmail: 'a@b.c', language: 'en', timezone: 'Mars/Base' },
    });
    expect(badTz.statusCode).toBe(400);
    const audit = await t.call('GET', '/security/v1/audit-logs?resourceType=company&action=company.updated');
    expect(audit.json.data[0]).toMatchObject({ action: 'company.updated', resourceId: t.a.company.id, actor: { type: 'api_key' } });
    expect(audit.json.data[0].after.name).toBe('Company A2');
  });
});

describe('audit log', () => {
  it('redacts sensitive values and filters; company B sees none of A’s rows', async () => {
    const e = (await t.call('POST', '/core/v3/employees', { body: { firstName: 'Sec', lastName: 'Ret', nid: 'SECRET-NID' } })).json.data;
    const res = await t.call('GET', `/security/v1/audit-logs?resourceId=${e.id}`);
    expect(res.json.data).toHaveLength(1);
    expect(JSON.stringify(res.json.data)).not.toContain('SECRET-NID');
    expect(res.json.data[0].after.nid).toBe('[redacted]');
    const b = await t.call('GET', `/security/v1/audit-logs?resourceId=${e.id}`, { auth: t.b.auth });
    expect(b.json.data).toHaveLength(0);
    expect((await t.call('GET', '/security/v1/audit-logs?createdAt[gte]=2020-01-01&limit=2')).json.meta.perPage).toBe(2);
  });
});

describe('operations and errors', () => {
  it('health, metrics, openapi and docs', async () => {
    expect((await t.call('GET', '/health/live', { auth: {} })).json).toEqual({ status: 'ok' });
    expect((await t.call('GET', '/health/ready', { auth: {} })).json).toEqual({ status: 'ok', checks: { database: 'ok' } });
    const metrics = await t.call('GET', '/metrics', { auth: {} });
    expect(metrics.body).toContain('http_requests_total');
    expect(metrics.body).toContain('http_request_duration_seconds_bucket');
    const spec = await t.call('GET', '/openapi.json', { auth: {} });
    expect(spec.json.openapi).toBe('3.1.0');
    expect(spec.json.paths['/core/v3/employees'].get.operationId).toBe('Employees_list');
    // Every operation says how it is called: the API's three key schemes, or none (probes, outgoing webhooks).
    const operations = [...Object.values(spec.json.paths), ...Object.values(spec.json.webhooks)].flatMap((item) =>
      Object.values(item as Record<string, { operationId: string; security?: unknown[] }>),
    );
    const unsecured = operations.filter((op) => !Array.isArray(op.security)).map((op) => op.operationId);
    expect(unsecured).toEqual([]);
    expect(spec.json.paths['/health/ready'].get.security).toEqual([]);
    expect(spec.json.paths['/core/v3/employees'].get.security).toEqual([{ bearer: [] }, { apiKey: [] }, { basic: [] }]);
    const docs = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
  });

  it('unknown routes are problem+json 404 with a request id', async () => {
    const res = await t.call('GET', '/core/v3/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json.requestId).toBe(res.headers['x-request-id']);
    const doc = await t.call('GET', '/problems/validation', { auth: {} });
    expect(doc.json.status).toBe(400);
  });

  it('oversized bodies are 413', async () => {
    const res = await t.call('POST', '/core/v3/employees', { body: { firstName: 'x'.repeat(2 * 1024 * 1024), lastName: 'y' } });
    expect(res.statusCode).toBe(413);
    expect(res.json.type).toBe('/problems/payload-too-large');
  });
});
