import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../context.js';
import { allScopes } from '../../platform/api-keys/scopes.js';
import { type AdjustableClock, adjustableClock } from '../../test/adjustable-clock.js';
import { createTestApp, type TestApp, type TestCompany } from '../../test/app-fixture.js';
import { diffOf, employeesByExternalId, enableSync, header, person, positionsXml, type Row, sync, toCsv, toXml } from './sync.test-kit.js';
import { comparedFields, lastAppliedFileColumns, untouchedSince } from './sync-content.js';
import { loadSyncSettings } from './sync-settings.service.js';

/**
 * A file whose records are those of the last applied file, in any order or format, on a roster nobody changed since,
 * completes without reading the roster (sync-content.ts). These tests pin down that it answers exactly as the full
 * comparison does, and that every reason to doubt it falls back to the full comparison.
 */
let t: TestApp;
let clock: AdjustableClock;
beforeAll(async () => {
  clock = adjustableClock();
  t = await createTestApp({ clock });
});
afterAll(async () => t?.close());

const minutes = (n: number) => clock.advance(n * 60_000);

async function company(settings: Record<string, unknown> = {}): Promise<TestCompany> {
  const c = await t.newCompany();
  await enableSync(t, c, settings);
  minutes(2);
  return c;
}

/** Switches sync off, renames an employee through the API (a hand edit the feed does not know of), switches it on. */
async function editByHand(c: TestCompany, externalId: string) {
  await enableSync(t, c, { enabled: false });
  const employee = (await employeesByExternalId(t, c)).get(externalId);
  const put = await t.call('PUT', `/core/v3/employees/${employee.id}`, {
    auth: c.auth,
    body: { firstName: `First${externalId}`, lastName: 'Edited', status: 'active' },
  });
  expect(put.statusCode).toBe(200);
  await enableSync(t, c);
}

