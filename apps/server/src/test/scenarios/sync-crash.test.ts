import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database.js';

/**
 * Crash safety of HR data sync with the real server (tsx main.ts, worker thread, SQLite file or PostgreSQL): a server
 * killed with SIGKILL while it applies a large file leaves the previous roster intact; after a restart the file is
 * re-run and the roster is then wholly the new one. Never half-applied.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const mainTs = path.join(repoRoot, 'apps/server/src/main.ts');

let dataDir: string;
let databaseUrl: string | undefined;
let dbName: string | undefined;

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function startServer() {
  const port = await freePort();
  // node --import tsx, not the tsx CLI: the CLI runs the server in a child process that a SIGKILL would not reach.
  const child = spawn(process.execPath, ['--import', 'tsx', mainTs], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ROSTER_DEMO: 'false',
      SYNC_POLL_INTERVAL_MS: '50',
      // The test polls its file often, and with REDIS_URL set both servers spend one budget: not this test's subject.
      RATE_LIMIT_PER_MINUTE: '1000000',
      DATABASE_URL: databaseUrl ?? '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  child.stdout?.resume();
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    try {
      if ((await fetch(`${base}/health/ready`)).ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`server did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  started.push(child);
  return { child, base, errors: () => stderr };
}

/** Every server this file started: killed at the end even when an assertion failed midway. */
const started: ChildProcess[] = [];

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode ? resolve() : child.once('exit', () => resolve())));
}

const columns = 'employee_id,forename,surname,email,employee_type,department,start_date,country,line_manager_id';
function roster(count: number, surname: string): string {
  const lines = [columns];
  for (let i = 0; i < count; i++) {
    lines.push(
      `E${i},First${i},${surname},e${i}@example.com,Full time,Dept ${i % 20},2020-01-01,ES,${i === 0 ? '' : `E${Math.floor((i - 1) / 10)}`}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-sync-crash-'));
  if (process.env.DATABASE_URL) {
    dbName = `roster_crash_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  }
});

afterAll(async () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (dbName) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
});

describe('a server killed while applying a sync file', () => {
  it('keeps the previous roster whole, and applies the file whole after the restart', async () => {
    const first = await startServer();
    const token = fs.readFileSync(path.join(dataDir, 'admin-key.txt'), 'utf8').trim();
    const headers = { authorization: `Bearer ${token}` };
    const call = async (base: string, method: string, url: string, body?: string, type = 'application/json') => {
      const res = await fetch(`${base}${url}`, { method, headers: { ...headers, ...(body ? { 'content-type': type } : {}) }, body });
      return { status: res.status, json: (await res.json()) as { data: Record<string, unknown> } };
    };
    const settings = await call(
      first.base,
      'PUT',
      '/sync/v1/settings',
      JSON.stringify({ enabled: true, removalThresholdPercent: 100, manualFields: [] }),
    );
    expect(settings.status).toBe(200);
    const wait = async (base: string, id: string, until: (f: Record<string, unknown>) => boolean, timeoutMs = 90_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const res = await call(base, 'GET', `/sync/v1/files/${id}`);
        if (res.status !== 200) throw new Error(`GET file ${id}: ${res.status} ${JSON.stringify(res.json)}`);
        const file = res.json.data;
        if (until(file)) return file;
        if (Date.now() > deadline) throw new Error(`file ${id} stuck: ${JSON.stringify(file)}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    };

    const size = 6_000;
    const old = await call(first.base, 'POST', '/sync/v1/employee-files', roster(size, 'Old'), 'text/csv');
    expect(old.status).toBe(202);
    const applied = await wait(first.base, old.json.data.id as string, (f) => f.status !== 'queued' && f.status !== 'processing');
    expect(applied.status).toBe('complete');

    // Kill the server while the next file is being applied (progress past the comparison). On a loaded machine the
    // polls may miss that window and the file complete first: then that roster is the previous one, and a larger
    // file is tried.
    let previous = { surname: 'Old', size };
    let id = '';
    let next = { surname: 'New', size: size * 2 };
    for (let attempt = 1; ; attempt++) {
      const posted = await call(first.base, 'POST', '/sync/v1/employee-files', roster(next.size, next.surname), 'text/csv');
      id = posted.json.data.id as string;
      const seen = await wait(first.base, id, (f) => f.status !== 'queued' && (f.status !== 'processing' || (f.progress as number) >= 55));
      if (seen.status === 'processing') break;
      expect(seen.status).toBe('complete');
      expect(attempt, 'the file finished before the kill three times').toBeLessThan(3);
      previous = next;
      next = { surname: `New${attempt}`, size: next.size * 2 };
    }
    first.child.kill('SIGKILL');
    await exited(first.child);

    // Straight after the crash: the old roster, whole; the file is still "processing" (nobody finished it).
    const handle = await openDatabase({ databaseUrl, sqliteFile: path.join(dataDir, 'roster.sqlite') });
    try {
      const counts = await handle.db
        .selectFrom('employees')
        .select(['lastName', 'status', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy(['lastName', 'status'])
        .execute();
      // The previous roster, whole (each roster holds the one before it, so nobody is inactive).
      const active = counts.filter((r) => r.status === 'active').map((r) => [r.lastName, Number(r.n)]);
      expect(active).toEqual([[previous.surname, previous.size]]);
      const file = await handle.db.selectFrom('syncFiles').select(['status', 'attempts']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(file).toEqual({ status: 'processing', attempts: 1 });
    } finally {
      await handle.close();
    }

    // The restart re-runs the file: the new roster, whole.
    const second = await startServer();
    try {
      const done = await wait(second.base, id, (f) => f.status !== 'queued' && f.status !== 'processing');
      expect(done).toMatchObject({
        status: 'complete',
        attempts: 2,
        counts: { created: next.size - previous.size, updated: previous.size, terminated: 0 },
      });
      const employees = await call(second.base, 'GET', '/core/v3/employees?limit=1&status=active');
      expect(employees.json).toMatchObject({ meta: { total: next.size } });
      const old = await call(second.base, 'GET', '/core/v3/employees?limit=1&externalId=E1');
      expect((old.json.data as unknown as { lastName: string }[])[0]?.lastName).toBe(next.surname);
    } finally {
      second.child.kill('SIGTERM');
      await exited(second.child);
    }
  }, 120_000);
});
