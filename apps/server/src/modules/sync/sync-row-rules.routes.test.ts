import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { employeesByExternalId, errorsOf, header, person, sync, syncCompany, toCsv, toXml } from './sync.test-kit.js';

/** Row rules of an employee file, through the API: which rows are rejected, which skipped, what a leaver's row needs. */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const company = () => syncCompany(t);

describe('emails', () => {
  // Each of these is refused by POST /core/v3/employees ("/email must be a valid email").
  const refused = [
    'a..b@example.com',
    '.a@example.com',
    'a@example.com.',
    'a@-example.com',
    'a@example',
    'a@[127.0.0.1]',
    'a@exa_mple.com',
    'a@example..com',
    'ü@example.com',
    'a(b)@example.com',
  ];

  it('rejects the rows whose email the employee API refuses, with the same rule', async () => {
    // The API's answer for each, on a company without the sync lock.
    const api = await t.newCompany('Email API');
    for (const email of refused) {
      const res = await t.call('POST', '/core/v3/employees', { auth: api.auth, body: { firstName: 'A', lastName: 'B', email } });
      expect(res.statusCode, email).toBe(400);
      expect(res.body, email).toContain('/email');
    }

    const c = await company();
    const rows = refused.map((email, i) => person(`X${i + 1}`, { email }));
    // Unusual but valid addresses pass both ways.
    rows.push(person('OK1', { email: "o'brien+hr@mail.example.co.uk" }), person('OK2', { email: 'Ana.Lopez@Example.COM' }));
    for (const [body, type] of [
      [toCsv(rows), 'text/csv'],
      [JSON.stringify(rows), 'application/json'],
      [toXml(rows), 'application/xml'],
    ] as const) {
      const file = await sync(t, body, { auth: c.auth, type, query: 'dryRun=true' });
      expect(file.counts, type).toMatchObject({ created: 2, rejected: refused.length });
      const errors = await errorsOf(t, file.id, c);
      expect(errors.map((e: { employeeId: string; field: string; message: string }) => [e.employeeId, e.field, e.message])).toEqual(
        refused.map((email, i) => [`X${i + 1}`, 'email', `"${email}" is not an email address`]),
      );
    }
    for (const email of ["o'brien+hr@mail.example.co.uk", 'Ana.Lopez@Example.COM']) {
      const res = await t.call('POST', '/core/v3/employees', { auth: api.auth, body: { firstName: 'A', lastName: 'B', email } });
      expect(res.statusCode, email).toBe(200);
    }
  });
});

describe("a leaver's row", () => {
  const columns = [...header, 'date_of_birth', 'gender', 'phone', 'status', 'end_date'];

  it('terminates its employee whatever its other fields hold; only a bad employee_id, status or end_date rejects it', async () => {
    const c = await company();
    const ids = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L9', 'K1'];
    await sync(
      t,
      toCsv(
        ids.map((id) => person(id)),
        { columns },
      ),
      { auth: c.auth },
    );
    const before = await employeesByExternalId(t, c);
    const file = await sync(
      t,
      toCsv(
        [
          person('L1', { status: 'inactive', email: 'not-an-email' }),
          person('L2', { status: 'inactive', forename: '' }),
          person('L3', { status: 'inactive', start_date: '01/01/2020' }),
          person('L4', { status: 'inactive', date_of_birth: '1990-99-99' }),
          person('L5', { status: 'inactive', gender: 'x', phone: '9'.repeat(70) }),
          // A past end date makes a leaver too (the status cell may say active): terminated on that date.
          person('L6', { status: 'active', end_date: '2024-06-30', start_date: '2020-13-01', surname: '' }),
          // What the termination itself needs is still checked.
          person('L7', { status: 'inactive', end_date: '30/06/2024' }),
          person('L8', { status: 'gone' }),
          // An end date still ahead: the employee stays, so the row's other problems reject it.
          person('L9', { end_date: '2999-12-31', start_date: '2020-13-01' }),
          person('K1'),
        ],
        { columns },
      ),
      { auth: c.auth },
    );
    expect(file).toMatchObject({ status: 'complete_with_errors', counts: { terminated: 6, rejected: 3, unchanged: 1 } });
    const errors = await errorsOf(t, file.id, c);
    expect(errors.map((e: { employeeId: string; field: string; message: string }) => [e.employeeId, e.field, e.message])).toEqual([
      ['L7', 'endDate', '"30/06/2024" is not a valid date in the expected format'],
      ['L8', 'status', '"gone" is not active or inactive (map other values with a value map)'],
      ['L9', 'startDate', '"2020-13-01" is not a valid date in the expected format'],
    ]);
    const after = await employeesByExternalId(t, c);
    for (const id of ['L1', 'L2', 'L3', 'L4', 'L5']) expect(after.get(id), id).toMatchObject({ status: 'inactive' });
    expect(after.get('L6')).toMatchObject({ status: 'inactive', terminationDate: '2024-06-30' });
    // Terminated as they were: nothing of their rows written.
    for (const id of ['L1', 'L2', 'L3', 'L5']) {
      const { status, terminationDate, terminationReason, updatedAt, ...rest } = after.get(id);
      const { status: s0, terminationDate: d0, terminationReason: r0, updatedAt: u0, ...restBefore } = before.get(id);
      expect(rest, id).toEqual(restBefore);
    }
    // Rejected rows leave their employees exactly as they were.
    for (const id of ['L7', 'L8', 'L9']) expect(after.get(id), id).toEqual(before.get(id));
  });
});

