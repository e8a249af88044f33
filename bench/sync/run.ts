import { fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../../apps/server/src/db/database.js';
import { createCompany } from '../../apps/server/src/platform/companies/companies.service.js';
import { seeded } from '../seeded.js';

/**
 * HR data sync benchmark: generated rosters (CSV and XML) uploaded to the real server (`npm start`'s build of main.ts in its own process:
 * HTTP, job runner with its worker thread, SQLite file or PostgreSQL). See bench/README.md.
 *
 *   npm run bench:sync
 *   BENCH_SIZES=10000 BENCH_FORMATS=csv npm run bench:sync
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:sync     # a fresh database is created
 */

const env = process.env;
const sizes = (env.BENCH_SIZES || '10000,100000').split(',').map(Number);
const formats = (env.BENCH_FORMATS || 'csv,xml').split(',') as ('csv' | 'xml')[];
const connections = Number(env.BENCH_CONNECTIONS || 10);
const baseUrl = env.DATABASE_URL || undefined;

// ---------------------------------------------------------------------------------------------------------------
// Rosters: deterministic, realistic enough (names, emails, 50 departments, 30 job titles, 5 offices, teams of 20).

const firstNames = 'Lucía Hugo Martina Mateo Sofía Leo María Daniel Julia Alejandro Paula Pablo Emma Oliver James Amelia Noah Isla'.split(
  ' ',
);
const lastNames = 'García Rodríguez González Fernández López Martínez Sánchez Pérez Smith Jones Taylor Brown Williams Wilson'.split(' ');

interface Person {
  id: string;
  first: string;
  last: string;
  email: string;
  type: string;
  department: string;
  start: string;
  country: string;
  title: string;
  manager: string;
  office: string;
  phone: string;
  birth: string;
}

function roster(count: number, seed = 1): Person[] {
  const rnd = seeded(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)] as T;
  const people: Person[] = [];
  for (let i = 0; i < count; i++) {
    const first = pick(firstNames);
    const last = pick(lastNames);
    people.push({
      id: `E${100000 + i}`,
      first,
      last,
      email: `p${i}.${last
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()}@example.com`,
      type: pick(['Full time', 'Full time', 'Part time', 'Contractor']),
      department: `Department ${1 + Math.floor(rnd() * 50)}`,
      start: `${2005 + Math.floor(rnd() * 20)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-01`,
      country: pick(['ES', 'ES', 'PT', 'FR', 'GB']),
      title: `Job title ${1 + Math.floor(rnd() * 30)}`,
      manager: i % 20 === 0 ? (i === 0 ? '' : 'E100000') : `E${100000 + i - (i % 20)}`,
      office: `Office ${1 + Math.floor(rnd() * 5)}`,
      phone: `+34 6${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`,
      birth: `${1960 + Math.floor(rnd() * 40)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
    });
  }
  return people;
}

/** 5 % changed (department, title or phone), 1 % new, 1 % missing (terminated). */
function changed(base: Person[]): Person[] {
  const rnd = seeded(7);
  const n = base.length;
  const out = base.slice(0, n - Math.floor(n / 100)).map((p) => ({ ...p }));
  for (let i = 0; i < Math.floor(n * 0.05); i++) {
    const p = out[Math.floor(rnd() * out.length)] as Person;
    const what = i % 3;
    if (what === 0) p.department = `Department ${1 + Math.floor(rnd() * 50)}`;
    else if (what === 1) p.title = `Job title ${1 + Math.floor(rnd() * 30)}`;
    else p.phone = `+34 7${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`;
  }
  const extra = roster(Math.floor(n / 100), 99).map((p, i) => ({
    ...p,
    id: `N${500000 + i}`,
    email: `new${i}@example.com`,
    manager: 'E100000',
  }));
  return [...out, ...extra];
}

function shuffled<T>(list: T[], seed = 3): T[] {
  const rnd = seeded(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const columns = [
  'employee_id',
  'forename',
  'surname',
  'email',
  'employee_type',
  'department',
  'start_date',
  'country',
  'job_title',
  'line_manager_id',
  'office',
  'phone',
  'date_of_birth',
];
const values = (p: Person) => [
  p.id,
  p.first,
  p.last,
  p.email,
  p.type,
  p.department,
  p.start,
  p.country,
  p.title,
  p.manager,
  p.office,
  p.phone,
  p.birth,
];

function toCsv(people: Person[]): Buffer {
  const lines = [columns.join(',')];
  for (const p of people) lines.push(values(p).join(','));
  return Buffer.from(`${lines.join('\n')}\n`);
}

function toXml(people: Person[]): Buffer {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<employees>\n'];
  for (const p of people) {
    parts.push('  <employee>');
    values(p).forEach((v, i) => {
      parts.push(`<${columns[i]}>${v}</${columns[i]}>`);
    });
    parts.push('</employee>\n');
  }
  parts.push('</employees>\n');
  return Buffer.from(parts.join(''));
}

// ---------------------------------------------------------------------------------------------------------------

interface Server {
  base: string;
  token: string;
  companyId: string;
  pid: number;
  handle: Awaited<ReturnType<typeof openDatabase>>;
  close(): Promise<void>;
}

// What `npm start` runs: builds apps/server/dist and runs the server from it.
const startScript = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../apps/server/scripts/start.mjs');

/** The real server, as `npm start` runs it (its own process: its RSS is what is measured), on a fresh database. */
async function startServer(dir: string): Promise<Server> {
  let databaseUrl: string | undefined;
  let dbName: string | undefined;
  if (baseUrl) {
    dbName = `roster_bench_sync_${Date.now()}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(baseUrl);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  }
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, [startScript], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      DATABASE_URL: databaseUrl ?? '',
      ROSTER_DEMO: 'false',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '1000000000',
      SYNC_POLL_INTERVAL_MS: '50',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error('server exited');
    try {
      if ((await fetch(`${base}/health/ready`)).ok) break;
    } catch {}
    if (i > 600) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const token = fs.readFileSync(path.join(dir, 'admin-key.txt'), 'utf8').trim();
  const handle = await openDatabase({ databaseUrl, sqliteFile: path.join(dir, 'roster.sqlite') });
  const company = await handle.db.selectFrom('companies').select('id').executeTakeFirstOrThrow();
  const res = await fetch(`${base}/sync/v1/settings`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ enabled: true, removalThresholdPercent: 100, manualFields: [] }),
  });
  if (!res.ok) throw new Error(`settings: ${res.status} ${await res.text()}`);
  // A one-row dry run first: the worker thread has started (loading the sources) before anything is measured.
  const warm = await fetch(`${base}/sync/v1/employee-files?dryRun=true`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    body: `${columns.join(',')}\n${values(roster(1)[0] as Person).join(',')}\n`,
  });
  const warmId = ((await warm.json()) as { data: { id: string } }).data.id;
  for (;;) {
    const row = await handle.db.selectFrom('syncFiles').select('status').where('id', '=', warmId).executeTakeFirstOrThrow();
    if (row.status !== 'queued' && row.status !== 'processing') break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    base,
    token,
    companyId: company.id,
    pid: child.pid as number,
    handle,
    async close() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await handle.close();
      if (dbName) {
        const admin = new pg.Client({ connectionString: baseUrl });
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
        await admin.end();
      }
    },
  };
}

