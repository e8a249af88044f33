import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import closeWithGrace from 'close-with-grace';
import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, urlWithoutPassword } from './config.js';
import { type Db, openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { checkRedis, memoryRateLimiter, redisClientOptions, redisRateLimiter } from './http/rate-limit.js';
import { tuneAllocator } from './native-memory.js';
import { bootstrapFirstStart } from './platform/companies/bootstrap.js';
import { purgeExpiredIdempotencyKeys } from './platform/idempotency/idempotency.js';

/** loadConfig → openDatabase → migrate → first-start bootstrap → buildApp → listen; graceful shutdown on SIGTERM. */
async function main() {
  const config = loadConfig();
  // How far V8 lets a heap grow past its live size before collecting (all threads, the sync worker's included). V8's
  // own factor is up to 4× for a heap that allocates fast: a 100,000-employee file whose live heap is ~200 MB then
  // takes 0.8–0.9 GB of resident memory; at 20 % it takes ~0.5 GB, in the same time (more, shorter collections).
  if (config.heapGrowthPercent > 0) v8.setFlagsFromString(`--heap-growing-percent=${config.heapGrowthPercent}`);
  // The C allocator keeps what large sync files free unless told otherwise (native-memory.ts); set before the threads start.
  const allocator = config.allocatorTuning ? tuneAllocator() : [];
  // Redis, when set, is checked first: a database number or password it refuses stops the server (no reconnection
  // mends it), while a Redis that does not answer yet is no reason not to start (each process counts alone meanwhile).
  const redis = config.redisUrl ? new Redis(config.redisUrl, redisClientOptions) : null;
  const redisTarget = urlWithoutPassword(config.redisUrl ?? '');
  let redisDownAtStart: unknown;
  if (redis) {
    try {
      redisDownAtStart = await checkRedis(redis);
    } catch (err) {
      redis.disconnect();
      const message = (err as Error).message;
      const hint = /DB index is out of range/i.test(message) ? ' (this Redis has fewer databases than the number in REDIS_URL)' : '';
      throw new ConfigError(`Configuration: REDIS_URL: Redis at ${redisTarget} refused the connection: ${message}${hint}`);
    }
  }
  // Redis is logged by the app's logger once it exists (stderr before that). The rate limiter says once when Redis
  // stops answering and once when it is back (http/rate-limit.ts); the client's own errors (one per reconnection
  // attempt) are debug lines, but Redis refusing the client (a password, a database it no longer has after a restart)
  // is an error.
  let appLog: FastifyBaseLogger | undefined;
  const logRedis = (level: 'debug' | 'info' | 'warn' | 'error', msg: string, err?: unknown) => {
    if (appLog) appLog[level](err === undefined ? {} : { err }, msg);
    else if (level !== 'debug') console.error(err instanceof Error ? `${msg}: ${err.message}` : msg);
  };
  redis?.on('error', (err: Error) => {
    if (err.name === 'ReplyError') logRedis('error', `Redis at ${redisTarget} (REDIS_URL) refused the client`, err);
    else logRedis('debug', 'Redis connection error', err);
  });
  fs.mkdirSync(config.dataDir, { recursive: true });
  const sqliteFile = path.join(config.dataDir, 'roster.sqlite');
  // Connections PostgreSQL closed are logged once the app's logger exists (stderr before that).
  let connectionLost = (err: Error) => console.error(`PostgreSQL connection lost: ${err.message}`);
  const onConnectionError = (err: Error) => connectionLost(err);
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    sqliteFile,
    writeWaitMs: config.sqliteWriteWaitMs,
    namedStatements: config.pgNamedStatements,
    onConnectionError,
  });
  if (config.databaseUrl) await checkPostgres(handle.db, config.databaseUrl);
  await migrateToLatest(handle.db, handle.dialect);
  // PostgreSQL: webhook deliveries get a small pool of their own, so that API writes or a large sync that keep the main
  // pool busy do not hold them back. (SQLite has one connection per process by design.)
  const webhookHandle =
    handle.dialect === 'postgres' ? await openDatabase({ databaseUrl: config.databaseUrl, poolSize: 4, onConnectionError }) : undefined;
  const rateLimiter = redis
    ? redisRateLimiter(redis, {
        down: redisDownAtStart !== undefined,
        onDown: (err) => logRedis('warn', 'Redis is not answering: rate limits are counted by each server process until it is back', err),
        onUp: () => logRedis('info', 'Redis answers again: rate limits are shared by all server processes again'),
      })
    : memoryRateLimiter();
  const app = await buildApp({ config, db: handle.db, dialect: handle.dialect, rateLimiter, webhookDb: webhookHandle?.db });
  if (allocator.length) app.log.debug({ allocator }, 'C allocator tuned for large sync files');
  connectionLost = (err) => app.log.warn({ err }, 'PostgreSQL closed a connection: the pool opens a new one');
  appLog = app.log;
  if (redisDownAtStart !== undefined) {
    logRedis(
      'warn',
      `Redis at ${redisTarget} (REDIS_URL) is not answering at start: rate limits are counted by each server process until it is back`,
      redisDownAtStart,
    );
  }
  const firstStart = await bootstrapFirstStart({ db: handle.db, dialect: handle.dialect }, config);
  if (firstStart) {
    // Printed once: the admin key is never shown again (it is also written, mode 0600, to the data directory).
    process.stdout.write(
      [
        '',
        `Roster: created company "${firstStart.company.name}" (${firstStart.company.id}).`,
        `Admin API key (shown once, also saved to ${firstStart.keyFile}):`,
        `  ${firstStart.adminToken}`,
        '',
      ].join('\n'),
    );
  }
  const purge = setInterval(
    () => {
      purgeExpiredIdempotencyKeys(handle.db, new Date()).catch((err) => app.log.warn({ err }, 'idempotency purge failed'));
    },
    60 * 60 * 1000,
  );
  purge.unref();
  closeWithGrace({ delay: config.shutdownTimeoutMs }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    clearInterval(purge);
    // close() first marks the server as draining (new requests and readiness probes get a 503 at once), then stops
    // webhook deliveries (in-flight ones get a few seconds) and the listener, lets requests in flight finish, and waits
    // for the HR data sync runner to finish (or abandon, to be re-run) the file in progress; the database is still open.
    await app.close();
    await rateLimiter.close();
    await webhookHandle?.close();
    await handle.close();
  });
  await app.listen({ port: config.port, host: config.host });
  app.webhookDispatcher.start();
  // Sync files are processed in a worker thread that opens the same database (SYNC_WORKER=inline: in this thread).
  app.syncRunner.start(
    config.syncWorker === 'inline' ? undefined : config.databaseUrl ? { databaseUrl: config.databaseUrl } : { sqliteFile },
  );
}