async function fingerprintRows(c: TestCompany) {
  return t.db.db
    .selectFrom('syncFiles')
    .select(['contentFingerprint', 'lineFingerprint'])
    .where('companyId', '=', c.company.id)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

async function fingerprints(c: TestCompany): Promise<(string | null)[]> {
  return (await fingerprintRows(c)).map((r) => r.contentFingerprint);
}

async function lineFingerprints(c: TestCompany): Promise<(string | null)[]> {
  return (await fingerprintRows(c)).map((r) => r.lineFingerprint);
}

async function employeeEvents(c: TestCompany): Promise<number> {
  const rows = await t.db.db.selectFrom('events').select('type').where('companyId', '=', c.company.id).execute();
  return rows.filter((r) => r.type.startsWith('employee.')).length;
}

/** One column order for every file of a test whose lines must be the same (toCsv orders columns by first use). */
const columns = [...header, 'job_title', 'office', 'line_manager_id', 'phone'];

const roster: Row[] = [
  person('A', { job_title: 'CEO', office: 'Madrid HQ' }),
  person('B', { line_manager_id: 'A', department: 'Support', employee_type: 'Part time' }),
  person('C', { line_manager_id: 'B', phone: '+34 600 000 003' }),
];

describe('same records, untouched roster', () => {
  it('completes a reordered file, or the same roster as XML, with every row unchanged and nothing written', async () => {
    const c = await company();
    const first = await sync(t, toCsv(roster, { columns }), { auth: c.auth });
    expect(first.counts).toMatchObject({ created: 3 });
    const events = await employeeEvents(c);
    const before = await employeesByExternalId(t, c);
    minutes(2);
    const reordered = await sync(t, toCsv([...roster].reverse(), { columns }), { auth: c.auth });
    expect(reordered).toMatchObject({
      status: 'complete',
      errorCount: 0,
      counts: { created: 0, updated: 0, terminated: 0, deleted: 0, unchanged: 3, rejected: 0 },
    });
    minutes(2);
    const asXml = await sync(t, toXml([roster[1], roster[2], roster[0]] as Row[]), { auth: c.auth, type: 'application/xml' });
    expect(asXml).toMatchObject({ status: 'complete', counts: { created: 0, updated: 0, terminated: 0, unchanged: 3 } });
    expect(await diffOf(t, asXml.id, c)).toEqual([]);
    expect(await employeeEvents(c)).toBe(events);
    expect(await employeesByExternalId(t, c)).toEqual(before);
    // One fingerprint for the three files: order and format do not count, the records do.
    const [f1, f2, f3] = await fingerprints(c);
    expect(f1).toMatch(/^[0-9a-f]{64}$/);
    expect([f2, f3]).toEqual([f1, f1]);
    // The CSV files' lines are the same records too; the XML file's elements have a fingerprint of their own.
    const [l1, l2, l3] = await lineFingerprints(c);
    expect(l1).toMatch(/^[0-9a-f]{64}$/);
    expect(l1).not.toBe(f1);
    expect(l2).toBe(l1);
    expect(l3).toMatch(/^[0-9a-f]{64}$/);
    expect(l3).not.toBe(l1);
  });

  it('an XML file with the elements of the last file in another order completes unchanged; a changed element is compared', async () => {
    const c = await company();
    const first = await sync(t, toXml(roster), { auth: c.auth, type: 'application/xml' });
    expect(first.counts).toMatchObject({ created: 3 });
    const events = await employeeEvents(c);
    minutes(2);
    const reordered = await sync(t, toXml([roster[2], roster[0], roster[1]] as Row[]).replace(/\n {2}<employee>/g, '\n\t<employee>'), {
      auth: c.auth,
      type: 'application/xml',
    });
    expect(reordered).toMatchObject({ status: 'complete', errorCount: 0, counts: { created: 0, updated: 0, terminated: 0, unchanged: 3 } });
    expect(await diffOf(t, reordered.id, c)).toEqual([]);
    expect(await employeeEvents(c)).toBe(events);
    const [l1, l2] = await lineFingerprints(c);
    expect(l1).toMatch(/^[0-9a-f]{64}$/);
    expect(l2).toBe(l1);
    minutes(2);
    const changed = await sync(t, toXml([roster[2], roster[0], { ...(roster[1] as Row), department: 'Sales' }] as Row[]), {
      auth: c.auth,
      type: 'application/xml',
    });
    expect(changed).toMatchObject({ status: 'complete', counts: { updated: 1, unchanged: 2 } });
    // Back to the first file's elements, but the roster changed since that file: compared in full, B moves back.
    minutes(2);
    const back = await sync(t, toXml(roster), { auth: c.auth, type: 'application/xml' });
    expect(back).toMatchObject({ status: 'complete', counts: { updated: 1, unchanged: 2 } });
  });

  it('an XML file reordered after a hand edit (sync switched off meanwhile) sets the edit back', async () => {
    const c = await company();
    await sync(t, toXml(roster), { auth: c.auth, type: 'application/xml' });
    minutes(2);
    await editByHand(c, 'A');
    minutes(2);
    const again = await sync(t, toXml([...roster].reverse()), { auth: c.auth, type: 'application/xml' });
    expect(again).toMatchObject({ status: 'complete', counts: { updated: 1, unchanged: 2 } });
    expect((await employeesByExternalId(t, c)).get('A').lastName).toBe(person('A').surname);
  });

  it('a changed value, a new or a missing row is compared in full', async () => {
    const c = await company();
    await sync(t, toCsv(roster), { auth: c.auth });
    minutes(2);
    const changed = await sync(t, toCsv([roster[0] as Row, roster[1] as Row, person('C', { line_manager_id: 'B', phone: '+34 699' })]), {
      auth: c.auth,
    });
    expect(changed.counts).toMatchObject({ updated: 1, unchanged: 2 });
    minutes(2);
    const fewer = await sync(t, toCsv([roster[0] as Row, roster[1] as Row]), { auth: c.auth });
    expect(fewer.counts).toMatchObject({ terminated: 1, unchanged: 2 });
    const people = await employeesByExternalId(t, c);
    expect(people.get('C')).toMatchObject({ status: 'inactive', phone: '+34 699' });
  });
});

describe('what counts as a change of the roster since the last file', () => {
  async function lastFile(c: TestCompany) {
    return t.db.db
      .selectFrom('syncFiles')
      .select(lastAppliedFileColumns)
      .where('companyId', '=', c.company.id)
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
  }
  /** As the next employee file with the same columns would ask it (settings as they are now). */
  const untouched = async (c: TestCompany) => {
    const ctx = systemContext({ db: t.db.db, dialect: t.db.dialect }, c.company.id, allScopes);
    const last = await lastFile(c);
    return untouchedSince(ctx, last, comparedFields(JSON.parse(last.fields as string), await loadSyncSettings(ctx)));
  };

  it('writes the comparison never reads do not count (keys, technical users, roles, mappings); a department does', async () => {
    const c = await company();
    await sync(t, toCsv(roster), { auth: c.auth });
    minutes(2);
    expect(await untouched(c)).toBe(true);
    const writes: [string, string, unknown][] = [
      ['POST', '/security/v1/api-keys', { name: 'BI export', scopes: ['core:read'] }],
      ['POST', '/security/v1/technical-users', { name: 'ERP integration', email: 'erp@example.com' }],
      ['POST', '/sync/v1/mappings', { name: 'Other export', columns: { PERNR: 'externalId' } }],
      ['POST', '/core/v3/roles', { name: 'Auditor' }],
    ];
    for (const [method, url, body] of writes) {
      const res = await t.call(method as 'POST', url, { auth: c.auth, body });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 200 });
    }
    expect(await untouched(c)).toBe(true);
    const department = await t.call('POST', '/core/v3/departments', { auth: c.auth, body: { name: 'Legal' } });
    expect(department.statusCode).toBe(200);
    expect(await untouched(c)).toBe(false);
  });

  it('an employee edit counts only when it changes a field the file compares; saved settings do not count', async () => {
    // No always-manual fields: the birthday column is compared, and its value shows as "[redacted]" in audit rows.
    const c = await company({ manualFields: [] });
    const withBirthdays = roster.map((r) => ({ ...r, date_of_birth: '1990-05-17' }));
    const columnsWithBirthdays = [...columns, 'date_of_birth'];
    await sync(t, toCsv(withBirthdays, { columns: columnsWithBirthdays }), { auth: c.auth });
    minutes(2);
    const a = (await employeesByExternalId(t, c)).get('A');
    const put = (body: Record<string, unknown>) =>
      t.call('PUT', `/core/v3/employees/${a.id}`, {
        auth: c.auth,
        body: { firstName: a.firstName, lastName: a.lastName, status: 'active', ...body },
      });
    // Fields no column carries: the file would find nothing to do.
    expect((await put({ nid: '12345678Z', address: 'Calle Mayor 1' })).statusCode).toBe(200);
    const settings = await t.call('PUT', '/sync/v1/settings', { auth: c.auth, body: { notificationEmails: ['it@example.com'] } });
    expect(settings.statusCode).toBe(200);
    expect(await untouched(c)).toBe(true);
    // The fast path answers exactly as the full comparison would: nothing to do, the hand edits stay.
    minutes(2);
    const reordered = await sync(t, toCsv([...withBirthdays].reverse(), { columns: columnsWithBirthdays }), { auth: c.auth });
    expect(reordered.counts).toMatchObject({ unchanged: 3, updated: 0 });
    expect((await employeesByExternalId(t, c)).get('A').nid).toBe('12345678Z');
    minutes(2);
    // A compared field changed by hand (sync switched off meanwhile), a sensitive one: the next file compares in full
    // and sets it back.
    await enableSync(t, c, { enabled: false });
    expect((await put({ dateOfBirth: '1970-01-01' })).statusCode).toBe(200);
    await enableSync(t, c);
    expect(await untouched(c)).toBe(false);
    const back = await sync(t, toCsv(withBirthdays, { columns: columnsWithBirthdays }), { auth: c.auth });
    expect(back.counts).toMatchObject({ updated: 1, unchanged: 2 });
    expect((await employeesByExternalId(t, c)).get('A').dateOfBirth).toBe('1990-05-17');
  });
});

