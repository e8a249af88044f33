import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../test/webhook-receiver.js';

// Positions in the commit order, from the outside: a feed cursor stays valid and misses nothing when the newest events
// are deleted (a sandbox deleted with its events), and a new subscription starts after what committed before it.
let t: TestApp;
let rx: WebhookReceiver;
beforeAll(async () => {
  rx = await startWebhookReceiver();
  t = await createTestApp({ config: { webhookAllowPrivateTargets: true, webhookAllowHttp: true, webhookPollIntervalMs: 20 } });
});
afterAll(async () => {
  await t?.close();
  await rx?.close();
});

/** Runs the app's dispatcher until `path` has received `count` deliveries, and a moment more for anything else. */
async function deliver(app: TestApp, path: string, count: number) {
  app.app.webhookDispatcher.start();
  try {
    await rx.waitUntil((received) => received.filter((r) => r.path === path).length >= count);
    await new Promise((r) => setTimeout(r, 300));
  } finally {
    await app.app.webhookDispatcher.stop();
  }
}

interface FeedPage {
  data: { type: string; data: { name?: string } }[];
  meta: { nextCursor: string; hasMore: boolean };
}

/** Reads the company's feed to its end from `after` (from the start without it); the events and the last cursor. */
async function readToEnd(auth: Record<string, string>, after?: string) {
  const types: string[] = [];
  const names: string[] = [];
  let cursor = after;
  for (;;) {
    const res = await t.call('GET', `/event/v1/events?limit=500${cursor ? `&after=${encodeURIComponent(cursor)}` : ''}`, { auth });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json as FeedPage;
    for (const e of page.data) {
      types.push(e.type);
      if (e.data?.name) names.push(e.data.name);
    }
    cursor = page.meta.nextCursor;
    if (!page.meta.hasMore) return { types, names, cursor };
  }
}

describe('the change feed when the newest events are deleted', () => {
  it('a sandbox deleted with its events: cursors issued before stay valid, and every later event is read, in every company', async () => {
    const live = await t.newCompany('Feed live');
    const other = await t.newCompany('Feed other');
    const created = await t.call('POST', '/security/v1/sandboxes', { auth: live.auth, body: { name: 'Feed sandbox' } });
    expect(created.statusCode, created.body).toBe(200);
    const sandbox = created.json.data as { id: string; adminKey: { token: string } };
    const sandboxAuth = { authorization: `Bearer ${sandbox.adminKey.token}` };
    // The newest events of the whole instance are the sandbox's.
    for (let i = 1; i <= 3; i++) {
      const res = await t.call('POST', '/core/v3/departments', { auth: sandboxAuth, body: { name: `Sandbox dep ${i}` } });
      expect(res.statusCode, res.body).toBe(200);
    }
    const liveAt = (await readToEnd(live.auth)).cursor;
    const otherAt = (await readToEnd(other.auth)).cursor;
    expect((await readToEnd(sandboxAuth)).names.slice(-3)).toEqual(['Sandbox dep 1', 'Sandbox dep 2', 'Sandbox dep 3']);

    expect((await t.call('DELETE', `/security/v1/sandboxes/${sandbox.id}`, { auth: live.auth })).statusCode).toBe(200);
    for (let i = 1; i <= 4; i++) {
      const res = await t.call('POST', '/core/v3/departments', { auth: other.auth, body: { name: `Other dep ${i}` } });
      expect(res.statusCode, res.body).toBe(200);
    }

    expect((await readToEnd(live.auth, liveAt)).types).toEqual(['sandbox.deleted']);
    expect((await readToEnd(other.auth, otherAt)).names).toEqual(['Other dep 1', 'Other dep 2', 'Other dep 3', 'Other dep 4']);
  });
});

describe('a new webhook subscription', () => {
  it('receives the events that commit after its creation, not one that committed just before it', async () => {
    const c = await t.newCompany('Subscription start');
    const before = await t.call('POST', '/core/v3/departments', { auth: c.auth, body: { name: 'Before the subscription' } });
    expect(before.statusCode, before.body).toBe(200);
    const sub = await t.call('POST', '/webhook/v1/subscriptions', {
      auth: c.auth,
      body: { url: rx.url('/start'), events: ['department.created'] },
    });
    expect(sub.statusCode, sub.body).toBe(200);
    const after = await t.call('POST', '/core/v3/departments', { auth: c.auth, body: { name: 'After the subscription' } });
    expect(after.statusCode, after.body).toBe(200);

    await deliver(t, '/start', 1);
    expect(rx.at('/start').map((r) => (r.payload as { data: { name: string } }).data.name)).toEqual(['After the subscription']);
  });
});

describe('a new webhook subscription, and events committed while it was being created', () => {
  it('starts with its own webhook_subscription.created: an event numbered between its start and its own is passed over', async () => {
    // An app of its own: its dispatcher starts here for the first time.
    const t = await createTestApp({ config: { webhookAllowPrivateTargets: true, webhookAllowHttp: true, webhookPollIntervalMs: 20 } });
    try {
      const c = await t.newCompany('Subscription own start');
      const sub = await t.call('POST', '/webhook/v1/subscriptions', {
        auth: c.auth,
        body: { url: rx.url('/own'), events: ['*'] },
      });
      expect(sub.statusCode, sub.body).toBe(200);
      const after = await t.call('POST', '/core/v3/departments', { auth: c.auth, body: { name: 'After it' } });
      expect(after.statusCode, after.body).toBe(200);
      expect((await t.call('GET', '/event/v1/events?limit=1', { auth: c.auth })).statusCode).toBe(200); // numbers them
      const db = t.db.db;
      const ownEvent = await db
        .selectFrom('events')
        .selectAll()
        .where('resourceId', '=', sub.json.data.id)
        .where('type', '=', 'webhook_subscription.created')
        .executeTakeFirstOrThrow();
      const afterEvent = await db.selectFrom('events').selectAll().where('resourceId', '=', after.json.data.id).executeTakeFirstOrThrow();
      // As if another request's department had committed while the subscription's request was being answered: after the
      // start the subscription read, before its own event. (Positions far above the others: unused.)
      const top = Number(
        (
          await db
            .selectFrom('events')
            .select((eb) => eb.fn.max('commitSeq').as('top'))
            .executeTakeFirst()
        )?.top,
      );
      await db
        .insertInto('events')
        .values({
          id: crypto.randomUUID(),
          companyId: c.company.id,
          type: 'department.created',
          resourceType: 'department',
          resourceId: crypto.randomUUID(),
          data: afterEvent.data.replace('After it', 'During it'),
          changes: null,
          requestId: null,
          createdAt: ownEvent.createdAt,
          commitSeq: top + 1001,
        })
        .execute();
      await db
        .updateTable('events')
        .set({ commitSeq: top + 1002 })
        .where('id', '=', ownEvent.id)
        .execute();
      await db
        .updateTable('events')
        .set({ commitSeq: top + 1003 })
        .where('id', '=', afterEvent.id)
        .execute();

      await deliver(t, '/own', 2);
      expect(rx.at('/own').map((r) => r.payload.type)).toEqual(['webhook_subscription.created', 'department.created']);
      expect(rx.at('/own')[1]?.payload.data.name).toBe('After it');
    } finally {
      await t.close();
    }
  });
});
