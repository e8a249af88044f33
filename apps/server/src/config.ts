import fs from 'node:fs';
import path from 'node:path';
import { type Static, Type } from 'typebox';
import { Compile } from 'typebox/compile';

/** The only place that reads process.env. Every setting is documented in the README's configuration table. */
const ConfigSchema = Type.Object({
  port: Type.Integer({ minimum: 0, maximum: 65535 }),
  host: Type.String(),
  dataDir: Type.String(),
  databaseUrl: Type.Optional(Type.String()),
  redisUrl: Type.Optional(Type.String()),
  smtpUrl: Type.Optional(Type.String()),
  mailFrom: Type.String({ minLength: 3 }),
  publicUrl: Type.String({ pattern: '^https?://' }),
  region: Type.String({ pattern: '^[a-z0-9-]+$' }),
  demo: Type.Boolean(),
  logLevel: Type.String(),
  defaultRateLimitPerMinute: Type.Integer({ minimum: 1 }),
  bodyLimitBytes: Type.Integer({ minimum: 1024 }),
  trustProxy: Type.Boolean(),
  shutdownTimeoutMs: Type.Integer({ minimum: 0 }),
  requestTimeoutMs: Type.Integer({ minimum: 1000 }),
  syncMaxFileBytes: Type.Integer({ minimum: 1024 }),
  syncPollIntervalMs: Type.Integer({ minimum: 10, maximum: 60_000 }),
  syncWorker: Type.Union([Type.Literal('thread'), Type.Literal('inline')]),
  syncWorkerRecycleMb: Type.Integer({ minimum: 16 }),
  heapGrowthPercent: Type.Integer({ minimum: 0, maximum: 1000 }),
  /** Linux (glibc): two malloc arenas, a fixed mmap threshold, freed memory handed back after sync files (native-memory.ts). */
  allocatorTuning: Type.Boolean(),
  pgNamedStatements: Type.Boolean(),
  syncWorkerNice: Type.Integer({ minimum: 0, maximum: 19 }),
  sqliteWriteWaitMs: Type.Integer({ minimum: 0, maximum: 600_000 }),
  webhookAllowPrivateTargets: Type.Boolean(),
  webhookAllowHttp: Type.Boolean(),
  webhookConcurrency: Type.Integer({ minimum: 1, maximum: 1000 }),
  webhookPollIntervalMs: Type.Integer({ minimum: 5, maximum: 60_000 }),
  webhookTimeoutMs: Type.Integer({ minimum: 100, maximum: 120_000 }),
  eventRetentionDays: Type.Integer({ minimum: 1, maximum: 3650 }),
});

export type Config = Static<typeof ConfigSchema>;

const check = Compile(ConfigSchema);

/** A setting that cannot be used: the server and the CLI say so in one line and exit with code 1. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const trueWords = ['true', '1', 'yes', 'on'];
const falseWords = ['false', '0', 'no', 'off'];

/**
 * A switch. Anything but the words it knows stops the server: several switches loosen security (TRUST_PROXY,
 * WEBHOOK_ALLOW_PRIVATE_TARGETS), and a typo such as `disabled` must not turn one on.
 */