describe('any doubt: the full comparison', () => {
  it('an employee changed by hand since the last file (sync switched off meanwhile) is set back', async () => {
    const c = await company();
    await sync(t, toCsv(roster), { auth: c.auth });
    minutes(2);
    await editByHand(c, 'A');
    minutes(2);
    const file = await sync(t, toCsv([...roster].reverse()), { auth: c.auth });
    expect(file.counts).toMatchObject({ updated: 1, unchanged: 2 });
    expect((await employeesByExternalId(t, c)).get('A').lastName).toBe('LastA');
  });

  it('a department renamed through the API since the last file', async () => {
    const c = await company();
    await sync(t, toCsv(roster), { auth: c.auth });
    minutes(2);
    const departments = await t.call('GET', '/core/v3/departments', { auth: c.auth });
    const support = departments.json.data.find((d: { name: string }) => d.name === 'Support');
    const renamed = await t.call('PUT', `/core/v3/departments/${support.id}`, { auth: c.auth, body: { name: 'Customer care' } });
    expect(renamed.statusCode).toBe(200);
    minutes(2);
    const file = await sync(t, toCsv([...roster].reverse()), { auth: c.auth });
    // The file still says "Support": the department is created again and B moves to it.
    expect(file.counts).toMatchObject({ updated: 1, unchanged: 2 });
    const after = await t.call('GET', '/core/v3/departments', { auth: c.auth });
    expect(after.json.data.map((d: { name: string }) => d.name).sort()).toEqual(['Customer care', 'Sales', 'Support']);
  });

  it('a position file applied since the last employee file (its managers are compared again)', async () => {
    const c = await company();
    await sync(t, toCsv(roster), { auth: c.auth });
    minutes(2);
    const positions = positionsXml([
      { position_id: 'P1', position_title: 'CEO', employee_id: 'A' },
      { position_id: 'P2', position_title: 'Lead', parent_position_id: 'P1', employee_id: 'B' },
      { position_id: 'P3', position_title: 'Agent', parent_position_id: 'P1', employee_id: 'C' },
    ]);
    const tree = await sync(t, positions, { auth: c.auth, kind: 'positions', type: 'application/xml' });
    expect(tree.status).toBe('complete');
    const people = await employeesByExternalId(t, c);
    expect(people.get('C').managerId).toBe(people.get('A').id);
    minutes(2);
    const file = await sync(t, toCsv([...roster].reverse()), { auth: c.auth });
    expect(file.counts).toMatchObject({ updated: 1, unchanged: 2 });
    expect((await employeesByExternalId(t, c)).get('C').managerId).toBe(people.get('B').id);
  });

  it('an end date reached since the last file terminates the employee on that date', async () => {
    const c = await company();
    const tomorrow = new Date(clock.nowMs() + 86_400_000).toISOString().slice(0, 10);
    const rows = [roster[0] as Row, roster[1] as Row, { ...(roster[2] as Row), end_date: tomorrow }];
    const withEnd = { columns: [...columns, 'end_date'] };
    const first = await sync(t, toCsv(rows, withEnd), { auth: c.auth });
    expect(first.counts).toMatchObject({ created: 3 });
    clock.advance(2 * 86_400_000);
    const file = await sync(t, toCsv([...rows].reverse(), withEnd), { auth: c.auth });
    expect(file.counts).toMatchObject({ terminated: 1, unchanged: 2 });
    expect((await employeesByExternalId(t, c)).get('C')).toMatchObject({ status: 'inactive', terminationDate: tomorrow });
  });

  it('the identical file is applied again, not skipped, once an end date it carries has come', async () => {
    const c = await company();
    const tomorrow = new Date(clock.nowMs() + 86_400_000).toISOString().slice(0, 10);
    const rows = [roster[0] as Row, roster[1] as Row, { ...(roster[2] as Row), end_date: tomorrow }];
    const bytes = toCsv(rows, { columns: [...columns, 'end_date'] });
    expect((await sync(t, bytes, { auth: c.auth })).counts).toMatchObject({ created: 3 });
    minutes(2);
    // The same day: the same bytes do nothing more.
    expect((await sync(t, bytes, { auth: c.auth })).status).toBe('skipped');
    clock.advance(2 * 86_400_000);
    const later = await sync(t, bytes, { auth: c.auth });
    expect(later).toMatchObject({ status: 'complete', counts: { terminated: 1, unchanged: 2 } });
    expect((await employeesByExternalId(t, c)).get('C')).toMatchObject({ status: 'inactive', terminationDate: tomorrow });
    minutes(2);
    expect((await sync(t, bytes, { auth: c.auth })).status).toBe('skipped');
  });

  it('an inactive row with an empty end date is terminated today, never with an empty date', async () => {
    const c = await company();
    expect((await sync(t, toCsv(roster), { auth: c.auth })).counts).toMatchObject({ created: 3 });
    minutes(2);
    const rows = [roster[0] as Row, roster[1] as Row, { ...(roster[2] as Row), status: 'inactive', end_date: '' }];
    const file = await sync(t, toCsv(rows, { columns: [...columns, 'status', 'end_date'] }), { auth: c.auth });
    expect(file.counts).toMatchObject({ terminated: 1 });
    const today = new Date(clock.nowMs()).toISOString().slice(0, 10);
    expect((await employeesByExternalId(t, c)).get('C')).toMatchObject({ status: 'inactive', terminationDate: today });
  });

  it('a pre-hire (start date still ahead) who leaves the roster gets no termination date before the start', async () => {
    const c = await company();
    const hires = [roster[0] as Row, roster[1] as Row, { ...(roster[2] as Row), start_date: '2099-01-01' }];
    expect((await sync(t, toCsv(hires), { auth: c.auth })).counts).toMatchObject({ created: 3 });
    minutes(2);
    const file = await sync(t, toCsv([roster[0] as Row, roster[1] as Row]), { auth: c.auth });
    expect(file.counts).toMatchObject({ terminated: 1 });
    expect((await employeesByExternalId(t, c)).get('C')).toMatchObject({
      status: 'inactive',
      terminationDate: null,
      startDate: '2099-01-01',
    });
  });

  it('the last file had rejected rows: they are rejected again', async () => {
    const c = await company();
    const rows = [...roster, person('D', { line_manager_id: 'NOBODY' })];
    const first = await sync(t, toCsv(rows), { auth: c.auth });
    expect(first).toMatchObject({ status: 'complete_with_errors', counts: { created: 3, rejected: 1 } });
    minutes(2);
    const again = await sync(t, toCsv([...rows].reverse()), { auth: c.auth });
    expect(again).toMatchObject({ status: 'complete_with_errors', counts: { unchanged: 3, rejected: 1 } });
    expect(await fingerprints(c)).toEqual([null, null]);
  });

  it('settings that change the comparison: always-manual fields', async () => {
    const c = await company({ manualFields: ['phone'] });
    await sync(t, toCsv(roster), { auth: c.auth });
    minutes(2);
    const same = await sync(t, toCsv([...roster].reverse()), { auth: c.auth });
    expect(same.counts).toMatchObject({ unchanged: 3 });
    await enableSync(t, c, { manualFields: [] });
    minutes(2);
    const after = await sync(t, toCsv(roster), { auth: c.auth });
    expect(after.counts).toMatchObject({ unchanged: 3 });
    const [f1, f2, f3] = await fingerprints(c);
    expect(f2).toBe(f1);
    expect(f3).not.toBe(f1);
  });
});

