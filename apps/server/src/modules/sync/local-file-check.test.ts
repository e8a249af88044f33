import { describe, expect, it } from 'vitest';
import { checkSyncFileLocally } from './local-file-check.js';

const header = 'employee_id,forename,surname,email,employee_type,department,start_date,country,line_manager_id,status';
const csv = (rows: string[]) => new TextEncoder().encode(`${[header, ...rows].join('\n')}\n`);

describe('the local check of an employee file', () => {
  it('finds what the server rejects within the file: a repeated email among active rows, a manager loop', async () => {
    const check = await checkSyncFileLocally(
      'employees',
      'csv',
      csv([
        'E1,Ana,Uno,ana@example.com,Full time,Sales,2020-01-01,ES,,active',
        'E2,Bea,Dos,ANA@example.com,Full time,Sales,2020-01-01,ES,E1,active',
        'E3,Cai,Tres,cai@example.com,Full time,Sales,2020-01-01,ES,E4,active',
        'E4,Dan,Cuatro,dan@example.com,Full time,Sales,2020-01-01,ES,E3,active',
        // Inactive rows leave the roster: their email may be an active row's, and they close no loop.
        'E5,Eva,Cinco,ana@example.com,Full time,Sales,2020-01-01,ES,E1,inactive',
        'E6,Fer,Seis,fer@example.com,Full time,Sales,2020-01-01,ES,E1,active',
      ]),
      null,
    );
    expect(check.verdict).toBe('row_errors');
    expect(check.problems).toEqual([
      { row: 3, externalId: 'E2', field: 'email', message: 'the email ana@example.com is already used by row 2' },
      { row: 4, externalId: 'E3', field: 'manager', message: 'the manager chain of this employee loops back to them' },
      { row: 5, externalId: 'E4', field: 'manager', message: 'the manager chain of this employee loops back to them' },
    ]);
    expect(check.validRows).toBe(3);
  });

  it('a file without such conflicts is valid', async () => {
    const check = await checkSyncFileLocally(
      'employees',
      'csv',
      csv([
        'E1,Ana,Uno,ana@example.com,Full time,Sales,2020-01-01,ES,,active',
        'E2,Bea,Dos,bea@example.com,Full time,Sales,2020-01-01,ES,E1,active',
      ]),
      null,
    );
    expect(check).toMatchObject({ verdict: 'valid', validRows: 2, problems: [] });
  });
});

describe('the local check reads rows as the server does', () => {
  const leaverHeader = 'employee_id,forename,surname,email,employee_type,department,start_date,country,date_of_birth,status,end_date';

  it("takes a leaver's row for its employee_id and end_date only; a row that stays is checked whole", async () => {
    const check = await checkSyncFileLocally(
      'employees',
      'csv',
      new TextEncoder().encode(
        [
          leaverHeader,
          'L1,Ana,Uno,a..b@example.com,Full time,Sales,01/01/2020,ES,,inactive,',
          'L2,,Dos,l2@example.com,Full time,Sales,2020-01-01,ES,1990-99-99,,2024-06-30',
          // An end date still ahead: the employee stays, and the bad date of birth rejects the row.
          'L3,Cai,Tres,l3@example.com,Full time,Sales,2020-01-01,ES,1990-99-99,,2999-12-31',
          'L4,Dan,Cuatro,a..b@example.com,Full time,Sales,2020-01-01,ES,,active,',
          'L5,Eva,Cinco,l5@example.com,Full time,Sales,2020-01-01,ES,,inactive,30/06/2024',
          '',
        ].join('\n'),
      ),
      null,
    );
    expect(check).toMatchObject({ verdict: 'row_errors', rows: 5, validRows: 2 });
    expect(check.problems.map((p) => [p.row, p.externalId, p.field, p.message])).toEqual([
      [4, 'L3', 'dateOfBirth', '"1990-99-99" is not a valid date in the expected format'],
      [5, 'L4', 'email', '"a..b@example.com" is not an email address'],
      [6, 'L5', 'endDate', '"30/06/2024" is not a valid date in the expected format'],
    ]);
  });

  it('skips rows of separators only, as blank lines', async () => {
    const text = [
      'employee_id;forename;surname;email;employee_type;department;start_date;country;;',
      'E1;A;B;e1@example.com;FT;Ops;2020-01-01;ES;;',
      ';;;;;;;;;',
      ' ; ;;',
      '',
    ];
    const check = await checkSyncFileLocally('employees', 'csv', new TextEncoder().encode(text.join('\r\n')), null);
    expect(check).toMatchObject({ verdict: 'valid', rows: 1, validRows: 1, problems: [] });
  });
});

describe('the local check of an XML file', () => {
  it('refuses one in UTF-16 as the server does, saying to send UTF-8', async () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE employees [<!ENTITY x "x">]>\n<employees/>\n';
    const check = await checkSyncFileLocally('employees', 'xml', Buffer.from(xml, 'utf16le'), null);
    expect(check).toMatchObject({ verdict: 'rejected', rows: null });
    expect(check.message).toMatch(/^The file holds NUL bytes, as UTF-16 and UTF-32 text does .*: send XML files in UTF-8/);
    expect(check.problems).toEqual([{ row: null, externalId: null, field: null, message: check.message }]);
  });
});
