import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdjustableClock, adjustableClock } from '../../test/adjustable-clock.js';
import { createTestApp, type TestApp, type TestCompany } from '../../test/app-fixture.js';
import { diffOf, employeesByExternalId, enableSync, errorsOf, person, type Row, sync, toCsv, toXml, upload } from './sync.test-kit.js';

let t: TestApp;
let clock: AdjustableClock;
beforeAll(async () => {
  clock = adjustableClock();
  t = await createTestApp({ clock });
});
afterAll(async () => t?.close());

/** A company of its own per test, so rosters do not mix. */
async function company(settings: Record<string, unknown> = {}): Promise<TestCompany> {
  const c = await t.newCompany();
  await enableSync(t, c, settings);
  return c;
}

describe('employee files', () => {
  it('creates the roster from a CSV, with departments, managers, job titles, offices and the employee type', async () => {
    const c = await company();
    const rows: Row[] = [
      person('E1', { job_title: 'CEO', office: 'Madrid HQ', phone: '+34 600 000 001', date_of_birth: '1980-02-03', gender: 'female' }),
      person('E2', { department: 'Support', line_manager_id: 'E1', job_title: 'Agent', employee_type: 'Part time' }),
      person('E3', { department: 'Support', line_manager_id: 'E2', office: 'Madrid HQ' }),
    ];
    const file = await sync(t, toCsv(rows), { auth: c.auth });
    expect(file).toMatchObject({
      kind: 'employees',
      status: 'complete',
      progress: 100,
      format: 'csv',
      dryRun: false,
      counts: { created: 3, updated: 0, terminated: 0, deleted: 0, unchanged: 0, rejected: 0 },
      errorCount: 0,
      attempts: 1,
    });
    expect(file.finishedAt).toMatch(/\+00:00$/);
    const people = await employeesByExternalId(t, c);
    const [e1, e2, e3] = ['E1', 'E2', 'E3'].map((id) => people.get(id));
    expect(e1).toMatchObject({
      firstName: 'FirstE1',
      lastName: 'LastE1',
      email: 'e1@example.com',
      status: 'active',
      startDate: '2020-01-15',
    });
    expect(e1).toMatchObject({ country: 'ES', phone: '+34 600 000 001', gender: 'female', managerId: null, dateOfBirth: '1980-02-03' });
    expect(e2.managerId).toBe(e1.id);
    expect(e3.managerId).toBe(e2.id);
    expect(e2.customFields).toEqual([expect.objectContaining({ slug: 'cf_employee_type', value: 'Part time' })]);
    const departments = await t.call('GET', '/core/v3/departments', { auth: c.auth });
    expect(departments.json.data.map((d: { name: string }) => d.name).sort()).toEqual(['Sales', 'Support']);
    const support = departments.json.data.find((d: { name: string }) => d.name === 'Support');
    const inSupport = await t.call('GET', `/core/v3/employees?departmentIds=${support.id}`, { auth: c.auth });
    expect(inSupport.json.data.map((e: { externalId: string }) => e.externalId).sort()).toEqual(['E2', 'E3']);
    const offices = await t.call('GET', '/core/v3/offices', { auth: c.auth });
    expect(offices.json.data.map((o: { name: string }) => o.name)).toEqual(['Madrid HQ']);
    const charges = await t.call('GET', '/core/v3/job-charges', { auth: c.auth });
    expect(charges.json.data.map((j: { name: string }) => j.name).sort()).toEqual(['Agent', 'CEO']);
    expect(e1.jobChargeId).toBe(charges.json.data.find((j: { name: string }) => j.name === 'CEO').id);

    // The writes went through the same rules as manual ones: audit rows and outbox events, actor sync.
    const events = await t.db.db.selectFrom('events').select(['type']).where('companyId', '=', c.company.id).execute();
    const types = events.map((e) => e.type);
    expect(types.filter((x) => x === 'employee.created')).toHaveLength(3);
    expect(types).toContain('department.created');
    expect(types).toContain('sync_file.completed');
    const audit = await t.db.db
      .selectFrom('auditLogs')
      .selectAll()
      .where('companyId', '=', c.company.id)
      .where('action', '=', 'employee.created')
      .execute();
    expect(audit).toHaveLength(3);
    expect(audit.every((a) => a.actorType === 'sync' && a.actorId === file.id)).toBe(true);
    expect(JSON.parse(audit.find((a) => a.resourceId === e1.id)?.after ?? '{}').dateOfBirth).toBe('[redacted]');
  });

  it('updates, terminates and reactivates on the next files, and reports the diff field by field', async () => {
    const c = await company();
    const first = await sync(t, toCsv([person('A'), person('B'), person('C', { line_manager_id: 'A' })]), { auth: c.auth });
    expect(first.counts.created).toBe(3);
    const before = await employeesByExternalId(t, c);

    // B leaves, C changes department and surname, D is new.
    const second = await sync(
      t,
      toCsv([person('A'), person('C', { surname: 'Smith', department: 'Marketing', line_manager_id: 'A' }), person('D')]),
      {
        auth: c.auth,
      },
    );
    expect(second).toMatchObject({
      status: 'complete',
      counts: { created: 1, updated: 1, terminated: 1, deleted: 0, unchanged: 1, rejected: 0 },
    });
    const after = await employeesByExternalId(t, c);
    expect(after.get('B')).toMatchObject({ status: 'inactive', id: before.get('B').id });
    expect(after.get('B').terminationDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(after.get('C')).toMatchObject({ lastName: 'Smith', id: before.get('C').id });
    const diff = await diffOf(t, second.id, c);
    expect(diff.map((d: { action: string; externalId: string }) => `${d.action}:${d.externalId}`).sort()).toEqual([
      'created:D',
      'terminated:B',
      'updated:C',
    ]);
    const updated = diff.find((d: { externalId: string }) => d.externalId === 'C');
    expect(updated.changes).toEqual(
      expect.arrayContaining([
        { field: 'lastName', before: 'LastC', after: 'Smith' },
        { field: 'department', before: 'Sales', after: 'Marketing' },
      ]),
    );
    expect(updated.row).toBe(3);
    const filtered = await diffOf(t, second.id, c, '&action=terminated');
    expect(filtered).toHaveLength(1);
    // The termination shows the day it takes (today here: B is absent from the file).
    expect(filtered[0].changes).toEqual([
      { field: 'status', before: 'active', after: 'inactive' },
      { field: 'endDate', before: null, after: after.get('B').terminationDate },
    ]);
    const events = await t.db.db
      .selectFrom('events')
      .select(['type', 'changes', 'resourceId'])
      .where('companyId', '=', c.company.id)
      .where((eb) =>
        eb.or([eb('resourceId', 'in', [before.get('B').id, before.get('C').id]), eb('type', 'like', 'employee_department_assignation.%')]),
      )
      .execute();
    expect(events.find((e) => e.type === 'employee.terminated')?.resourceId).toBe(before.get('B').id);
    const cUpdate = events.find((e) => e.type === 'employee.updated' && e.resourceId === before.get('C').id);
    expect(JSON.parse(cUpdate?.changes ?? '[]')).toContain('lastName');
    expect(events.map((e) => e.type)).toContain('employee_department_assignation.created');
    expect(events.map((e) => e.type)).toContain('employee_department_assignation.deleted');

    // B comes back: reactivated, with its old id.
    const third = await sync(
      t,
      toCsv([person('A'), person('B'), person('C', { surname: 'Smith', department: 'Marketing', line_manager_id: 'A' }), person('D')]),
      {
        auth: c.auth,
      },
    );
    expect(third.counts).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
    const back = (await employeesByExternalId(t, c)).get('B');
    expect(back).toMatchObject({ status: 'active', id: before.get('B').id, terminationDate: null });
    expect((await diffOf(t, third.id, c))[0]).toMatchObject({ action: 'reactivated', externalId: 'B' });
    const audit = await t.call('GET', `/security/v1/audit-logs?resourceId=${back.id}&action=employee.reactivated`, { auth: c.auth });
    expect(audit.json.data).toEqual([expect.objectContaining({ action: 'employee.reactivated', resourceType: 'employee' })]);
  });

  it('excludes inactive rows: status inactive or a past end_date terminates, on that date', async () => {
    const c = await company();
    await sync(t, toCsv([person('K1'), person('K2'), person('K3')]), { auth: c.auth });
    const file = await sync(
      t,
      toCsv([person('K1', { status: 'active' }), person('K2', { status: 'Inactive' }), person('K3', { end_date: '2024-06-30' })], {
        columns: [
          'employee_id',
          'forename',
          'surname',
          'email',
          'employee_type',
          'department',
          'start_date',
          'country',
          'status',
          'end_date',
        ],
      }),
      { auth: c.auth },
    );
    expect(file.counts).toMatchObject({ terminated: 2, unchanged: 1 });
    const people = await employeesByExternalId(t, c);
    expect(people.get('K2').status).toBe('inactive');
    expect(people.get('K3')).toMatchObject({ status: 'inactive', terminationDate: '2024-06-30' });
  });

  it('an end_date before the start date rejects its row: the employee is not terminated on another date', async () => {
    const c = await company(); // start_date is always-manual (the default): the roster keeps its own
    await sync(t, toCsv([person('S1'), person('S2'), person('S3')]), { auth: c.auth });
    const columns = ['employee_id', 'forename', 'surname', 'email', 'employee_type', 'department', 'start_date', 'country', 'end_date'];
    // S1: the row's own start_date is after its end_date. S2: its row's is not, but the start date the roster keeps is.
    const file = await sync(
      t,
      toCsv(
        [
          person('S1', { end_date: '2019-01-01' }),
          person('S2', { start_date: '2018-01-01', end_date: '2019-06-30' }),
          person('S3', { end_date: '2024-06-30' }),
        ],
        { columns },
      ),
      { auth: c.auth },
    );
    expect(file).toMatchObject({ status: 'complete_with_errors', counts: { terminated: 1, rejected: 2 } });
    const errors = await errorsOf(t, file.id, c);
    expect(errors.map((e) => [e.employeeId, e.field, e.message])).toEqual([
      ['S1', 'endDate', 'end_date 2019-01-01 is before start_date 2020-01-15'],
      ['S2', 'endDate', "end_date 2019-06-30 is before the employee's start date 2020-01-15"],
    ]);
    const people = await employeesByExternalId(t, c);
    expect(people.get('S1')).toMatchObject({ status: 'active', terminationDate: null });
    expect(people.get('S2')).toMatchObject({ status: 'active', terminationDate: null, startDate: '2020-01-15' });
    expect(people.get('S3')).toMatchObject({ status: 'inactive', terminationDate: '2024-06-30' });
  });

  it('deletes leavers when the company chose delete', async () => {
    const c = await company({ leaverAction: 'delete' });
    await sync(t, toCsv([person('D1'), person('D2', { line_manager_id: 'D1' })]), { auth: c.auth });
    const ids = await employeesByExternalId(t, c);
    const dry = await sync(t, toCsv([person('D2')]), { auth: c.auth, query: 'dryRun=true' });
    const named = async (fileId: string) => (await diffOf(t, fileId, c)).find((d: { externalId: string }) => d.externalId === 'D1');
    expect(await named(dry.id)).toMatchObject({ action: 'deleted', name: 'FirstD1 LastD1' });
    const file = await sync(t, toCsv([person('D2')]), { auth: c.auth });
    expect(file.counts).toMatchObject({ deleted: 1, terminated: 0, updated: 1 });
    // Erased: the file's diff and the dry run's no longer name D1.
    expect(await named(file.id)).toMatchObject({ action: 'deleted', name: 'Deleted Employee' });
    expect(await named(dry.id)).toMatchObject({ action: 'deleted', name: 'Deleted Employee' });
    expect((await t.call('GET', `/core/v3/employees/${ids.get('D1').id}`, { auth: c.auth })).statusCode).toBe(404);
    expect((await employeesByExternalId(t, c)).get('D2').managerId).toBeNull();
    const deleted = await t.db.db
      .selectFrom('events')
      .select('data')
      .where('type', '=', 'employee.deleted')
      .where('resourceId', '=', ids.get('D1').id)
      .execute();
    expect(JSON.parse(deleted[0]?.data ?? '{}')).toMatchObject({ id: ids.get('D1').id, externalId: 'D1' });
    // As with DELETE: its department assignation goes with its own event, and its history is erased.
    const feed = await t.call('GET', '/event/v1/events?limit=500', { auth: c.auth });
    const removed = feed.json.data.filter((e: { type: string }) => e.type === 'employee_department_assignation.deleted');
    expect(removed.map((e: { data: { employee: { id: string } } }) => e.data.employee.id)).toEqual([ids.get('D1').id]);
    expect(JSON.stringify(feed.json.data)).not.toMatch(/FirstD1|d1@example\.com/);
    expect(JSON.stringify(feed.json.data)).toMatch(/FirstD2/);
    const audit = await t.call('GET', `/security/v1/audit-logs?resourceId=${ids.get('D1').id}`, { auth: c.auth });
    expect(audit.json.data.length).toBeGreaterThan(1);
    expect(JSON.stringify(audit.json.data)).not.toMatch(/FirstD1|d1@example\.com/);
  });

  it('a report whose row changes nothing but whose manager is deleted counts once, as updated, with its row', async () => {
    const c = await company({ leaverAction: 'delete' });
    await sync(t, toCsv([person('M1'), person('M2', { line_manager_id: 'M1' }), person('M3')]), { auth: c.auth });
    // The next export has no manager column: M2's row is as before, but M1 is deleted, so M2 loses the manager.
    const columns = ['employee_id', 'forename', 'surname', 'email', 'employee_type', 'department', 'start_date', 'country'];
    const file = await sync(t, toCsv([person('M2'), person('M3')], { columns }), { auth: c.auth });
    expect(file.counts).toMatchObject({ deleted: 1, updated: 1, unchanged: 1, created: 0 });
    const diff = await diffOf(t, file.id, c);
    const m2 = diff.find((d: { externalId: string }) => d.externalId === 'M2');
    expect(m2).toMatchObject({ action: 'updated', row: 2 });
    expect((await employeesByExternalId(t, c)).get('M2').managerId).toBeNull();
  });

  it('reads XML (Workstars layout), semicolon CSV with a BOM and quoted fields, and JSON alike', async () => {
    const rows = [
      person('X1', { forename: 'José', surname: 'Núñez; "Pepe"' }),
      person('X2', { department: 'R&D <Labs>', line_manager_id: 'X1' }),
    ];
    const results: Record<string, unknown>[] = [];
    for (const [body, type] of [
      [toXml(rows), 'application/xml'],
      [toCsv(rows, { delimiter: ';', bom: true }), 'text/csv'],
      [JSON.stringify(rows), 'application/json'],
    ] as const) {
      const c = await company();
      const file = await sync(t, body, { auth: c.auth, type });
      expect(file.status, JSON.stringify(file)).toBe('complete');
      const people = await employeesByExternalId(t, c);
      results.push({
        x1: [people.get('X1').firstName, people.get('X1').lastName],
        manager: people.get('X2').managerId === people.get('X1').id,
      });
      const departments = await t.call('GET', '/core/v3/departments', { auth: c.auth });
      expect(departments.json.data.map((d: { name: string }) => d.name).sort()).toEqual(['R&D <Labs>', 'Sales']);
    }
    expect(results).toEqual(Array(3).fill({ x1: ['José', 'Núñez; "Pepe"'], manager: true }));
  });

  it('accepts multipart uploads and records the file name and the original bytes', async () => {
    const c = await company();
    const csv = toCsv([person('M1')]);
    const boundary = '----rosterboundary';
    const payload = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="people.csv"',
      'Content-Type: text/csv',
      '',
      csv,
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const file = await sync(t, payload, { auth: c.auth, type: `multipart/form-data; boundary=${boundary}` });
    expect(file).toMatchObject({ status: 'complete', filename: 'people.csv', format: 'csv', contentType: 'text/csv' });
    const original = await t.app.inject({ method: 'GET', url: `/sync/v1/files/${file.id}/original`, headers: c.auth });
    expect(original.statusCode).toBe(200);
    expect(original.headers['content-type']).toContain('text/csv');
    expect(original.headers['content-disposition']).toContain('people.csv');
    expect(original.body).toBe(csv);
    const empty = await upload(t, `--${boundary}\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--${boundary}--\r\n`, {
      auth: c.auth,
      type: `multipart/form-data; boundary=${boundary}`,
    });
    expect(empty.statusCode).toBe(400);
  });

  it('answers the Workstars paths with Basic auth, and serves the XSDs', async () => {
    const c = await company();
    const basic = { authorization: `Basic ${Buffer.from(`api-key:${c.token}`).toString('base64')}` };
    const res = await upload(t, toXml([person('W1')]), { auth: basic, type: 'application/xml', url: '/admin/api/v2/hrdatasync/employee' });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json.data).toMatchObject({ kind: 'employees', status: 'queued', format: 'xml' });
    await t.app.syncRunner.drain();
    expect((await employeesByExternalId(t, c)).get('W1')).toBeTruthy();
    // text/xml and an unlabelled body (sniffed) are read too.
    const textXml = await upload(t, toXml([person('W2')]), {
      auth: basic,
      type: 'text/xml',
      url: '/admin/api/v2/hrdatasync/employee',
      query: 'dryRun=true',
    });
    expect(textXml.json.data).toMatchObject({ format: 'xml' });
    const octets = await upload(t, toXml([person('W2')]), { auth: c.auth, type: 'application/octet-stream', query: 'dryRun=true' });
    expect(octets.json.data).toMatchObject({ format: 'xml', contentType: 'application/octet-stream' });
    const wrong = { authorization: `Basic ${Buffer.from(`someone:${c.token}`).toString('base64')}` };
    expect(
      (await upload(t, toXml([person('W1')]), { auth: wrong, type: 'application/xml', url: '/admin/api/v2/hrdatasync/employee' }))
        .statusCode,
    ).toBe(401);
    for (const url of [
      '/sync/v1/schemas/employees.xsd',
      '/admin/api/v2/hrdatasync/employees.xsd',
      '/sync/v1/schemas/positions.xsd',
      '/admin/api/v2/hrdatasync/positions.xsd',
    ]) {
      const xsd = await t.app.inject({ method: 'GET', url });
      expect(xsd.statusCode).toBe(200);
      expect(xsd.headers['content-type']).toContain('application/xml');
      expect(xsd.body).toContain('<xs:schema');
    }
  });
});

