import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enableSync, person, positionsXml, toCsv, toXml } from '../../server/src/modules/sync/sync.test-kit.js';
import { createTestApp, type TestApp, type TestCompany } from '../../server/src/test/app-fixture.js';

// biome-ignore lint/suspicious/noExplicitAny: parsed `--json` answers are asserted field by field
type Json = any;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const rosterBin = path.join(repoRoot, 'apps/cli/bin/roster.mjs');

let t: TestApp;
let baseUrl: string;
let dir: string;

/**
 * Runs the real binary against the real server listening on a port. PORT=abc would stop any command that loads the
 * server's configuration: the sync commands must not.
 */
function roster(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [rosterBin, ...args],
      { cwd: repoRoot, env: { ...process.env, ROSTER_URL: baseUrl, ROSTER_TOKEN: '', PORT: 'abc', ...env } },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** `--json` run: exactly one JSON object on stdout (also when the exit code reports the file's outcome). */
async function rosterJson(args: string[], env: Record<string, string> = {}): Promise<{ code: number; json: Json; stderr: string }> {
  const run = await roster([...args, '--json'], env);
  let json: Json;
  try {
    json = JSON.parse(run.stdout);
  } catch {
    throw new Error(`not one JSON object (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
  return { code: run.code, json, stderr: run.stderr };
}

function write(name: string, content: string | object): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

async function company(): Promise<TestCompany & { env: Record<string, string> }> {
  const c = await t.newCompany('Sync CLI');
  await enableSync(t, c);
  return Object.assign(c, { env: { ROSTER_TOKEN: c.token } });
}

/** Seeds a roster without spending a spawn: upload through the API, then wait for the runner. */
async function applyThroughApi(c: TestCompany, csv: string): Promise<void> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/sync/v1/employee-files',
    headers: { ...c.auth, 'content-type': 'text/csv' },
    payload: csv,
  });
  const id = JSON.parse(res.body).data.id;
  for (let i = 0; i < 200; i++) {
    const file = await t.call('GET', `/sync/v1/files/${id}`, { auth: c.auth });
    if (file.json.data.status === 'complete') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the seed file was not applied');
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-sync-cli-'));
  t = await createTestApp({ config: { syncPollIntervalMs: 50 } });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  // The job runner, in this process as tests run it (main.ts starts the server's own).
  t.app.syncRunner.start();
});

afterAll(async () => {
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const roster3 = [person('E1'), person('E2', { line_manager_id: 'E1' }), person('E3', { line_manager_id: 'E1' })];

describe('roster sync (the real binary against a real server)', () => {
  it('--help lists the sync commands and their options', async () => {
    const [group, upload] = await Promise.all([roster(['sync', '--help']), roster(['sync', 'upload', '--help'])]);
    expect([group.code, upload.code]).toEqual([0, 0]);
    for (const command of ['validate', 'upload', 'files', 'status', 'errors', 'approve', 'cancel'])
      expect(group.stdout).toContain(`  ${command} `);
    expect(upload.stdout).toMatch(/--positions <file>[\s\S]*--mapping <id\|file\.json>[\s\S]*--dry-run[\s\S]*--wait[\s\S]*--timeout/);
    expect(upload.stdout).toContain('--url <url>');
    expect(upload.stdout).toContain('Exit codes: 0 complete; 2 complete with errors');
  });

  it('validate checks XML, CSV and JSON locally, with line numbers, exit 0 / 1 (several files per spawn)', async () => {
    const goodXml = write('good.xml', toXml(roster3));
    const badXml = write(
      'bad.xml',
      toXml([person('E1'), { employee_id: 'E2', forename: 'No', surname: 'Email' }]).replace('</employees>', '<extra/></employees>'),
    );
    const goodCsv = write('good.csv', toCsv(roster3, { delimiter: ';', bom: true }));
    const badCsv = write(
      'bad.csv',
      toCsv([person('E1'), person('E2', { email: 'not-an-email' }), person('E3', { start_date: '15/01/2020' }), person('E1')]),
    );
    const rowsJson = write('rows.json', [person('E1'), person('E2', { forename: '' }), person('E3', { email: 'x' })]);
    const positions = write(
      'positions.xml',
      positionsXml([
        { position_id: 'P1', position_title: 'CEO', employee_id: 'E1' },
        { position_id: 'P2', position_title: 'CTO', parent_position_id: 'P1' },
        { position_id: 'P3', position_title: 'Lost', parent_position_id: 'P9' },
      ]),
    );
    const goodJson = write('good.json', { employees: roster3 });
    const dupJson = write('dup.json', [person('E1'), person('E1')]);
    const broken = write('broken.json', '[\n  {"employee_id": "E1",\n   "forename": }\n]\n');
    const erp = write('sap.csv', 'PERNR,VORNA,NACHN,MAIL\nE1,Ana,Lopez,ana@example.com\nE2,Bo,Berg,bo@example.com\n');
    const mapping = write('sap.json', {
      name: 'SAP',
      columns: { PERNR: 'externalId', VORNA: 'firstName', NACHN: 'lastName', MAIL: 'email' },
      constants: { employeeType: 'Full time', department: 'Sales', startDate: '2020-01-15', country: 'ES' },
    });
    const [text, json, mapped] = await Promise.all([
      roster(['sync', 'validate', goodXml, badXml, goodCsv, badCsv, rowsJson, positions]),
      rosterJson(['sync', 'validate', goodJson, dupJson, broken, erp]),
      roster(['sync', 'validate', erp, '--mapping', mapping]),
    ]);

    expect(mapped.code).toBe(0);
    expect(mapped.stdout).toContain('valid CSV employee file, 2 rows (mapping "SAP")');

    expect(text.code).toBe(1);
    const out = text.stdout;
    expect(out).toContain(`${goodXml}: valid XML employee file, 3 rows.`);
    expect(out).toContain(`${goodCsv}: valid CSV employee file, 3 rows.`);
    // XML: each XSD error with its line (the second <employee> starts on line 13; <extra/> is on line 18).
    expect(out).toContain(`${badXml}: NOT VALID XML employee file: the server would reject the whole file`);
    expect(out).toMatch(/line 13: .*Missing child element/);
    expect(out).toMatch(/line 18: .*'extra'/);
    // CSV: duplicate ids reject the file; the row problems are listed with it, each with line, id and field.
    expect(out).toContain('Duplicate employee_id: E1 (row 5)');
    expect(out).toContain('line 3: employee_id E2, field email: "not-an-email" is not an email address');
    expect(out).toContain('line 4: employee_id E3, field startDate: "15/01/2020" is not a valid date');
    expect(out).toContain('line 5: employee_id E1, field externalId: duplicate id: also on row 2');
    // JSON: the record's index as the server counts it, and the line where the record starts.
    expect(out).toContain(
      `${rowsJson}: NOT VALID JSON employee file, 3 records: 2 rows have problems the server would reject; the server can find more in other rows, for what only it can check (managers outside the file, emails already in use).`,
    );
    expect(out).toContain('line 12, record 2: employee_id E2, field firstName: forename is empty');
    expect(out).toContain('line 22, record 3: employee_id E3, field email: "x" is not an email address');
    // Positions, recognised by the <positions> root: a position that does not reach the root.
    expect(out).toContain(`${positions}: NOT VALID XML position file, 3 rows`);
    expect(out).toContain('line 5: position_id P3, field parentPositionId: unknown parent position P9');

    expect(json.code).toBe(1);
    const [okJson, dup, syntax, unmapped] = json.json.files;
    expect(json.json.valid).toBe(false);
    expect(okJson).toMatchObject({ valid: true, verdict: 'valid', format: 'json', kind: 'employees', rows: 3, problems: [] });
    expect(dup).toMatchObject({ valid: false, verdict: 'rejected', message: 'Duplicate employee_id: E1 (row 2).' });
    expect(dup.problems).toEqual([{ line: 12, record: 2, id: 'E1', field: 'externalId', message: 'duplicate id: also on row 1' }]);
    // Not JSON at all: the line of the first offending character.
    expect(syntax.problems).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining('not valid JSON') })]);
    // Without its mapping, the ERP export lacks every required column (reported on the header, line 1).
    expect(unmapped.problems.map((p: Json) => [p.line, p.field])).toEqual(
      ['externalId', 'firstName', 'lastName', 'email', 'employeeType', 'department', 'startDate', 'country'].map((f) => [1, f]),
    );
  });

  it('upload --wait: complete (0) with a summary, then skipped as identical (1, or 0 with --allow-skipped)', async () => {
    const c = await company();
    const file = write('roster.csv', toCsv(roster3));
    const done = await roster(['sync', 'upload', file, '--wait'], c.env);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('employees roster.csv: complete');
    expect(done.stdout).toMatch(/FILE\s+KIND\s+STATUS\s+CREATED\s+UPDATED\s+TERMINATED\s+DELETED\s+UNCHANGED\s+REJECTED\s+ERRORS/);
    expect(done.stdout).toMatch(/[0-9a-f-]{36}\s+employees\s+complete\s+3\s+0\s+0\s+0\s+0\s+0\s+0/);

    const [skipped, allowed] = await Promise.all([
      roster(['sync', 'upload', file, '--wait'], c.env),
      rosterJson(['sync', 'upload', file, '--wait', '--allow-skipped'], c.env),
    ]);
    expect(skipped.code).toBe(1);
    expect(skipped.stdout).toMatch(/employees\s+skipped/);
    expect(skipped.stdout).toContain('--allow-skipped');
    expect(allowed.code).toBe(0);
    expect(allowed.json).toMatchObject({
      waited: true,
      timedOut: false,
      exitCode: 0,
      files: [{ status: 'skipped', filename: 'roster.csv' }],
    });
  });

  it("docs/cli.md's nightly job exits 0 on a quiet night, when the export is the same as the night before", async () => {
    const docs = fs.readFileSync(path.join(repoRoot, 'docs/cli.md'), 'utf8');
    const schedule = docs.slice(docs.indexOf('### Running it on a schedule')).replace(/\\\n\s*/g, ' ');
    const jobs = schedule.split('\n').filter((line) => line.includes('roster sync upload'));
    expect(jobs).toHaveLength(2); // cron and Task Scheduler
    for (const job of jobs) expect(job).toMatch(/--wait --timeout 1800 --allow-skipped/);

    const c = await company();
    const employees = write('nightly-employees.csv', toCsv(roster3));
    const positions = write(
      'nightly-positions.xml',
      positionsXml([
        { position_id: 'P1', position_title: 'CEO', employee_id: 'E1' },
        { position_id: 'P2', position_title: 'CTO', parent_position_id: 'P1', employee_id: 'E2' },
      ]),
    );
    const nightly = ['sync', 'upload', employees, '--positions', positions, '--wait', '--timeout', '1800', '--allow-skipped'];
    expect((await roster(nightly, c.env)).code).toBe(0);
    // Nothing changed: each file is skipped, or (written to within the last minute, as here) compared again to no change.
    const quiet = await rosterJson(nightly, c.env);
    expect(quiet.code).toBe(0);
    for (const file of quiet.json.files) {
      expect(['skipped', 'complete']).toContain(file.status);
      expect(file.counts).toMatchObject({ created: 0, updated: 0, terminated: 0, deleted: 0, rejected: 0 });
    }
  });

  it('upload --wait: rows with errors (2), the error report (errors -o), files and status with --json', async () => {
    const c = await company();
    const file = write(
      'rows.csv',
      toCsv([...roster3, person('E4', { email: 'not-an-email' }), person('E5', { start_date: '2020-99-01' })]),
    );
    const run = await rosterJson(['sync', 'upload', file, '--wait'], c.env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(2);
    const [uploaded] = run.json.files;
    expect(uploaded).toMatchObject({
      status: 'complete_with_errors',
      counts: { created: 3, updated: 0, terminated: 0, deleted: 0, unchanged: 0, rejected: 2 },
      errorCount: 2,
      errorReport: `${baseUrl}/sync/v1/files/${uploaded.id}/errors`,
    });

    const report = path.join(dir, 'errors.csv');
    const [errors, files, status] = await Promise.all([
      roster(['sync', 'errors', uploaded.id, '-o', report], c.env),
      rosterJson(['sync', 'files', '--status', 'complete_with_errors', '--kind', 'employees', '--limit', '5'], c.env),
      roster(['sync', 'status', uploaded.id], c.env),
    ]);
    expect(errors.code).toBe(0);
    expect(errors.stdout).toContain(`Wrote the error report of file ${uploaded.id} (2 lines) to ${report}.`);
    const csv = fs.readFileSync(report, 'utf8');
    expect(csv.split('\r\n')).toEqual([
      'row,employee_id,field,message',
      '5,E4,email,"""not-an-email"" is not an email address"',
      '6,E5,startDate,"""2020-99-01"" is not a valid date in the expected format"',
      '',
    ]);
    expect(files.json.files).toMatchObject([{ id: uploaded.id, status: 'complete_with_errors', progress: 100, counts: { rejected: 2 } }]);
    expect(files.json.meta.total).toBe(1);
    expect(status.stdout).toContain('status:    complete_with_errors');
    expect(status.stdout).toContain('counts:    created 3, updated 0, terminated 0, deleted 0, unchanged 0, rejected 2');
  });

  it('upload --wait: a rejected file (1); --dry-run changes nothing; positions and a mapping file', async () => {
    const c = await company();
    const duplicate = write('dup.xml', toXml([person('E1'), person('E1')]));
    const sap = write(
      'sap-export.csv',
      'PERNR;VORNA;NACHN;MAIL;STAT\nE1;Ana;Lopez;ana@example.com;A\nE2;Bo;Berg;bo@example.com;A\nE3;Cy;Cole;cy@example.com;I\n',
    );
    const mapping = write('sap-mapping.json', {
      name: 'SAP HR',
      columns: { PERNR: 'externalId', VORNA: 'firstName', NACHN: 'lastName', MAIL: 'email', STAT: 'status' },
      valueMaps: { status: { A: 'active', I: 'inactive' } },
      constants: { employeeType: 'Full time', department: 'Sales', startDate: '2020-01-15', country: 'ES' },
    });
    const positions = write(
      'tree.xml',
      positionsXml([
        { position_id: 'P1', position_title: 'CEO', employee_id: 'E1' },
        { position_id: 'P2', position_title: 'Sales lead', parent_position_id: 'P1', employee_id: 'E2' },
      ]),
    );

    // A dry run of both files: the holders do not exist yet (nothing was applied), so the positions would be vacant.
    const [rejected, dryRun] = await Promise.all([
      roster(['sync', 'upload', duplicate, '--wait'], c.env),
      rosterJson(['sync', 'upload', sap, '--mapping', mapping, '--positions', positions, '--dry-run', '--wait'], c.env),
    ]);
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toMatch(/employees\s+error/);
    expect(rejected.stdout).toContain('was rejected, nothing changed: Duplicate employee_id: E1');

    expect(dryRun.code).toBe(2);
    expect(dryRun.json.mappings).toEqual([expect.objectContaining({ option: '--mapping', name: 'SAP HR', action: 'created' })]);
    expect(dryRun.json.files).toMatchObject([
      { kind: 'employees', dryRun: true, status: 'complete', counts: { created: 2, unchanged: 1 } },
      { kind: 'positions', dryRun: true, status: 'complete_with_errors', counts: { created: 2 }, errorCount: 2 },
    ]);
    const none = await t.call('GET', '/core/v3/employees', { auth: c.auth });
    expect(none.json.meta.total).toBe(0);

    const applied = await roster(['sync', 'upload', sap, '--mapping', mapping, '--positions', positions, '--wait'], c.env);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/employees\s+complete\s+2\s+0\s+0\s+0\s+1\s+0\s+0/);
    expect(applied.stdout).toMatch(/positions\s+complete\s+2\s+0/);
    expect(applied.stdout).not.toContain('Mapping "SAP HR"'); // unchanged since the dry run: neither created nor updated
    const people = await t.call('GET', '/core/v3/employees?externalId=E2', { auth: c.auth });
    const ceo = await t.call('GET', '/core/v3/employees?externalId=E1', { auth: c.auth });
    expect(people.json.data[0]).toMatchObject({ firstName: 'Bo', managerId: ceo.json.data[0].id });
  });

  it('a blocked file exits 1, approve --wait applies it (0); upload without --wait prints the id; cancel while queued', async () => {
    const c = await company();
    await applyThroughApi(c, toCsv(roster3));
    const shrink = write('one.csv', toCsv([person('E9')]));
    const blocked = await rosterJson(['sync', 'upload', shrink, '--wait'], c.env);
    expect(blocked.code).toBe(1);
    expect(blocked.json.files[0]).toMatchObject({ status: 'blocked', counts: { created: 1, terminated: 3 } });
    const approved = await rosterJson(['sync', 'approve', blocked.json.files[0].id, '--wait'], c.env);
    expect(approved.code).toBe(0);
    expect(approved.json.files[0]).toMatchObject({ id: blocked.json.files[0].id, status: 'complete', counts: { terminated: 3 } });

    // With the runner stopped the file stays queued: upload returns at once, and the file can be cancelled.
    await t.app.syncRunner.stop();
    try {
      const queued = await roster(['sync', 'upload', write('later.csv', toCsv(roster3))], c.env);
      expect(queued.code).toBe(0);
      const id = /employee file ([0-9a-f-]{36}) \(queued\)/.exec(queued.stdout)?.[1] as string;
      expect(id).toBeDefined();
      const cancelled = await rosterJson(['sync', 'cancel', id], c.env);
      expect(cancelled).toMatchObject({ code: 0, json: { file: { id, status: 'cancelled' } } });
    } finally {
      t.app.syncRunner.start();
    }
  });

  it('exits 3 for a refused key or an unreachable server, 1 without a token', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const file = write('any.csv', toCsv(roster3));
    const [badToken, down, noToken, readOnly, elsewhere] = await Promise.all([
      roster(['sync', 'upload', file, '--wait', '--token', 'rk_wrong']),
      roster(['sync', 'files', '--url', `http://127.0.0.1:${closedPort}`, '--json'], { ROSTER_TOKEN: t.a.token }),
      roster(['sync', 'status', '01a20d3e-0000-7000-8000-000000000000', '--json']),
      t.a.key(['sync:read']).then((k) => roster(['sync', 'upload', file], { ROSTER_TOKEN: k.token })),
      t.a
        .key(['sync:read', 'sync:write'], { ipAllowList: ['203.0.113.0/24'] })
        .then((k) => roster(['sync', 'files'], { ROSTER_TOKEN: k.token })),
    ]);
    // A 403 says which of its two causes it is: a missing scope, or an address outside the key's allow-list.
    expect(readOnly.stderr).toContain('sync:read and sync:write');
    expect(elsewhere.code).toBe(3);
    expect(elsewhere.stderr).toContain('IP allow-list');
    expect(elsewhere.stderr).not.toContain('sync:read and sync:write');
    expect(badToken.code).toBe(3);
    expect(badToken.stderr).toContain('The server refused the API key (401');
    expect(down.code).toBe(3);
    expect(down.stdout).toBe('');
    expect(JSON.parse(down.stderr).error).toMatchObject({ reason: 'server_unreachable', exitCode: 3, code: 'ECONNREFUSED' });
    expect(noToken.code).toBe(1);
    expect(JSON.parse(noToken.stderr).error).toMatchObject({ reason: 'missing_token', exitCode: 1 });
    expect(readOnly.code).toBe(3);
    expect(readOnly.stderr).toContain('403');
  });
});
