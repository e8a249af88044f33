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
