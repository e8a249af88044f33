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

  it('a cursor whose following events the retention deleted is a 410, however recently it was issued', async () => {
    const c = await t.newCompany('Backlog reader');
    const post = async (name: string) => {
      const res = await t.call('POST', '/core/v3/departments', { auth: c.auth, body: { name } });
      expect(res.statusCode, res.body).toBe(200);
    };
    const page = async (after: string | undefined, limit: number) =>
      t.call('GET', `/event/v1/events?types=department.created&limit=${limit}${after ? `&after=${after}` : ''}`, { auth: c.auth });
    for (const name of ['B1', 'B2', 'B3', 'B4', 'B5']) await post(name);
    // A slow reader: one page now, the next nearly a retention later, each with the cursor the last one gave.
    const first = await page(undefined, 2);
    expect(first.json.data.map((e: { data: { name: string } }) => e.data.name)).toEqual(['B1', 'B2']);
    clock.advance(29 * 24 * 3600_000);
    const second = await page(first.json.meta.nextCursor, 1);
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json.data.map((e: { data: { name: string } }) => e.data.name)).toEqual(['B3']);
    const cursor = second.json.meta.nextCursor as string;
    // A later event of another company (the newest event is always kept), then B4 and B5 pass the retention.
    await department('Elsewhere');
    clock.advance(2 * 24 * 3600_000);
    expect(await purgeExpiredEvents(t.db.db, clock.now(), 30)).toBeGreaterThan(0);

    // The cursor was issued two days ago, but B4 and B5, after it, are gone: reading on would skip them.
    const gone = await page(cursor, 10);
    expect(gone.statusCode, gone.body).toBe(410);
    expect(gone.json.detail).toMatch(/retention/);
    // Another company's reader, whose cursor is past everything deleted, reads on.
    const other = await readToEnd();
    await department('Later');
    const later = await readToEnd(other.cursor);
    expect(later.items.map((i) => i.data.name)).toEqual(['Later']);
    // Starting again from the beginning (the resynchronisation the 410 asks for) works.
    const again = await page(undefined, 10);
    expect(again.statusCode).toBe(200);
  });
});
