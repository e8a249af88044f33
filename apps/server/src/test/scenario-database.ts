import { systemContext } from '../context.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { createDepartment } from '../modules/org/index.js';
import { allScopes } from '../platform/api-keys/scopes.js';
import { inTransaction } from '../platform/audit/record-change.js';
import { createCompany } from '../platform/companies/companies.service.js';

export interface ScenarioStore {
  /** PostgreSQL database URL; SQLite (sqliteFile) without it. */
  databaseUrl?: string;
  sqliteFile: string;
}

/**
 * Migrates the store and creates a company with an admin key before any server starts, so that several server
 * processes can start at once (none of them has a first start to do).
 */
export async function prepareScenarioDatabase(store: ScenarioStore): Promise<{ companyId: string; token: string }> {
  const handle = await openDatabase({ databaseUrl: store.databaseUrl, sqliteFile: store.sqliteFile, poolSize: 2 });
  try {
    await migrateToLatest(handle.db, handle.dialect);
    const created = await createCompany({ db: handle.db, dialect: handle.dialect }, { name: 'Scenario', region: 'eu1' });
    return { companyId: created.company.id, token: created.adminToken };
  } finally {
    await handle.close();
  }
}

/**
 * Writes `count` departments (so `count` department.created events in the outbox) into a running server's database
 * from the test process, with the service function the API calls, `perTransaction` at a time: far faster than as
 * many API calls, for scenarios about delivering a large outbox.
 */
export async function queueDepartmentEvents(store: ScenarioStore, companyId: string, names: string[], perTransaction = 100): Promise<void> {
  const handle = await openDatabase({ databaseUrl: store.databaseUrl, sqliteFile: store.sqliteFile, poolSize: 2 });
  try {
    const ctx = systemContext({ db: handle.db, dialect: handle.dialect }, companyId, allScopes);
    for (let i = 0; i < names.length; i += perTransaction) {
      await inTransaction(ctx, async (tx) => {
        for (const name of names.slice(i, i + perTransaction)) await createDepartment(tx, { name });
      });
    }
  } finally {
    await handle.close();
  }
}
