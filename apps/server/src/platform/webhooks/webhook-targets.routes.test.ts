import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';

// Literal addresses only: no DNS needed (tests run offline).
let strict: TestApp;
let lenient: TestApp;
beforeAll(async () => {
  strict = await createTestApp();
  lenient = await createTestApp({ config: { webhookAllowPrivateTargets: true, webhookAllowHttp: true } });
});
afterAll(async () => {
  await strict?.close();
  await lenient?.close();
});

async function create(t: TestApp, url: string) {
  return t.call('POST', '/webhook/v1/subscriptions', { body: { url, events: ['department.*'] } });
}

describe('webhook target addresses', () => {
  it('judges IPv4-compatible IPv6 addresses (::a.b.c.d) as the IPv4 they carry', async () => {
    // The URL parser writes [::127.0.0.1] as [::7f00:1]; both are the loopback address, not a public one.
    for (const url of [
      'https://[::127.0.0.1]/hook',
      'https://[::7f00:1]/hook',
      'https://[::10.0.0.1]/hook',
      'https://[::192.168.1.1]/hook',
    ]) {
      const res = await create(strict, url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(422);
      expect(res.json.errors[0]).toMatchObject({ pointer: '/url' });
      expect(res.json.detail).toContain('WEBHOOK_ALLOW_PRIVATE_TARGETS');
    }
    // The same check on a changed URL.
    const sub = await create(strict, 'https://93.184.215.14/hook');
    expect(sub.statusCode, sub.body).toBe(200);
    const moved = await strict.call('PUT', `/webhook/v1/subscriptions/${sub.json.data.id}`, { body: { url: 'https://[::7f00:1]/hook' } });
    expect(moved.statusCode).toBe(422);
  });

  it('never allows a metadata address wrapped as IPv4-compatible IPv6, even with private targets allowed', async () => {
    for (const url of ['http://[::169.254.169.254]/latest/meta-data', 'http://[::a9fe:a9fe]/', 'http://[::100.100.100.200]/']) {
      const res = await create(lenient, url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(422);
      expect(res.json.detail).toContain('metadata');
    }
    // Private ones are allowed there, as their IPv4 would be.
    expect((await create(lenient, 'http://[::127.0.0.1]:9/hook')).statusCode).toBe(200);
  });
});
