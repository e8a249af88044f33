import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { type AdjustableClock, adjustableClock } from '../../test/adjustable-clock.js';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { purgeExpiredEvents } from './event-retention.js';

let t: TestApp;
let clock: AdjustableClock;
const isPostgres = Boolean(process.env.DATABASE_URL);

beforeAll(async () => {
  clock = adjustableClock();
  t = await createTestApp({ clock });
});
afterAll(async () => t?.close());

type Item = { id: string; type: string; data: Record<string, unknown>; changes?: string[] };

async function read(query: string, auth?: Record<string, string>) {
  const res = await t.call('GET', `/event/v1/events?${query}`, { auth });
  expect(res.statusCode, res.body).toBe(200);
  return res.json as { data: Item[]; meta: { nextCursor: string; hasMore: boolean; perPage: number } };
}

/** Reads pages until hasMore is false; returns every item and the last cursor. */
async function readToEnd(after?: string, extra = '', auth?: Record<string, string>) {
  const items: Item[] = [];
  let cursor = after;
  for (;;) {
    const page = await read(`${cursor ? `after=${cursor}&` : ''}${extra}`, auth);
    items.push(...page.data);
    cursor = page.meta.nextCursor;
    if (!page.meta.hasMore) return { items, cursor };
  }
}