/** Resident memory of a process (Linux), in bytes. */
function rssOf(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

interface RunResult {
  status: string;
  uploadMs: number;
  processingMs: number;
  counts: Record<string, number>;
  peakRssMb: number;
  startedAt: number;
  finishedAt: number;
  /** `BENCH_TRACE=1`: the largest RSS (MB) seen in each stage of the file (upload, then the file's progress %). */
  stages?: string;
}

/**
 * Pause before each upload: files arrive hours apart in practice, and after a large file the server replaces its sync
 * worker thread (SYNC_WORKER_RECYCLE_MB), whose successor takes a few hundred ms to start; a file uploaded at once would
 * count that wait as processing.
 */
const betweenFilesMs = Number(env.BENCH_PAUSE_MS || 3000);

async function upload(server: Server, body: Buffer, format: 'csv' | 'xml'): Promise<RunResult> {
  await new Promise((r) => setTimeout(r, betweenFilesMs));
  let peak = rssOf(server.pid);
  // The stage is the file's progress as the poll below last read it ("upload" before the answer).
  let stage = 'upload';
  const stagePeaks = new Map<string, number>([['before', peak]]);
  const sampler = setInterval(() => {
    const rss = rssOf(server.pid);
    peak = Math.max(peak, rss);
    if (env.BENCH_TRACE) stagePeaks.set(stage, Math.max(stagePeaks.get(stage) ?? 0, rss));
  }, 10);
  try {
    const t0 = performance.now();
    const res = await fetch(`${server.base}/sync/v1/employee-files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': format === 'csv' ? 'text/csv' : 'application/xml' },
      body: body as unknown as BodyInit,
    });
    const uploadMs = performance.now() - t0;
    const json = (await res.json()) as { data: { id: string } };
    if (res.status !== 202) throw new Error(`upload: ${res.status} ${JSON.stringify(json)}`);
    const id = json.data.id;
    for (;;) {
      const row = await server.handle.db.selectFrom('syncFiles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      if (env.BENCH_TRACE) {
        // The progress of a file being processed is the server's (GET), not yet the stored row's.
        const live = await fetch(`${server.base}/sync/v1/files/${id}`, { headers: { authorization: `Bearer ${server.token}` } });
        const { data } = (await live.json()) as { data: { status: string; progress: number } };
        stage = data.status === 'processing' ? `${data.progress}%` : data.status;
      }
      if (!['queued', 'processing', 'scheduled'].includes(row.status)) {
        const startedAt = Date.parse(row.startedAt as string);
        const finishedAt = Date.parse(row.finishedAt as string);
        if (row.status === 'error') throw new Error(`file error: ${row.error}`);
        return {
          status: row.status,
          uploadMs,
          processingMs: finishedAt - startedAt,
          counts: {
            created: row.createdCount,
            updated: row.updatedCount,
            terminated: row.terminatedCount,
            unchanged: row.unchangedCount,
            rejected: row.rejectedCount,
          },
          peakRssMb: Math.round(peak / 1048576),
          startedAt,
          finishedAt,
          stages: env.BENCH_TRACE ? [...stagePeaks].map(([name, rss]) => `${name} ${Math.round(rss / 1048576)}`).join(', ') : undefined,
        };
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    clearInterval(sampler);
  }
}

/** Runs `work` while `connections` loops GET random employees; returns the latencies of requests made during [from, to]. */
/**
 * A write through the API between two files: `unrelated` sets the national id of one employee (a field no column
 * carries); `department` renames a department and renames it back.
 */
async function handEdit(server: Server, kind: 'unrelated' | 'department'): Promise<void> {
  const headers = { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' };
  const put = async (path: string, body: unknown) => {
    const res = await fetch(`${server.base}${path}`, { method: 'PUT', headers, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`PUT ${path}: ${res.status} ${await res.text()}`);
  };
  if (kind === 'unrelated') {
    const e = await server.handle.db
      .selectFrom('employees')
      .select(['id', 'firstName', 'lastName'])
      .where('companyId', '=', server.companyId)
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    await put(`/core/v3/employees/${e.id}`, { firstName: e.firstName, lastName: e.lastName, status: 'active', nid: '12345678Z' });
    return;
  }
  const d = await server.handle.db
    .selectFrom('departments')
    .select(['id', 'name'])
    .where('companyId', '=', server.companyId)
    .executeTakeFirstOrThrow();
  await put(`/core/v3/departments/${d.id}`, { name: `${d.name} (renamed)` });
  await put(`/core/v3/departments/${d.id}`, { name: d.name });
}

async function underLoad<T extends { startedAt: number; finishedAt: number }>(
  server: Server,
  ids: string[],
  work: () => Promise<T>,
): Promise<{ result: T; p50: number; p99: number; max: number; requests: number; statuses: Record<string, number> }> {
  const child = fork(path.join(path.dirname(new URL(import.meta.url).pathname), 'load.mjs'), { stdio: 'inherit' });
  child.send({
    url: server.base,
    headers: { authorization: `Bearer ${server.token}` },
    paths: ids.map((id) => `/core/v3/employees/${id}`),
    connections,
  });
  await new Promise((r) => setTimeout(r, 1000));
  const result = await work();
  const done = new Promise<{ samples: number[]; statuses: Record<string, number> }>((resolve) => child.once('message', resolve as never));
  child.send('stop');
  const { samples, statuses } = await done;
  const window: number[] = [];
  for (let i = 0; i < samples.length; i += 2) {
    const start = samples[i] as number;
    if (start >= result.startedAt && start <= result.finishedAt) window.push(samples[i + 1] as number);
  }
  window.sort((a, b) => a - b);
  const q = (p: number) => Math.round((window[Math.min(window.length - 1, Math.floor(p * window.length))] ?? 0) * 10) / 10;
  return { result, p50: q(0.5), p99: q(0.99), max: q(1), requests: window.length, statuses };
}

function line(cells: (string | number)[]) {
  process.stdout.write(`| ${cells.join(' | ')} |\n`);
}

/** `BENCH_WRITE_FILES=<dir>`: only writes the generated files (initial, changed, nochange × csv, xml) for phases.ts. */
function writeFiles(dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  for (const size of sizes) {
    const base = roster(size);
    const next = changed(base);
    for (const format of formats) {
      const encode = format === 'csv' ? toCsv : toXml;
      fs.writeFileSync(path.join(dir, `${size}-initial.${format}`), encode(base));
      fs.writeFileSync(path.join(dir, `${size}-changed.${format}`), encode(next));
      fs.writeFileSync(path.join(dir, `${size}-nochange.${format}`), encode(shuffled(next)));
    }
  }
}

async function main() {
  if (env.BENCH_WRITE_FILES) return writeFiles(env.BENCH_WRITE_FILES);
  process.stdout.write(
    `HR data sync bench — ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}, ${baseUrl ? 'PostgreSQL' : 'SQLite'}, ${new Date().toISOString()}\n\n`,
  );
  line([
    'roster',
    'format',
    'run',
    'status',
    'created',
    'updated',
    'terminated',
    'unchanged',
    'upload ms',
    'processing ms',
    'peak RSS MB',
    'API p99 ms (p50, max, n)',
  ]);
  line(['---', '---', '---', '---', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '---']);
  for (const size of sizes) {
    const base = roster(size);
    const next = changed(base);
    for (const format of formats) {
      const encode = format === 'csv' ? toCsv : toXml;
      const files = {
        initial: encode(base),
        changed: encode(next),
        nochange: encode(shuffled(next)),
        nextExport: encode(shuffled(next, 5)),
      };
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-bench-sync-'));
      const server = await startServer(dir);
      try {
        // A second company with employees to read while the first one's initial load is applied.
        const report = (run: string, r: RunResult, load?: { p50: number; p99: number; max: number; requests: number }) =>
          line([
            size,
            `${format} (${Math.round(files.initial.length / 1048576)} MB)`,
            run,
            r.status,
            r.counts.created ?? 0,
            r.counts.updated ?? 0,
            r.counts.terminated ?? 0,
            r.counts.unchanged ?? 0,
            Math.round(r.uploadMs),
            r.processingMs,
            r.peakRssMb,
            load ? `${load.p99} (${load.p50}, ${load.max}, ${load.requests})` : '',
          ]);
        const traced = (run: string, r: RunResult, load?: { p50: number; p99: number; max: number; requests: number }) => {
          report(run, r, load);
          if (r.stages) process.stdout.write(`|   peak RSS MB by stage: ${r.stages}\n`);
        };
        const measureLoad = size >= 100_000 && format === 'csv';
        const initial = await upload(server, files.initial, format);
        traced('initial', initial);
        const ids = (
          await server.handle.db.selectFrom('employees').select('id').where('companyId', '=', server.companyId).limit(20_000).execute()
        ).map((r) => r.id);
        if (measureLoad) {
          const loaded = await underLoad(server, ids, () => upload(server, files.changed, format));
          traced('5 % changed, 1 % new, 1 % gone', loaded.result, loaded);
        } else traced('5 % changed, 1 % new, 1 % gone', await upload(server, files.changed, format));
        // The same roster in another order: the last file's lines (CSV) or elements (XML), nothing written since that
        // the comparison reads (sync-content.ts): answered without reading the roster.
        report('no change (rows shuffled)', await upload(server, files.nochange, format));
        // Someone edits an employee meanwhile, a field the file does not carry (a bank detail): still not compared.
        await handEdit(server, 'unrelated');
        report('no change after a hand edit of a field not in the file', await upload(server, files.nextExport, format));
        // A department renamed and renamed back: the fast path cannot see through that, so the file is compared in full.
        await handEdit(server, 'department');
        traced('no change, full comparison (a department renamed since)', await upload(server, files.nochange, format));
        report('identical file', await upload(server, files.nochange, format));
        if (measureLoad) {
          // The initial load again, into a fresh company of the same server, with the first company's employees read meanwhile.
          const other = await createCompany(server.handle, { name: 'Bench 2', region: 'eu1' });
          await fetch(`${server.base}/sync/v1/settings`, {
            method: 'PUT',
            headers: { authorization: `Bearer ${other.adminToken}`, 'content-type': 'application/json' },
            body: JSON.stringify({ enabled: true }),
          });
          const loaded = await underLoad(server, ids, () =>
            upload({ ...server, token: other.adminToken, companyId: other.company.id }, files.initial, format),
          );
          report('initial (2nd company, under load)', loaded.result, loaded);
        }
      } finally {
        await server.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
