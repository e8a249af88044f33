import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';
import { type DatabaseHandle, type OpenDatabaseOptions, openDatabase } from '../db/database.js';

/**
 * Throw-away databases for tests below the HTTP layer (migrations, drivers): SQLite in memory, or with DATABASE_URL a
 * PostgreSQL schema of their own, dropped after the file's tests. Call at the top of a test file; `open` gives a new
 * database each time (not migrated: the test migrates it as far as it needs).
 */
export function scratchDatabases(): {
  databaseUrl: string | undefined;
  open(options?: Partial<OpenDatabaseOptions>): Promise<DatabaseHandle & { pgSchema: string | undefined }>;
} {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const schemas: string[] = [];
  afterAll(async () => {
    if (!databaseUrl || schemas.length === 0) return;
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });
  return {
    databaseUrl,
    async open(options = {}) {
      const pgSchema = databaseUrl ? `t_${randomBytes(6).toString('hex')}` : undefined;
      if (pgSchema) schemas.push(pgSchema);
      const handle = await openDatabase({ databaseUrl, sqliteFile: ':memory:', pgSchema, poolSize: 2, ...options });
      return Object.assign(handle, { pgSchema });
    },
  };
}
