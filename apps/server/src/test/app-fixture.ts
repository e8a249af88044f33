import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { Clock } from '../context.js';
import { systemContext } from '../context.js';
import { type DatabaseHandle, openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import type { RateLimiter } from '../http/rate-limit.js';
import { createApiKey } from '../platform/api-keys/api-keys.service.js';
import { allScopes } from '../platform/api-keys/scopes.js';
import { type CompanyView, createCompany } from '../platform/companies/companies.service.js';

// biome-ignore lint/suspicious/noExplicitAny: parsed answers are asserted field by field in tests
type Json = any;

export interface TestCompany {
  company: CompanyView;
  token: string;
  /** Headers with the admin key of this company. */
  auth: Record<string, string>;
  /** Creates another key of this company with exactly these scopes. */
  key(
    scopes: string[],
    extra?: { rateLimitPerMinute?: number; ipAllowList?: string[] },
  ): Promise<{ id: string; token: string; auth: Record<string, string> }>;
}

export interface TestApp {
  app: FastifyInstance;
  db: DatabaseHandle;
  /** The first company, with an all-scopes admin key. */
  a: TestCompany;
  /** A second company, to prove tenant isolation. */
  b: TestCompany;
  newCompany(name?: string): Promise<TestCompany>;
  /** app.inject with JSON body and parsed JSON answer (`json` is loosely typed: tests assert on its shape). */
  call(
    method: InjectOptions['method'],
    url: string,
    opts?: { auth?: Record<string, string>; body?: unknown; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse & { body: string; json: Json }>;
  close(): Promise<void>;
}

/**
 * A fresh database (SQLite in memory, or its own schema in DATABASE_URL's PostgreSQL), migrated, with two companies.
 * `sqlite`: a SQLite file instead of memory (tests that open a second connection to it), and its write wait.
 */
export async function createTestApp(
  options: {
    clock?: Clock;
    rateLimiter?: RateLimiter;
    config?: Record<string, unknown>;
    sqlite?: { file: string; writeWaitMs?: number };
  } = {},
): Promise<TestApp> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const pgSchema = databaseUrl ? `t_${randomBytes(6).toString('hex')}` : undefined;
  const db = await openDatabase({
    databaseUrl,
    sqliteFile: options.sqlite?.file ?? ':memory:',
    writeWaitMs: options.sqlite?.writeWaitMs,
    pgSchema,
    poolSize: 4,
    namedStatements: true,
  });
  await migrateToLatest(db.db, db.dialect, pgSchema);
  const config = loadConfig({}, { dataDir: '/nonexistent', logLevel: 'silent', ...options.config });
  const app = await buildApp({
    config,
    db: db.db,
    dialect: db.dialect,
    clock: options.clock,
    rateLimiter: options.rateLimiter,
    logger: false,
  });
  await app.ready();

  async function newCompany(name = 'Company'): Promise<TestCompany> {
    const created = await createCompany(
      { db: db.db, dialect: db.dialect, clock: options.clock },
      { name, region: 'eu1', notificationEmail: 'hr@example.com' },
    );
    const auth = { authorization: `Bearer ${created.adminToken}` };
    return {
      company: created.company,
      token: created.adminToken,
      auth,
      async key(scopes, extra = {}) {
        const ctx = systemContext({ db: db.db, dialect: db.dialect }, created.company.id, allScopes);
        const k = await createApiKey(ctx, { name: `key ${scopes.join(' ')}`, scopes, ...extra });
        return { id: k.id, token: k.token, auth: { authorization: `Bearer ${k.token}` } };
      },
    };
  }

  const a = await newCompany('Company A');
  const b = await newCompany('Company B');

  return {
    app,
    db,
    a,
    b,
    newCompany,
    async call(method, url, opts = {}) {
      const res = await app.inject({
        method,
        url,
        headers: { ...(opts.auth ?? a.auth), ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}), ...opts.headers },
        ...(opts.body !== undefined ? { payload: typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body) } : {}),
      });
      let json: unknown;
      try {
        json = res.body ? JSON.parse(res.body) : undefined;
      } catch {
        json = undefined;
      }
      return Object.assign(res, { json });
    },
    async close() {
      await app.close();
      await db.close();
      if (databaseUrl && pgSchema) {
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${pgSchema}" CASCADE`);
        await client.end();
      }
    },
  };
}
