import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import closeWithGrace from 'close-with-grace';
import { Redis } from 'ioredis';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { memoryRateLimiter, redisRateLimiter } from './http/rate-limit.js';
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
  await migrateToLatest(handle.db, handle.dialect);
  // PostgreSQL: webhook deliveries get a small pool of their own, so that API writes or a large sync that keep the main
  // pool busy do not hold them back. (SQLite has one connection per process by design.)
  const webhookHandle =
    handle.dialect === 'postgres' ? await openDatabase({ databaseUrl: config.databaseUrl, poolSize: 4, onConnectionError }) : undefined;
  // Redis trouble is logged at most once a minute (the limiter then counts per process; see http/rate-limit.ts).
  let redisTrouble: (err: unknown) => void = () => {};
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true }) : null;
  redis?.on('error', (err) => redisTrouble(err));
  const rateLimiter = redis ? redisRateLimiter(redis, { onError: (err) => redisTrouble(err) }) : memoryRateLimiter();
  const app = await buildApp({ config, db: handle.db, dialect: handle.dialect, rateLimiter, webhookDb: webhookHandle?.db });
  if (allocator.length) app.log.debug({ allocator }, 'C allocator tuned for large sync files');
  connectionLost = (err) => app.log.warn({ err }, 'PostgreSQL closed a connection: the pool opens a new one');
  let redisWarnedAt = 0;
  redisTrouble = (err) => {
    if (Date.now() - redisWarnedAt < 60_000) return;
    redisWarnedAt = Date.now();
    app.log.warn({ err }, 'Redis is not answering: rate limits are counted by each server process until it is back');
  };
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

main().catch((err) => {
  // A setting that cannot be used is said in one line (as the CLI does); anything else with its stack.
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
