import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdjustableClock, adjustableClock } from '../../test/adjustable-clock.js';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../test/webhook-receiver.js';
import { purgeExpiredEvents } from './event-retention.js';

let t: TestApp;
let rx: WebhookReceiver;
let clock: AdjustableClock;

beforeAll(async () => {
  clock = adjustableClock();
  rx = await startWebhookReceiver({ now: () => clock.nowMs() });
  t = await createTestApp({
    clock,
    config: { webhookAllowPrivateTargets: true, webhookAllowHttp: true, webhookPollIntervalMs: 20 },
  });
  t.app.webhookDispatcher.start();
});
afterAll(async () => {
  await t?.close();
  await rx?.close();
});

async function readToEnd(after?: string) {
  const items: { id: string; type: string; data: { name?: string } }[] = [];
  let cursor = after;
  for (;;) {
    const res = await t.call('GET', `/event/v1/events?limit=100${cursor ? `&after=${cursor}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    items.push(...res.json.data);
    cursor = res.json.meta.nextCursor as string;
    if (!res.json.meta.hasMore) return { items, cursor };
  }
}

async function department(name: string) {
  const res = await t.call('POST', '/core/v3/departments', { body: { name } });
  expect(res.statusCode, res.body).toBe(200);
}

describe('event retention', () => {
  it('after a quiet period longer than the retention, new events still reach a kept cursor and the subscriptions', async () => {
    const sub = await t.call('POST', '/webhook/v1/subscriptions', { body: { url: rx.url('/quiet'), events: ['department.*'] } });
    expect(sub.statusCode, sub.body).toBe(200);
    rx.setSecrets('/quiet', [sub.json.data.secret]);
    await department('Before the quiet month');
    await rx.waitUntil(() => rx.at('/quiet').length === 1);

    // Nothing is written for more than the retention; the reader keeps polling, so its cursor stays fresh.
    clock.advance(31 * 24 * 3600_000);
    const { cursor } = await readToEnd();
    await purgeExpiredEvents(t.db.db, clock.now(), 30);

    await department('After the quiet month');
    const later = await readToEnd(cursor);
    expect(later.items.map((i) => i.data.name)).toEqual(['After the quiet month']);
    await rx.waitUntil(() => rx.at('/quiet').length === 2);
    expect(rx.at('/quiet')[1]!.payload.data.name).toBe('After the quiet month');
    expect(rx.at('/quiet').every((r) => r.verified)).toBe(true);
  });
});