/**
 * The first connection to PostgreSQL, before the migrations: a server it cannot reach or that refuses the connection
 * (a password, a database that does not exist) is said in one line naming DATABASE_URL and the cause, not as the
 * driver's stack from the middle of the migrator.
 */
async function checkPostgres(db: Db, databaseUrl: string): Promise<void> {
  try {
    await sql`select 1`.execute(db);
  } catch (err) {
    throw new ConfigError(
      `Configuration: DATABASE_URL: cannot connect to PostgreSQL at ${postgresTarget(databaseUrl)}: ${errorCause(err)}`,
    );
  }
}

/** host:port/database of a PostgreSQL URL, without user and password. */
function postgresTarget(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const host = url.hostname || url.searchParams.get('host') || 'localhost';
    return `${host}:${url.port || '5432'}${url.pathname.length > 1 ? url.pathname : ''}`;
  } catch {
    return urlWithoutPassword(databaseUrl);
  }
}

/** The code and message of a connection failure (Node reports a refused `localhost` as an AggregateError of both addresses). */
function errorCause(err: unknown): string {
  const e = err as Error & { code?: string; errors?: unknown[] };
  const first = (e.errors?.[0] ?? undefined) as (Error & { code?: string }) | undefined;
  const message = e.message || first?.message || String(err);
  const code = e.code ?? first?.code;
  return code && !message.includes(code) ? `${code} (${message})` : message;
}

main().catch((err) => {
  // A setting that cannot be used is said in one line (as the CLI does); anything else with its stack.
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
