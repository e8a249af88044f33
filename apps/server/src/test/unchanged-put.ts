import { expect } from 'vitest';
import type { AdjustableClock } from './adjustable-clock.js';
import type { TestApp, TestCompany } from './app-fixture.js';

/** The checks of "a PUT that changes nothing is not a write", for a test file's app and clock. */
export function unchangedPutChecks(app: () => TestApp, clock: () => AdjustableClock) {
  /** What a write leaves behind for one resource: its audit rows and the events of its kind in the change feed. */
  async function traces(c: TestCompany, id: string, eventTypes: string) {
    const t = app();
    return {
      audit: (await t.call('GET', `/security/v1/audit-logs?resourceId=${id}`, { auth: c.auth })).json.meta.total,
      events: (await t.call('GET', `/event/v1/events?limit=100&types=${eventTypes}`, { auth: c.auth })).json.data.length,
    };
  }

  /**
   * Creates a resource with `create`, then PUTs `same` (the record as it is, give or take what the server normalises) a
   * minute later: 200 with the resource as it was, the same ETag, updatedAt kept (not listed by updatedAt[gte]), no
   * audit row, no event. Then PUTs `changed`, which is written as usual, with `changes` in its event.
   */
  async function expectOnlyRealChangesWritten(
    url: string,
    eventTypes: string,
    bodies: { create: object; same: object; changed: object },
    changes: string[],
  ) {
    const t = app();
    const c = await t.newCompany();
    const created = await t.call('POST', url, { auth: c.auth, body: bodies.create });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json.data.id as string;
    const read = await t.call('GET', `${url}/${id}`, { auth: c.auth });
    const before = await traces(c, id, eventTypes);

    clock().advance(60_000);
    const put = await t.call('PUT', `${url}/${id}`, { auth: c.auth, body: bodies.same });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json.data).toEqual(read.json.data);
    expect(put.headers.etag).toBe(read.headers.etag);
    const again = await t.call('GET', `${url}/${id}`, { auth: c.auth });
    expect(again.json.data.updatedAt).toBe(read.json.data.updatedAt);
    expect(again.headers.etag).toBe(read.headers.etag);
    expect(await traces(c, id, eventTypes)).toEqual(before);
    const since = new Date(clock().nowMs() - 1000).toISOString();
    expect((await t.call('GET', `${url}?updatedAt[gte]=${encodeURIComponent(since)}`, { auth: c.auth })).json.meta.total).toBe(0);

    const write = await t.call('PUT', `${url}/${id}`, { auth: c.auth, body: bodies.changed });
    expect(write.statusCode, write.body).toBe(200);
    expect(write.json.data.updatedAt).not.toBe(read.json.data.updatedAt);
    expect(write.headers.etag).not.toBe(read.headers.etag);
    expect(await traces(c, id, eventTypes)).toEqual({ audit: before.audit + 1, events: before.events + 1 });
    const feed = await t.call('GET', `/event/v1/events?limit=100&types=${eventTypes}`, { auth: c.auth });
    expect(feed.json.data.at(-1)).toMatchObject({ changes });
  }

  return { traces, expectOnlyRealChangesWritten };
}