describe('CSV lines: the same lines in any order are not even parsed', () => {
  it('blank lines, a BOM and LF instead of CRLF do not count; the count is of records', async () => {
    const c = await company();
    const first = await sync(t, toCsv(roster, { columns }), { auth: c.auth });
    expect(first.counts).toMatchObject({ created: 3 });
    const events = await employeeEvents(c);
    minutes(2);
    const lines = toCsv([...roster].reverse(), { columns }).split('\r\n');
    const variant = `\uFEFF${lines.slice(0, 2).join('\n')}\n\n${lines.slice(2).join('\n')}\n\n\n`;
    const file = await sync(t, variant, { auth: c.auth });
    expect(file).toMatchObject({
      status: 'complete',
      errorCount: 0,
      counts: { created: 0, updated: 0, terminated: 0, deleted: 0, unchanged: 3, rejected: 0 },
    });
    expect(await employeeEvents(c)).toBe(events);
    const [l1, l2] = await lineFingerprints(c);
    expect(l1).toMatch(/^[0-9a-f]{64}$/);
    expect(l2).toBe(l1);
    // The next file after it is compared with its fingerprints, which it carries on.
    minutes(2);
    const changed = await sync(
      t,
      toCsv([roster[0] as Row, roster[1] as Row, person('C', { line_manager_id: 'B', phone: '+34 611' })], { columns }),
      {
        auth: c.auth,
      },
    );
    expect(changed.counts).toMatchObject({ updated: 1, unchanged: 2 });
    expect((await employeesByExternalId(t, c)).get('C').phone).toBe('+34 611');
  });

  it('a file with a quoted cell has no line fingerprint and is still recognised by its records', async () => {
    const c = await company();
    const quoted = [...roster, person('D', { job_title: 'Sales, Iberia' })];
    await sync(t, toCsv(quoted), { auth: c.auth });
    minutes(2);
    const again = await sync(t, toCsv([...quoted].reverse()), { auth: c.auth });
    expect(again).toMatchObject({ status: 'complete', counts: { unchanged: 4, created: 0, updated: 0 } });
    const [f1, f2] = await fingerprints(c);
    expect(f2).toBe(f1);
    expect(await lineFingerprints(c)).toEqual([null, null]);
  });

  it('the same lines (or bytes) read through another mapping, or one edited since, are other records', async () => {
    const c = await company();
    const create = async (partTime: string) => {
      const res = await t.call('POST', '/sync/v1/mappings', {
        auth: c.auth,
        body: { name: `types ${partTime}`, valueMaps: { employeeType: { PT: partTime } } },
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json.data.id as string;
    };
    const m1 = await create('Part time');
    const m2 = await create('Contractor');
    minutes(2);
    const rows = [roster[0] as Row, { ...(roster[1] as Row), employee_type: 'PT' }, roster[2] as Row];
    const first = await sync(t, toCsv(rows, { columns }), { auth: c.auth, query: `mappingId=${m1}` });
    expect(first).toMatchObject({ status: 'complete', counts: { created: 3 } });
    minutes(2);
    const same = await sync(t, toCsv([...rows].reverse(), { columns }), { auth: c.auth, query: `mappingId=${m1}` });
    expect(same.counts).toMatchObject({ unchanged: 3 });
    minutes(2);
    const other = await sync(t, toCsv([...rows].reverse(), { columns }), { auth: c.auth, query: `mappingId=${m2}` });
    expect(other.counts).toMatchObject({ updated: 1, unchanged: 2 });
    const b = (await employeesByExternalId(t, c)).get('B');
    expect(b.customFields.find((f: { slug: string }) => f.slug === 'cf_employee_type')).toMatchObject({ value: 'Contractor' });
    const [l1, l2, l3] = await lineFingerprints(c);
    expect(l2).toBe(l1);
    expect(l3).not.toBe(l1);
    // The same bytes again are skipped as identical under the same mapping, but not once the mapping has changed.
    minutes(2);
    const identical = await sync(t, toCsv([...rows].reverse(), { columns }), { auth: c.auth, query: `mappingId=${m2}` });
    expect(identical.status).toBe('skipped');
    const edited = await t.call('PUT', `/sync/v1/mappings/${m2}`, {
      auth: c.auth,
      body: { valueMaps: { employeeType: { PT: 'Part time' } } },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    minutes(2);
    const remapped = await sync(t, toCsv([...rows].reverse(), { columns }), { auth: c.auth, query: `mappingId=${m2}` });
    expect(remapped).toMatchObject({ status: 'complete', counts: { updated: 1, unchanged: 2 } });
  });

  it('a file with an end date still ahead keeps no line fingerprint (the date may be reached by the next file)', async () => {
    const c = await company();
    const nextWeek = new Date(clock.nowMs() + 7 * 86_400_000).toISOString().slice(0, 10);
    const lastYear = new Date(clock.nowMs() - 365 * 86_400_000).toISOString().slice(0, 10);
    const ahead = [roster[0] as Row, roster[1] as Row, { ...(roster[2] as Row), end_date: nextWeek }];
    await sync(t, toCsv(ahead, { columns: [...columns, 'end_date'] }), { auth: c.auth });
    const past = [roster[0] as Row, roster[1] as Row, { ...(roster[2] as Row), end_date: lastYear }];
    const c2 = await company();
    await sync(t, toCsv(past, { columns: [...columns, 'end_date'] }), { auth: c2.auth });
    expect(await lineFingerprints(c)).toEqual([null]);
    expect((await lineFingerprints(c2))[0]).toMatch(/^[0-9a-f]{64}$/);
  });
});
