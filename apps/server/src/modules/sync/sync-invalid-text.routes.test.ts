import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../context.js';
import { createTestApp, type TestApp, type TestCompany } from '../../test/app-fixture.js';
import {
  employeesByExternalId,
  enableSync,
  errorsOf,
  newMapping,
  person,
  sync,
  syncCompany,
  toCsv,
  toXml,
  upload,
} from './sync.test-kit.js';
import { SyncRunner } from './sync-runner.js';

/**
 * What no stored text may hold (a NUL character, half of a surrogate pair alone), in a sync file: the row is rejected,
 * naming the field, as the API refuses it in any string — never the whole file, and never a database error.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type ErrorLine = { row: number; employeeId: string | null; field: string; message: string };
const lines = (errors: ErrorLine[]) => errors.map((e) => [e.row, e.employeeId, e.field, e.message]);
const nul = 'must not contain the NUL character (\\u0000)';
const lone = 'must be valid Unicode: it has half of a surrogate pair (\\ud800–\\udfff) alone';

describe('NUL characters and lone surrogates in an employee file', () => {
  it('reject the row naming the field, in CSV and JSON, dry run or applied, and the rest is applied', async () => {
    const rows = [person('NUL1', { forename: 'An\u0000a', surname: 'Lo\u0000pez' }), person('OK1')];
    const json = [
      { ...person('SUR1'), forename: 'An\ud800a', surname: 'X\u0000Y' },
      { ...person('SUR2'), forename: 'Low\udc00' },
      // A well-formed pair is a character (𝄞), not a lone surrogate.
      { ...person('PAIR'), forename: 'Clef \ud834\udd1e' },
      person('OK1'),
    ];
    for (const dryRun of [true, false]) {
      const c = await syncCompany(t);
      const query = dryRun ? 'dryRun=true' : '';
      const csvFile = await sync(t, toCsv(rows), { auth: c.auth, query });
      expect(csvFile, JSON.stringify(csvFile)).toMatchObject({ status: 'complete_with_errors', counts: { created: 1, rejected: 1 } });
      expect(lines(await errorsOf(t, csvFile.id, c))).toEqual([
        [2, 'NUL1', 'firstName', `firstName ${nul}`],
        [2, 'NUL1', 'lastName', `lastName ${nul}`],
      ]);
      const jsonFile = await sync(t, JSON.stringify(json), { auth: c.auth, type: 'application/json', query });
      expect(jsonFile, JSON.stringify(jsonFile)).toMatchObject({ status: 'complete_with_errors', counts: { rejected: 2 } });
      expect(lines(await errorsOf(t, jsonFile.id, c))).toEqual([
        [1, 'SUR1', 'firstName', `firstName ${lone}`],
        [1, 'SUR1', 'lastName', `lastName ${nul}`],
        [2, 'SUR2', 'firstName', `firstName ${lone}`],
      ]);
      if (dryRun) continue;
      const people = await employeesByExternalId(t, c);
      expect([...people.keys()].sort()).toEqual(['OK1', 'PAIR']);
      // What was stored, the API takes back as it is.
      const pair = people.get('PAIR');
      expect(pair.firstName).toBe('Clef \ud834\udd1e');
      const put = await t.call('PUT', `/core/v3/employees/${pair.id}`, {
        auth: c.auth,
        body: { firstName: pair.firstName, lastName: pair.lastName, status: 'active' },
      });
      expect(put.statusCode, put.body).toBe(200);
    }
  });

  it('in any field: only stored (phone), accepted and ignored (middle_name), mapped from another column, or the id', async () => {
    const c = await syncCompany(t);
    const file = await sync(
      t,
      toCsv([
        person('P1', { phone: '+34\u0000600' }),
        person('M1', { middle_name: 'Jo\u0000' }),
        person('ID\u00001', { forename: 'Id', surname: 'One', email: 'id1@example.com' }),
        person('OK2'),
      ]),
      { auth: c.auth },
    );
    expect(file).toMatchObject({ status: 'complete_with_errors', counts: { created: 1, rejected: 3 } });
    expect(lines(await errorsOf(t, file.id, c))).toEqual([
      [2, 'P1', 'phone', `phone ${nul}`],
      [3, 'M1', 'middleName', `middleName ${nul}`],
      // The id itself is not repeated in the report: the row says which one it is.
      [4, null, 'externalId', `externalId ${nul}`],
    ]);

    const other = await syncCompany(t);
    const m = await newMapping(t, other, { name: 'ERP', columns: { PERNR: 'externalId', VORNA: 'firstName', NACHN: 'lastName' } });
    const mapped = await sync(
      t,
      ['PERNR;VORNA;NACHN;email;employee_type;department;start_date;country', 'E9;Ana;Ru\u0000iz;;;Sales;;ES'].join('\n'),
      { auth: other.auth, query: `mappingId=${m.id}&dryRun=true` },
    );
    expect(mapped).toMatchObject({ status: 'complete_with_errors', counts: { rejected: 1 } });
    expect(lines(await errorsOf(t, mapped.id, other))).toEqual([[2, 'E9', 'lastName', `lastName ${nul}`]]);
  });

  it("a leaver's row is read for its id and end date only: a NUL elsewhere does not keep the employee on the roster", async () => {
    const c = await syncCompany(t);
    await sync(t, toCsv([person('L1'), person('L2'), person('K1')]), { auth: c.auth });
    const file = await sync(
      t,
      toCsv([
        person('L1', { forename: 'Le\u0000aver', status: 'inactive' }),
        person('L2', { status: 'inactive', end_date: '2020-0\u00002-01' }),
        person('K1'),
      ]),
      { auth: c.auth },
    );
    expect(file).toMatchObject({ counts: { terminated: 1, rejected: 1 } });
    expect(lines(await errorsOf(t, file.id, c))).toEqual([[3, 'L2', 'endDate', `endDate ${nul}`]]);
    const people = await employeesByExternalId(t, c);
    expect(people.get('L1').status).toBe('inactive');
    expect(people.get('L2').status).toBe('active');
  });

  it('JSON keys and CSV column names holding one are quoted escaped in messages, never stored raw', async () => {
    const c = await syncCompany(t);
    const json = `[${JSON.stringify(person('K1')).slice(0, -1)}, "bad\\u0000key": 12345678901234567891}]`;
    const file = await sync(t, json, { auth: c.auth, type: 'application/json', query: 'dryRun=true' });
    expect(file, JSON.stringify(file)).toMatchObject({ status: 'complete_with_errors', counts: { rejected: 1 } });
    const [error] = await errorsOf(t, file.id, c);
    expect(error.message).toContain('"bad\\u0000key" is the number 12345678901234567891');

    const header = 'employee_id,forename,surname,email,employee_type,department,start_date,country,x\u0000y,X\u0000Y';
    const twice = await sync(t, `${header}\nA1,A,B,,,Sales,,ES,,\n`, { auth: c.auth, query: 'dryRun=true' });
    expect(twice).toMatchObject({ status: 'error', error: 'The header names the column "X\\u0000Y" twice.' });
  });
});

describe('NUL characters and lone surrogates in a position file', () => {
  // A position row that cannot be read refuses the file (the tree must stay whole), as an empty title does: the report
  // names the row and the field, and the file's message is ours, not the database's.
  it('make the row unreadable, naming the field, as any row problem of a position file', async () => {
    const c = await syncCompany(t);
    await sync(t, toCsv([person('E1')]), { auth: c.auth });
    const csv = ['position_id,position_title,parent_position_id,employee_id', 'P1,Chief,,E1', 'P2,He\u0000ad,P1,'].join('\n');
    const file = await sync(t, csv, { auth: c.auth, kind: 'positions', query: 'dryRun=true' });
    expect(file).toMatchObject({ status: 'error', error: '1 position row(s) cannot be read; the tree would be incomplete.' });
    expect(lines(await errorsOf(t, file.id, c))).toEqual([[3, 'P2', 'title', `title ${nul}`]]);
  });
});

describe('XML', () => {
  it('is refused whole by libxml2 when a character reference names NUL or a surrogate (not well-formed XML)', async () => {
    const c = await syncCompany(t);
    for (const reference of ['&#0;', '&#xD800;']) {
      const xml = toXml([person('X1'), person('X2')]).replace('<forename>FirstX1</forename>', `<forename>An${reference}a</forename>`);
      const file = await sync(t, xml, { auth: c.auth, type: 'application/xml', query: 'dryRun=true' });
      expect(file.status, reference).toBe('error');
      expect(file.error, reference).not.toMatch(/unexpected|Unicode escape|byte sequence/i);
      expect(file.error, reference).toMatch(/not well-formed|xmlParseCharRef|invalid xmlChar/i);
    }
  });
});

describe('an unexpected failure while processing a file', () => {
  it("gives the client a generic message with the upload's request id, and the log the real one", async () => {
    const c: TestCompany = await syncCompany(t);
    await enableSync(t, c, { notificationEmails: ['hr-it@example.com'] });
    const logged: { level: string; obj: Record<string, unknown>; msg: string }[] = [];
    const log = {
      info: (obj: object, msg: string) => logged.push({ level: 'info', obj: obj as Record<string, unknown>, msg }),
      warn: (obj: object, msg: string) => logged.push({ level: 'warn', obj: obj as Record<string, unknown>, msg }),
      error: (obj: object, msg: string) => logged.push({ level: 'error', obj: obj as Record<string, unknown>, msg }),
    };
    const runner = new SyncRunner({
      db: t.db.db,
      dialect: t.db.dialect,
      clock: systemClock,
      mailer: {
        send: async () => {
          throw new Error('SMTP is down');
        },
        close: async () => {},
      },
      publicUrl: 'http://localhost',
      pollIntervalMs: 60_000,
      workerRecycleBytes: 1 << 30,
      log,
    });
    const first = await upload(t, toCsv([person('E1')]), { auth: c.auth });
    const res = await t.app.inject({
      method: 'POST',
      url: '/sync/v1/position-files?dryRun=true',
      headers: { ...c.auth, 'content-type': 'text/csv', 'x-request-id': 'audit-req-42' },
      payload: 'position_id,position_title,parent_position_id,employee_id\nP1,Chief,,E1\n',
    });
    expect(res.statusCode, res.body).toBe(202);
    const fileId = JSON.parse(res.body).data.id;
    // A database error on the way (the positions table gone for a moment).
    await t.db.db.schema.alterTable('positions').renameTo('positions_away').execute();
    try {
      await runner.drain();
    } finally {
      await t.db.db.schema.alterTable('positions_away').renameTo('positions').execute();
    }
    const file = (await t.call('GET', `/sync/v1/files/${fileId}`, { auth: c.auth })).json.data;
    expect(file.status).toBe('error');
    expect(file.error).toBe(
      'Processing failed unexpectedly; nothing was changed. Request id audit-req-42 (quote it to your Roster administrator).',
    );
    const failed = logged.find((l) => l.msg === 'sync file processing failed');
    expect(String((failed?.obj.err as Error | undefined)?.message)).toMatch(/positions/);
    expect(failed?.obj).toMatchObject({ fileId, companyId: c.company.id, reqId: 'audit-req-42' });
    // Every file's "processed" line names the upload's request id and the company.
    const processed = logged.filter((l) => l.msg === 'sync file processed');
    expect(processed).toHaveLength(2);
    expect(processed[1]?.obj).toEqual({ fileId, companyId: c.company.id, reqId: 'audit-req-42', status: 'error' });
    const firstRequest = first.headers['x-request-id'];
    expect(firstRequest).toEqual(expect.any(String));
    expect(processed[0]?.obj).toEqual({ fileId: first.json.data.id, companyId: c.company.id, reqId: firstRequest, status: 'complete' });
    // The mail of the applied file could not be sent: that line names the upload's request id too.
    expect(logged.find((l) => l.msg === 'sync notification mail failed')?.obj).toMatchObject({
      fileId: first.json.data.id,
      companyId: c.company.id,
      reqId: firstRequest,
    });
  });
});
