import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enableSync } from '../../server/src/modules/sync/sync.test-kit.js';
import { createTestApp, type TestApp } from '../../server/src/test/app-fixture.js';

// biome-ignore lint/suspicious/noExplicitAny: parsed `--json` answers are asserted field by field
type Json = any;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const rosterBin = path.join(repoRoot, 'apps/cli/bin/roster.mjs');

let t: TestApp;
let baseUrl: string;
let dir: string;

function rosterJson(args: string[], token: string): Promise<{ code: number; json: Json }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [rosterBin, ...args, '--json'],
      { cwd: repoRoot, env: { ...process.env, ROSTER_URL: baseUrl, ROSTER_TOKEN: token } },
      (err, stdout, stderr) => {
        try {
          resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, json: JSON.parse(stdout) });
        } catch {
          reject(new Error(`not one JSON object:\n${stdout}\n${stderr}`));
        }
      },
    );
  });
}

function write(name: string, content: string | object): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-sync-dry-run-'));
  t = await createTestApp({ config: { syncPollIntervalMs: 50 } });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  t.app.syncRunner.start();
});

afterAll(async () => {
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('roster sync upload --dry-run with a mapping file', () => {
  it('never writes over the mapping real uploads use: a changed mapping file is tried as "<name> (dry run)"', async () => {
    const c = await t.newCompany('Dry run mapping');
    await enableSync(t, c);
    const mapping = {
      name: 'HR export',
      columns: { ID: 'externalId', FN: 'firstName', LN: 'lastName', MAIL: 'email' },
      constants: { employeeType: 'Full time', department: 'Sales', startDate: '2020-01-15', country: 'ES' },
    };
    const csv = write('export.csv', 'ID,FN,LN,MAIL\nE1,Ana,Lopez,ana@example.com\n');
    const mappingFile = write('mapping.json', mapping);
    const live = await rosterJson(['sync', 'upload', csv, '--mapping', mappingFile, '--wait'], c.token);
    expect(live.code).toBe(0);
    expect(live.json.mappings).toEqual([expect.objectContaining({ name: 'HR export', action: 'created' })]);
    const liveId = live.json.mappings[0].id;
    const before = (await t.call('GET', `/sync/v1/mappings/${liveId}`, { auth: c.auth })).json.data;

    // The admin tries a changed mapping (another country) with --dry-run.
    write('mapping.json', { ...mapping, constants: { ...mapping.constants, country: 'PT' } });
    const trial = await rosterJson(['sync', 'upload', csv, '--mapping', mappingFile, '--dry-run', '--wait'], c.token);
    expect(trial.code).toBe(0);
    expect(trial.json.mappings).toEqual([expect.objectContaining({ name: 'HR export (dry run)', action: 'created' })]);
    expect(trial.json.files[0]).toMatchObject({ dryRun: true, status: 'complete', counts: { updated: 1 } });
    expect(trial.json.files[0].mappingId).toBe(trial.json.mappings[0].id);
    const after = (await t.call('GET', `/sync/v1/mappings/${liveId}`, { auth: c.auth })).json.data;
    expect(after).toEqual(before);

    // The same trial again reuses the dry-run mapping; the real upload then updates the mapping of the name itself.
    const again = await rosterJson(['sync', 'upload', csv, '--mapping', mappingFile, '--dry-run'], c.token);
    expect(again.json.mappings).toEqual([expect.objectContaining({ name: 'HR export (dry run)', action: 'unchanged' })]);
    const real = await rosterJson(['sync', 'upload', csv, '--mapping', mappingFile, '--wait'], c.token);
    expect(real.code).toBe(0);
    expect(real.json.mappings).toEqual([expect.objectContaining({ id: liveId, name: 'HR export', action: 'updated' })]);
    const employee = (await t.call('GET', '/core/v3/employees?externalId=E1', { auth: c.auth })).json.data[0];
    expect(employee.country).toBe('PT');
  });
});
