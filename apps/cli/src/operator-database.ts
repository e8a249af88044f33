import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Config } from '../../server/src/config.js';
import { type DatabaseHandle, openDatabase } from '../../server/src/db/database.js';
import { databaseFailure } from './failures.js';

/** The SQLite file the server uses, so the operator command and the server always share one database. */
export function sqliteFileOf(config: Pick<Config, 'dataDir'>): string {
  return path.join(config.dataDir, 'roster.sqlite');
}

/** Where the database is, for messages: the SQLite path, or the PostgreSQL URL without its password. */
export function describeDatabase(config: Pick<Config, 'dataDir' | 'databaseUrl'>): string {
  if (!config.databaseUrl) return `SQLite ${sqliteFileOf(config)}`;
  try {
    const url = new URL(config.databaseUrl);
    url.password = '';
    return `PostgreSQL ${url.toString()}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL is not a valid URL)';
  }
}

/**
 * Opens the server's database as the server does (same config, same file), and proves it answers before a command
 * runs, so "cannot reach the database" is told apart from a failing command. Commands that only read or change
 * existing data pass `create: false`: a missing SQLite file then means a wrong DATA_DIR, not a database to create.
 */
export async function openOperatorDatabase(config: Config, options: { create: boolean }): Promise<DatabaseHandle> {
  const where = describeDatabase(config);
  const sqliteFile = sqliteFileOf(config);
  if (!config.databaseUrl && !options.create && !fs.existsSync(sqliteFile)) {
    throw databaseFailure(
      'database_missing',
      `No database at ${sqliteFile}. Check DATA_DIR (or set DATABASE_URL) as for the server, or run \`npx roster migrate\` to create it.`,
    );
  }
  let handle: DatabaseHandle | undefined;
  try {
    if (!config.databaseUrl) fs.mkdirSync(config.dataDir, { recursive: true });
    // A running server may be applying a large HR data sync file, which holds SQLite's writer for seconds: wait for it.
    handle = await openDatabase({ databaseUrl: config.databaseUrl, sqliteFile, poolSize: 2, busyTimeoutMs: 120_000 });
    await sql`select 1`.execute(handle.db);
    return handle;
  } catch (err) {
    await handle?.close().catch(() => {});
    throw databaseFailure('database_unreachable', `Cannot reach the database (${where}): ${reasonOf(err)}`);
  }
}

/** Node reports a refused connection to a host with several addresses as an AggregateError with no message. */
function reasonOf(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  if (err.message) return err.message;
  const inner = err instanceof AggregateError ? err.errors.map((e) => (e instanceof Error ? e.message : String(e))) : [];
  return inner.join('; ') || (err as { code?: string }).code || err.name;
}
