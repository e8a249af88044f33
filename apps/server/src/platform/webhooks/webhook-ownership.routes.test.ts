import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';

// Literal public addresses: no DNS needed (tests run offline).
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const ownerUrl = 'https://93.184.215.14/owner';
const otherUrl = 'https://93.184.215.15/elsewhere';

async function subscription(body: Record<string, unknown>, auth?: Record<string, string>) {
  const res = await t.call('POST', '/webhook/v1/subscriptions', { auth, body: { url: ownerUrl, ...body } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data as { id: string };
}

async function put(id: string, body: Record<string, unknown>, auth: Record<string, string>) {
  return t.call('PUT', `/webhook/v1/subscriptions/${id}`, { auth, body });
}

describe('who may send a subscription elsewhere', () => {
  it('a key that may not read what a subscription delivers cannot change its url (it would receive it)', async () => {
    // Owned by the admin key: employees with their personal and compensation data.
    const sub = await subscription({ events: ['employee.*', 'department.*'] });
    const webhookOnly = await t.a.key(['webhook:read', 'webhook:write']);
    const noEmployees = await put(sub.id, { url: otherUrl }, webhookOnly.auth);
    expect(noEmployees.statusCode, noEmployees.body).toBe(403);
    expect(noEmployees.json).toMatchObject({ type: '/problems/forbidden', requiredScope: 'core:read' });

    const noPersonal = await t.a.key(['webhook:read', 'webhook:write', 'core:read', 'compensation:read']);
    const refused = await put(sub.id, { url: otherUrl }, noPersonal.auth);
    expect(refused.statusCode, refused.body).toBe(403);
    expect(refused.json.requiredScope).toBe('personal:read');
    expect(refused.json.detail).toContain('personal:read');
    // Narrowing the events in the same request does not help: the owner's sensitive scopes still go with it.
    expect((await put(sub.id, { url: otherUrl, events: ['department.*'] }, noPersonal.auth)).statusCode).toBe(403);
    expect((await t.call('GET', `/webhook/v1/subscriptions/${sub.id}`)).json.data).toMatchObject({
      url: ownerUrl,
      events: ['employee.*', 'department.*'],
    });

    // Other changes stay open to webhook:write.
    expect((await put(sub.id, { description: 'renamed', url: ownerUrl }, webhookOnly.auth)).statusCode).toBe(200);
    expect((await put(sub.id, { enabled: false }, webhookOnly.auth)).statusCode).toBe(200);

    const same = await t.a.key(['webhook:write', 'core:read', 'personal:read', 'compensation:read']);
    const moved = await put(sub.id, { url: otherUrl }, same.auth);
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json.data.url).toBe(otherUrl);
  });

  it('what the owner key may read is what counts, not what the caller may read', async () => {
    const narrowOwner = await t.a.key(['webhook:read', 'webhook:write', 'core:read']);
    const sub = await subscription({ events: ['*'] }, narrowOwner.auth);
    // The owner reads employees without personal data, and the subscriptions: a key with the same reach may move it.
    const peer = await t.a.key(['webhook:read', 'webhook:write', 'core:read']);
    expect((await put(sub.id, { url: otherUrl }, peer.auth)).statusCode).toBe(200);
    // `*` includes webhook_subscription.* events, which need webhook:read: the owner holds it, this key does not.
    const noWebhookRead = await t.a.key(['webhook:write', 'core:read']);
    const refused = await put(sub.id, { url: ownerUrl }, noWebhookRead.auth);
    expect(refused.statusCode).toBe(403);
    expect(refused.json.requiredScope).toBe('webhook:read');
    // The owner itself always may.
    expect((await put(sub.id, { url: ownerUrl }, narrowOwner.auth)).statusCode).toBe(200);
  });

  it('a key that may not read what a subscription delivers cannot rotate its secret (it could sign events to its receiver)', async () => {
    const sub = await subscription({ events: ['employee.*'] });
    const before = await t.call('GET', `/webhook/v1/subscriptions/${sub.id}`);
    const rotate = (auth: Record<string, string>) => t.call('POST', `/webhook/v1/subscriptions/${sub.id}/rotate-secret`, { auth });

    const webhookOnly = await t.a.key(['webhook:read', 'webhook:write']);
    const refused = await rotate(webhookOnly.auth);
    expect(refused.statusCode, refused.body).toBe(403);
    expect(refused.json).toMatchObject({
      type: '/problems/forbidden',
      requiredScope: 'core:read',
      missingScopes: ['core:read', 'personal:read', 'compensation:read'],
    });
    expect(refused.json.detail).toContain("to rotate this subscription's secret");
    expect(refused.body).not.toContain('whsec_');
    const noPersonal = await t.a.key(['webhook:read', 'webhook:write', 'core:read', 'compensation:read']);
    const stillRefused = await rotate(noPersonal.auth);
    expect(stillRefused.statusCode).toBe(403);
    expect(stillRefused.json).toMatchObject({ requiredScope: 'personal:read', missingScopes: ['personal:read'] });
    // Nothing changed: no new secret, no event.
    const after = await t.call('GET', `/webhook/v1/subscriptions/${sub.id}`);
    expect(after.json.data).toEqual(before.json.data);
    const rotations = await t.db.db
      .selectFrom('events')
      .select('id')
      .where('resourceId', '=', sub.id)
      .where('type', '=', 'webhook_subscription.secret_rotated')
      .execute();
    expect(rotations).toHaveLength(0);

    // A key that may read the same may, like the owner itself.
    const same = await t.a.key(['webhook:write', 'core:read', 'personal:read', 'compensation:read']);
    const rotated = await rotate(same.auth);
    expect(rotated.statusCode, rotated.body).toBe(200);
    expect(rotated.json.data.secret).toMatch(/^whsec_/);
    const narrowOwner = await t.a.key(['webhook:read', 'webhook:write', 'core:read']);
    const own = await subscription({ events: ['employee.*'] }, narrowOwner.auth);
    expect((await t.call('POST', `/webhook/v1/subscriptions/${own.id}/rotate-secret`, { auth: narrowOwner.auth })).statusCode).toBe(200);
  });
});

describe('no series of changes sends a key what it may not read', () => {
  const get = async (id: string) => (await t.call('GET', `/webhook/v1/subscriptions/${id}`)).json.data;
  const rotate = (id: string, auth: Record<string, string>) => t.call('POST', `/webhook/v1/subscriptions/${id}/rotate-secret`, { auth });

  it('a key cannot narrow the events to what it may read, move the url or take the secret, then widen them again', async () => {
    const owner = await t.a.key(['core:read', 'webhook:read', 'webhook:write']);
    const sub = await subscription({ events: ['employee.*'] }, owner.auth);
    const before = await get(sub.id);
    const webhookOnly = await t.a.key(['webhook:read', 'webhook:write']);

    // The url with events it may read, in one request: what the subscription delivers now counts too.
    const moved = await put(sub.id, { url: otherUrl, events: ['webhook_subscription.*'] }, webhookOnly.auth);
    expect(moved.statusCode, moved.body).toBe(403);
    expect(moved.json).toMatchObject({ type: '/problems/forbidden', requiredScope: 'core:read', missingScopes: ['core:read'] });
    // Narrowing first, to move the url or rotate afterwards: refused as well.
    for (const body of [{ events: ['webhook_subscription.*'] }, { fields: ['email'] }]) {
      const narrowed = await put(sub.id, body, webhookOnly.auth);
      expect(narrowed.statusCode, narrowed.body).toBe(403);
      expect(narrowed.json.requiredScope).toBe('core:read');
      expect(narrowed.json.detail).toContain("to change this subscription's events or fields");
    }
    expect((await rotate(sub.id, webhookOnly.auth)).statusCode).toBe(403);
    expect(await get(sub.id)).toEqual(before);
    // Changes that do not touch where deliveries go or what they carry stay open to webhook:write.
    expect((await put(sub.id, { description: 'still the owner’s', events: ['employee.*'] }, webhookOnly.auth)).statusCode).toBe(200);
  });

  it('a key that moved the url may widen the events only to what it may read; the owner key may always', async () => {
    const owner = await t.a.key(['core:read', 'security:read', 'webhook:read', 'webhook:write']);
    const sub = await subscription({ events: ['department.*'] }, owner.auth);
    // It may read what the subscription delivers (departments), and the owner key holds no personal or compensation scope.
    const peer = await t.a.key(['core:read', 'webhook:read', 'webhook:write']);
    expect((await put(sub.id, { url: otherUrl }, peer.auth)).statusCode).toBe(200);
    const widened = await put(sub.id, { events: ['department.*', 'api_key.*'] }, peer.auth);
    expect(widened.statusCode, widened.body).toBe(403);
    expect(widened.json).toMatchObject({ requiredScope: 'security:read', missingScopes: ['security:read'] });
    expect((await get(sub.id)).events).toEqual(['department.*']);
    // `*` delivers api_key.* too, since the owner key may read them.
    expect((await put(sub.id, { events: ['*'] }, peer.auth)).statusCode).toBe(403);
    expect((await put(sub.id, { events: ['department.*', 'office.*'] }, peer.auth)).statusCode).toBe(200);

    expect((await put(sub.id, { events: ['api_key.*'] }, owner.auth)).statusCode).toBe(200);
    // Now the subscription delivers what the peer may not read: neither the url nor the secret is its to change.
    expect((await put(sub.id, { url: ownerUrl }, peer.auth)).json.requiredScope).toBe('security:read');
    expect((await rotate(sub.id, peer.auth)).json.requiredScope).toBe('security:read');
    expect((await put(sub.id, { events: ['department.*'] }, peer.auth)).json.requiredScope).toBe('security:read');
  });
});
