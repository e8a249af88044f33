import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase, type ServerProcess, startServerProcess } from '../server-process.js';

/**
 * The sync worker thread is replaced after a file that left its heap larger than SYNC_WORKER_RECYCLE_MB (here the
 * minimum, so after every file): the files that follow run on the fresh thread, in order, with the right results.
 */

let dataDir: string;
let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
let server: ServerProcess | undefined;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-sync-recycle-'));
  database = await freshPostgresDatabase('roster_sync_recycle');
});

afterAll(async () => {
  await server?.kill();
  await database?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const columns = 'employee_id,forename,surname,email,employee_type,department,start_date,country';
function roster(ids: number[], surname: (i: number) => string): string {
  const lines = ids.map((i) => `E${i},First${i},${surname(i)},e${i}@example.com,Full time,Dept ${i % 7},2020-01-01,ES`);
  return `${[columns, ...lines].join('\n')}\n`;
}

describe('the sync worker thread after a large file', () => {
  it('is replaced by a fresh one, and the next files are applied on it', { timeout: 120_000 }, async () => {
    server = await startServerProcess({
      DATA_DIR: dataDir,
      DATABASE_URL: database.url ?? '',
      ROSTER_DEMO: 'false',
      LOG_LEVEL: 'info',
      SYNC_POLL_INTERVAL_MS: '50',
      SYNC_WORKER_RECYCLE_MB: '16',
      // The test polls its files often: the rate limit is not its subject.
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
    const base = server.base;
    const token = fs.readFileSync(path.join(dataDir, 'admin-key.txt'), 'utf8').trim();
    const call = async (method: string, url: string, body?: string, type = 'application/json') => {
      const res = await fetch(`${base}${url}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': type } : {}) },
        body,
      });
      return { status: res.status, json: (await res.json()) as { data: Record<string, unknown> & Record<string, unknown>[] } };
    };
    const settings = await call(
      'PUT',
      '/sync/v1/settings',
      JSON.stringify({ enabled: true, removalThresholdPercent: 100, manualFields: [] }),
    );
    expect(settings.status).toBe(200);
    const upload = async (csv: string) => {
      const posted = await call('POST', '/sync/v1/employee-files', csv, 'text/csv');
      expect(posted.status).toBe(202);
      const id = posted.json.data.id as string;
      const deadline = Date.now() + 60_000;
      for (;;) {
        const file = (await call('GET', `/sync/v1/files/${id}`)).json.data;
        if (file.status !== 'queued' && file.status !== 'processing') return file;
        if (Date.now() > deadline) throw new Error(`file ${id} stuck: ${JSON.stringify(file)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const all = Array.from({ length: 1500 }, (_, i) => i);
    const replacements = () =>
      server!
        .output()
        .split('\n')
        .filter((l) => l.includes('sync worker replaced after a large file')).length;
    // The file's status is committed by the worker thread; the server logs the replacement when the answer arrives.
    const replacedAtLeast = async (n: number) => {
      const deadline = Date.now() + 10_000;
      while (replacements() < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(replacements()).toBeGreaterThanOrEqual(n);
    };

    const first = await upload(roster(all, () => 'Old'));
    expect(first).toMatchObject({ status: 'complete', counts: { created: 1500, updated: 0, terminated: 0 } });
    await replacedAtLeast(1);

    // 100 surnames changed, the last 10 employees gone.
    const kept = all.slice(0, 1490);
    const second = await upload(roster(kept, (i) => (i < 100 ? 'New' : 'Old')));
    expect(second).toMatchObject({ status: 'complete', counts: { created: 0, updated: 100, terminated: 10, unchanged: 1390 } });
    await replacedAtLeast(2);

    // The same roster in another order, on the second fresh thread: nothing to do (it may take the same-content fast
    // path, whose heap can stay under the threshold, so no third replacement is required).
    const third = await upload(roster([...kept].reverse(), (i) => (i < 100 ? 'New' : 'Old')));
    expect(third).toMatchObject({ status: 'complete', counts: { created: 0, updated: 0, terminated: 0, unchanged: 1490 } });

    expect(server.output()).not.toContain('sync worker died');
    const changed = await call('GET', '/core/v3/employees?externalId=E5');
    expect(changed.json.data[0]).toMatchObject({ lastName: 'New', status: 'active' });
    const gone = await call('GET', '/core/v3/employees?externalId=E1495');
    expect(gone.json.data[0]).toMatchObject({ status: 'inactive' });
  });
});