function bool(name: string, value: string | undefined, fallback: boolean): boolean {
  const word = value?.trim().toLowerCase();
  if (word === undefined || word === '') return fallback;
  if (trueWords.includes(word)) return true;
  if (falseWords.includes(word)) return false;
  throw new ConfigError(`Configuration: ${name} must be true or false (also 1/0, yes/no, on/off), got "${value}"`);
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  // Decimal digits only: Number() reads `0x1C` as 28 and `1e4` as 10000.
  const n = /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n)) throw new ConfigError(`Configuration: ${name} must be an integer in decimal digits, got "${value}"`);
  return n;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(`Configuration: ${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}

/** A URL for messages and logs: user and password left out (also from a value that is no URL). */
export function urlWithoutPassword(value: string): string {
  return value.replace(/^([^/]*\/\/)?.*@/s, (_, scheme: string | undefined) => `${scheme ?? ''}…@`);
}

/** A URL setting with the schemes its client reads; anything else stops the start with a line naming it. */
function checkUrl(name: string, value: string | undefined, scheme: RegExp, example: string, needsHost: boolean): void {
  if (value === undefined) return;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !scheme.test(url.protocol) || (needsHost && !url.hostname)) {
    throw new ConfigError(`Configuration: ${name} must be a URL such as ${example}, got "${urlWithoutPassword(value)}"`);
  }
}

const redisUrlExample = 'redis://host:6379 or rediss://user:password@host:6379/0';

/**
 * REDIS_URL as the Redis client reads it, checked: the client takes another scheme for a Unix socket path (`foo://…`),
 * a value that is no URL for an exception at start, and a database path that is no number for database 0.
 */
function checkRedisUrl(value: string | undefined): void {
  if (value === undefined) return;
  const problem = redisUrlProblem(value);
  if (problem) throw new ConfigError(`Configuration: REDIS_URL ${problem}, got "${urlWithoutPassword(value)}"`);
}

function redisUrlProblem(value: string): string | undefined {
  if (!/^rediss?:\/\//i.test(value)) return `must start with redis:// or rediss:// (${redisUrlExample})`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `must be a URL such as ${redisUrlExample}`;
  }
  if (!url.hostname) return `must name a host (${redisUrlExample})`;
  // The path is the database number; a `db` parameter is read when the path has none.
  const db = url.pathname.length > 1 ? url.pathname.slice(1) : url.searchParams.get('db');
  if (db !== null && !/^\d{1,9}$/.test(db)) return 'database must be a number 0 or more (the path, as in redis://host:6379/0)';
  return undefined;
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const config: Config = {
    port: int('PORT', env.PORT, 3000),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Roster <roster@localhost>',
    publicUrl: (env.PUBLIC_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, ''),
    region: env.REGION || 'eu1',
    demo: bool('ROSTER_DEMO', env.ROSTER_DEMO, true),
    logLevel: oneOf('LOG_LEVEL', env.LOG_LEVEL, logLevels, 'info'),
    defaultRateLimitPerMinute: int('RATE_LIMIT_PER_MINUTE', env.RATE_LIMIT_PER_MINUTE, 1000),
    bodyLimitBytes: int('BODY_LIMIT_BYTES', env.BODY_LIMIT_BYTES, 1024 * 1024),
    trustProxy: bool('TRUST_PROXY', env.TRUST_PROXY, false),
    shutdownTimeoutMs: int('SHUTDOWN_TIMEOUT_MS', env.SHUTDOWN_TIMEOUT_MS, 10_000),
    requestTimeoutMs: int('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS, 300_000),
    syncMaxFileBytes: int('SYNC_MAX_FILE_BYTES', env.SYNC_MAX_FILE_BYTES, 50 * 1024 * 1024),
    syncPollIntervalMs: int('SYNC_POLL_INTERVAL_MS', env.SYNC_POLL_INTERVAL_MS, 1000),
    syncWorker: oneOf('SYNC_WORKER', env.SYNC_WORKER, ['thread', 'inline'] as const, 'thread'),
    syncWorkerRecycleMb: int('SYNC_WORKER_RECYCLE_MB', env.SYNC_WORKER_RECYCLE_MB, 64),
    heapGrowthPercent: int('HEAP_GROWTH_PERCENT', env.HEAP_GROWTH_PERCENT, 20),
    allocatorTuning: bool('ALLOCATOR_TUNING', env.ALLOCATOR_TUNING, true),
    pgNamedStatements: bool('PG_NAMED_STATEMENTS', env.PG_NAMED_STATEMENTS, true),
    syncWorkerNice: int('SYNC_WORKER_NICE', env.SYNC_WORKER_NICE, 10),
    sqliteWriteWaitMs: int('SQLITE_WRITE_WAIT_MS', env.SQLITE_WRITE_WAIT_MS, 30_000),
    webhookAllowPrivateTargets: bool('WEBHOOK_ALLOW_PRIVATE_TARGETS', env.WEBHOOK_ALLOW_PRIVATE_TARGETS, false),
    webhookAllowHttp: bool('WEBHOOK_ALLOW_HTTP', env.WEBHOOK_ALLOW_HTTP, false),
    webhookConcurrency: int('WEBHOOK_CONCURRENCY', env.WEBHOOK_CONCURRENCY, 8),
    webhookPollIntervalMs: int('WEBHOOK_POLL_INTERVAL_MS', env.WEBHOOK_POLL_INTERVAL_MS, 50),
    webhookTimeoutMs: int('WEBHOOK_TIMEOUT_MS', env.WEBHOOK_TIMEOUT_MS, 15_000),
    eventRetentionDays: int('EVENT_RETENTION_DAYS', env.EVENT_RETENTION_DAYS, 30),
    ...overrides,
  };
  checkRedisUrl(config.redisUrl);
  // (PostgreSQL also takes a Unix socket: postgres:///database?host=/var/run/postgresql, or socket:/var/run/…)
  checkUrl('DATABASE_URL', config.databaseUrl, /^(postgres(ql)?|socket):$/, 'postgres://user:password@host:5432/database', false);
  checkUrl('SMTP_URL', config.smtpUrl, /^smtps?:$/, 'smtp://user:password@host:587 or smtps://host:465', true);
  if (!/^[A-Za-z0-9.:[\]%-]+$/.test(config.host)) {
    throw new ConfigError(
      `Configuration: HOST must be an address or host name to listen on (0.0.0.0, ::, 127.0.0.1), got "${config.host}"`,
    );
  }
  if (fs.existsSync(config.dataDir) && !fs.statSync(config.dataDir).isDirectory()) {
    throw new ConfigError(`Configuration: DATA_DIR must be a directory, and ${config.dataDir} is a file`);
  }
  if (!check.Check(config)) {
    const problems = [...check.Errors(config)].map((e) => {
      const key = e.instancePath.split('/')[1] as keyof Config | undefined;
      const value = key === undefined ? undefined : config[key];
      // The operator set an environment variable, not a field of this object: name what they can correct.
      return `${key ? (envNames[key] ?? key) : 'configuration'} ${e.message}${value === undefined ? '' : `, got ${JSON.stringify(value)}`}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return config;
}

/** The environment variable each setting is read from, for the messages of values out of range. */
const envNames: Record<keyof Config, string> = {
  port: 'PORT',
  host: 'HOST',
  dataDir: 'DATA_DIR',
  databaseUrl: 'DATABASE_URL',
  redisUrl: 'REDIS_URL',
  smtpUrl: 'SMTP_URL',
  mailFrom: 'MAIL_FROM',
  publicUrl: 'PUBLIC_URL',
  region: 'REGION',
  demo: 'ROSTER_DEMO',
  logLevel: 'LOG_LEVEL',
  defaultRateLimitPerMinute: 'RATE_LIMIT_PER_MINUTE',
  bodyLimitBytes: 'BODY_LIMIT_BYTES',
  trustProxy: 'TRUST_PROXY',
  shutdownTimeoutMs: 'SHUTDOWN_TIMEOUT_MS',
  requestTimeoutMs: 'REQUEST_TIMEOUT_MS',
  syncMaxFileBytes: 'SYNC_MAX_FILE_BYTES',
  syncPollIntervalMs: 'SYNC_POLL_INTERVAL_MS',
  syncWorker: 'SYNC_WORKER',
  syncWorkerRecycleMb: 'SYNC_WORKER_RECYCLE_MB',
  heapGrowthPercent: 'HEAP_GROWTH_PERCENT',
  allocatorTuning: 'ALLOCATOR_TUNING',
  pgNamedStatements: 'PG_NAMED_STATEMENTS',
  syncWorkerNice: 'SYNC_WORKER_NICE',
  sqliteWriteWaitMs: 'SQLITE_WRITE_WAIT_MS',
  webhookAllowPrivateTargets: 'WEBHOOK_ALLOW_PRIVATE_TARGETS',
  webhookAllowHttp: 'WEBHOOK_ALLOW_HTTP',
  webhookConcurrency: 'WEBHOOK_CONCURRENCY',
  webhookPollIntervalMs: 'WEBHOOK_POLL_INTERVAL_MS',
  webhookTimeoutMs: 'WEBHOOK_TIMEOUT_MS',
  eventRetentionDays: 'EVENT_RETENTION_DAYS',
};
