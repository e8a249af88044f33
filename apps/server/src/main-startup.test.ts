import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { redisProxy } from './test/redis-proxy.js';
import { freePort, freshPostgresDatabase, startServerProcess } from './test/server-process.js';

/**
 * The real server (main.ts) at start: a database or Redis it cannot use is one line naming the variable (exit 1); a
 * Redis that does not answer is no reason not to start, and an outage of Redis is logged once each way.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const redisUrl = process.env.REDIS_URL;

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-start-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs the server until it exits (it must fail at start). */
function runToExit(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'apps/server/src/main.ts')],
      { cwd: repoRoot, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '', REDIS_URL: '', ...env }, timeout: 90_000 },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    );
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An API request without a key: a 401 that spends the caller's address budget (the rate limiter). */
async function anonymousRequest(base: string): Promise<{ ms: number; status: number; rateLimit: string | null }> {
  const started = performance.now();
  const res = await fetch(`${base}/core/v3/employees`);
  await res.arrayBuffer();
  return { ms: performance.now() - started, status: res.status, rateLimit: res.headers.get('ratelimit') };
}

const logLines = (output: string, msg: RegExp) =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { level: number; msg: string })
    .filter((line) => msg.test(line.msg));

describe('the server at start', () => {
  it('says in one line that DATABASE_URL cannot be reached, with host and port but no password', async () => {
    const port = await freePort();
    const run = await runToExit({ DATA_DIR: tempDir(), DATABASE_URL: `postgres://roster:s3cret@127.0.0.1:${port}/roster` });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `Configuration: DATABASE_URL: cannot connect to PostgreSQL at 127.0.0.1:${port}/roster: connect ECONNREFUSED 127.0.0.1:${port}`,
    );
    expect(run.stderr).not.toContain('s3cret');
  }, 120_000);

  it('says in one line that REDIS_URL is no Redis URL (no stack, no Unix socket taken for it)', async () => {
    const dataDir = tempDir();
    const [notUrl, otherScheme, badDb] = await Promise.all([
      runToExit({ DATA_DIR: dataDir, REDIS_URL: 'not a url' }),
      runToExit({ DATA_DIR: dataDir, REDIS_URL: 'foo://127.0.0.1:6379' }),
      runToExit({ DATA_DIR: dataDir, REDIS_URL: 'redis://:pw@127.0.0.1:6379/first' }),
    ]);
    for (const run of [notUrl, otherScheme, badDb]) {
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^Configuration: REDIS_URL /);
    }
    expect(notUrl.stderr).toContain('must start with redis:// or rediss://');
    expect(otherScheme.stderr).toContain('got "foo://127.0.0.1:6379"');
    expect(badDb.stderr).toContain('database must be a number');
    expect(badDb.stderr).not.toContain(':pw@');
    expect(fs.readdirSync(dataDir)).toEqual([]);
  }, 120_000);

  it.skipIf(!redisUrl)(
    'stops with one line naming REDIS_URL when Redis refuses its database number',
    async () => {
      const url = new URL(redisUrl as string);
      url.pathname = '/99';
      const dataDir = tempDir();
      const run = await runToExit({ DATA_DIR: dataDir, REDIS_URL: url.toString() });
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(
        `Configuration: REDIS_URL: Redis at ${url.toString()} refused the connection: ERR DB index is out of range (this Redis has fewer databases than the number in REDIS_URL)`,
      );
      expect(fs.readdirSync(dataDir)).toEqual([]);
    },
    120_000,
  );

  it('starts when Redis does not answer, says so once, and answers requests without waiting for Redis', async () => {
    const pg = await freshPostgresDatabase('start_redis_down');
    cleanups.push(() => pg.drop());
    const redisPort = await freePort();
    const server = await startServerProcess({
      DATA_DIR: tempDir(),
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      ...(pg.url ? { DATABASE_URL: pg.url } : {}),
    });
    cleanups.push(() => server.stop());
    const times: number[] = [];
    let remaining = 1000;
    for (let i = 0; i < 20; i++) {
      const res = await anonymousRequest(server.base);
      expect(res.status).toBe(401);
      // Counted by this process: one less each time (999 again in a new minute).
      const r = Number(/^"default";r=(\d+);t=\d+$/.exec(res.rateLimit ?? '')?.[1]);
      expect([remaining - 1, 999]).toContain(r);
      remaining = r;
      times.push(res.ms);
    }
    // Waiting for Redis's time limit, each would take 250 ms or more; a slow first answer of a fresh process aside, none does.
    expect(times.filter((ms) => ms >= 240).length, times.join()).toBeLessThanOrEqual(2);
    expect(logLines(server.output(), /Redis/).map((l) => [l.level, l.msg])).toEqual([
      [
        40,
        `Redis at redis://127.0.0.1:${redisPort} (REDIS_URL) is not answering at start: rate limits are counted by each server process until it is back`,
      ],
    ]);
  }, 120_000);
});

