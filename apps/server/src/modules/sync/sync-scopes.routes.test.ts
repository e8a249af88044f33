import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { diffOf, employeesByExternalId, enableSync, errorsOf, person, sync, toCsv } from './sync.test-kit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** A key of an integration that only syncs: no personal scopes. */
const syncOnly = ['sync:read', 'sync:write'];

describe('HR data sync is no way around the personal scopes', () => {
  it('a file with date_of_birth needs a sender that may write it; taking it off the always-manual fields too', async () => {
    const c = await t.newCompany('Scoped Sync');
    await enableSync(t, c);
    const key = await c.key(syncOnly);
    const released = await t.call('PUT', '/sync/v1/settings', { auth: key.auth, body: { manualFields: ['startDate'] } });
    expect(released.statusCode).toBe(403);
    expect(released.json.detail).toContain('personal:write');
    const withBirthday = toCsv([person('P1', { date_of_birth: '1980-02-03' }), person('P2')]);
    const refused = await sync(t, withBirthday, { auth: key.auth });
    expect(refused).toMatchObject({ status: 'error', counts: { created: 0 } });
    expect(refused.error).toContain('dateOfBirth');
    expect(refused.error).toContain('personal:write');
    expect((await employeesByExternalId(t, c)).size).toBe(0);
    // Without the column the same key syncs; with personal:write it may send the column.
    expect((await sync(t, toCsv([person('P1'), person('P2')]), { auth: key.auth })).status).toBe('complete');
    const writer = await c.key([...syncOnly, 'personal:write']);
    const ok = await t.call('PUT', '/sync/v1/settings', { auth: writer.auth, body: { manualFields: ['startDate'] } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await sync(t, withBirthday, { auth: writer.auth })).status).toBe('complete');
    expect((await employeesByExternalId(t, c)).get('P1').dateOfBirth).toBe('1980-02-03');
    // The same bytes again, from the key that may not write the column: refused too, not skipped as identical (nor
    // answered by the fingerprint of the same lines in another order).
    const again = await sync(t, withBirthday, { auth: key.auth });
    expect(again).toMatchObject({ status: 'error' });
    expect(again.error).toContain('personal:write');
    const reordered = toCsv([person('P2'), person('P1', { date_of_birth: '1980-02-03' })]);
    expect((await sync(t, reordered, { auth: key.auth })).status).toBe('error');
    expect((await sync(t, withBirthday, { auth: writer.auth })).status).toBe('skipped');
  });

  it('a key that may change the settings but not read them gets them back without the mail recipients', async () => {
    const c = await t.newCompany('Write-only settings');
    await enableSync(t, c);
    expect((await t.call('PUT', '/sync/v1/settings', { auth: c.auth, body: { notificationEmails: ['hr@example.com'] } })).statusCode).toBe(
      200,
    );
    const writeOnly = await c.key(['sync:write']);
    const put = await t.call('PUT', '/sync/v1/settings', { auth: writeOnly.auth, body: { removalThresholdPercent: 50 } });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json.data).toMatchObject({ removalThresholdPercent: 50 });
    expect(put.json.data).not.toHaveProperty('notificationEmails');
    expect((await t.call('GET', '/sync/v1/settings', { auth: writeOnly.auth })).statusCode).toBe(403);
    expect((await t.call('GET', '/sync/v1/settings', { auth: c.auth })).json.data.notificationEmails).toEqual(['hr@example.com']);
  });

  it('diffs, error reports and original files show sensitive values only to keys that may read them', async () => {
    const c = await t.newCompany('Scoped Reports');
    await enableSync(t, c, { manualFields: [] });
    await sync(t, toCsv([person('R1', { date_of_birth: '1970-02-01' }), person('R2')]), { auth: c.auth });
    const changed = await sync(
      t,
      toCsv([person('R1', { date_of_birth: '2000-01-01', phone: '+34 600 000 001' }), person('R2', { date_of_birth: '1999-02-31' })]),
      { auth: c.auth },
    );
    expect(changed.status).toBe('complete_with_errors');
    const reader = await c.key(['sync:read']);
    const fields = (diff: { externalId: string; changes: { field: string }[] }[]) =>
      diff.find((d) => d.externalId === 'R1')?.changes.map((ch) => ch.field);
    expect(fields(await diffOf(t, changed.id, c))).toEqual(expect.arrayContaining(['dateOfBirth', 'phone']));
    expect(fields(await diffOf(t, changed.id, { auth: reader.auth } as never))).toEqual(['phone']);
    const adminErrors = await errorsOf(t, changed.id, c);
    const readerErrors = await errorsOf(t, changed.id, { auth: reader.auth } as never);
    expect(adminErrors[0]).toMatchObject({ employeeId: 'R2', field: 'dateOfBirth' });
    expect(adminErrors[0].message).toContain('1999-02-31');
    expect(readerErrors[0]).toMatchObject({ employeeId: 'R2', field: 'dateOfBirth' });
    expect(readerErrors[0].message).not.toContain('1999-02-31');
    const original = await t.call('GET', `/sync/v1/files/${changed.id}/original`, { auth: reader.auth });
    expect(original.statusCode).toBe(403);
    expect(original.json.detail).toContain('personal:read');
    expect(original.json.detail).toContain('compensation:read');
    expect((await t.call('GET', `/sync/v1/files/${changed.id}/original`, { auth: c.auth })).statusCode).toBe(200);
    // Any original: the export may carry columns no mapping reads (a national id); its sender may read it back.
    const extra = await sync(t, toCsv([person('R1', { national_id: '12345678Z' }), person('R2')]), { auth: c.auth });
    const hidden = await t.call('GET', `/sync/v1/files/${extra.id}/original`, { auth: reader.auth });
    expect(hidden.statusCode).toBe(403);
    expect(hidden.body).not.toContain('12345678Z');
    const sender = await c.key(['sync:read', 'sync:write']);
    const own = await sync(t, toCsv([person('R1'), person('R2')]), { auth: sender.auth });
    expect((await t.call('GET', `/sync/v1/files/${own.id}/original`, { auth: sender.auth })).statusCode).toBe(200);
    const all = await c.key(['sync:read', 'personal:read', 'compensation:read']);
    expect((await t.call('GET', `/sync/v1/files/${extra.id}/original`, { auth: all.auth })).statusCode).toBe(200);
  });

  it('changing who gets the sync mail (with its error reports) needs sync:read', async () => {
    const c = await t.newCompany('Scoped Mail');
    await enableSync(t, c, { notificationEmails: ['hr@example.com'] });
    const writeOnly = await c.key(['sync:write']);
    const redirected = await t.call('PUT', '/sync/v1/settings', { auth: writeOnly.auth, body: { notificationEmails: ['x@example.net'] } });
    expect(redirected.statusCode).toBe(403);
    expect(redirected.json.detail).toContain('sync:read');
    expect((await t.call('PUT', '/sync/v1/settings', { auth: writeOnly.auth, body: { removalThresholdPercent: 50 } })).statusCode).toBe(
      200,
    );
    const both = await c.key(syncOnly);
    expect(
      (await t.call('PUT', '/sync/v1/settings', { auth: both.auth, body: { notificationEmails: ['it@example.com'] } })).statusCode,
    ).toBe(200);
  });
});
