import { fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../apps/server/src/app.js';
import { loadConfig } from '../../apps/server/src/config.js';
import { systemContext } from '../../apps/server/src/context.js';
import { type DatabaseHandle, openDatabase } from '../../apps/server/src/db/database.js';
import { migrateToLatest } from '../../apps/server/src/db/migrate.js';
import { createDepartment } from '../../apps/server/src/modules/org/index.js';
import { allScopes } from '../../apps/server/src/platform/api-keys/scopes.js';
import { createCompany } from '../../apps/server/src/platform/companies/companies.service.js';
import { freshPostgresDatabase, type ServerProcess, startServerProcess } from '../../apps/server/src/test/server-process.js';

/**
 * Webhook delivery: latency from a committed write to the receiver, and throughput, against the real server
 * (default dispatcher settings: poll 50 ms, concurrency 8) on SQLite and on PostgreSQL. See bench/README.md.
 *
 *   npm run bench:webhooks
 *   BENCH_RATE=500 BENCH_DURATION=20 BENCH_BURST=5000 BENCH_DATABASES=sqlite,postgres BENCH_WRITES=service npm run bench:webhooks
 *
 * For each database: a fresh store, the server, one subscription to `department.created` pointing at the receiver
 * (answers 200 at once), then
 *   0. warm-up: the same load for BENCH_WARMUP seconds (5), not measured (JIT, connection pool, statement caches);
 *   1. steady load: BENCH_RATE department creations per second for BENCH_DURATION seconds, each named after its
 *      sequence number so that its webhook can be matched (BENCH_SERIES=1 also prints the latency of every second);
 *   2. burst: BENCH_BURST creations as fast as they go, then the time until the last webhook arrives.
 *
 * BENCH_WRITES=service (default) runs the server in this process, built and started as main.ts does (buildApp, the
 * dispatcher with its default settings), and writes with the service function the API calls (`createDepartment`: the
 * row, its audit row and its outbox event in one transaction) on the server's own database connection, as a request
 * would: the commit time is exact (when the commit returns). BENCH_WRITES=api runs the real server as a child process
 * (`apps/server/src/main.ts`) and writes with `POST /core/v3/departments`: the server then also parses, authenticates
 * and answers the writes, and latency counts from the write's answer (the commit happened just before it).
 * The receiver always runs in a child process of its own (receiver.mjs).
 */

const env = process.env;
const rate = intEnv('BENCH_RATE', 500);
const durationSeconds = intEnv('BENCH_DURATION', 20);
const burst = intEnv('BENCH_BURST', 5000, 0);
const warmupSeconds = intEnv('BENCH_WARMUP', 5, 0);
const databases = (env.BENCH_DATABASES || 'sqlite,postgres').split(',').map((d) => d.trim());
const postgresUrl = env.BENCH_DATABASE_URL || env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const writeMode = env.BENCH_WRITES === 'api' ? 'api' : 'service';
/** A directory: the server process writes a CPU profile there when it stops. */
const profileDir = env.BENCH_PROFILE || undefined;

function intEnv(name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return n;
}

interface Timing {
  sent: number;
  /** Commit returned (service) or the write was answered (api). */
  answered?: number;
  received?: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');

/** Epoch milliseconds with sub-millisecond precision, comparable with the receiver process's clock. */
const now = () => performance.timeOrigin + performance.now();

/** The receiver runs in a child process (receiver.mjs) and reports arrival times over IPC. */
async function startReceiver(timings: Map<string, Timing>) {
  let count = 0;
  const child = fork(new URL('./receiver.mjs', import.meta.url), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve) => {
    child.on('message', (m: { port?: number; received?: [string, number][] }) => {
      if (m.port) resolve(m.port);
      for (const [name, at] of m.received ?? []) {
        const timing = timings.get(name);
        if (timing && timing.received === undefined) {
          timing.received = at;
          count += 1;
        }
      }
    });
  });
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received: () => count,
    close: async () => {
      child.disconnect();
      await new Promise((r) => child.once('exit', r));
    },
  };
}

function post(agent: http.Agent, base: string, token: string, pathName: string, body: unknown): Promise<number> {
  const data = JSON.stringify(body);
  const url = new URL(pathName, base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

async function waitFor(predicate: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 5));
  }
  return true;
}

