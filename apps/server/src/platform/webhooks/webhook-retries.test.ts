import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdjustableClock, adjustableClock } from '../../test/adjustable-clock.js';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { type SmtpInbox, startSmtpInbox } from '../../test/smtp-inbox.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../test/webhook-receiver.js';
import { retryDelaysMs } from './retry-schedule.js';

let t: TestApp;
let rx: WebhookReceiver;
let inbox: SmtpInbox;
let clock: AdjustableClock;

beforeAll(async () => {
  clock = adjustableClock();
  inbox = await startSmtpInbox();
  rx = await startWebhookReceiver({ now: () => clock.nowMs() });
  t = await createTestApp({
    clock,
    config: {
      webhookAllowPrivateTargets: true,
      webhookAllowHttp: true,
      webhookPollIntervalMs: 20,
      smtpUrl: inbox.url,
      publicUrl: 'https://roster.example.com',
    },
  });
  t.app.webhookDispatcher.start();
});
afterAll(async () => {
  await t?.close();
  await rx?.close();
  await inbox?.close();
});

async function subscribe(path: string, events: string[]) {
  const res = await t.call('POST', '/webhook/v1/subscriptions', { body: { url: rx.url(path), events } });
  expect(res.statusCode, res.body).toBe(200);
  rx.setSecrets(path, [res.json.data.secret]);
  return res.json.data as { id: string; url: string };
}

async function deliveriesOf(subscriptionId: string) {
  return (await t.call('GET', `/webhook/v1/deliveries?subscriptionId=${subscriptionId}&orderBy=createdAt asc`)).json.data as {
    id: string;
    status: string;
    attemptCount: number;
    nextAttemptAt: string | null;
    attempts: { at: string; statusCode: number | null; response: string | null; error: string | null }[];
  }[];
}