describe('file-level rejection: nothing changes', () => {
  let c: TestCompany;
  let before: string;
  beforeAll(async () => {
    c = await company();
    await sync(t, toCsv([person('R1'), person('R2')]), { auth: c.auth });
    before = JSON.stringify([...(await employeesByExternalId(t, c)).values()]);
  });

  async function rejected(body: string, type: string, message: RegExp) {
    const file = await sync(t, body, { auth: c.auth, type });
    expect(file.status).toBe('error');
    expect(file.error).toMatch(message);
    expect(file.counts).toEqual({ created: 0, updated: 0, terminated: 0, deleted: 0, unchanged: 0, rejected: 0 });
    expect(JSON.stringify([...(await employeesByExternalId(t, c)).values()])).toBe(before);
    return file;
  }

  it('refuses XML that is not well-formed, fails the XSD, or declares entities (XXE)', async () => {
    await rejected('<employees><employee><employee_id>R1</employee_id></employees>', 'application/xml', /not well-formed/);
    const invalid = await rejected(
      toXml([person('R1'), { employee_id: 'R9', forename: 'No', surname: 'Email' }]),
      'application/xml',
      /employees\.xsd/,
    );
    const report = await errorsOf(t, invalid.id, c);
    expect(report[0]).toMatchObject({ row: expect.any(Number), message: expect.stringContaining('email') });
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE employees [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n${toXml([person('R1', { forename: '&xxe;' })]).replace(/^<\?xml[^>]*>\n/, '')}`;
    await rejected(xxe, 'application/xml', /DOCTYPE/);
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><employees/>`;
    await rejected(laughs, 'application/xml', /DOCTYPE/);
    // In UTF-16 (no byte order mark: valid UTF-8 with NULs), which libxml2 would detect and read, DOCTYPE and all.
    for (const body of [xxe, laughs]) {
      const utf16 = await sync(t, Buffer.from(body, 'utf16le'), { auth: c.auth, type: 'application/xml' });
      expect(utf16).toMatchObject({ status: 'error', error: expect.stringMatching(/NUL bytes.*: send XML files in UTF-8/) });
    }
  });

  it('refuses a CSV without a required column, with duplicate ids, malformed quoting, or bad JSON', async () => {
    const missing = await rejected('employee_id,forename,surname\nR1,A,B\n', 'text/csv', /Missing required columns: email.*department/);
    // A position file sent as the employee file says so.
    await rejected(
      'position_id,position_title,parent_position_id,employee_id\nP1,CEO,,R1\n',
      'text/csv',
      /This looks like a position file: upload it to \/sync\/v1\/position-files/,
    );
    expect((await errorsOf(t, missing.id, c)).map((e: { field: string }) => e.field)).toContain('email');
    const dup = await rejected(toCsv([person('R1'), person('R2'), person('R1')]), 'text/csv', /Duplicate employee_id: R1 \(row 4\)/);
    expect(await errorsOf(t, dup.id, c)).toEqual([
      { row: 4, employeeId: 'R1', field: 'externalId', message: 'duplicate id: also on row 2' },
    ]);
    await rejected(`${toCsv([person('R1')])}R2,"unclosed,x\n`, 'text/csv', /not well-formed CSV/);
    await rejected('{"employees": 3}', 'application/json', /JSON array/);
    await rejected('[{"employee_id": "R1",', 'application/json', /not valid JSON/);
    await rejected('[1, 2]', 'application/json', /JSON array of employee records.*none of its 2 items/);
    await rejected('{"employees": ["E1", null]}', 'application/json', /none of its 2 items/);
    await rejected(Buffer.from([0x65, 0x6d, 0xff, 0xfe, 0x0a]).toString('latin1'), 'text/csv', /not valid UTF-8|Missing required/);
  });
});

describe('row-level errors', () => {
  it('skips bad rows, lists them, applies the rest and keeps the employees of rejected rows as they are', async () => {
    const c = await company();
    await sync(t, toCsv([person('G1'), person('G2'), person('G3')]), { auth: c.auth });
    const file = await sync(
      t,
      toCsv([
        person('G1', { surname: 'Changed' }),
        person('G2', { email: 'not-an-email', surname: 'Ignored' }),
        person('G3', { start_date: '31/12/2020' }),
        person('G4', { email: 'g1@example.com' }),
        person('G5', { line_manager_id: 'NOBODY' }),
        person('G6', { forename: '=HYPERLINK("http://evil")', email: '' }),
      ]),
      { auth: c.auth },
    );
    expect(file.status).toBe('complete_with_errors');
    expect(file.counts).toMatchObject({ created: 1, updated: 1, terminated: 0, rejected: 4 });
    const people = await employeesByExternalId(t, c);
    expect(people.get('G1').lastName).toBe('Changed');
    expect(people.get('G2')).toMatchObject({ status: 'active', lastName: 'LastG2', email: 'g2@example.com' });
    expect(people.get('G3').status).toBe('active');
    expect(people.has('G4')).toBe(false);
    expect(people.get('G6').firstName).toBe('=HYPERLINK("http://evil")');
    const errors = await errorsOf(t, file.id, c);
    expect(errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual([
      '3:email',
      '4:startDate',
      '5:email',
      '6:manager',
    ]);
    const csv = await t.app.inject({ method: 'GET', url: `/sync/v1/files/${file.id}/errors`, headers: c.auth });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('row,employee_id,field,message');
    expect(lines[1]).toBe('3,G2,email,"""not-an-email"" is not an email address"');
    expect(lines).toHaveLength(5);
  });

  it('an XML value longer than its field allows rejects its row only, as in CSV', async () => {
    const c = await company();
    const file = await sync(
      t,
      toXml([person('L1'), person('L2', { surname: 'S'.repeat(300) }), person('L3', { job_title: 'J'.repeat(256) })]),
      { auth: c.auth, type: 'application/xml' },
    );
    expect(file.status).toBe('complete_with_errors');
    expect(file.counts).toMatchObject({ created: 1, rejected: 2 });
    const errors = await errorsOf(t, file.id, c);
    expect(errors.map((e: { employeeId: string; field: string; message: string }) => [e.employeeId, e.field, e.message])).toEqual([
      ['L2', 'lastName', 'longer than 100 characters'],
      ['L3', 'jobTitle', 'longer than 200 characters'],
    ]);
    expect([...(await employeesByExternalId(t, c)).keys()]).toEqual(['L1']);
  });

  it('rejects the rows of a manager loop and keeps the rest', async () => {
    const c = await company();
    const file = await sync(
      t,
      toCsv([person('J1', { line_manager_id: 'J2' }), person('J2', { line_manager_id: 'J1' }), person('J3', { line_manager_id: 'J1' })]),
      {
        auth: c.auth,
      },
    );
    // J3's manager J1 was rejected: J3 goes too (its manager is not in the roster).
    expect(file.counts).toMatchObject({ created: 0, rejected: 3 });
    const errors = await errorsOf(t, file.id, c);
    expect(errors.filter((e: { message: string }) => e.message.includes('loops'))).toHaveLength(2);
  });

  it('escapes spreadsheet formulas in the error report', async () => {
    const c = await company();
    const file = await sync(t, toCsv([person('=1+2', { email: 'bad' }), person('@SUM(A1)', { email: '-bad' })]), { auth: c.auth });
    const csv = await t.app.inject({ method: 'GET', url: `/sync/v1/files/${file.id}/errors`, headers: c.auth });
    const lines = csv.body.trim().split('\r\n').slice(1);
    expect(lines[0]?.startsWith("2,'=1+2,email,")).toBe(true);
    expect(lines[1]).toBe(`3,'@SUM(A1),email,"'""-bad"" is not an email address"`.replace(`"'""-bad""`, `"""-bad""`));
  });

  it('quotes cells holding ";" and prefixes what follows each ";" (Excel where ";" separates cells)', async () => {
    const c = await company();
    const rows = ['Y;=2*3;', 'Z;"+1;-2', 'W;x'].map((id, i) => person(id, { forename: '', email: `f${i}@example.com` }));
    const file = await sync(t, toCsv(rows, { delimiter: '\t' }), { auth: c.auth });
    const csv = await t.app.inject({ method: 'GET', url: `/sync/v1/files/${file.id}/errors`, headers: c.auth });
    expect(csv.body.trim().split('\r\n').slice(1)).toEqual([
      `2,"Y;'=2*3;",firstName,forename is empty`,
      `3,"Z;'""+1;'-2",firstName,forename is empty`,
      `4,"W;x",firstName,forename is empty`,
    ]);
    // The JSON lines are the values as read.
    expect((await errorsOf(t, file.id, c)).map((e: { employeeId: string }) => e.employeeId)).toEqual(['Y;=2*3;', 'Z;"+1;-2', 'W;x']);
  });
});

describe('statuses', () => {
  it('skips a file identical to the last applied one, but not a dry run of it', async () => {
    const c = await company();
    const body = toCsv([person('S1')]);
    const first = await sync(t, body, { auth: c.auth });
    expect(first.status).toBe('complete');
    const again = await sync(t, body, { auth: c.auth });
    expect(again).toMatchObject({ status: 'skipped', error: expect.stringContaining(first.id), sha256: first.sha256 });
    const dry = await sync(t, body, { auth: c.auth, query: 'dryRun=true' });
    expect(dry).toMatchObject({ status: 'complete', dryRun: true, counts: { unchanged: 1 } });
  });

  it('does not skip identical bytes once the settings were saved since: sync off, a hand edit, sync on', async () => {
    const c = await company();
    const body = toCsv([person('SS1'), person('SS2')]);
    expect((await sync(t, body, { auth: c.auth })).status).toBe('complete');
    await enableSync(t, c, { enabled: false });
    const ss1 = (await employeesByExternalId(t, c)).get('SS1');
    const edit = await t.call('PUT', `/core/v3/employees/${ss1.id}`, {
      auth: c.auth,
      body: { firstName: ss1.firstName, lastName: 'Edited by hand', status: 'active' },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    await enableSync(t, c);
    // The hand edit more than a minute before the next file: a write just before a file started counts as one after it
    // (it may not have been committed when the file read the roster), and the file after that would be compared too.
    clock.advance(2 * 60_000);
    const again = await sync(t, body, { auth: c.auth });
    expect(again).toMatchObject({ status: 'complete', counts: { updated: 1, unchanged: 1 } });
    expect((await employeesByExternalId(t, c)).get('SS1').lastName).toBe('LastSS1');
    // Nothing saved since that file: the same bytes are skipped again.
    expect((await sync(t, body, { auth: c.auth })).status).toBe('skipped');
  });

  it('blocks a file that removes more than the threshold until approved; approval applies it', async () => {
    const c = await company({ removalThresholdPercent: 50 });
    await sync(t, toCsv(['B1', 'B2', 'B3', 'B4'].map((id) => person(id))), { auth: c.auth });
    const blocked = await sync(t, toCsv([person('B1')]), { auth: c.auth });
    expect(blocked).toMatchObject({ status: 'blocked', counts: { terminated: 3 } });
    expect(blocked.error).toContain('3 of 4 active employees (75 %)');
    expect([...(await employeesByExternalId(t, c)).values()].filter((e) => e.status === 'active')).toHaveLength(4);
    expect((await diffOf(t, blocked.id, c)).filter((d: { action: string }) => d.action === 'terminated')).toHaveLength(3);
    const reader = await c.key(['sync:read']);
    expect((await t.call('POST', `/sync/v1/files/${blocked.id}/approve`, { auth: reader.auth })).statusCode).toBe(403);
    const approved = await t.call('POST', `/sync/v1/files/${blocked.id}/approve`, { auth: c.auth });
    expect(approved.statusCode, approved.body).toBe(200);
    // A new run: the blocked run's message, counts and attempts go (three interruptions are counted from here).
    expect(approved.json.data).toMatchObject({
      status: 'queued',
      approvedAt: expect.any(String),
      error: null,
      attempts: 0,
      counts: { created: 0, updated: 0, terminated: 0, deleted: 0, unchanged: 0, rejected: 0 },
    });
    await t.app.syncRunner.drain();
    const done = await t.call('GET', `/sync/v1/files/${blocked.id}`, { auth: c.auth });
    expect(done.json.data).toMatchObject({ status: 'complete', counts: { terminated: 3 }, attempts: 1 });
    expect((await t.call('POST', `/sync/v1/files/${blocked.id}/approve`, { auth: c.auth })).statusCode).toBe(409);
    // Below the threshold: applied at once.
    const small = await sync(t, toCsv([person('B1'), person('B2'), person('B3')]), { auth: c.auth });
    expect(small.status).toBe('complete');
  });

  it('reads an XML or JSON file with no records as the empty roster: blocked by the threshold, not rejected', async () => {
    const c = await company();
    await sync(t, toCsv([person('M1'), person('M2')]), { auth: c.auth });
    for (const [body, type] of [
      ['<?xml version="1.0" encoding="UTF-8"?>\n<employees/>\n', 'application/xml'],
      ['<employees></employees>', 'application/xml'],
      ['[]', 'application/json'],
      ['{"employees": []}', 'application/json'],
    ]) {
      const file = await sync(t, body as string, { auth: c.auth, type });
      expect(file, body).toMatchObject({ status: 'blocked', counts: { terminated: 2, rejected: 0 } });
      expect(file.error).toContain('2 of 2 active employees');
    }
    // On an empty roster there is nothing to remove: the file completes.
    const empty = await company();
    expect(await sync(t, '[]', { auth: empty.auth, type: 'application/json' })).toMatchObject({ status: 'complete' });
  });

  it('refuses to approve a blocked file once a newer file was applied', async () => {
    const c = await company({ removalThresholdPercent: 10 });
    await sync(t, toCsv([person('N1'), person('N2')]), { auth: c.auth });
    const blocked = await sync(t, toCsv([person('N1')]), { auth: c.auth });
    expect(blocked.status).toBe('blocked');
    await sync(t, toCsv([person('N1'), person('N2'), person('N3')]), { auth: c.auth });
    const res = await t.call('POST', `/sync/v1/files/${blocked.id}/approve`, { auth: c.auth });
    expect(res.statusCode).toBe(409);
    expect(res.json.detail).toContain('newer');
  });

  it('refuses to approve a blocked file once a newer file came that was identical to the roster (skipped)', async () => {
    const c = await company({ removalThresholdPercent: 10 });
    const current = toCsv([person('S1'), person('S2')]);
    await sync(t, current, { auth: c.auth });
    const blocked = await sync(t, toCsv([person('S1')]), { auth: c.auth });
    expect(blocked.status).toBe('blocked');
    // The next day's export is the roster as it is: skipped, and the current export all the same.
    expect((await sync(t, current, { auth: c.auth })).status).toBe('skipped');
    const res = await t.call('POST', `/sync/v1/files/${blocked.id}/approve`, { auth: c.auth });
    expect(res.statusCode).toBe(409);
    expect(res.json.detail).toContain('identical to the roster');
    expect((await employeesByExternalId(t, c)).get('S2')).toMatchObject({ status: 'active' });
  });

  it('refuses to approve while a newer file is being applied, and an approved file that a newer one overtook is not applied', async () => {
    const c = await company({ removalThresholdPercent: 10 });
    await sync(t, toCsv([person('O1'), person('O2')]), { auth: c.auth });
    const blocked = await sync(t, toCsv([person('O1')]), { auth: c.auth });
    expect(blocked.status).toBe('blocked');
    // A newer file being applied (claimed by a server process) at the moment of the approval.
    const newer = await upload(t, toCsv([person('O1'), person('O2'), person('O3')]), { auth: c.auth });
    await t.db.db.updateTable('syncFiles').set({ status: 'processing' }).where('id', '=', newer.json.data.id).execute();
    const refused = await t.call('POST', `/sync/v1/files/${blocked.id}/approve`, { auth: c.auth });
    expect(refused.statusCode).toBe(409);
    expect(refused.json.detail).toContain('is being applied');
    // The newer file is applied; an approval that passed its check just before (it commits first) leaves the old file
    // queued behind it: when it comes, it is refused rather than rolling the roster back to O1 alone.
    await t.db.db.updateTable('syncFiles').set({ status: 'queued' }).where('id', '=', newer.json.data.id).execute();
    await t.app.syncRunner.drain();
    await t.db.db
      .updateTable('syncFiles')
      .set({ status: 'queued', approvedAt: new Date().toISOString(), approvedBy: 'test' })
      .where('id', '=', blocked.id)
      .execute();
    await t.app.syncRunner.drain();
    const old = (await t.call('GET', `/sync/v1/files/${blocked.id}`, { auth: c.auth })).json.data;
    expect(old).toMatchObject({ status: 'error', counts: { terminated: 0 } });
    expect(old.error).toContain('roll the roster back');
    const roster = await employeesByExternalId(t, c);
    expect(
      [...roster.values()]
        .filter((e) => e.status === 'active')
        .map((e) => e.externalId)
        .sort(),
    ).toEqual(['O1', 'O2', 'O3']);
  });

  it('cancels a queued or scheduled file, not a finished one; scheduled files wait for processAt', async () => {
    const c = await company();
    const queued = await upload(t, toCsv([person('Q1')]), { auth: c.auth });
    const cancelled = await t.call('POST', `/sync/v1/files/${queued.json.data.id}/cancel`, { auth: c.auth });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json.data).toMatchObject({ status: 'cancelled', finishedAt: expect.any(String) });
    await t.app.syncRunner.drain();
    expect((await employeesByExternalId(t, c)).size).toBe(0);
    expect((await t.call('POST', `/sync/v1/files/${queued.json.data.id}/cancel`, { auth: c.auth })).statusCode).toBe(409);

    const tooLate = await upload(t, toCsv([person('Q3')]), {
      auth: c.auth,
      query: `processAt=${encodeURIComponent('9999-12-31T23:59:59-23:59')}`,
    });
    expect(tooLate.statusCode).toBe(400);
    expect(tooLate.json.errors).toEqual([expect.objectContaining({ parameter: 'processAt' })]);

    const later = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await upload(t, toCsv([person('Q2')]), { auth: c.auth, query: `processAt=${encodeURIComponent(later)}` });
    expect(scheduled.json.data).toMatchObject({ status: 'scheduled', processAt: expect.any(String) });
    await t.app.syncRunner.drain();
    expect((await t.call('GET', `/sync/v1/files/${scheduled.json.data.id}`, { auth: c.auth })).json.data.status).toBe('scheduled');
    await t.db.db
      .updateTable('syncFiles')
      .set({ processAt: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', scheduled.json.data.id)
      .execute();
    await t.app.syncRunner.drain();
    expect((await t.call('GET', `/sync/v1/files/${scheduled.json.data.id}`, { auth: c.auth })).json.data.status).toBe('complete');
  });

  it('dry runs record the diff and change nothing; real files need sync enabled', async () => {
    const c = await t.newCompany();
    const refused = await upload(t, toCsv([person('Y1')]), { auth: c.auth });
    expect(refused.statusCode).toBe(409);
    expect(refused.json.detail).toContain('not enabled');
    const dry = await sync(t, toCsv([person('Y1'), person('Y2', { department: 'New dept' })]), { auth: c.auth, query: 'dryRun=true' });
    expect(dry).toMatchObject({ status: 'complete', dryRun: true, counts: { created: 2 } });
    expect((await diffOf(t, dry.id, c)).map((d: { action: string }) => d.action)).toEqual(['created', 'created']);
    expect((await employeesByExternalId(t, c)).size).toBe(0);
    expect((await t.call('GET', '/core/v3/departments', { auth: c.auth })).json.meta.total).toBe(0);
  });

  it('processes one file per company in arrival order, employee files before position files', async () => {
    const c = await company();
    const positions = await upload(t, 'position_id,position_title,parent_position_id,employee_id\nP1,Boss,,O1\n', {
      auth: c.auth,
      kind: 'positions',
    });
    const first = await upload(t, toCsv([person('O1')]), { auth: c.auth });
    const second = await upload(t, toCsv([person('O1'), person('O2')]), { auth: c.auth });
    await t.app.syncRunner.drain();
    const files = await t.call('GET', '/sync/v1/files?limit=10', { auth: c.auth });
    const byId = new Map(files.json.data.map((f: { id: string }) => [f.id, f]));
    const started = (id: string) => (byId.get(id) as { startedAt: string; status: string }).startedAt;
    expect((byId.get(positions.json.data.id) as { status: string }).status).toBe('complete');
    expect(started(first.json.data.id) <= started(second.json.data.id)).toBe(true);
    expect(started(second.json.data.id) <= started(positions.json.data.id)).toBe(true);
    const order = await t.db.db
      .selectFrom('auditLogs')
      .select(['resourceId'])
      .where('companyId', '=', c.company.id)
      .where('action', '=', 'sync_file.completed')
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    expect(order.map((o) => o.resourceId)).toEqual([first.json.data.id, second.json.data.id, positions.json.data.id]);
  });
});

describe('files API', () => {
  it('lists files of the last 30 days with filters and pagination', async () => {
    const c = await company();
    await sync(t, toCsv([person('L1')]), { auth: c.auth });
    await sync(t, 'broken', { auth: c.auth, type: 'text/csv' });
    await sync(t, toCsv([person('L1')]), { auth: c.auth, query: 'dryRun=true' });
    const old = await upload(t, toCsv([person('L9')]), { auth: c.auth });
    await t.db.db
      .updateTable('syncFiles')
      .set({ createdAt: '2020-01-01T00:00:00.000Z', status: 'cancelled' })
      .where('id', '=', old.json.data.id)
      .execute();
    const all = await t.call('GET', '/sync/v1/files', { auth: c.auth });
    expect(all.json.meta.total).toBe(3);
    expect(all.json.data[0].createdAt >= all.json.data[2].createdAt).toBe(true);
    expect((await t.call('GET', '/sync/v1/files?status=error', { auth: c.auth })).json.meta.total).toBe(1);
    expect((await t.call('GET', '/sync/v1/files?status[in]=complete,error', { auth: c.auth })).json.meta.total).toBe(3);
    expect((await t.call('GET', '/sync/v1/files?dryRun=true', { auth: c.auth })).json.meta.total).toBe(1);
    expect((await t.call('GET', '/sync/v1/files?kind=positions', { auth: c.auth })).json.meta.total).toBe(0);
    expect((await t.call('GET', '/sync/v1/files?createdAt[gte]=2999-01-01', { auth: c.auth })).json.meta.total).toBe(0);
    const page = await t.call('GET', '/sync/v1/files?limit=2&page=2', { auth: c.auth });
    expect(page.json.meta).toEqual({ currentPage: 2, lastPage: 2, total: 3, perPage: 2 });
    expect((await t.call('GET', '/sync/v1/files?status[in]=done', { auth: c.auth })).statusCode).toBe(400);
  });

  it('keeps files to their company (404), checks scopes (401/403), content types (415) and size (413)', async () => {
    const a = await company();
    const b = await company();
    const file = await sync(t, toCsv([person('T1')]), { auth: a.auth });
    for (const path of ['', '/errors', '/original', '/diff']) {
      expect((await t.app.inject({ method: 'GET', url: `/sync/v1/files/${file.id}${path}`, headers: b.auth })).statusCode).toBe(404);
    }
    expect((await t.call('POST', `/sync/v1/files/${file.id}/cancel`, { auth: b.auth })).statusCode).toBe(404);
    expect((await t.call('POST', `/sync/v1/files/${file.id}/approve`, { auth: b.auth })).statusCode).toBe(404);
    expect((await t.call('GET', '/sync/v1/files', { auth: b.auth })).json.data.some((f: { id: string }) => f.id === file.id)).toBe(false);

    expect((await t.call('GET', '/sync/v1/files', { auth: {} })).statusCode).toBe(401);
    expect((await upload(t, toCsv([person('T1')]), { auth: {} })).statusCode).toBe(401);
    const reader = await a.key(['sync:read']);
    const denied = await upload(t, toCsv([person('T2')]), { auth: reader.auth });
    expect(denied.statusCode).toBe(403);
    expect(denied.json.detail).toContain('sync:write');
    const core = await a.key(['core:read']);
    expect((await t.call('GET', `/sync/v1/files/${file.id}`, { auth: core.auth })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/sync/v1/files/${file.id}/errors`, headers: core.auth })).statusCode).toBe(403);
    expect((await t.call('GET', `/sync/v1/files/${file.id}`, { auth: reader.auth })).statusCode).toBe(200);

    const pdf = await upload(t, 'x', { auth: a.auth, type: 'application/pdf' });
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json.detail).toContain('text/csv');
    expect((await upload(t, '', { auth: a.auth })).statusCode).toBe(400);
    // The rest of the API stays JSON-only.
    const csvToEmployees = await t.app.inject({
      method: 'POST',
      url: '/core/v3/employees',
      headers: { ...a.auth, 'content-type': 'text/csv' },
      payload: 'a,b',
    });
    expect(csvToEmployees.statusCode).toBe(415);
    const small = await createTestApp({ config: { syncMaxFileBytes: 2048 } });
    try {
      await enableSync(small);
      const big = await upload(small, toCsv(Array.from({ length: 60 }, (_, i) => person(`Z${i}`))));
      expect(big.statusCode).toBe(413);
      const ok = await upload(small, toCsv([person('Z1')]));
      expect(ok.statusCode).toBe(202);
      // The 1 MB JSON limit does not apply to sync files, and the file limit does not widen other routes.
      const json = await small.app.inject({
        method: 'POST',
        url: '/core/v3/employees',
        headers: { ...small.a.auth, 'content-type': 'application/json' },
        payload: JSON.stringify({ firstName: 'x'.repeat(3000), lastName: 'y' }),
      });
      expect(json.statusCode).toBe(400);
    } finally {
      await small.close();
    }
  });

  it('sends an ETag on a file, so a poller gets 304 until its status or progress moves', async () => {
    const c = await company();
    const queued = await upload(t, toCsv([person('ET1')]), { auth: c.auth });
    const url = `/sync/v1/files/${queued.json.data.id}`;
    const first = await t.call('GET', url, { auth: c.auth });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"/);
    expect((await t.call('GET', url, { auth: c.auth, headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    await t.app.syncRunner.drain();
    const done = await t.call('GET', url, { auth: c.auth, headers: { 'if-none-match': etag } });
    expect(done.statusCode).toBe(200);
    expect(done.json.data.status).toBe('complete');
    expect(done.headers.etag).not.toBe(etag);
  });

  it('replays an upload sent again with the same Idempotency-Key', async () => {
    const c = await company();
    const body = toCsv([person('I1')]);
    const headers = { ...c.auth, 'content-type': 'text/csv', 'idempotency-key': 'upload-1' };
    const first = await t.app.inject({ method: 'POST', url: '/sync/v1/employee-files', headers, payload: body });
    const second = await t.app.inject({ method: 'POST', url: '/sync/v1/employee-files', headers, payload: body });
    expect(first.statusCode).toBe(202);
    expect(second.statusCode).toBe(202);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(JSON.parse(second.body).data.id).toBe(JSON.parse(first.body).data.id);
    const other = await t.app.inject({ method: 'POST', url: '/sync/v1/employee-files', headers, payload: toCsv([person('I2')]) });
    expect(other.statusCode).toBe(422);
    await t.app.syncRunner.drain();
  });
});

describe('matching', () => {
  it('matches by email when the company says so, and gives the employee its employee_id', async () => {
    const c = await company({ enabled: false });
    const manual = await t.call('POST', '/core/v3/employees', {
      auth: c.auth,
      body: { firstName: 'Old', lastName: 'Timer', email: 'Old.Timer@example.com' },
    });
    expect(manual.statusCode).toBe(200);
    await enableSync(t, c, { matchBy: 'email' });
    const file = await sync(t, toCsv([person('F1', { email: 'old.timer@example.com', forename: 'Olga' })]), { auth: c.auth });
    expect(file.counts).toMatchObject({ created: 0, updated: 1 });
    const people = await employeesByExternalId(t, c);
    expect(people.get('F1')).toMatchObject({ id: manual.json.data.id, firstName: 'Olga', externalId: 'F1' });
    // Without email matching the same situation creates a second employee and terminates the first.
    const other = await company({ enabled: false });
    const m2 = await t.call('POST', '/core/v3/employees', {
      auth: other.auth,
      body: { firstName: 'Old', lastName: 'Timer', email: 'x@example.com' },
    });
    await enableSync(t, other, { removalThresholdPercent: 100 });
    const f2 = await sync(t, toCsv([person('F1', { email: 'x@example.com' })]), { auth: other.auth });
    expect(f2.counts).toMatchObject({ created: 1, terminated: 1 });
    expect((await t.call('GET', `/core/v3/employees/${m2.json.data.id}`, { auth: other.auth })).json.data.status).toBe('inactive');
  });

  it('keeps the always-manual fields as edited by hand', async () => {
    const c = await company();
    await sync(t, toCsv([person('H1', { date_of_birth: '1990-01-01' })]), { auth: c.auth });
    const h1 = (await employeesByExternalId(t, c)).get('H1');
    expect(h1).toMatchObject({ startDate: '2020-01-15', dateOfBirth: '1990-01-01' });
    const edit = await t.call('PUT', `/core/v3/employees/${h1.id}`, {
      auth: c.auth,
      body: { firstName: h1.firstName, lastName: h1.lastName, status: 'active', startDate: '2019-05-01', dateOfBirth: '1991-02-02' },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const file = await sync(t, toCsv([person('H1', { date_of_birth: '1990-01-01', country: 'PT' })]), { auth: c.auth });
    expect(file.counts).toMatchObject({ updated: 1 });
    expect((await employeesByExternalId(t, c)).get('H1')).toMatchObject({
      startDate: '2019-05-01',
      dateOfBirth: '1991-02-02',
      country: 'PT',
    });
  });

  it('keeps emails unique among active employees, also when two employees swap emails', async () => {
    const c = await company();
    await sync(t, toCsv([person('U1', { email: 'one@example.com' }), person('U2', { email: 'two@example.com' })]), { auth: c.auth });
    const swap = await sync(t, toCsv([person('U1', { email: 'two@example.com' }), person('U2', { email: 'one@example.com' })]), {
      auth: c.auth,
    });
    expect(swap).toMatchObject({ status: 'complete', counts: { updated: 2 } });
    const people = await employeesByExternalId(t, c);
    expect(people.get('U1').email).toBe('two@example.com');
    const clash = await sync(t, toCsv([person('U1', { email: 'same@example.com' }), person('U2', { email: 'SAME@example.com' })]), {
      auth: c.auth,
    });
    expect(clash.status).toBe('complete_with_errors');
    expect((await errorsOf(t, clash.id, c))[0]).toMatchObject({ row: 3, employeeId: 'U2', field: 'email' });
  });
});
