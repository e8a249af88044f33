import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Dialect } from './database.js';
import * as m0001 from './migrations/0001-platform-and-core.js';
import * as m0002 from './migrations/0002-webhooks.js';
import * as m0003 from './migrations/0003-sync.js';
import * as m0004 from './migrations/0004-sync-content-fingerprint.js';
import * as m0005 from './migrations/0005-sync-line-fingerprint.js';
import * as m0006 from './migrations/0006-name-sort-keys.js';
import * as m0007 from './migrations/0007-history-by-resource.js';
import * as m0008 from './migrations/0008-sync-file-parts.js';
import * as m0009 from './migrations/0009-company-keys.js';
import * as m0010 from './migrations/0010-instance-secrets.js';
import * as m0011 from './migrations/0011-sync-pending-end-date.js';
import * as m0012 from './migrations/0012-erased-price-per-hour.js';
import * as m0013 from './migrations/0013-event-purge-marks.js';
import * as m0014 from './migrations/0014-event-sequence-mark.js';

/** Migrations are listed here explicitly so that they work the same from source, tests and bundles. */
function migrations(dialect: Dialect): Record<string, Migration> {
  const bind = (m: { up: (db: Kysely<unknown>, d: Dialect) => Promise<void> }): Migration => ({
    up: (db) => m.up(db, dialect),
  });
  return {
    '0001-platform-and-core': bind(m0001),
    '0002-webhooks': bind(m0002),
    '0003-sync': bind(m0003),
    '0004-sync-content-fingerprint': bind(m0004),
    '0005-sync-line-fingerprint': bind(m0005),
    '0006-name-sort-keys': bind(m0006),
    '0007-history-by-resource': bind(m0007),
    '0008-sync-file-parts': bind(m0008),
    '0009-company-keys': bind(m0009),
    '0010-instance-secrets': bind(m0010),
    '0011-sync-pending-end-date': bind(m0011),
    '0012-erased-price-per-hour': bind(m0012),
    '0013-event-purge-marks': bind(m0013),
    '0014-event-sequence-mark': bind(m0014),
  };
}

/**
 * Runs every pending migration (or those up to and including `target`). `schema` names the PostgreSQL schema that holds
 * the migration bookkeeping (tests give each file its own schema; without it Kysely may find another schema's
 * bookkeeping tables).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run on an untyped database
export async function migrateToLatest(db: Kysely<any>, dialect: Dialect, schema?: string, target?: string): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  const migrator = new Migrator({ db, provider, ...(schema && dialect === 'postgres' ? { migrationTableSchema: schema } : {}) });
  const { error, results } = target ? await migrator.migrateTo(target) : await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
