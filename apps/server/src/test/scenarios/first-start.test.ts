import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
// What `npm start` runs: builds apps/server/dist and runs the server from it.
const startScript = path.join(repoRoot, 'apps/server/scripts/start.mjs');

let workDir: string;
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

async function startServer(env: Record<string, string> = {}) {
  const port = await freePort();
  // No DATA_DIR: the data directory is ./data under the directory the server is started from.
  const { DATA_DIR: _unused, ...inherited } = process.env;
  const child = spawn(process.execPath, [startScript], {
    cwd: workDir,
    env: {
      ...inherited,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl ?? '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    try {
      const res = await fetch(`${base}/health/ready`);
      if (res.ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`server did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, base, output: () => stdout, errors: () => stderr };
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-first-start-'));
  dataDir = path.join(workDir, 'data');
  if (process.env.DATABASE_URL) {
    dbName = `roster_fs_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
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
  fs.rmSync(workDir, { recursive: true, force: true });
  if (dbName) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
});

describe('first start of the real server', () => {
  it('creates the demo company and an admin key once; later starts create nothing; SIGTERM drains', { timeout: 120_000 }, async () => {
    const first = await startServer();
    const keyFile = path.join(dataDir, 'admin-key.txt');
    expect(fs.existsSync(keyFile)).toBe(true);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const token = fs.readFileSync(keyFile, 'utf8').trim();
    expect(first.output()).toContain(token);
    const auth = { authorization: `Bearer ${token}` };

    const info = await (await fetch(`${first.base}/core/v3/info`, { headers: auth })).json();
    expect(info.data.company.name).toBe('Demo Company');
    expect(info.data.apiKey.scopes).toContain('compensation:write');
    const employees = await (await fetch(`${first.base}/core/v3/employees?limit=100`, { headers: auth })).json();
    expect(employees.meta.total).toBe(40);
    expect(employees.data.filter((e: { managerId: string | null }) => e.managerId).length).toBe(39);
    const departments = await (await fetch(`${first.base}/core/v3/departments`, { headers: auth })).json();
    expect(departments.meta.total).toBe(6);
    const offices = await (await fetch(`${first.base}/core/v3/offices`, { headers: auth })).json();
    expect(offices.meta.total).toBe(3);
    const jobCharges = await (await fetch(`${first.base}/core/v3/job-charges?limit=100`, { headers: auth })).json();
    expect(jobCharges.meta.total).toBe(7);
    expect(employees.data.every((e: { jobChargeId: string | null }) => e.jobChargeId)).toBe(true);
    // Approval managers follow the org chart: each manager checks and approves time off; the CEO is the second approver.
    const read = async (query: string) =>
      (await (await fetch(`${first.base}/core/v3/employee-managers?limit=100&${query}`, { headers: auth })).json()) as {
        data: { employee: { id: string }; manager: { id: string }; order: number }[];
        meta: { total: number };
      };
    expect((await read('permission=check')).meta.total).toBe(39);
    const vacation = await read('permission=vacation');
    expect(vacation.meta.total).toBe(39 + 34);
    const managerOf = new Map(employees.data.map((e: { id: string; managerId: string | null }) => [e.id, e.managerId]));
    const firstApprovers = vacation.data.filter((l) => l.order === 0);
    expect(firstApprovers).toHaveLength(39);
    for (const link of firstApprovers) expect(link.manager.id).toBe(managerOf.get(link.employee.id));
    const ceo = employees.data.find((e: { managerId: string | null }) => !e.managerId).id;
    expect(new Set(vacation.data.filter((l) => l.order === 1).map((l) => l.manager.id))).toEqual(new Set([ceo]));

    // The built server's sync worker thread and XSDs: an XML employee file, validated and compared (dry run).
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><employees><employee><employee_id>X1</employee_id><forename>Ann</forename>' +
      '<surname>Lee</surname><email>ann.lee@example.com</email><employee_type>Full time</employee_type>' +
      '<department>Ops</department><start_date>2020-01-01</start_date><country>GB</country></employee></employees>';
    const upload = await fetch(`${first.base}/sync/v1/employee-files?dryRun=true`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/xml' },
      body: xml,
    });
    expect(upload.status).toBe(202);
    const fileId = (await upload.json()).data.id as string;
    let file: { status: string; counts: Record<string, number> } = { status: 'queued', counts: {} };
    for (let i = 0; i < 300 && ['queued', 'processing'].includes(file.status); i++) {
      await new Promise((r) => setTimeout(r, 100));
      file = (await (await fetch(`${first.base}/sync/v1/files/${fileId}`, { headers: auth })).json()).data;
    }
    // A file that would remove all 40 demo employees is blocked by the mass-removal threshold (75 %), with its counts.
    expect(file).toMatchObject({ status: 'blocked', counts: { created: 1, terminated: 40 } });

    // In-flight requests finish on SIGTERM. Each request sends its headers and half of its body, so the server is
    // surely inside it (however loaded the machine) before SIGTERM lands; the rest of the body follows the signal.
    const inflight = departments.data.slice(0, 5).map((d: { id: string; name: string }) => {
      const body = JSON.stringify({ name: d.name });
      const half = Math.floor(body.length / 2);
      let status = 0;
      const req = http.request(`${first.base}/core/v3/departments/${d.id}`, {
        method: 'PUT',
        agent: false,
        headers: { ...auth, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
      });
      const answered = new Promise<number>((resolve, reject) => {
        req.on('response', (res) => {
          status = res.statusCode ?? 0;
          res.resume();
          res.on('end', () => resolve(status));
        });
        req.on('error', reject);
      });
      req.write(body.slice(0, half));
      return { finish: () => req.end(body.slice(half)), answered };
    });
    await new Promise((r) => setTimeout(r, 1500));
    const exited = stop(first.child);
    await new Promise((r) => setTimeout(r, 300));
    for (const r of inflight) r.finish();
    const answers = await Promise.all(inflight.map((r: { answered: Promise<number> }) => r.answered));
    expect(answers).toEqual([200, 200, 200, 200, 200]);
    expect(await exited).toBe(0);

    const second = await startServer();
    expect(second.output()).not.toContain('Admin API key');
    expect(fs.readFileSync(keyFile, 'utf8').trim()).toBe(token);
    const again = await (await fetch(`${second.base}/core/v3/employees?limit=1`, { headers: auth })).json();
    expect(again.meta.total).toBe(40);
    await stop(second.child);
  });
});
