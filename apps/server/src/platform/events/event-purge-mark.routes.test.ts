import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { type AdjustableClock, adjustableClock } from '../../test/adjustable-clock.js';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { purgeExpiredEvents } from './event-retention.js';

// The retention keeps old events that a pending webhook delivery still needs, below the company's purge mark. A reader
// starting without a cursor must not be handed a position among them: its next page would be a 410, and so would every
// fresh start the 410 asks for.
let t: TestApp;
let clock: AdjustableClock;
beforeAll(async () => {
  clock = adjustableClock();
  t = await createTestApp({ clock, config: { webhookAllowPrivateTargets: true, webhookAllowHttp: true } });
});
afterAll(async () => t?.close());

describe('a feed read without a cursor, after a purge that kept events for pending deliveries', () => {
  it('starts after the purge mark, and pages on to the end without a 410', async () => {
    const c = await t.newCompany('Pinned events');
    const sub = await t.call('POST', '/webhook/v1/subscriptions', {
      auth: c.auth,
      body: { url: 'http://127.0.0.1:9/down', events: ['department.*'] },
    });
    expect(sub.statusCode, sub.body).toBe(200);
    for (const name of ['P1', 'P2', 'P3', 'P4']) {
      const res = await t.call('POST', '/core/v3/departments', { auth: c.auth, body: { name } });
      expect(res.statusCode, res.body).toBe(200);
    }
    // A read numbers them; P1 and P2 are then waiting for a delivery to an endpoint that is down.
    expect((await t.call('GET', '/event/v1/events?limit=1', { auth: c.auth })).statusCode).toBe(200);
    const events = await t.db.db
      .selectFrom('events')
      .select(['id', 'commitSeq', 'type'])
      .where('companyId', '=', c.company.id)
      .where('type', '=', 'department.created')
      .orderBy('commitSeq')
      .execute();
    const at = clock.now().toISOString();
    for (const e of events.slice(0, 2)) {
      await t.db.db
        .insertInto('webhookDeliveries')
        .values({
          id: newId(),
          companyId: c.company.id,
          subscriptionId: sub.json.data.id,
          eventId: e.id,
          eventSeq: Number(e.commitSeq),
          eventType: e.type,
          status: 'pending',
          attemptCount: 3,
          retryStep: 3,
          nextAttemptAt: at,
          lastStatusCode: null,
          createdAt: at,
          updatedAt: at,
        })
        .execute();
    }
    clock.advance(31 * 24 * 3600_000);
    const fresh = await t.call('POST', '/core/v3/departments', { auth: c.auth, body: { name: 'After the purge' } });
    expect(fresh.statusCode, fresh.body).toBe(200);
    // Numbered before the purge: the newest numbered event is kept, and it is this one.
    expect((await t.call('GET', '/event/v1/events?limit=1', { auth: c.auth })).statusCode).toBe(200);
    expect(await purgeExpiredEvents(t.db.db, clock.now(), 30)).toBeGreaterThan(0);

    // One event a page, from the start, to the end: no 410, and only what follows the purge.
    const names: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i++) {
      const res = await t.call(
        'GET',
        `/event/v1/events?types=department.created&limit=1${cursor ? `&after=${encodeURIComponent(cursor)}` : ''}`,
        { auth: c.auth },
      );
      expect(res.statusCode, res.body).toBe(200);
      names.push(...res.json.data.map((e: { data: { name: string } }) => e.data.name));
      cursor = res.json.meta.nextCursor;
      if (!res.json.meta.hasMore) break;
    }
    expect(names).toEqual(['After the purge']);
  });
});

describe.runIf(process.env.DATABASE_URL)('a purge while a company is deleted (PostgreSQL)', () => {
  it('writes the other companies’ marks and deletes their events; the deleted company’s mark is not in the way', async () => {
    const gone = await t.newCompany('Deleted during the purge');
    const kept = await t.newCompany('Purged beside it');
    for (const c of [gone, kept]) {
      const res = await t.call('POST', '/core/v3/departments', { auth: c.auth, body: { name: 'Old' } });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await t.call('GET', '/event/v1/events?limit=1', { auth: kept.auth })).statusCode).toBe(200);
    clock.advance(31 * 24 * 3600_000);
    const fresh = await t.call('POST', '/core/v3/departments', { auth: kept.auth, body: { name: 'New' } });
    expect(fresh.statusCode, fresh.body).toBe(200);
    expect((await t.call('GET', '/event/v1/events?limit=1', { auth: kept.auth })).statusCode).toBe(200);

    // The company's delete holds its row while the purge writes the marks (which wait for it, then find it gone).
    let purge: Promise<number> | undefined;
    await t.db.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('companies').where('id', '=', gone.company.id).execute();
      purge = purgeExpiredEvents(t.db.db, clock.now(), 30);
      await new Promise((r) => setTimeout(r, 300));
    });
    expect(await purge).toBeGreaterThan(0);
    const mark = await t.db.db
      .selectFrom('eventPurgeMarks')
      .select('commitSeq')
      .where('companyId', '=', kept.company.id)
      .executeTakeFirst();
    expect(mark).toBeDefined();
    const left = await t.db.db.selectFrom('events').select('type').where('companyId', '=', kept.company.id).execute();
    expect(left.map((e) => e.type)).toEqual(['department.created']);
  });
});
