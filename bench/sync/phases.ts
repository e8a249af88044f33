import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemContext } from '../../apps/server/src/context.js';
import { openDatabase } from '../../apps/server/src/db/database.js';
import { migrateToLatest } from '../../apps/server/src/db/migrate.js';
import { applyEmployeePlan } from '../../apps/server/src/modules/sync/employee-apply.js';
import { diffEmployees } from '../../apps/server/src/modules/sync/employee-diff.js';
import { parseSyncFile } from '../../apps/server/src/modules/sync/parse-file.js';
import { loadRosterSnapshot } from '../../apps/server/src/modules/sync/roster-snapshot.js';
import { loadSyncSettings } from '../../apps/server/src/modules/sync/sync-settings.service.js';
import { allScopes } from '../../apps/server/src/platform/api-keys/scopes.js';
import { createCompany } from '../../apps/server/src/platform/companies/companies.service.js';

/**
 * Times each phase of employee files, in-process (no server, no worker): where the time goes. One file is applied
 * twice (initial load, then no change); several files are applied in turn (e.g. initial, changed, no change).
 */
const args = process.argv.slice(2);
const files = args.length === 1 ? [args[0] as string, args[0] as string] : args;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-phases-'));
const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL, sqliteFile: path.join(dir, 'db.sqlite') });
await migrateToLatest(handle.db, handle.dialect);
const { company } = await createCompany(handle, { name: 'P', region: 'eu1' });
const ctx = { ...systemContext(handle, company.id, allScopes), actor: { type: 'sync' as const, id: null, name: 'sync' } };
for (const [index, file] of files.entries()) {
  const round = `${index + 1} ${path.basename(file)}`;
  const format = file.endsWith('.xml') ? 'xml' : 'csv';
  const bytes = fs.readFileSync(file);
  const times: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    times[name] = Math.round(now - t);
    t = now;
  };
  const parsed = await parseSyncFile('employees', format, bytes, null);
  lap('parse');
  const settings = { ...(await loadSyncSettings(ctx)), manualFields: [] };
  const snapshot = await loadRosterSnapshot(ctx);
  lap('snapshot');
  const now = new Date().toISOString();
  const plan = diffEmployees({
    snapshot,
    records: parsed.records as never,
    parseErrors: parsed.rowErrors,
    fields: parsed.fields as never,
    settings,
    today: now.slice(0, 10),
    now,
    fileId: 'x',
  });
  lap('diff');
  await handle.db.transaction().execute(async (trx) => {
    await applyEmployeePlan({ ...ctx, db: trx }, plan, snapshot, (f) => {
      lap(`apply@${f}`);
    });
  });
  lap('commit');
  console.log(`round ${round}`, plan.changes.length, times, Math.round(process.memoryUsage().rss / 1e6), 'MB');
}
await handle.close();
fs.rmSync(dir, { recursive: true, force: true });
