import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdjustableClock, adjustableClock } from '../../test/adjustable-clock.js';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { startWebhookReceiver, verifyAt, type WebhookReceiver } from '../../test/webhook-receiver.js';

let t: TestApp;
let rx: WebhookReceiver;
let clock: AdjustableClock;

beforeAll(async () => {
  clock = adjustableClock();
  rx = await startWebhookReceiver({ now: () => clock.nowMs() });
  t = await createTestApp({
    clock,
    config: { webhookAllowPrivateTargets: true, webhookAllowHttp: true, webhookPollIntervalMs: 20, webhookConcurrency: 4 },
  });
  t.app.webhookDispatcher.start();
});
afterAll(async () => {
  await t?.close();
  await rx?.close();
});

let n = 0;
/** Creates a subscription whose deliveries go to a fresh receiver path; returns it with its path and secret. */
async function subscribe(body: Record<string, unknown>, auth?: Record<string, string>) {
  n += 1;
  const path = `/hook/${n}`;
  const res = await t.call('POST', '/webhook/v1/subscriptions', { auth, body: { url: rx.url(path), ...body } });
  expect(res.statusCode, res.body).toBe(200);
  rx.setSecrets(path, [res.json.data.secret]);
  return { ...res.json.data, path } as { id: string; secret: string; path: string };
}

