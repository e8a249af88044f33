import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';

// The examples of the integrator's guide must work as written.
const guide = fs.readFileSync(path.resolve(__dirname, '../../../../../docs/webhooks.md'), 'utf8');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('docs/webhooks.md', () => {
  it('its subscription example is accepted as written', async () => {
    const match = /curl -s -X POST localhost:3000\/webhook\/v1\/subscriptions[^\n]*-d '(\{[\s\S]*?\})'/.exec(guide);
    expect(match, 'the create example of the guide').not.toBeNull();
    const example = JSON.parse(match![1]!) as { url: string; events: string[]; fields: string[] };
    // Tests run offline: the same body with a literal public address instead of a name to resolve.
    const body = { ...example, url: example.url.replace(/^https:\/\/[^/]+/, 'https://93.184.215.14') };
    const res = await t.call('POST', '/webhook/v1/subscriptions', { body });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json.data).toMatchObject({ events: example.events, fields: example.fields });
  });
});