async function runOne(database: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `roster-bench-webhooks-${database}-`));
  let pgDatabase: Awaited<ReturnType<typeof freshPostgresDatabase>> | undefined;
  let server: ServerProcess | undefined;
  let handle: DatabaseHandle | undefined;
  let webhookHandle: DatabaseHandle | undefined;
  let app: FastifyInstance | undefined;
  const timings = new Map<string, Timing>();
  const receiver = await startReceiver(timings);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  try {
    if (database === 'postgres') {
      const saved = process.env.DATABASE_URL;
      process.env.DATABASE_URL = postgresUrl;
      pgDatabase = await freshPostgresDatabase('roster_bench_webhooks');
      process.env.DATABASE_URL = saved;
    }
    let write: (name: string) => Promise<number>;
    if (writeMode === 'api') {
      server = await startServerProcess(
        {
          DATA_DIR: dataDir,
          DATABASE_URL: pgDatabase?.url ?? '',
          ROSTER_DEMO: 'false',
          WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
          WEBHOOK_ALLOW_HTTP: 'true',
          RATE_LIMIT_PER_MINUTE: '100000000',
          LOG_LEVEL: env.BENCH_LOG_LEVEL || 'warn',
        },
        profileDir ? { nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profileDir] } : {},
      );
      const base = server.base;
      const token = fs.readFileSync(path.join(dataDir, 'admin-key.txt'), 'utf8').trim();
      const status = await post(agent, base, token, '/webhook/v1/subscriptions', { url: receiver.url, events: ['department.created'] });
      if (status !== 200) throw new Error(`creating the subscription answered ${status}`);
      write = (name) => post(agent, base, token, '/core/v3/departments', { name });
    } else {
      // The server in this process, built and started as main.ts does, writing on its own connection.
      handle = await openDatabase({ databaseUrl: pgDatabase?.url, sqliteFile: path.join(dataDir, 'roster.sqlite') });
      await migrateToLatest(handle.db, handle.dialect);
      const config = loadConfig(
        { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_ALLOW_HTTP: 'true' },
        { dataDir, logLevel: env.BENCH_LOG_LEVEL || 'warn' },
      );
      // As main.ts: on PostgreSQL the dispatcher has a small pool of its own.
      webhookHandle = pgDatabase ? await openDatabase({ databaseUrl: pgDatabase.url, poolSize: 4 }) : undefined;
      app = await buildApp({ config, db: handle.db, dialect: handle.dialect, webhookDb: webhookHandle?.db });
      await app.ready();
      const company = await createCompany({ db: handle.db, dialect: handle.dialect }, { name: 'Bench', region: 'eu1' });
      const res = await app.inject({
        method: 'POST',
        url: '/webhook/v1/subscriptions',
        headers: { authorization: `Bearer ${company.adminToken}` },
        payload: { url: receiver.url, events: ['department.created'] },
      });
      if (res.statusCode !== 200) throw new Error(`creating the subscription answered ${res.statusCode}: ${res.body}`);
      app.webhookDispatcher.start();
      const ctx = systemContext({ db: handle.db, dialect: handle.dialect }, company.company.id, allScopes);
      write = async (name) => {
        await createDepartment(ctx, { name });
        return 200;
      };
    }

    /** Writes `count` departments at `rate` per second, on schedule (open loop); returns the names and failures. */
    async function writeAtRate(prefix: string, count: number) {
      const names: string[] = [];
      const started = now();
      let failed = 0;
      const writes: Promise<void>[] = [];
      for (let i = 0; i < count; i++) {
        const due = started + (i * 1000) / rate;
        const wait = due - now();
        if (wait > 1) await new Promise((r) => setTimeout(r, wait));
        const name = `${prefix} ${i}`;
        names.push(name);
        const timing: Timing = { sent: now() };
        timings.set(name, timing);
        writes.push(
          write(name).then(
            (code) => {
              timing.answered = now();
              if (code !== 200) failed += 1;
            },
            () => {
              failed += 1;
            },
          ),
        );
      }
      await Promise.all(writes);
      return { names, started, failed, seconds: (now() - started) / 1000 };
    }

    // Warm-up at the same rate (JIT, connection pool, statement caches), not measured.
    if (warmupSeconds > 0) {
      const warm = await writeAtRate('warm', rate * warmupSeconds);
      await waitFor(() => warm.names.every((n) => timings.get(n)!.received !== undefined), 60_000);
    }

    // 1. Steady load at `rate` writes per second.
    const total = rate * durationSeconds;
    const { names, started, failed, seconds: writeSeconds } = await writeAtRate('steady', total);
    const allArrived = await waitFor(() => names.every((n) => timings.get(n)!.received !== undefined), 60_000);
    const steady = names.map((n) => timings.get(n)!);
    const arrived = steady.filter((t) => t.received !== undefined);
    const fromAnswer = arrived.map((t) => t.received! - t.answered!).sort((a, b) => a - b);
    const fromSent = arrived.map((t) => t.received! - t.sent).sort((a, b) => a - b);
    const apiLatency = steady
      .filter((t) => t.answered)
      .map((t) => t.answered! - t.sent)
      .sort((a, b) => a - b);
    if (env.BENCH_SERIES === '1') {
      // Latency per second of the steady phase, to see transients.
      const bySecond = new Map<number, number[]>();
      for (const t of arrived) {
        const second = Math.floor((t.sent - started) / 1000);
        bySecond.set(second, [...(bySecond.get(second) ?? []), t.received! - t.answered!]);
      }
      for (const [second, list] of [...bySecond].sort((a, b) => a[0] - b[0])) {
        list.sort((a, b) => a - b);
        console.log(`  second ${second}: ${list.length} events, p50 ${ms(percentile(list, 50))} ms, p99 ${ms(percentile(list, 99))} ms`);
      }
    }
    const lastReceived = Math.max(...arrived.map((t) => t.received!));

    // 2. Burst: how fast a backlog drains.
    let burstResult = { writes: 0, writeSeconds: 0, drainSeconds: 0, perSecond: 0 };
    if (burst > 0) {
      const burstNames = Array.from({ length: burst }, (_, i) => `burst ${i}`);
      const burstStart = now();
      let next = 0;
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          while (next < burstNames.length) {
            const name = burstNames[next++]!;
            const timing: Timing = { sent: now() };
            timings.set(name, timing);
            await write(name);
            timing.answered = now();
          }
        }),
      );
      const burstWritten = now();
      await waitFor(() => burstNames.every((n) => timings.get(n)!.received !== undefined), 120_000);
      const done = Math.max(...burstNames.map((n) => timings.get(n)!.received ?? burstWritten));
      burstResult = {
        writes: burst,
        writeSeconds: (burstWritten - burstStart) / 1000,
        drainSeconds: (done - burstStart) / 1000,
        perSecond: burst / ((done - burstStart) / 1000),
      };
    }

    return {
      database,
      offered: rate,
      writes: total,
      failedWrites: failed,
      writeSeconds,
      achievedWriteRate: total / writeSeconds,
      delivered: arrived.length,
      allArrived,
      deliveredPerSecond: arrived.length / ((lastReceived - started) / 1000),
      p50: percentile(fromAnswer, 50),
      p90: percentile(fromAnswer, 90),
      p99: percentile(fromAnswer, 99),
      max: fromAnswer[fromAnswer.length - 1] ?? Number.NaN,
      p50Sent: percentile(fromSent, 50),
      p99Sent: percentile(fromSent, 99),
      apiP50: percentile(apiLatency, 50),
      apiP99: percentile(apiLatency, 99),
      burst: burstResult,
    };
  } finally {
    await app?.close();
    await webhookHandle?.close();
    await handle?.close();
    agent.destroy();
    await server?.stop();
    await receiver.close();
    await pgDatabase?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  console.log(
    `webhooks bench: ${rate} writes/s for ${durationSeconds} s after ${warmupSeconds} s of warm-up, burst ${burst}, writes through ${writeMode}; node ${process.version}, ${os.cpus().length} CPUs`,
  );
  const results = [];
  for (const database of databases) {
    console.log(`\n== ${database} ==`);
    const r = await runOne(database);
    results.push(r);
    console.log(
      `steady: ${r.writes} writes in ${r.writeSeconds.toFixed(1)} s (${r.achievedWriteRate.toFixed(0)}/s, ${r.failedWrites} failed), ` +
        `${r.delivered} delivered${r.allArrived ? '' : ' (NOT ALL)'} at ${r.deliveredPerSecond.toFixed(0)}/s`,
    );
    console.log(
      `  write committed → webhook received: p50 ${ms(r.p50)} ms, p90 ${ms(r.p90)} ms, p99 ${ms(r.p99)} ms, max ${ms(r.max)} ms` +
        ` (from sent: p50 ${ms(r.p50Sent)}, p99 ${ms(r.p99Sent)}; write p50 ${ms(r.apiP50)}, p99 ${ms(r.apiP99)})`,
    );
    if (r.burst.writes) {
      console.log(
        `burst: ${r.burst.writes} writes in ${r.burst.writeSeconds.toFixed(1)} s, all delivered after ${r.burst.drainSeconds.toFixed(1)} s` +
          ` → ${r.burst.perSecond.toFixed(0)} deliveries/s`,
      );
    }
  }
  console.log(
    '\n| database | offered writes/s | achieved writes/s | delivered/s | p50 ms | p90 ms | p99 ms | max ms | burst deliveries/s |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${r.database} | ${r.offered} | ${r.achievedWriteRate.toFixed(0)} | ${r.deliveredPerSecond.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p90)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.burst.writes ? r.burst.perSecond.toFixed(0) : '–'} |`,
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