async function department(name: string, auth?: Record<string, string>) {
  const res = await t.call('POST', '/core/v3/departments', { auth, body: { name } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data as { id: string; name: string };
}

async function committedIds(afterIds: Set<string>, companyId = t.a.company.id) {
  const rows = await t.db.db.selectFrom('events').select(['id']).where('companyId', '=', companyId).orderBy('commitSeq').execute();
  return rows.map((r) => r.id).filter((id) => !afterIds.has(id));
}

describe('change feed', () => {
  it('pages in commit order with an opaque cursor; coming back later gives exactly what is new', async () => {
    const start = await readToEnd();
    const before = new Set(start.items.map((i) => i.id));
    const created = [];
    for (let i = 0; i < 7; i++) created.push(await department(`Feed ${i}`));

    const pages = [];
    let cursor = start.cursor;
    for (;;) {
      const page = await read(`after=${cursor}&limit=3`);
      pages.push(page);
      cursor = page.meta.nextCursor;
      if (!page.meta.hasMore) break;
    }
    expect(pages.map((p) => p.data.length)).toEqual([3, 3, 1]);
    expect(pages[0]!.meta).toMatchObject({ hasMore: true, perPage: 3 });
    const items = pages.flatMap((p) => p.data);
    expect(items.map((i) => i.id)).toEqual(await committedIds(before));
    expect(items.map((i) => i.data)).toEqual(created);
    expect(items[0]).toMatchObject({ type: 'department.created', companyId: t.a.company.id, timestamp: expect.stringMatching(/\+00:00$/) });
    expect(items[0]).not.toHaveProperty('changes');

    // Reading again from an older cursor repeats the same items; from the last one, nothing until something happens.
    expect((await readToEnd(start.cursor)).items.map((i) => i.id)).toEqual(items.map((i) => i.id));
    const empty = await read(`after=${cursor}`);
    expect(empty.data).toEqual([]);
    expect(empty.meta.hasMore).toBe(false);
    const renamed = await t.call('PUT', `/core/v3/departments/${created[0]!.id}`, { body: { name: 'Feed renamed' } });
    const later = await readToEnd(empty.meta.nextCursor);
    expect(later.items).toEqual([expect.objectContaining({ type: 'department.updated', data: renamed.json.data, changes: ['name'] })]);
  });

  it('filters by types and wildcards, and moves the cursor past what it skipped', async () => {
    const start = await readToEnd();
    await department('Typed');
    await t.call('POST', '/core/v3/offices', { body: { name: 'Typed office' } });
    await t.call('POST', '/core/v3/roles', { body: { name: 'Typed role' } });
    const offices = await readToEnd(start.cursor, 'types=office.*,role.created');
    expect(offices.items.map((i) => i.type)).toEqual(['office.created', 'role.created']);
    const none = await read(`after=${start.cursor}&types=job_charge.deleted`);
    expect(none.data).toEqual([]);
    // Nothing matched, yet the cursor moved past the department, office and role events.
    expect((await readToEnd(none.meta.nextCursor)).items).toEqual([]);

    const unknown = await t.call('GET', '/event/v1/events?types=employee.promoted');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json.errors[0]).toMatchObject({ pointer: '/types', location: 'query', parameter: 'types' });
    expect(unknown.json.errors[0].message).toContain('employee.updated');
    // webhook.test is listed by GET /event/v1/event-types (inFeed: false): the 400 says why it is never in the feed.
    const test = await t.call('GET', '/event/v1/events?types=webhook.test');
    expect(test.statusCode).toBe(400);
    expect(test.json.errors[0]).toMatchObject({ parameter: 'types', message: expect.stringContaining('never in the change feed') });
    expect(test.json.detail).toContain('POST /webhook/v1/subscriptions/{id}/test');
    const limited = await t.a.key(['event:read', 'core:read']);
    const forbidden = await t.call('GET', '/event/v1/events?types=api_key.*', { auth: limited.auth });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json.detail).toContain('security:read');
    expect((await t.call('GET', '/event/v1/events?limit=501')).statusCode).toBe(400);
  });

  it('reads types comma-separated, repeated, or as qs and axios send arrays', async () => {
    const start = await readToEnd();
    await department('Array types');
    await t.call('POST', '/core/v3/offices', { body: { name: 'Array types office' } });
    await t.call('POST', '/core/v3/roles', { body: { name: 'Array types role' } });
    const expected = ['department.created', 'office.created'];
    for (const query of [
      'types=department.created,office.*',
      'types=department.created&types=office.*',
      'types[]=department.created&types[]=office.*',
      'types[0]=department.created&types[1]=office.*',
      'types[]=department.created,office.*',
      'types=department.created&types[]=office.*',
    ]) {
      const res = await t.call('GET', `/event/v1/events?after=${start.cursor}&${query}`);
      expect(res.statusCode, `${query}: ${res.body}`).toBe(200);
      expect(
        res.json.data.map((i: Item) => i.type),
        query,
      ).toEqual(expected);
    }
    // Each value is checked in every form.
    const bad = await t.call('GET', `/event/v1/events?types[]=department.created&types[]=department.promoted`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors[0]).toMatchObject({ parameter: 'types', message: expect.stringContaining('"department.promoted"') });
    const spec = await t.call('GET', '/openapi.json', { auth: {} });
    const param = spec.json.paths['/event/v1/events'].get.parameters.find((p: { name: string }) => p.name === 'types');
    expect(param.schema).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(param.description).toContain('repeated');
  });

  it('needs event:read, lists only what the key may read, redacts sensitive fields and never shows other companies', async () => {
    const start = await readToEnd();
    const employee = await t.call('POST', '/core/v3/employees', { body: { firstName: 'Feed', lastName: 'Person', nid: 'FEED-NID' } });
    expect(employee.statusCode).toBe(200);
    await t.call('POST', '/security/v1/api-keys', { body: { name: 'feed key', scopes: ['core:read'] } });

    expect((await t.call('GET', '/event/v1/events', { auth: {} })).statusCode).toBe(401);
    const coreOnly = await t.a.key(['core:read']);
    const denied = await t.call('GET', '/event/v1/events', { auth: coreOnly.auth });
    expect(denied.statusCode).toBe(403);
    expect(denied.json.detail).toContain('event:read');

    const feedOnly = await t.a.key(['event:read']);
    expect((await readToEnd(start.cursor, '', feedOnly.auth)).items).toEqual([]);
    const plain = await t.a.key(['event:read', 'core:read']);
    const plainItems = (await readToEnd(start.cursor, '', plain.auth)).items;
    expect(plainItems.map((i) => i.type)).toEqual(['employee.created']);
    expect(plainItems[0]!.data).not.toHaveProperty('nid');
    const personal = await t.a.key(['event:read', 'core:read', 'personal:read', 'security:read']);
    const personalItems = (await readToEnd(start.cursor, '', personal.auth)).items;
    expect(personalItems.map((i) => i.type)).toEqual(expect.arrayContaining(['employee.created', 'api_key.created']));
    expect(personalItems.find((i) => i.type === 'employee.created')!.data.nid).toBe('FEED-NID');

    const other = await readToEnd(undefined, '', t.b.auth);
    expect(other.items.length).toBeGreaterThan(0);
    expect(other.items.every((i) => (i as unknown as { companyId: string }).companyId === t.b.company.id)).toBe(true);
    expect(other.items.map((i) => i.id)).not.toContain(plainItems[0]!.id);
  });

  it('names a changed sensitive field in `changes` only to a key that may read it', async () => {
    const start = await readToEnd();
    const e = (await t.call('POST', '/core/v3/employees', { body: { firstName: 'Chg', lastName: 'Names' } })).json.data;
    const put = await t.call('PUT', `/core/v3/employees/${e.id}`, {
      body: { firstName: 'Chg', lastName: 'Names', status: 'active', phone: '+34 600 000 999', nid: 'NEW-NID', salaryRange: '40-50k' },
    });
    expect(put.statusCode, put.body).toBe(200);
    const changesFor = async (scopes: string[]) => {
      const key = await t.a.key(scopes);
      const items = (await readToEnd(start.cursor, 'types=employee.updated', key.auth)).items;
      return [...(items.find((i) => i.data.id === e.id)?.changes ?? [])].sort();
    };
    expect(await changesFor(['event:read', 'core:read'])).toEqual(['phone']);
    expect(await changesFor(['event:read', 'core:read', 'personal:read'])).toEqual(['nid', 'phone']);
    expect(await changesFor(['event:read', 'core:read', 'personal:read', 'compensation:read'])).toEqual(['nid', 'phone', 'salaryRange']);
  });

  it('does not show an update of hidden fields only to a key that may not read them', async () => {
    const start = await readToEnd();
    const e = (await t.call('POST', '/core/v3/employees', { body: { firstName: 'Hid', lastName: 'Den' } })).json.data;
    const put = await t.call('PUT', `/core/v3/employees/${e.id}`, {
      body: { firstName: 'Hid', lastName: 'Den', status: 'active', nid: 'HIDDEN-NID', dateOfBirth: '1990-01-02' },
    });
    expect(put.statusCode, put.body).toBe(200);
    const updatesFor = async (scopes: string[]) => {
      const key = await t.a.key(scopes);
      const read = await readToEnd(start.cursor, 'types=employee.*', key.auth);
      return read.items.filter((i) => i.data.id === e.id).map((i) => i.type);
    };
    expect(await updatesFor(['event:read', 'core:read'])).toEqual(['employee.created']);
    expect(await updatesFor(['event:read', 'core:read', 'personal:read'])).toEqual(['employee.created', 'employee.updated']);
  });

  it('refuses a malformed cursor (400) and one older than the retention (410, with advice)', async () => {
    const bad = await t.call('GET', '/event/v1/events?after=not-a-cursor');
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors[0]).toMatchObject({ pointer: '/after', location: 'query', parameter: 'after' });
    const { cursor } = await readToEnd();
    clock.advance(29 * 24 * 3600_000);
    expect((await t.call('GET', `/event/v1/events?after=${cursor}`)).statusCode).toBe(200);
    clock.advance(2 * 24 * 3600_000);
    const gone = await t.call('GET', `/event/v1/events?after=${cursor}`);
    expect(gone.statusCode).toBe(410);
    expect(gone.headers['content-type']).toContain('application/problem+json');
    expect(gone.json).toMatchObject({ type: '/problems/gone', status: 410 });
    expect(gone.json.detail).toMatch(/retention.*Resynchronise/s);
    // A client that polls keeps getting fresh cursors, so it never goes stale.
    expect((await t.call('GET', '/event/v1/events?limit=1')).statusCode).toBe(200);
  });

  it('cursors are sealed: they tell nothing of other companies, work only for their company and cannot be forged', async () => {
    const { cursor } = await readToEnd(undefined, '', t.b.auth);
    // Company A writes; B's next cursor is as opaque as the last (the installation-wide position is not in clear).
    await department(`Sealed ${newId()}`);
    const again = await readToEnd(cursor, '', t.b.auth);
    for (const c of [cursor, again.cursor]) {
      expect(c).toMatch(/^[A-Za-z0-9_-]{55}$/);
      expect(Buffer.from(c, 'base64url').toString('latin1')).not.toMatch(/^v1:/);
    }
    // The same position read twice gives two different strings (a fresh nonce), both valid.
    expect((await t.call('GET', `/event/v1/events?after=${again.cursor}`, { auth: t.b.auth })).statusCode).toBe(200);
    const { cursor: own } = await readToEnd();
    const bytes = Buffer.from(own, 'base64url');
    const tampered = Buffer.from(bytes);
    tampered[20] = (tampered[20] ?? 0) ^ 1;
    const now = Math.floor(clock.now().getTime() / 1000);
    const refused = [
      again.cursor, // B's cursor, sent by A
      tampered.toString('base64url'),
      'not-a-cursor',
      own.slice(0, -2),
    ];
    for (const after of refused) {
      const res = await t.call('GET', `/event/v1/events?after=${after}`);
      expect(res.statusCode, after).toBe(400);
      expect(res.json.errors[0]).toMatchObject({ pointer: '/after', parameter: 'after' });
    }
    expect((await t.call('GET', `/event/v1/events?after=${own}`)).statusCode).toBe(200);
    // The clear cursors of earlier versions are gone (410: resynchronise), whatever position they name.
    const legacy = await t.call('GET', `/event/v1/events?after=${Buffer.from(`v1:1:${now}`).toString('base64url')}`);
    expect(legacy.statusCode).toBe(410);
    expect(legacy.json.detail).toMatch(/sealed.*Resynchronise/s);
  });

  it('misses nothing and repeats nothing while several writers commit concurrently', async () => {
    const start = await readToEnd();
    const before = new Set(
      (await t.db.db.selectFrom('events').select('id').where('companyId', '=', t.a.company.id).execute()).map((r) => r.id),
    );
    const seen: string[] = [];
    let writersDone = false;
    const reader = (async () => {
      let cursor = start.cursor;
      for (;;) {
        const finalPass = writersDone;
        const page = await read(`after=${cursor}&limit=7`);
        seen.push(...page.data.map((i) => i.id));
        cursor = page.meta.nextCursor;
        if (finalPass && !page.meta.hasMore) return;
        if (!page.meta.hasMore) await new Promise((r) => setTimeout(r, 3));
      }
    })();
    await Promise.all(
      Array.from({ length: 4 }, async (_, w) => {
        for (let i = 0; i < 15; i++) await department(`Writer ${w}.${i}`);
      }),
    );
    writersDone = true;
    await reader;
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(60);
    expect(seen).toEqual(await committedIds(before));
  });

  it.runIf(isPostgres)('hands out an event that committed late after what the reader already saw, never behind its cursor', async () => {
    const start = await readToEnd();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted!: () => void;
    const insertedOlder = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const olderId = newId();
    // The older transaction writes its event first (the smaller seq) but commits last.
    const older = t.db.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('events')
        .values({
          id: olderId,
          companyId: t.a.company.id,
          type: 'department.deleted',
          resourceType: 'department',
          resourceId: newId(),
          data: JSON.stringify({
            id: olderId,
            name: 'Older',
            parentId: null,
            createdAt: '2026-01-01T00:00:00+00:00',
            updatedAt: '2026-01-01T00:00:00+00:00',
          }),
          changes: null,
          requestId: null,
          createdAt: clock.now().toISOString(),
        })
        .execute();
      inserted();
      await gate;
    });
    await insertedOlder;
    const younger = await department('Younger, committed first');
    const during = await readToEnd(start.cursor);
    expect(during.items.map((i) => i.data)).toEqual([younger]);
    release();
    await older;
    // A cursor on seq would now be past the older event (its seq is smaller) and miss it; the feed does not.
    const after = await readToEnd(during.cursor);
    expect(after.items.map((i) => i.id)).toEqual([olderId]);
    const olderSeq = await t.db.db.selectFrom('events').select(['seq', 'commitSeq']).where('id', '=', olderId).executeTakeFirstOrThrow();
    const youngerSeq = await t.db.db
      .selectFrom('events')
      .select(['seq', 'commitSeq'])
      .where('id', '=', during.items[0]!.id)
      .executeTakeFirstOrThrow();
    expect(olderSeq.seq).toBeLessThan(youngerSeq.seq);
    expect(olderSeq.commitSeq!).toBeGreaterThan(youngerSeq.commitSeq!);
  });

  it('deletes events older than the retention, except those a pending delivery still needs', async () => {
    // Earlier tests moved the clock a month on: their events are already old.
    await purgeExpiredEvents(t.db.db, clock.now(), 30);
    const old = await department('Old news');
    const kept = await department('Old but awaited');
    const events = await t.db.db
      .selectFrom('events')
      .select(['id', 'resourceId', 'commitSeq'])
      .where('resourceId', 'in', [old.id, kept.id])
      .execute();
    const keptEvent = events.find((e) => e.resourceId === kept.id)!;
    const sub = await t.call('POST', '/webhook/v1/subscriptions', {
      body: { url: 'https://93.184.215.14/hook', events: ['department.*'] },
    });
    const at = clock.now().toISOString();
    await t.db.db
      .insertInto('webhookDeliveries')
      .values({
        id: newId(),
        companyId: t.a.company.id,
        subscriptionId: sub.json.data.id,
        eventId: keptEvent.id,
        eventSeq: Number(keptEvent.commitSeq ?? 0),
        eventType: 'department.created',
        status: 'pending',
        attemptCount: 3,
        retryStep: 3,
        nextAttemptAt: at,
        lastStatusCode: 500,
        createdAt: at,
        updatedAt: at,
      })
      .execute();
    expect(await purgeExpiredEvents(t.db.db, clock.now(), 30)).toBe(0);
    clock.advance(31 * 24 * 3600_000);
    const fresh = await department('Fresh');
    expect(await purgeExpiredEvents(t.db.db, clock.now(), 30)).toBeGreaterThan(0);
    const remaining = new Set((await t.db.db.selectFrom('events').select('resourceId').execute()).map((r) => r.resourceId));
    expect(remaining.has(old.id)).toBe(false);
    expect(remaining.has(kept.id)).toBe(true);
    expect(remaining.has(fresh.id)).toBe(true);
    const feed = (await readToEnd()).items;
    expect(feed.map((i) => i.data.id)).toEqual(expect.arrayContaining([kept.id, fresh.id]));
    expect(feed.map((i) => i.data.id)).not.toContain(old.id);
  });
});
