import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, type RawBuilder, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { withoutRowMapping } from './camel-case-rows.js';
import { withNamedStatements } from './named-statements.js';
import type { Database } from './schema.js';
import { GatedSqliteDialect, type SqliteHandle } from './sqlite-driver.js';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl?: string;
  /** PostgreSQL: told of a connection the server closed (default: a line on stderr); the process goes on. */
  onConnectionError?: (err: Error) => void;
  /** SQLite file; ':memory:' for a throw-away database. Ignored for PostgreSQL. */
  sqliteFile?: string;
  /** PostgreSQL schema to use (tests give each file its own). Created when missing. */
  pgSchema?: string;
  poolSize?: number;
  /**
   * SQLite: how long a write of this connection waits for the HR data sync worker to release the database's writer
   * before it fails with SqliteWriterBusyError (503 over HTTP). Default 30 s.
   */
  writeWaitMs?: number;
  /**
   * SQLite: how long a statement waits for a lock another process holds (busy_timeout). Default 5 s; the operator CLI
   * waits longer, since the server's sync worker may hold the writer for the length of a large file.
   */
  busyTimeoutMs?: number;
  /** PostgreSQL: run the hot read paths' statements as named prepared statements (named-statements.ts). */
  namedStatements?: boolean;
  /**
   * PostgreSQL: how long opening a connection may take (TCP, TLS, authentication) before the query that needed it fails
   * as "unreachable" (503 over HTTP). Default 10 s: a server or proxy that accepts and never answers would otherwise
   * hold every request that waits for a connection.
   */
  connectTimeoutMs?: number;
}

const pgTypes = {
  // Return timestamps and dates as ISO strings, the same values SQLite stores, so services see one shape.
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 1184 || oid === 1114) return (v: string) => new Date(v.includes('+') || v.endsWith('Z') ? v : `${v}Z`).toISOString();
    if (oid === 1082) return (v: string) => v;
    if (oid === 20) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

/** Leading comment of the statements `selectRawRows` runs: on SQLite they are prepared in raw mode. */
const rawRowsMarker = '/* raw rows */ ';

/**
 * Runs a select and returns its rows as arrays of column values, in the order of the select list, without Kysely's
 * plugins. For reads of many rows: on SQLite the statement runs in better-sqlite3's raw mode, which builds no object
 * per row (building objects of many keys costs more than reading the values); on PostgreSQL the driver's rows are
 * turned into arrays, so the select list must not repeat a column name (alias them).
 */
export async function selectRawRows<Row extends unknown[]>(db: Executor, query: RawBuilder<unknown>): Promise<Row[]> {
  const result = await sql<unknown>`${sql.raw(rawRowsMarker)}${query}`.execute(withoutRowMapping(db));
  const rows = result.rows as unknown[];
  if (rows.length === 0 || Array.isArray(rows[0])) return rows as Row[];
  return rows.map((row) => Object.values(row as object)) as Row[];
}

/**
 * `selectRawRows` a page at a time, for reads of a whole company's rows: `page(after, limit)` selects the rows whose key
 * (a unique text column, the first of the select list) is after `after` (every row for null), ordered by it, at most
 * `limit`. Each row goes to `each`, and a page is garbage once handled: read at once, the arrays and strings of 100,000
 * rows (~40 MB for the employees' compared columns) were all alive together. Not a consistent snapshot across pages
 * unless run in a transaction; a row written meanwhile is seen or not, never twice.
 */
export async function eachRawRow<Row extends unknown[]>(
  db: Executor,
  page: (after: string | null, limit: number) => RawBuilder<unknown>,
  each: (row: Row) => void,
  pageSize = 5_000,
): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const rows: Row[] = await selectRawRows<Row>(db, page(after, pageSize));
    for (let i = 0; i < rows.length; i++) {
      each(rows[i] as Row);
      if (i < rows.length - 1) rows[i] = undefined as never;
    }
    if (rows.length < pageSize) return;
    after = (rows[rows.length - 1] as Row)[0] as string;
  }
}

/**
 * better-sqlite3 behind Kysely with a statement cache: Kysely prepares every query anew, and preparing costs more
 * than running a by-id lookup. A least-recently-used bound keeps the hot statements when many one-off texts pass
 * (bulk writes of every chunk size, `in (…)` lists of every length). Reusing a statement is safe: better-sqlite3
 * runs `all()` / `run()` to completion synchronously, and Kysely's `stream()` (`iterate()`, which keeps a statement
 * busy across awaits) holds the only connection until the iteration ends, so no other query can reach it meanwhile.
 * A text that starts with `rawRowsMarker` is prepared in raw mode (rows as arrays); the marker is part of the cache key,
 * so no other query gets such a statement.
 */
function withStatementCache(sqlite: SQLite.Database, max = 500): SqliteHandle {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(query: string) {
      let stmt = cache.get(query);
      if (stmt) {
        // Most recently used last: a Map iterates in insertion order, so the first key is the one to evict.
        cache.delete(query);
      } else {
        stmt = sqlite.prepare(query);
        if (query.startsWith(rawRowsMarker)) stmt.raw(true);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      }
      cache.set(query, stmt);
      return stmt;
    },
    close() {
      cache.clear();
      sqlite.close();
    },
  };
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const schema = options.pgSchema;
    if (schema) {
      if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
      const admin = new pg.Client({ connectionString: options.databaseUrl });
      await admin.connect();
      await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await admin.end();
    }
    // The time limit is on opening a connection (a server that does not answer), set on each client: the pool's own
    // `connectionTimeoutMillis` would also fail a query that waits for a busy pool's next free connection (a 503 for a
    // read queued behind a few slow writes, an interrupted HR data sync file), where waiting is right.
    const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
    class TimedClient extends pg.Client {
      constructor(config: pg.ClientConfig) {
        super({ ...config, connectionTimeoutMillis: connectTimeoutMs });
      }
    }
    const pool = new pg.Pool({
      Client: TimedClient as never,
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      // TCP keep-alive: a connection whose peer vanished (a failover, a dropped NAT entry) fails instead of hanging.
      keepAlive: true,
      types: pgTypes as never,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // A connection the server closes (a restart or failover, idle_session_timeout, pg_terminate_backend, a proxy that
    // drops idle connections) is an 'error' event on its client, idle in the pool or checked out; unheard, Node ends the
    // whole process. Heard: the query that used it fails as any database error does, the pool drops the client and
    // opens a new one for the next query.
    const connectionLost = options.onConnectionError ?? ((err: Error) => console.error(`PostgreSQL connection lost: ${err.message}`));
    pool.on('error', connectionLost);
    pool.on('connect', (client) => client.on('error', connectionLost));
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: options.namedStatements ? withNamedStatements(pool) : pool }),
      plugins: [new CamelCasePlugin()],
    });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const file = options.sqliteFile ?? ':memory:';
  if (file !== ':memory:') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // A new database file is readable by its owner only (it holds personal data); SQLite gives its -wal and -shm files
    // the database file's mode. An existing file keeps the mode its operator gave it.
    fs.closeSync(fs.openSync(file, 'a', 0o600));
  }
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
  // SQLite's lower() folds ASCII letters only ("Área" stays "Área"); PostgreSQL's folds every letter. The same answer
  // on both: lower() here is JavaScript's (no index is built on lower(), so replacing it changes no stored order).
  sqlite.function('lower', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value));
  const db = new Kysely<Database>({
    dialect: new GatedSqliteDialect(withStatementCache(sqlite), options.writeWaitMs ?? 30_000),
    plugins: [new CamelCasePlugin()],
  });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}