describe('retries', () => {
  it('retries at 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, then fails, disables and tells the company by mail', async () => {
    const path = '/flaky';
    rx.respond(path, { status: 500, body: 'database down' });
    const sub = await subscribe(path, ['job_charge.created']);
    await t.call('POST', '/core/v3/job-charges', { body: { name: 'Retried' } });

    await rx.waitUntil(() => rx.at(path).length === 1);
    for (const [i, delay] of retryDelaysMs.entries()) {
      // The attempt is recorded just after the answer; wait for it, then check when the next one is due.
      await expect.poll(async () => (await deliveriesOf(sub.id))[0]?.attemptCount, { timeout: 15_000 }).toBe(i + 1);
      const [pending] = await deliveriesOf(sub.id);
      expect(pending!.status).toBe('pending');
      const last = pending!.attempts[pending!.attempts.length - 1]!;
      expect(last).toMatchObject({ statusCode: 500, response: 'database down' });
      // Counted from the failure, which ends a moment after the attempt began: the two shown to the second may be a
      // second further apart when the attempt crossed one.
      const wait = Date.parse(pending!.nextAttemptAt!) - Date.parse(last.at);
      expect(wait).toBeGreaterThanOrEqual(Math.floor(delay / 1000) * 1000);
      expect(wait).toBeLessThanOrEqual(Math.floor(delay / 1000) * 1000 + 1000);
      // Not due yet: nothing more arrives before the clock gets there.
      clock.advance(delay - 1500);
      await new Promise((r) => setTimeout(r, 80));
      expect(rx.at(path)).toHaveLength(i + 1);
      clock.advance(1500);
      await rx.waitUntil(() => rx.at(path).length === i + 2);
    }
    // Ten attempts in all, every one signed and carrying the same webhook-id.
    const got = rx.at(path);
    expect(got).toHaveLength(10);
    expect(got.every((r) => r.verified)).toBe(true);
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(1);

    await expect.poll(async () => (await deliveriesOf(sub.id))[0]?.status, { timeout: 15_000 }).toBe('failed');
    const [failed] = await deliveriesOf(sub.id);
    expect(failed).toMatchObject({ attemptCount: 10, nextAttemptAt: null });
    const disabled = (await t.call('GET', `/webhook/v1/subscriptions/${sub.id}`)).json.data;
    expect(disabled).toMatchObject({ enabled: false, disabledReason: 'failing', disabledAt: expect.any(String) });

    const mail = await inbox.waitFor((m) => m.subject === `Webhook disabled: ${sub.url}`, 20_000);
    expect(mail.to).toEqual(['hr@example.com']);
    expect(mail.text).toContain('retry schedule');
    expect(mail.text).toContain(`https://roster.example.com/webhook/v1/subscriptions/${sub.id}`);
    expect(mail.text).toContain('HTTP 500');

    const audit = await t.call('GET', `/security/v1/audit-logs?resourceType=webhook_subscription&resourceId=${sub.id}`);
    expect(audit.json.data.map((a: { action: string }) => a.action)).toContain('webhook_subscription.disabled');

    // Redelivery: refused while disabled, then sent again with the same webhook-id once re-enabled.
    rx.respond(path, { status: 204 });
    const refused = await t.call('POST', `/webhook/v1/deliveries/${failed!.id}/redeliver`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json.detail).toContain('enabled');
    const enabled = await t.call('PUT', `/webhook/v1/subscriptions/${sub.id}`, { body: { enabled: true } });
    expect(enabled.json.data).toMatchObject({ enabled: true, disabledReason: null, disabledAt: null });
    const queued = await t.call('POST', `/webhook/v1/deliveries/${failed!.id}/redeliver`);
    expect(queued.statusCode, queued.body).toBe(200);
    expect(queued.json.data.status).toBe('pending');
    // The redelivery is audited; its details are the webhook scope's to read.
    const redelivered = `/security/v1/audit-logs?resourceType=webhook_delivery&resourceId=${failed!.id}`;
    expect((await t.call('GET', redelivered)).json.data[0]).toMatchObject({
      action: 'webhook_delivery.redelivered',
      after: { id: failed!.id, subscriptionId: sub.id },
    });
    const auditor = await t.a.key(['security:read']);
    expect((await t.call('GET', redelivered, { auth: auditor.auth })).json.data[0]).toMatchObject({
      action: 'webhook_delivery.redelivered',
      after: null,
    });
    await rx.waitUntil(() => rx.at(path).length === 11);
    expect(rx.at(path)[10]!.headers['webhook-id']).toBe(got[0]!.headers['webhook-id']);
    expect(rx.at(path)[10]!.verified).toBe(true);
    await expect.poll(async () => (await deliveriesOf(sub.id))[0]?.status, { timeout: 15_000 }).toBe('succeeded');
    const [succeeded] = await deliveriesOf(sub.id);
    expect(succeeded!.attempts).toHaveLength(11);
    expect(succeeded!.attempts[10]).toMatchObject({ statusCode: 204 });
  });

  it('counts the wait for a retry from the failure, not from when the failed attempt began', async () => {
    const path = '/slow-failure';
    // The receiver takes 20 s (on the server's clock) to answer 500, as a slow or timing-out receiver does.
    rx.respond(path, () => {
      clock.advance(20_000);
      return { status: 500, body: 'slow' };
    });
    const sub = await subscribe(path, ['office.created']);
    await t.call('POST', '/core/v3/offices', { body: { name: 'Slowly failing' } });
    await expect.poll(async () => (await deliveriesOf(sub.id))[0]?.attemptCount, { timeout: 15_000 }).toBe(1);
    const [pending] = await deliveriesOf(sub.id);
    const began = Date.parse(pending!.attempts[0]!.at);
    expect(Date.parse(pending!.nextAttemptAt!) - began).toBeGreaterThanOrEqual(20_000 + 5_000);
    rx.respond(path, { status: 200 });
    clock.advance(6_000);
    await rx.waitUntil(() => rx.at(path).length === 2);
  });

  it('disables the subscription at once on 410 Gone and tells the company; later events wait for re-enabling', async () => {
    const path = '/gone';
    rx.respond(path, { status: 410, body: 'endpoint removed' });
    const sub = await subscribe(path, ['office.*']);
    await t.call('POST', '/core/v3/offices', { body: { name: 'Gone 1' } });
    await rx.waitUntil(() => rx.at(path).length === 1);
    await expect
      .poll(async () => (await t.call('GET', `/webhook/v1/subscriptions/${sub.id}`)).json.data.disabledReason, { timeout: 15_000 })
      .toBe('gone');
    const [delivery] = await deliveriesOf(sub.id);
    expect(delivery).toMatchObject({ status: 'failed', attemptCount: 1, attempts: [{ statusCode: 410, response: 'endpoint removed' }] });
    const mail = await inbox.waitFor((m) => m.subject === `Webhook disabled: ${sub.url}`, 20_000);
    expect(mail.text).toContain('410 Gone');

    // Events while disabled are not sent, and not lost: re-enabling delivers them.
    await t.call('POST', '/core/v3/offices', { body: { name: 'Gone 2' } });
    await new Promise((r) => setTimeout(r, 150));
    expect(rx.at(path)).toHaveLength(1);
    rx.respond(path, { status: 200 });
    await t.call('PUT', `/webhook/v1/subscriptions/${sub.id}`, { body: { enabled: true } });
    await rx.waitUntil(() => rx.at(path).length === 2);
    expect(rx.at(path)[1]!.payload.data.name).toBe('Gone 2');
  });

  it('treats a refused target at delivery time as a failed attempt', async () => {
    const path = '/moved-inside';
    const sub = await subscribe(path, ['role.created']);
    // The target moved to a metadata address (never allowed) after the subscription was checked.
    await t.db.db
      .updateTable('webhookSubscriptions')
      .set({ url: 'http://169.254.169.254/latest/meta-data' })
      .where('id', '=', sub.id)
      .execute();
    await t.call('POST', '/core/v3/roles', { body: { name: 'Refused' } });
    await expect.poll(async () => (await deliveriesOf(sub.id))[0]?.attemptCount ?? 0, { timeout: 15_000 }).toBe(1);
    const [delivery] = await deliveriesOf(sub.id);
    expect(delivery!.status).toBe('pending');
    expect(delivery!.attempts[0]).toMatchObject({ statusCode: null });
    expect(delivery!.attempts[0]!.error).toMatch(/^refused: 169\.254\.169\.254 is a cloud metadata service address/);
  });
});
