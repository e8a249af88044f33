import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { holdSqliteWriter } from '../../db/writer-gate.js';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../test/webhook-receiver.js';

// The dispatcher's sender, with a hook called as each delivery goes out (before its request is made): the test uses it
// to mark SQLite's writer held at an exact point of a lane, as a sync file taking it would.
const hooks = vi.hoisted(() => ({ beforeSend: (_url: string) => {} }));
vi.mock('./webhook-sender.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./webhook-sender.js')>();
  return {
    ...original,
    createWebhookSender: (...args: Parameters<typeof original.createWebhookSender>) => {
      const sender = original.createWebhookSender(...args);
      return {
        send: (url: string, body: string, headers: Record<string, string>, signal?: AbortSignal) => {
          hooks.beforeSend(url);
          return sender.send(url, body, headers, signal);
        },
        close: () => sender.close(),
      };
    },
  };
});

let t: TestApp;
let rx: WebhookReceiver;

beforeAll(async () => {
  rx = await startWebhookReceiver();
  t = await createTestApp({
    config: { webhookAllowPrivateTargets: true, webhookAllowHttp: true, webhookPollIntervalMs: 20, webhookConcurrency: 1 },
  });
  t.app.webhookDispatcher.start();
});
afterAll(async () => {
  await t?.close();
  await rx?.close();
});

describe('a lane cut short', () => {
  it('sends the rest of its batch before the deliveries that follow it', async () => {
    const path = '/order';
    const created = await t.call('POST', '/webhook/v1/subscriptions', {
      body: { url: rx.url(path), events: ['department.created'], enabled: false },
    });
    expect(created.statusCode, created.body).toBe(200);
    rx.setSecrets(path, [created.json.data.secret]);
    // More than one batch (50): the lane's next step, started while the first batch is sent, reads the two after it.
    for (let i = 0; i < 52; i++)
      expect((await t.call('POST', '/core/v3/departments', { body: { name: `Order ${i}` } })).statusCode).toBe(200);
    // The feed numbers the committed events, so that the first step of the lane queues all of them.
    expect((await t.call('GET', '/event/v1/events?types=office.deleted')).statusCode).toBe(200);

    // As the first delivery goes out, a sync file takes SQLite's writer for a moment: the lane stops after that
    // delivery (turnOver), while its next step, not begun yet, waits for the writer on SQLite. When the writer comes
    // back, that step hands out the two deliveries after the batch; the lane must not send them before the rest of it.
    let release: (() => void) | null = null;
    hooks.beforeSend = (url) => {
      if (release || !url.endsWith(path)) return;
      release = holdSqliteWriter();
      setTimeout(() => release?.(), 300);
    };
    try {
      const enabled = await t.call('PUT', `/webhook/v1/subscriptions/${created.json.data.id}`, { body: { enabled: true } });
      expect(enabled.statusCode, enabled.body).toBe(200);
      await rx.waitUntil(() => rx.at(path).length >= 52, 15_000);
    } finally {
      hooks.beforeSend = () => {};
      (release as (() => void) | null)?.();
    }
    expect(release).not.toBeNull();
    const delivered = rx.at(path).map((r) => r.payload.data.name as string);
    expect(delivered).toEqual(Array.from({ length: 52 }, (_, i) => `Order ${i}`));
  });
});
