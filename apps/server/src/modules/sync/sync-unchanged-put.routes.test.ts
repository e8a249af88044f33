import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdjustableClock, adjustableClock } from '../../test/adjustable-clock.js';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { unchangedPutChecks } from '../../test/unchanged-put.js';

let t: TestApp;
let clock: AdjustableClock;
beforeAll(async () => {
  clock = adjustableClock();
  t = await createTestApp({ clock });
});
afterAll(async () => t?.close());

const { traces } = unchangedPutChecks(
  () => t,
  () => clock,
);

describe('a PUT that changes nothing is not a write', () => {
  it('sync settings: the defaults of a company that never saved any, then saved settings sent again', async () => {
    const c = await t.newCompany();
    const url = '/sync/v1/settings';
    const initial = await t.call('GET', url, { auth: c.auth });
    const none = await traces(c, c.company.id, 'sync_settings.*');
    const defaults = { enabled: false, leaverAction: 'terminate', removalThresholdPercent: 75, matchBy: 'externalId' };
    const kept = await t.call('PUT', url, { auth: c.auth, body: defaults });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json.data).toEqual(initial.json.data);
    expect(kept.json.data.updatedAt).toBeNull();
    expect(await traces(c, c.company.id, 'sync_settings.*')).toEqual(none);

    const body = {
      enabled: true,
      leaverAction: 'delete',
      manualFields: ['phone'],
      notificationEmails: ['it@example.com', 'hr@example.com'],
    };
    const saved = await t.call('PUT', url, { auth: c.auth, body });
    expect(saved.statusCode, saved.body).toBe(200);
    const before = await traces(c, c.company.id, 'sync_settings.*');
    expect(before.events).toBe(none.events + 1);

    clock.advance(60_000);
    // Addresses are stored once each: sent twice, they read the same.
    const same = await t.call('PUT', url, {
      auth: c.auth,
      body: { ...body, notificationEmails: ['it@example.com', 'hr@example.com', 'it@example.com'] },
    });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json.data).toEqual(saved.json.data);
    expect(same.headers.etag).toBe(saved.headers.etag);
    expect((await t.call('GET', url, { auth: c.auth })).headers.etag).toBe(saved.headers.etag);
    expect(await traces(c, c.company.id, 'sync_settings.*')).toEqual(before);

    const changed = await t.call('PUT', url, { auth: c.auth, body: { removalThresholdPercent: 20 } });
    expect(changed.json.data.updatedAt).not.toBe(saved.json.data.updatedAt);
    expect(await traces(c, c.company.id, 'sync_settings.*')).toEqual({ audit: before.audit + 1, events: before.events + 1 });
    const feed = await t.call('GET', '/event/v1/events?limit=100&types=sync_settings.*', { auth: c.auth });
    expect(feed.json.data.at(-1)).toMatchObject({ changes: ['removalThresholdPercent'] });
  });

  it('mappings: every field sent again, or the name alone (trimmed)', async () => {
    const c = await t.newCompany();
    const mapping = {
      name: 'SAP HCM',
      columns: { PERNR: 'externalId', VORNA: 'firstName' },
      valueMaps: {},
      dateFormats: { startDate: 'DD.MM.YYYY' },
      constants: { country: 'DE' },
      delimiter: ';',
      encoding: 'utf-8',
    };
    const created = await t.call('POST', '/sync/v1/mappings', { auth: c.auth, body: mapping });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json.data.id as string;
    const url = `/sync/v1/mappings/${id}`;
    const read = await t.call('GET', url, { auth: c.auth });
    const before = await traces(c, id, 'sync_mapping.*');

    clock.advance(60_000);
    for (const same of [mapping, { ...mapping, encoding: 'UTF-8' }, { name: ' SAP HCM ' }]) {
      const put = await t.call('PUT', url, { auth: c.auth, body: same });
      expect(put.statusCode, put.body).toBe(200);
      expect(put.json.data).toEqual(read.json.data);
      expect(put.headers.etag).toBe(read.headers.etag);
    }
    expect((await t.call('GET', url, { auth: c.auth })).headers.etag).toBe(read.headers.etag);
    expect(await traces(c, id, 'sync_mapping.*')).toEqual(before);

    const changed = await t.call('PUT', url, { auth: c.auth, body: { ...mapping, delimiter: ',' } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json.data.updatedAt).not.toBe(read.json.data.updatedAt);
    expect(await traces(c, id, 'sync_mapping.*')).toEqual({ audit: before.audit + 1, events: before.events + 1 });
    const feed = await t.call('GET', '/event/v1/events?limit=100&types=sync_mapping.*', { auth: c.auth });
    expect(feed.json.data.at(-1)).toMatchObject({ changes: ['delimiter'] });
  });
});