async function createDepartment(name: string, auth?: Record<string, string>) {
  const res = await t.call('POST', '/core/v3/departments', { auth, body: { name } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data as { id: string; name: string };
}

async function createEmployee(extra: Record<string, unknown> = {}) {
  n += 1;
  const res = await t.call('POST', '/core/v3/employees', {
    body: { firstName: `Ana${n}`, lastName: 'Webhook', email: `ana${n}@example.com`, nid: `NID-${n}`, ...extra },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data as { id: string; firstName: string; nid?: string };
}

describe('webhook delivery', () => {
  it('delivers matching events signed per Standard Webhooks, in commit order, with the object as GET returns it', async () => {
    const sub = await subscribe({ events: ['employee.*', 'department.created'], description: 'ERP' });
    const department = await createDepartment('Delivery Dept');
    const employee = await createEmployee();
    const updated = await t.call('PUT', `/core/v3/employees/${employee.id}`, {
      body: { firstName: 'Renamed', lastName: 'Webhook', status: 'active' },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect((await t.call('POST', `/core/v3/employees/${employee.id}/terminate`, { body: {} })).statusCode).toBe(200);
    await t.call('POST', '/core/v3/offices', { body: { name: 'Not subscribed' } });

    await rx.waitUntil(() => rx.at(sub.path).length >= 4);
    const got = rx.at(sub.path);
    expect(
      got.every((r) => r.verified),
      got.map((r) => r.verifyError).join(),
    ).toBe(true);
    expect(got.map((r) => r.payload.type)).toEqual(['department.created', 'employee.created', 'employee.updated', 'employee.terminated']);
    for (const r of got) {
      expect(r.headers['webhook-id']).toBe(r.payload.id);
      expect(r.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/=]+$/);
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.payload).toMatchObject({ companyId: t.a.company.id, timestamp: expect.stringMatching(/\+00:00$/) });
    }
    expect(got[0]!.payload.data).toEqual(department);
    expect(got[1]!.payload.data).toEqual(employee);
    expect(got[1]!.payload).not.toHaveProperty('changes');
    expect(got[2]!.payload.data).toEqual(updated.json.data);
    expect(got[2]!.payload.changes).toEqual(['firstName']);
    const current = await t.call('GET', `/core/v3/employees/${employee.id}`);
    expect(got[3]!.payload.data).toEqual(current.json.data);

    // The delivery log: one succeeded delivery per event with its attempt.
    await expect
      .poll(async () => (await t.call('GET', `/webhook/v1/deliveries?subscriptionId=${sub.id}&status=succeeded`)).json.meta.total, {
        timeout: 15_000,
      })
      .toBe(4);
    const log = await t.call('GET', `/webhook/v1/deliveries?subscriptionId=${sub.id}&orderBy=createdAt asc`);
    const first = log.json.data.find((d: { eventType: string }) => d.eventType === 'department.created');
    expect(first).toMatchObject({
      subscriptionId: sub.id,
      eventId: got[0]!.payload.id,
      status: 'succeeded',
      attemptCount: 1,
      nextAttemptAt: null,
      attempts: [{ statusCode: 200, response: 'ok', error: null, durationMs: expect.any(Number), at: expect.stringMatching(/\+00:00$/) }],
    });
    const byType = await t.call('GET', `/webhook/v1/deliveries?subscriptionId=${sub.id}&eventType=employee.updated`);
    expect(byType.json.meta.total).toBe(1);
    // Wildcards as in a subscription's filter.
    const byResource = await t.call('GET', `/webhook/v1/deliveries?subscriptionId=${sub.id}&eventType=employee.*`);
    expect(byResource.json.data.map((d: { eventType: string }) => d.eventType).sort()).toEqual([
      'employee.created',
      'employee.terminated',
      'employee.updated',
    ]);
    expect((await t.call('GET', `/webhook/v1/deliveries?subscriptionId=${sub.id}&eventType=*`)).json.meta.total).toBe(4);
    const one = await t.call('GET', `/webhook/v1/deliveries/${first.id}`);
    expect(one.json.data.id).toBe(first.id);
    expect(one.headers.etag).toMatch(/^".+"$/);
    const unchanged = await t.call('GET', `/webhook/v1/deliveries/${first.id}`, {
      headers: { 'if-none-match': one.headers.etag as string },
    });
    expect(unchanged.statusCode).toBe(304);
  });

  it('lets the receiver reject a tampered body, a stale timestamp and the wrong secret', async () => {
    const sub = await subscribe({ events: ['job_charge.created'] });
    await t.call('POST', '/core/v3/job-charges', { body: { name: 'Verifier' } });
    await rx.waitUntil(() => rx.at(sub.path).length >= 1);
    const [delivery] = rx.at(sub.path);
    const { body, headers } = delivery!;
    expect(verifyAt(sub.secret, body, headers, clock.nowMs())).toMatchObject({ type: 'job_charge.created' });
    expect(() => verifyAt(sub.secret, body.replace('Verifier', 'Tampered'), headers, clock.nowMs())).toThrow(/signature/i);
    expect(() => verifyAt(sub.secret, body, headers, clock.nowMs() + 10 * 60_000)).toThrow(/too old/i);
    const other = await subscribe({ events: ['job_charge.deleted'] });
    expect(() => verifyAt(other.secret, body, headers, clock.nowMs())).toThrow(/signature/i);
    expect(() => verifyAt(sub.secret, body, { ...headers, 'webhook-id': 'another-id' }, clock.nowMs())).toThrow(/signature/i);
  });

  it('matches exact names, resource wildcards and *', async () => {
    const exact = await subscribe({ events: ['office.created'] });
    const resource = await subscribe({ events: ['role.*'] });
    const everything = await subscribe({ events: ['*'] });
    const office = (await t.call('POST', '/core/v3/offices', { body: { name: 'Wildcard office' } })).json.data;
    const role = (await t.call('POST', '/core/v3/roles', { body: { name: 'Wildcard role' } })).json.data;
    await t.call('PUT', `/core/v3/roles/${role.id}`, { body: { name: 'Wildcard role 2' } });
    await t.call('PUT', `/core/v3/offices/${office.id}`, { body: { name: 'Wildcard office 2' } });
    await rx.waitUntil(() => rx.at(everything.path).filter((r) => /^(office|role)\./.test(r.payload.type)).length >= 4);
    await rx.waitUntil(() => rx.at(resource.path).length >= 2 && rx.at(exact.path).length >= 1);
    const types = (path: string) => rx.at(path).map((r) => r.payload.type);
    expect(types(exact.path)).toEqual(['office.created']);
    expect(types(resource.path)).toEqual(['role.created', 'role.updated']);
    expect(types(everything.path).filter((x) => /^(office|role)\./.test(x))).toEqual([
      'office.created',
      'role.created',
      'role.updated',
      'office.updated',
    ]);
  });

  it('delivers *.updated only when a monitored field changed', async () => {
    const employee = await createEmployee();
    const sub = await subscribe({ events: ['employee.updated', 'employee.terminated'], fields: ['email'] });
    const put = (body: Record<string, unknown>) =>
      t.call('PUT', `/core/v3/employees/${employee.id}`, {
        body: { firstName: employee.firstName, lastName: 'Webhook', status: 'active', ...body },
      });
    expect((await put({ firstName: 'NotMonitored' })).statusCode).toBe(200);
    expect((await put({ firstName: 'NotMonitored', email: 'monitored@example.com' })).statusCode).toBe(200);
    await t.call('POST', `/core/v3/employees/${employee.id}/terminate`, { body: {} });
    await rx.waitUntil(() => rx.at(sub.path).length >= 2);
    const got = rx.at(sub.path);
    expect(got.map((r) => [r.payload.type, r.payload.changes])).toEqual([
      ['employee.updated', ['email']],
      ['employee.terminated', expect.arrayContaining(['status'])],
    ]);
    const log = await t.call('GET', `/webhook/v1/deliveries?subscriptionId=${sub.id}`);
    expect(log.json.meta.total).toBe(2);
  });

  it('sends sensitive fields only when the owner key may read them, also of embedded employees', async () => {
    const plain = await t.a.key(['webhook:read', 'webhook:write', 'core:read']);
    const personal = await t.a.key(['webhook:read', 'webhook:write', 'core:read', 'personal:read']);
    const withoutScope = await subscribe({ events: ['employee.created', 'employee_manager.created'] }, plain.auth);
    const withScope = await subscribe({ events: ['employee.created', 'employee_manager.created'] }, personal.auth);
    const employee = await createEmployee({ dateOfBirth: '1990-01-02', pricePerHour: 25 });
    const manager = await createEmployee();
    const link = await t.call('POST', '/core/v3/employee-managers', {
      body: { employeeId: employee.id, managerId: manager.id, permission: 'check', order: 0 },
    });
    expect(link.statusCode, link.body).toBe(200);
    await rx.waitUntil(() => rx.at(withoutScope.path).length >= 3 && rx.at(withScope.path).length >= 3);
    const created = (path: string) => rx.at(path).find((r) => r.payload.type === 'employee.created' && r.payload.data.id === employee.id)!;
    const linked = (path: string) => rx.at(path).find((r) => r.payload.type === 'employee_manager.created')!;
    expect(created(withoutScope.path).payload.data).not.toHaveProperty('nid');
    expect(created(withoutScope.path).payload.data).not.toHaveProperty('dateOfBirth');
    expect(created(withoutScope.path).payload.data).not.toHaveProperty('pricePerHour');
    expect(created(withoutScope.path).payload.data.firstName).toBe(employee.firstName);
    expect(linked(withoutScope.path).payload.data.employee).not.toHaveProperty('nid');
    expect(linked(withoutScope.path).payload.data.manager).not.toHaveProperty('nid');
    expect(created(withScope.path).payload.data.nid).toBe(employee.nid);
    expect(created(withScope.path).payload.data.dateOfBirth).toBe('1990-01-02');
    expect(created(withScope.path).payload.data).not.toHaveProperty('pricePerHour');
    expect(linked(withScope.path).payload.data.employee.nid).toBe(employee.nid);
    expect(rx.at(withScope.path).every((r) => r.verified)).toBe(true);
  });

  it('does not deliver an update of fields the owner key may not read only', async () => {
    const plain = await t.a.key(['webhook:read', 'webhook:write', 'core:read']);
    const hook = await subscribe({ events: ['employee.updated'] }, plain.auth);
    const e = await createEmployee();
    const body = (extra: Record<string, unknown>) => ({ firstName: e.firstName, lastName: 'Webhook', status: 'active', ...extra });
    expect((await t.call('PUT', `/core/v3/employees/${e.id}`, { body: body({ nid: 'ONLY-HIDDEN' }) })).statusCode).toBe(200);
    expect((await t.call('PUT', `/core/v3/employees/${e.id}`, { body: body({ phone: '+34 600 111 222', nid: 'ALSO' }) })).statusCode).toBe(
      200,
    );
    await rx.waitUntil(() => rx.at(hook.path).length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(rx.at(hook.path).map((r) => r.payload.changes)).toEqual([['phone']]);
  });

  it('delivers only what the owner key may read, even to *', async () => {
    const webhookOnly = await t.a.key(['webhook:read', 'webhook:write']);
    const denied = await t.call('POST', '/webhook/v1/subscriptions', {
      auth: webhookOnly.auth,
      body: { url: rx.url('/denied'), events: ['employee.created'] },
    });
    expect(denied.statusCode).toBe(403);
    expect(denied.json.detail).toContain('core:read');
    const all = await subscribe({ events: ['*'] }, webhookOnly.auth);
    await createEmployee();
    const marker = await subscribe({ events: ['office.deleted'], description: 'marker' });
    await rx.waitUntil(() => rx.at(all.path).some((r) => r.payload.data.id === marker.id));
    expect(new Set(rx.at(all.path).map((r) => r.payload.type.split('.')[0]))).toEqual(new Set(['webhook_subscription']));
    expect(rx.at(all.path).every((r) => !('secret' in r.payload.data))).toBe(true);
  });

  it('rotates the secret: both signatures for 24 h, then only the new one', async () => {
    const sub = await subscribe({ events: ['department.updated'] });
    const department = await createDepartment('Rotation');
    const rotated = await t.call('POST', `/webhook/v1/subscriptions/${sub.id}/rotate-secret`);
    expect(rotated.statusCode, rotated.body).toBe(200);
    const next = rotated.json.data.secret as string;
    expect(next).toMatch(/^whsec_/);
    expect(next).not.toBe(sub.secret);
    expect(Date.parse(rotated.json.data.previousSecretExpiresAt) - clock.nowMs()).toBeGreaterThan(23.9 * 3600_000);

    await t.call('PUT', `/core/v3/departments/${department.id}`, { body: { name: 'Rotation 2' } });
    await rx.waitUntil(() => rx.at(sub.path).length >= 1);
    const during = rx.at(sub.path)[0]!;
    expect(during.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(() => verifyAt(sub.secret, during.body, during.headers, clock.nowMs())).not.toThrow();
    expect(() => verifyAt(next, during.body, during.headers, clock.nowMs())).not.toThrow();

    clock.advance(24 * 3600_000 + 1000);
    await t.call('PUT', `/core/v3/departments/${department.id}`, { body: { name: 'Rotation 3' } });
    await rx.waitUntil(() => rx.at(sub.path).length >= 2);
    const after = rx.at(sub.path)[1]!;
    expect(after.headers['webhook-signature']!.split(' ')).toHaveLength(1);
    expect(() => verifyAt(next, after.body, after.headers, clock.nowMs())).not.toThrow();
    expect(() => verifyAt(sub.secret, after.body, after.headers, clock.nowMs())).toThrow(/signature/i);
  });

  it('keeps every replaced secret signing for its own 24 h, across several rotations, up to 5 within 24 h', async () => {
    const sub = await subscribe({ events: ['department.updated'] });
    const department = await createDepartment('Rotations');
    const rotate = () => t.call('POST', `/webhook/v1/subscriptions/${sub.id}/rotate-secret`);
    let renames = 0;
    /** The next delivery to the subscription, after a department rename. */
    const nextMessage = async () => {
      renames += 1;
      const seen = rx.at(sub.path).length;
      await t.call('PUT', `/core/v3/departments/${department.id}`, { body: { name: `Rotations ${renames}` } });
      await rx.waitUntil(() => rx.at(sub.path).length > seen);
      return rx.at(sub.path)[seen]!;
    };
    const verifies = (secret: string, m: { body: string; headers: Record<string, string> }) => {
      try {
        verifyAt(secret, m.body, m.headers, clock.nowMs());
        return true;
      } catch {
        return false;
      }
    };

    const a = sub.secret;
    const first = await rotate();
    expect(first.statusCode, first.body).toBe(200);
    const b = first.json.data.secret as string;
    clock.advance(12 * 3600_000);
    const second = await rotate();
    expect(second.statusCode, second.body).toBe(200);
    const c = second.json.data.secret as string;
    // The view shows the latest end: that of the secret replaced last.
    expect(Date.parse(second.json.data.previousSecretExpiresAt) - clock.nowMs()).toBeGreaterThan(23.9 * 3600_000);

    // The second rotation, 12 h after the first, ends neither earlier secret: three signatures, each verifies.
    const during = await nextMessage();
    expect(during.headers['webhook-signature']!.split(' ')).toHaveLength(3);
    expect([a, b, c].map((secret) => verifies(secret, during))).toEqual([true, true, true]);

    // 24 h after the first rotation, A's time is over; B, replaced 12 h ago, still signs.
    clock.advance(12 * 3600_000 + 1000);
    const later = await nextMessage();
    expect(later.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect([a, b, c].map((secret) => verifies(secret, later))).toEqual([false, true, true]);

    // Up to 5 previous secrets sign at once; a further rotation is refused until the oldest one's time is over.
    const secrets = [c];
    for (let i = 0; i < 4; i++) {
      const res = await rotate();
      expect(res.statusCode, res.body).toBe(200);
      secrets.push(res.json.data.secret);
    }
    const refused = await rotate();
    expect(refused.statusCode).toBe(409);
    expect(refused.json.type).toBe('/problems/conflict');
    expect(refused.json.detail).toContain('rotated 5 times in the last 24 h');
    expect(refused.body).not.toContain('whsec_');
    const crowded = await nextMessage();
    expect(crowded.headers['webhook-signature']!.split(' ')).toHaveLength(6);
    expect([b, ...secrets].every((secret) => verifies(secret, crowded))).toBe(true);
    expect(verifies(a, crowded)).toBe(false);
    // Once B's 24 h are over, a rotation is possible again.
    clock.advance(12 * 3600_000);
    expect((await rotate()).statusCode).toBe(200);
  });

  it('records each delivery to a slow receiver as soon as it is answered, not after the batch', async () => {
    const sub = await subscribe({ events: ['department.created'], enabled: false });
    rx.respond(sub.path, { status: 200, body: 'slow ok', delayMs: 700 });
    for (let i = 0; i < 4; i++) await createDepartment(`Slow ${i}`);
    // The feed numbers the committed events: re-enabling then queues all four at once, as one batch.
    expect((await t.call('GET', '/event/v1/events?types=office.deleted')).statusCode).toBe(200);
    expect((await t.call('PUT', `/webhook/v1/subscriptions/${sub.id}`, { body: { enabled: true } })).statusCode).toBe(200);

    // The first is answered when the second arrives.
    await rx.waitUntil(() => rx.at(sub.path).length >= 2);
    const log = async () =>
      (await t.call('GET', `/webhook/v1/deliveries?subscriptionId=${sub.id}&orderBy=createdAt asc`)).json.data as {
        eventId: string;
        status: string;
        attemptCount: number;
        attempts: { statusCode: number }[];
      }[];
    await expect
      // Within about a second (SuccessRecorder.WAIT_MS), with a margin for a loaded machine.
      .poll(async () => (await log()).find((d) => d.eventId === rx.at(sub.path)[0]!.payload.id)?.status, { timeout: 3000 })
      .toBe('succeeded');
    // Meanwhile the rest of the batch is still being sent: the log is not waiting for it.
    expect(rx.at(sub.path).length).toBeLessThan(4);
    const now = await log();
    expect(now.find((d) => d.eventId === rx.at(sub.path)[0]!.payload.id)).toMatchObject({
      attemptCount: 1,
      attempts: [{ statusCode: 200 }],
    });
    expect(now.filter((d) => d.status === 'pending').length).toBeGreaterThan(0);

    await rx.waitUntil(() => rx.at(sub.path).length >= 4);
    await expect
      .poll(async () => (await log()).map((d) => [d.status, d.attemptCount]), { timeout: 5000 })
      .toEqual(Array.from({ length: 4 }, () => ['succeeded', 1]));
    expect(new Set(rx.at(sub.path).map((r) => r.payload.id)).size).toBe(4);
  });

  it('sends a retry or a redelivery only if the subscription still takes the event, wherever its url now points', async () => {
    const owner = await t.a.key(['core:read', 'security:read', 'webhook:read', 'webhook:write']);
    const sub = await subscribe({ events: ['api_key.*', 'department.*'] }, owner.auth);
    // One api_key event is delivered, another one fails and waits for its retry.
    rx.respond(sub.path, (r) => ({ status: r.payload.data.name === 'Retried key' ? 500 : 200 }));
    expect((await t.call('POST', '/security/v1/api-keys', { body: { name: 'Delivered key', scopes: ['core:read'] } })).statusCode).toBe(
      200,
    );
    expect((await t.call('POST', '/security/v1/api-keys', { body: { name: 'Retried key', scopes: ['core:read'] } })).statusCode).toBe(200);
    const named = (name: string) => rx.at(sub.path).find((r) => r.payload.data.name === name)?.payload.id as string | undefined;
    await rx.waitUntil(() => named('Delivered key') !== undefined && named('Retried key') !== undefined);
    const log = async () =>
      (await t.call('GET', `/webhook/v1/deliveries?subscriptionId=${sub.id}`)).json.data as {
        id: string;
        eventId: string;
        status: string;
        attempts: { statusCode: number | null; error: string | null }[];
      }[];
    const deliveryOf = async (eventId: string | undefined) => (await log()).find((d) => d.eventId === eventId);
    await expect.poll(async () => (await deliveryOf(named('Delivered key')))?.status, { timeout: 5000 }).toBe('succeeded');
    await expect.poll(async () => (await deliveryOf(named('Retried key')))?.attempts.length, { timeout: 5000 }).toBe(1);
    const delivered = await deliveryOf(named('Delivered key'));
    const retried = await deliveryOf(named('Retried key'));
    expect(retried!.status).toBe('pending');

    // The owner narrows the events; a key that may read departments, not api keys, then points the url elsewhere.
    const narrowed = await t.call('PUT', `/webhook/v1/subscriptions/${sub.id}`, { auth: owner.auth, body: { events: ['department.*'] } });
    expect(narrowed.statusCode, narrowed.body).toBe(200);
    const peer = await t.a.key(['core:read', 'webhook:read', 'webhook:write']);
    n += 1;
    const elsewhere = `/hook/${n}`;
    rx.setSecrets(elsewhere, [sub.secret]);
    const moved = await t.call('PUT', `/webhook/v1/subscriptions/${sub.id}`, { auth: peer.auth, body: { url: rx.url(elsewhere) } });
    expect(moved.statusCode, moved.body).toBe(200);

    // Neither the api_key event delivered before (a redelivery) nor the one queued before (its retry) goes there.
    const refused = await t.call('POST', `/webhook/v1/deliveries/${delivered!.id}/redeliver`, { auth: peer.auth });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json.detail).toContain('no longer takes');
    clock.advance(6_000);
    await expect.poll(async () => (await deliveryOf(retried!.eventId))?.status, { timeout: 5000 }).toBe('failed');
    expect((await deliveryOf(retried!.eventId))!.attempts.map((a) => a.error)).toEqual([
      null,
      expect.stringContaining('no longer takes this event'),
    ]);
    await createDepartment('After the move');
    await rx.waitUntil(() => rx.at(elsewhere).length >= 1);
    expect(rx.at(elsewhere).map((r) => r.payload.type)).toEqual(['department.created']);
  });

  it('sends a test message and reports the receiver’s answer', async () => {
    const sub = await subscribe({ events: ['office.deleted'], enabled: false });
    const ok = await t.call('POST', `/webhook/v1/subscriptions/${sub.id}/test`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json.data).toMatchObject({ success: true, statusCode: 200, response: 'ok', error: null, durationMs: expect.any(Number) });
    const [message] = rx.at(sub.path);
    expect(message!.verified).toBe(true);
    expect(message!.payload).toMatchObject({ id: ok.json.data.eventId, type: 'webhook.test', data: { subscriptionId: sub.id } });

    rx.respond(sub.path, { status: 503, body: 'maintenance' });
    const failing = await t.call('POST', `/webhook/v1/subscriptions/${sub.id}/test`);
    expect(failing.json.data).toMatchObject({ success: false, statusCode: 503, response: 'maintenance' });

    const dead = await t.call('POST', '/webhook/v1/subscriptions', {
      body: { url: 'http://127.0.0.1:1/nothing', events: ['office.deleted'] },
    });
    const refused = await t.call('POST', `/webhook/v1/subscriptions/${dead.json.data.id}/test`);
    expect(refused.json.data).toMatchObject({ success: false, statusCode: null, error: 'connection refused' });
  });

  it('keeps per-subscription order under a burst of writes', async () => {
    const sub = await subscribe({ events: ['department.created'] });
    const names = Array.from({ length: 40 }, (_, i) => `Burst ${i}`);
    await Promise.all(names.map((name) => createDepartment(name)));
    await rx.waitUntil(() => rx.at(sub.path).length >= 40);
    const delivered = rx.at(sub.path).map((r) => r.payload.id);
    const committed = await t.db.db
      .selectFrom('events')
      .select('id')
      .where('companyId', '=', t.a.company.id)
      .where('type', '=', 'department.created')
      .where('id', 'in', delivered)
      .orderBy('commitSeq')
      .execute();
    expect(delivered).toEqual(committed.map((e) => e.id));
    expect(new Set(delivered).size).toBe(40);
  });
});

describe('delivery log access', () => {
  it('needs a key (401) with webhook:read (403), and hides other companies’ deliveries (404)', async () => {
    const sub = await subscribe({ events: ['department.deleted'] });
    const department = await createDepartment('Log access');
    await t.call('DELETE', `/core/v3/departments/${department.id}`);
    await rx.waitUntil(() => rx.at(sub.path).length >= 1);
    await expect
      .poll(async () => (await t.call('GET', `/webhook/v1/deliveries?subscriptionId=${sub.id}`)).json.meta.total, { timeout: 15_000 })
      .toBe(1);
    const delivery = (await t.call('GET', `/webhook/v1/deliveries?subscriptionId=${sub.id}`)).json.data[0];

    expect((await t.call('GET', '/webhook/v1/deliveries', { auth: {} })).statusCode).toBe(401);
    const coreOnly = await t.a.key(['core:read']);
    const forbidden = await t.call('GET', '/webhook/v1/deliveries', { auth: coreOnly.auth });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json.detail).toContain('webhook:read');
    const reader = await t.a.key(['webhook:read']);
    expect((await t.call('POST', `/webhook/v1/deliveries/${delivery.id}/redeliver`, { auth: reader.auth })).statusCode).toBe(403);

    expect((await t.call('GET', `/webhook/v1/deliveries/${delivery.id}`, { auth: t.b.auth })).statusCode).toBe(404);
    expect((await t.call('POST', `/webhook/v1/deliveries/${delivery.id}/redeliver`, { auth: t.b.auth })).statusCode).toBe(404);
    expect((await t.call('GET', `/webhook/v1/deliveries?subscriptionId=${sub.id}`, { auth: t.b.auth })).json.meta.total).toBe(0);

    const day = new Date(clock.nowMs()).toISOString().slice(0, 10);
    expect((await t.call('GET', `/webhook/v1/deliveries?subscriptionId=${sub.id}&createdAt[gte]=${day}`)).json.meta.total).toBe(1);
    expect((await t.call('GET', `/webhook/v1/deliveries?subscriptionId=${sub.id}&createdAt[lte]=2000-01-01`)).json.meta.total).toBe(0);
    expect((await t.call('GET', `/webhook/v1/deliveries?subscriptionId=${sub.id}&status=failed`)).json.meta.total).toBe(0);
    const bad = await t.call('GET', '/webhook/v1/deliveries?status=lost');
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors[0]).toMatchObject({ pointer: '/status', location: 'query', parameter: 'status' });
  });
});