describe('department and office names', () => {
  it('rejects a row whose department or office several share (under other parents, or in another case)', async () => {
    const c = await company();
    const post = async (url: string, body: object) => {
      const res = await t.call('POST', url, { auth: c.auth, body });
      expect(res.statusCode, res.body).toBe(200);
      return res.json.data.id as string;
    };
    const eu = await post('/core/v3/departments', { name: 'EU' });
    const us = await post('/core/v3/departments', { name: 'US' });
    await post('/core/v3/departments', { name: 'Sales', parentId: eu });
    const usSales = await post('/core/v3/departments', { name: 'Sales', parentId: us });
    await post('/core/v3/departments', { name: 'sales' });
    await post('/core/v3/offices', { name: 'Madrid' });
    await post('/core/v3/offices', { name: 'MADRID' });
    const columns = [...header, 'office'];
    const file = await sync(
      t,
      toCsv(
        [
          person('D1', { department: 'Sales' }),
          person('D2', { department: 'SALES ' }),
          person('D3', { department: 'EU', office: 'madrid' }),
          person('D4', { department: 'US', office: 'Berlin' }),
        ],
        { columns },
      ),
      { auth: c.auth },
    );
    expect(file).toMatchObject({ status: 'complete_with_errors', counts: { created: 1, rejected: 3 } });
    const errors = await errorsOf(t, file.id, c);
    const departments = `is the name of 3 departments (names are matched case-insensitively): the file's department must name exactly one; rename the others`;
    expect(errors.map((e: { employeeId: string; field: string; message: string }) => [e.employeeId, e.field, e.message])).toEqual([
      ['D1', 'department', `"Sales" ${departments}`],
      ['D2', 'department', `"SALES" ${departments}`],
      [
        'D3',
        'office',
        `"madrid" is the name of 2 offices (names are matched case-insensitively): the file's office must name exactly one; rename the others`,
      ],
    ]);
    expect([...(await employeesByExternalId(t, c)).keys()]).toEqual(['D4']);

    // Once the names are unique, the rows apply: "US Sales" stays, "Sales" under EU is the one the file names.
    expect(
      (await t.call('PUT', `/core/v3/departments/${usSales}`, { auth: c.auth, body: { name: 'US Sales', parentId: us } })).statusCode,
    ).toBe(200);
    const lower = await t.call('GET', '/core/v3/departments?name=sales', { auth: c.auth });
    const other = lower.json.data.find((d: { name: string }) => d.name === 'sales');
    expect((await t.call('DELETE', `/core/v3/departments/${other.id}`, { auth: c.auth })).statusCode).toBe(200);
    const again = await sync(t, toCsv([person('D1'), person('D4', { department: 'US', office: 'Berlin' })], { columns }), { auth: c.auth });
    expect(again).toMatchObject({ status: 'complete', counts: { created: 1, unchanged: 1 } });
  });
});

