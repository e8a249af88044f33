import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { expectOrderByRefused, idsInOrder } from '../../test/order-by.js';

// Default settings: https only, public targets only. A literal public address needs no DNS (tests run offline).
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const publicUrl = 'https://93.184.215.14/roster-webhooks';
const unknownId = '0190d6c0-0000-7000-8000-00000000dead';

async function create(body: Record<string, unknown>, auth?: Record<string, string>) {
  return t.call('POST', '/webhook/v1/subscriptions', { auth, body: { url: publicUrl, events: ['employee.*'], ...body } });
}

describe('webhook subscriptions', () => {
  it('creates, shows the secret once, lists, gets, updates and deletes', async () => {
    const created = await create({ description: 'SAP', events: ['employee.updated', 'department.*'], fields: ['email', 'name'] });
    expect(created.statusCode, created.body).toBe(200);
    const sub = created.json.data;
    expect(sub).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      url: publicUrl,
      description: 'SAP',
      events: ['employee.updated', 'department.*'],
      fields: ['email', 'name'],
      enabled: true,
      disabledReason: null,
      previousSecretExpiresAt: null,
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
      createdAt: expect.stringMatching(/\+00:00$/),
    });
    const admin = await t.call('GET', '/core/v3/info');
    expect(sub.ownerKeyId).toBe(admin.json.data.apiKey.id);

    const got = await t.call('GET', `/webhook/v1/subscriptions/${sub.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.json.data).not.toHaveProperty('secret');
    expect(got.headers.etag).toBeTruthy();
    const list = await t.call('GET', '/webhook/v1/subscriptions');
    expect(list.json.data.some((s: { id: string; secret?: string }) => s.id === sub.id && s.secret === undefined)).toBe(true);

    const disabled = await t.call('PUT', `/webhook/v1/subscriptions/${sub.id}`, { body: { enabled: false, description: null } });
    expect(disabled.statusCode, disabled.body).toBe(200);
    expect(disabled.json.data).toMatchObject({ enabled: false, disabledReason: 'manual', description: null, events: sub.events });
    expect((await t.call('GET', '/webhook/v1/subscriptions?enabled=false')).json.data.map((s: { id: string }) => s.id)).toContain(sub.id);
    expect((await t.call('GET', '/webhook/v1/subscriptions?enabled=true')).json.data.map((s: { id: string }) => s.id)).not.toContain(
      sub.id,
    );
    const stale = await t.call('PUT', `/webhook/v1/subscriptions/${sub.id}`, {
      body: { enabled: true },
      headers: { 'if-match': got.headers.etag as string },
    });
    expect(stale.statusCode).toBe(412);

    const rotated = await t.call('POST', `/webhook/v1/subscriptions/${sub.id}/rotate-secret`);
    expect(rotated.statusCode).toBe(200);
    expect(rotated.json.data.secret).toMatch(/^whsec_/);
    expect(rotated.json.data.secret).not.toBe(sub.secret);
    expect(rotated.json.data.previousSecretExpiresAt).toEqual(expect.stringMatching(/\+00:00$/));

    const events = await t.db.db.selectFrom('events').select(['type', 'data']).where('resourceId', '=', sub.id).orderBy('seq').execute();
    expect(events.map((e) => e.type)).toEqual([
      'webhook_subscription.created',
      'webhook_subscription.updated',
      'webhook_subscription.secret_rotated',
    ]);
    expect(events.every((e) => !e.data.includes('whsec_'))).toBe(true);

    expect((await t.call('DELETE', `/webhook/v1/subscriptions/${sub.id}`)).json.data).toBe('');
    expect((await t.call('GET', `/webhook/v1/subscriptions/${sub.id}`)).statusCode).toBe(404);
    const audit = await t.call('GET', `/security/v1/audit-logs?resourceType=webhook_subscription&resourceId=${sub.id}`);
    expect(audit.json.meta.total).toBe(4);
  });

  it('explains invalid URLs, event types and fields with a pointer for each', async () => {
    const http = await create({ url: 'http://93.184.215.14/hook' });
    expect(http.statusCode).toBe(400);
    expect(http.json.errors).toEqual([{ pointer: '/url', message: expect.stringContaining('https') }]);
    const ftp = await create({ url: 'ftp://files.example.com/x' });
    expect(ftp.statusCode).toBe(400);
    expect((await create({ url: 'not a url' })).json.errors[0].pointer).toBe('/url');

    const names = await create({ events: ['employee.promoted', 'payroll.*', 'Employee.Created', 'department.created'] });
    expect(names.statusCode).toBe(400);
    expect(names.json.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/events/2']);
    const unknown = await create({ events: ['employee.promoted', 'payroll.*', 'department.created'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json.errors).toEqual([
      { pointer: '/events/0', message: expect.stringContaining('unknown event type "employee.promoted"') },
      { pointer: '/events/1', message: expect.stringContaining('matches no event type') },
    ]);
    expect((await create({ events: [] })).statusCode).toBe(400);
    // webhook.test is in the catalogue: refused with why (sent by the test operation only), not as an unknown type.
    const test = await create({ events: ['webhook.test'] });
    expect(test.statusCode).toBe(400);
    expect(test.json.errors).toEqual([
      { pointer: '/events/0', message: expect.stringContaining('POST /webhook/v1/subscriptions/{id}/test') },
    ]);
    expect(test.json.errors[0].message).toContain('inFeed: false');
    expect(test.json.errors[0].message).not.toContain('unknown');
    // The summary ends with one period, though the message it quotes is a sentence of its own.
    expect(test.json.detail).toMatch(/^The subscription filter is invalid: \/events\/0 .*\(a filter naming it is refused\)\.$/);
    expect(`${test.json.detail} ${unknown.json.detail}`).not.toContain('..');
    // A wrong verb names the resource's types.
    expect(unknown.json.errors[0].message).toContain('employee.created');

    const fields = await create({ events: ['employee.updated'], fields: ['email', 'favouriteColour'] });
    expect(fields.statusCode).toBe(400);
    expect(fields.json.errors).toEqual([{ pointer: '/fields/1', message: expect.stringContaining('favouriteColour') }]);
    const noUpdates = await create({ events: ['employee.created'], fields: ['email'] });
    expect(noUpdates.json.errors).toEqual([{ pointer: '/fields', message: expect.stringContaining('*.updated') }]);

    // A field filter on a sensitive field needs the scope that reads it (it would tell when a salary changes).
    const plain = await t.a.key(['core:read', 'webhook:read', 'webhook:write']);
    const sensitive = await create({ events: ['employee.updated'], fields: ['email', 'pricePerHour', 'ssn'] }, plain.auth);
    expect(sensitive.statusCode).toBe(403);
    expect(sensitive.json.detail).toContain('compensation:read');
    expect(sensitive.json.errors).toEqual([
      { pointer: '/fields/1', message: 'needs compensation:read' },
      { pointer: '/fields/2', message: 'needs personal:read' },
    ]);
    const allowed = await t.a.key(['core:read', 'webhook:read', 'webhook:write', 'personal:read']);
    expect((await create({ events: ['employee.updated'], fields: ['ssn'] }, allowed.auth)).statusCode).toBe(200);

    const missing = await t.call('POST', '/webhook/v1/subscriptions', { body: {} });
    expect(missing.json.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/events', '/url']);

    // Credentials in the URL would be shown in the subscription, the audit log and events.
    const credentials = await create({ url: 'https://user:secret@93.184.215.14/roster-webhooks' });
    expect(credentials.statusCode).toBe(400);
    expect(credentials.json.errors).toEqual([{ pointer: '/url', message: expect.stringContaining('user name or password') }]);
    expect(credentials.body).not.toContain('secret@');
  });

  it.each([
    ['https://127.0.0.1/hook', '127.0.0.1 is a loopback address'],
    ['https://10.1.2.3/hook', '10.1.2.3 is a private-network address'],
    ['https://192.168.0.10:8443/hook', '192.168.0.10 is a private-network address'],
    ['https://169.254.169.254/latest/meta-data/', '169.254.169.254 is a cloud metadata service address'],
    ['https://[::1]/hook', '::1 is a loopback address'],
    ['https://[::ffff:127.0.0.1]/hook', '::ffff:7f00:1 (127.0.0.1) is a loopback address'],
    ['https://[fd00:ec2::254]/', 'fd00:ec2::254 is a cloud metadata service address'],
    ['https://100.64.1.1/hook', '100.64.1.1 is a carrier-grade NAT address'],
    ['https://localhost/hook', 'localhost resolves to'],
  ])('refuses %s with a 422 that says why', async (url, reason) => {
    const res = await create({ url });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json.type).toBe('/problems/unprocessable');
    expect(res.json.detail).toContain(reason);
    expect(res.json.reason).toContain(reason);
    expect(res.json.errors[0].pointer).toBe('/url');
  });

  it('a PUT that changes nothing is not a write: no event, no audit entry, updatedAt stays', async () => {
    const sub = (await create({ events: ['employee.updated', 'department.*'], fields: ['email'] })).json.data;
    const got = (await t.call('GET', `/webhook/v1/subscriptions/${sub.id}`)).json.data;
    const trail = async () => ({
      events: (await t.db.db.selectFrom('events').select('type').where('resourceId', '=', sub.id).execute()).map((e) => e.type),
      audit: (await t.call('GET', `/security/v1/audit-logs?resourceType=webhook_subscription&resourceId=${sub.id}`)).json.meta.total,
    });
    // The stored time, to the millisecond (the API shows whole seconds).
    const storedUpdatedAt = async () =>
      String(
        (await t.db.db.selectFrom('webhookSubscriptions').select('updatedAt').where('id', '=', sub.id).executeTakeFirstOrThrow()).updatedAt,
      );
    const stored = await storedUpdatedAt();
    const initial = await trail();
    expect(initial).toEqual({ events: ['webhook_subscription.created'], audit: 1 });
    await new Promise((r) => setTimeout(r, 5));

    const { url, description, events, fields, enabled } = got;
    for (const body of [{ url, description, events, fields, enabled }, { description: null }, { enabled: true }, {}]) {
      const same = await t.call('PUT', `/webhook/v1/subscriptions/${sub.id}`, { body });
      expect(same.statusCode, same.body).toBe(200);
      expect(same.json.data).toEqual(got);
    }
    expect(await storedUpdatedAt()).toBe(stored);
    expect(await trail()).toEqual(initial);

    // A real change still is one, with only what changed in `changes`.
    const renamed = await t.call('PUT', `/webhook/v1/subscriptions/${sub.id}`, { body: { description: 'ERP', events } });
    expect(renamed.json.data.description).toBe('ERP');
    expect(await storedUpdatedAt()).not.toBe(stored);
    expect(await trail()).toEqual({ events: ['webhook_subscription.created', 'webhook_subscription.updated'], audit: 2 });
    const [updated] = await t.db.db
      .selectFrom('events')
      .select('changes')
      .where('resourceId', '=', sub.id)
      .where('type', '=', 'webhook_subscription.updated')
      .execute();
    expect(JSON.parse(updated!.changes!)).toEqual(['description']);
  });

  it('checks a changed URL too', async () => {
    const sub = (await create({})).json.data;
    const moved = await t.call('PUT', `/webhook/v1/subscriptions/${sub.id}`, { body: { url: 'https://10.0.0.5/hook' } });
    expect(moved.statusCode).toBe(422);
    expect((await t.call('GET', `/webhook/v1/subscriptions/${sub.id}`)).json.data.url).toBe(publicUrl);
    // A target that turned internal after it was checked: the test message is refused too.
    await t.db.db.updateTable('webhookSubscriptions').set({ url: 'https://127.0.0.1/x' }).where('id', '=', sub.id).execute();
    const test = await t.call('POST', `/webhook/v1/subscriptions/${sub.id}/test`);
    expect(test.statusCode).toBe(422);
    expect(test.json.detail).toContain('loopback');
  });

  it('needs a key (401) with the right scope (403), and hides other companies’ subscriptions (404)', async () => {
    const sub = (await create({})).json.data;
    expect((await t.call('GET', '/webhook/v1/subscriptions', { auth: {} })).statusCode).toBe(401);
    const reader = await t.a.key(['webhook:read', 'core:read']);
    expect((await t.call('GET', `/webhook/v1/subscriptions/${sub.id}`, { auth: reader.auth })).statusCode).toBe(200);
    const denied = await create({}, reader.auth);
    expect(denied.statusCode).toBe(403);
    expect(denied.json.detail).toContain('webhook:write');
    for (const [method, url] of [
      ['PUT', `/webhook/v1/subscriptions/${sub.id}`],
      ['DELETE', `/webhook/v1/subscriptions/${sub.id}`],
      ['POST', `/webhook/v1/subscriptions/${sub.id}/rotate-secret`],
      ['POST', `/webhook/v1/subscriptions/${sub.id}/test`],
    ] as const) {
      expect((await t.call(method, url, { auth: reader.auth, body: method === 'PUT' ? {} : undefined })).statusCode).toBe(403);
    }
    const coreOnly = await t.a.key(['core:read']);
    expect((await t.call('GET', '/webhook/v1/subscriptions', { auth: coreOnly.auth })).statusCode).toBe(403);

    for (const [method, url] of [
      ['GET', `/webhook/v1/subscriptions/${sub.id}`],
      ['PUT', `/webhook/v1/subscriptions/${sub.id}`],
      ['DELETE', `/webhook/v1/subscriptions/${sub.id}`],
      ['POST', `/webhook/v1/subscriptions/${sub.id}/rotate-secret`],
      ['POST', `/webhook/v1/subscriptions/${sub.id}/test`],
      ['GET', `/webhook/v1/subscriptions/${unknownId}`],
    ] as const) {
      const res = await t.call(method, url, { auth: t.b.auth, body: method === 'PUT' ? { enabled: false } : undefined });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await t.call('GET', '/webhook/v1/subscriptions', { auth: t.b.auth })).json.meta.total).toBe(0);
    expect((await t.call('GET', `/webhook/v1/subscriptions/${sub.id}`)).json.data.enabled).toBe(true);
  });
});

describe('GET /webhook/v1/subscriptions: orderBy, updatedAt and enabled filters', () => {
  it('sorts by createdAt (default), url and updatedAt both ways, filters on updatedAt and enabled, and stays in its company', async () => {
    const c = await t.newCompany('Sorted Webhooks Co');
    const made: Record<string, string> = {};
    // path, createdAt, updatedAt, enabled: "/b" and "/c" share createdAt, so the id or a second field decides.
    const rows: [string, string, string, boolean][] = [
      ['/b', '2026-02-01T09:00:00.000Z', '2026-02-06T09:00:00.000Z', true],
      ['/c', '2026-02-01T09:00:00.000Z', '2026-02-02T09:00:00.000Z', false],
      ['/a', '2026-02-03T09:00:00.000Z', '2026-02-04T09:00:00.000Z', true],
    ];
    for (const [path, createdAt, updatedAt, enabled] of rows) {
      const res = await create({ url: `https://93.184.215.14${path}`, enabled }, c.auth);
      expect(res.statusCode, res.body).toBe(200);
      made[path] = res.json.data.id;
      await t.db.db.updateTable('webhookSubscriptions').set({ createdAt, updatedAt }).where('id', '=', res.json.data.id).execute();
    }
    const { '/a': a, '/b': b, '/c': cc } = made;
    const url = '/webhook/v1/subscriptions';
    const order = (orderBy?: string) => idsInOrder(t, url, orderBy, c.auth);
    const tied = [b, cc].sort();
    expect(await order()).toEqual([...tied, a]);
    expect(await order('createdAt desc')).toEqual([a, ...tied]);
    expect(await order('createdAt asc, url desc')).toEqual([cc, b, a]);
    expect(await order('url asc')).toEqual([a, b, cc]);
    expect(await order('url desc')).toEqual([cc, b, a]);
    expect(await order('updatedAt asc')).toEqual([cc, a, b]);
    expect(await order('updatedAt desc')).toEqual([b, a, cc]);
    await expectOrderByRefused(t, url, 'secret', ['url', 'createdAt', 'updatedAt'], c.auth);
    await expectOrderByRefused(t, url, 'url asc desc', ['url', 'createdAt', 'updatedAt'], c.auth);

    const filtered = (query: string) => idsInOrder(t, `${url}?${query}`, undefined, c.auth);
    expect(await filtered('updatedAt[gte]=2026-02-04')).toEqual([b, a]);
    expect(await filtered('updatedAt[lte]=2026-02-04')).toEqual([cc, a]);
    expect(await filtered('enabled=true')).toEqual([b, a]);
    expect(await filtered('enabled=1')).toEqual([b, a]);
    expect(await filtered('enabled=false')).toEqual([cc]);
    expect(await filtered('enabled=0&orderBy=url')).toEqual([cc]);
    const bad = await t.call('GET', `${url}?enabled=yes`, { auth: c.auth });
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors[0]).toMatchObject({ location: 'query', parameter: 'enabled' });

    const other = await t.call('GET', `${url}?orderBy=url&updatedAt[gte]=2000-01-01`, { auth: t.b.auth });
    expect(other.statusCode).toBe(200);
    for (const id of Object.values(made)) expect(other.json.data.map((s: { id: string }) => s.id)).not.toContain(id);
  });
});