describe.skipIf(!redisUrl)('the server through an outage of Redis', () => {
  it('counts locally without waiting while Redis hangs (one warning), and shares the budget again when it is back (one info)', async () => {
    // This file's own database (13) of REDIS_URL's server, reached through the proxy.
    const direct = new URL(redisUrl as string);
    direct.pathname = '/13';
    const proxy = await redisProxy({ host: direct.hostname, port: Number(direct.port || 6379) });
    cleanups.push(() => proxy.close());
    const viaProxy = new URL(direct);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const redis = new Redis(direct.toString());
    cleanups.push(() => redis.disconnect());
    const budgetKeys = () => redis.keys('roster:rl:anonymous:*');
    const sharedCount = async () => {
      const keys = await budgetKeys();
      const values = keys.length ? await redis.mget(keys) : [];
      return values.reduce((sum, v) => sum + Number(v ?? 0), 0);
    };
    const stale = await budgetKeys();
    if (stale.length) await redis.del(stale);

    const pg = await freshPostgresDatabase('start_redis_outage');
    cleanups.push(() => pg.drop());
    const server = await startServerProcess({
      DATA_DIR: tempDir(),
      REDIS_URL: viaProxy.toString(),
      LOG_LEVEL: 'info',
      ...(pg.url ? { DATABASE_URL: pg.url } : {}),
    });
    cleanups.push(() => server.stop());
    const outageLines = () => logLines(server.output(), /^Redis /).map((l) => [l.level, l.msg]);

    for (let i = 0; i < 3; i++) expect((await anonymousRequest(server.base)).status).toBe(401);
    expect(await sharedCount()).toBe(3);

    proxy.set('hang');
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      times.push((await anonymousRequest(server.base)).ms);
      if (i % 10 === 0) await sleep(300);
    }
    // The first waited for Redis's time limit (250 ms); the others did not (one slow answer of a busy machine aside).
    expect(times.filter((ms) => ms >= 240).length, times.join()).toBeLessThanOrEqual(2);
    expect(await sharedCount()).toBe(3);
    expect(outageLines()).toEqual([[40, 'Redis is not answering: rate limits are counted by each server process until it is back']]);

    proxy.set('pass');
    const deadline = Date.now() + 30_000;
    while (outageLines().length < 2) {
      if (Date.now() > deadline) throw new Error(`Redis not seen back: ${server.output().slice(-2000)}`);
      await anonymousRequest(server.base);
      await sleep(100);
    }
    expect(outageLines()).toEqual([
      [40, 'Redis is not answering: rate limits are counted by each server process until it is back'],
      [30, 'Redis answers again: rate limits are shared by all server processes again'],
    ]);
    const before = await sharedCount();
    for (let i = 0; i < 4; i++) await anonymousRequest(server.base);
    expect(await sharedCount()).toBe(before + 4);
  }, 120_000);
});