describe('empty rows', () => {
  const excelHeader = 'employee_id;forename;surname;email;employee_type;department;start_date;country;;';

  it('skips a row of separators only (as Excel saves empty rows) like a blank line: not a rejected row', async () => {
    const c = await company();
    const csv = [
      excelHeader,
      'E1;A;B;e1@example.com;FT;Ops;2020-01-01;ES;;',
      ';;;;;;;;;',
      ' ; ;\t;;;;;;;',
      'E2;C;D;e2@example.com;FT;Ops;2020-01-01;ES;;',
      ';;;',
      '',
    ];
    const file = await sync(t, csv.join('\r\n'), { auth: c.auth });
    expect(file).toMatchObject({ status: 'complete', errorCount: 0, counts: { created: 2, rejected: 0 } });
    // The same through the full parser (a quoted cell anywhere), with quoted empty cells.
    const quoted = [
      excelHeader,
      'E1;A;B;e1@example.com;FT;Ops;2020-01-01;ES;;',
      '"";"";;;;;;;;',
      '"E3";A;B;e3@example.com;FT;Ops;2020-01-01;ES;;',
      ';;;;;;;;;',
      'E2;C;D;e2@example.com;FT;Ops;2020-01-01;ES;;',
      '',
    ].join('\n');
    const second = await sync(t, quoted, { auth: c.auth, query: 'dryRun=true' });
    expect(second).toMatchObject({ status: 'complete', errorCount: 0, counts: { created: 1, unchanged: 2, rejected: 0 } });
    // A row with one cell filled is a row: its problems are listed.
    const partial = await sync(t, [...csv.slice(0, 2), ';;;;;Ops;;;;', ...csv.slice(4)].join('\n'), {
      auth: c.auth,
      query: 'dryRun=true',
    });
    expect(partial).toMatchObject({ status: 'complete_with_errors', counts: { rejected: 1 } });
  });
});

describe('employee ids', () => {
  it('are matched exactly: ids that differ only in case are two employees (as documented)', async () => {
    const c = await company();
    const file = await sync(t, toCsv([person('C1'), person('c1', { email: 'other@example.com' })]), { auth: c.auth });
    expect(file).toMatchObject({ status: 'complete', counts: { created: 2 } });
  });
});

describe('the two names of the manager element (line_manager_id, manager_id)', () => {
  it('XML and JSON: each record may use either; a record that gives two different managers is rejected alone', async () => {
    const c = await company();
    const records = [
      person('M1'),
      person('M2', { line_manager_id: 'M1' }),
      person('M3', { manager_id: 'M1' }),
      person('M4', { line_manager_id: 'M2', manager_id: 'M2' }),
      person('M5', { line_manager_id: 'M2', manager_id: 'M3' }),
    ];
    const xml = await sync(t, toXml(records), { auth: c.auth, type: 'application/xml' });
    expect(xml).toMatchObject({ status: 'complete_with_errors', counts: { created: 4, rejected: 1 } });
    const byId = await employeesByExternalId(t, c);
    const idOf = (externalId: string) => byId.get(externalId)?.id;
    expect([...byId.values()].map((e) => [e.externalId, e.managerId]).sort()).toEqual([
      ['M1', null],
      ['M2', idOf('M1')],
      ['M3', idOf('M1')],
      ['M4', idOf('M2')],
    ]);
    expect(await errorsOf(t, xml.id, c)).toEqual([
      expect.objectContaining({
        employeeId: 'M5',
        field: 'manager',
        message: 'line_manager_id and manager_id give manager two values ("M2", "M3"); send one',
      }),
    ]);

    // JSON records name their own keys too: the same file as JSON is read the same way (nothing left to change).
    const json = await sync(t, JSON.stringify(records.slice(0, 4)), { auth: c.auth, type: 'application/json' });
    expect(json).toMatchObject({ status: 'complete', counts: { created: 0, updated: 0, unchanged: 4 } });
  });

  it('CSV: a header with both names is ambiguous for every row, and rejects the file', async () => {
    const c = await company();
    const csv = toCsv([person('C1'), person('C2', { line_manager_id: 'C1', manager_id: 'C1' })]);
    const file = await sync(t, csv, { auth: c.auth });
    expect(file.status).toBe('error');
    expect(file.error).toMatch(/Ambiguous columns: columns "line_manager_id" and "manager_id" both give the field manager/);
  });
});
