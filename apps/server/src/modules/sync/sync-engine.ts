import { sql } from 'kysely';
import { type Clock, dayIn, type ServiceContext, today } from '../../context.js';
import { type BulkColumns, insertRows } from '../../db/bulk-write.js';
import type { Db, Dialect } from '../../db/database.js';
import { tenant } from '../../db/tenant.js';
import { databaseTrouble } from '../../db/transient-errors.js';
import { DomainError } from '../../http/errors.js';
import { allScopes } from '../../platform/api-keys/scopes.js';
import { recordChange } from '../../platform/audit/record-change.js';
import { sensitiveFieldScopes } from '../../platform/audit/sensitive-fields.js';
import { toCompanyView } from '../../platform/companies/companies.service.js';
import { escapeInvalidText } from '../../text-rules.js';
import { applyEmployeePlan } from './employee-apply.js';
import { diffEmployees, type EmployeePlan, type FieldChange } from './employee-diff.js';
import { mappingSpecOf } from './mappings.service.js';
import { parseSyncFile } from './parse-file.js';
import { applyPositionPlan, diffPositions, type PositionPlan } from './position-sync.js';
import { loadRosterSnapshot } from './roster-snapshot.js';
import type { SyncFileChangesTable, SyncFileStatus, SyncFilesTable } from './sync.tables.js';
import {
  changesNothing,
  comparedFields,
  csvLineFingerprint,
  employeeContentFingerprint,
  firstEndAfter,
  lastAppliedFileColumns,
  sameLinesChangeNothing,
  untouchedSince,
  xmlElementFingerprint,
} from './sync-content.js';
import type { EmployeeSyncField, PositionSyncField } from './sync-fields.js';
import { readFileBytes } from './sync-file-bytes.js';
import { syncFileViewOf } from './sync-files.view.js';
import { FileRejection, type FileSource, type MappingSpec, type RowError } from './sync-records.js';
import { loadSyncSettings } from './sync-settings.service.js';

/** What the engine needs: a database (the server's, or a worker thread's own connection), its dialect, a clock. */
export interface EngineEnv {
  db: Db;
  dialect: Dialect;
  clock: Clock;
  /**
   * Collects the thread's heap and hands freed native memory back (native-memory.ts `releaseMemory`). Called between
   * the stages of a large file, when what the stage before held (the bytes and text, then the parsed records) has just
   * become garbage, so that the next stage does not allocate on top of it. The worker thread sets it.
   */
  releaseMemory?: () => void;
}

/** From this size on, a file's stages are separated by `releaseMemory` (a 100,000-employee CSV file is ~14 MB). */
export const largeFileBytes = 4 * 1024 * 1024;

export interface ProcessResult {
  fileId: string;
  companyId: string;
  status: SyncFileStatus;
  dryRun: boolean;
}

interface Counts {
  created: number;
  updated: number;
  terminated: number;
  deleted: number;
  unchanged: number;
  rejected: number;
}

type DiffRow = Omit<SyncFileChangesTable, 'fileId' | 'companyId' | 'seq'>;

interface Outcome {
  status: Exclude<SyncFileStatus, 'scheduled' | 'queued' | 'processing' | 'cancelled'>;
  error: string | null;
  counts: Counts;
  errors: RowError[];
  /** Rows of the diff, produced while they are written (100,000 of them for a large initial load). */
  diff: Iterable<DiffRow>;
  fields: string[] | null;
  /** Employees or positions before the file (whether the file changed enough to refresh the planner's statistics). */
  rosterBefore?: number;
  /** Content fingerprint of an employee file that applies completely (sync-content.ts). */
  fingerprint?: string | null;
  /** Line fingerprint of a CSV employee file that applies completely (sync-content.ts). */
  lineFingerprint?: string | null;
  /** Of an employee file: its first end date after the day it is applied. */
  pendingEndDate?: string | null;
}

const zeroCounts: Counts = { created: 0, updated: 0, terminated: 0, deleted: 0, unchanged: 0, rejected: 0 };

const eventOf: Record<Outcome['status'], string> = {
  complete: 'sync_file.completed',
  complete_with_errors: 'sync_file.completed',
  error: 'sync_file.failed',
  blocked: 'sync_file.blocked',
  skipped: 'sync_file.skipped',
};

const errorColumns: BulkColumns = [
  ['file_id', 'text'],
  ['company_id', 'text'],
  ['seq', 'integer'],
  ['row', 'integer'],
  ['external_id', 'text'],
  ['field', 'text'],
  ['message', 'text'],
];
const changeColumns: BulkColumns = [
  ['file_id', 'text'],
  ['company_id', 'text'],
  ['seq', 'integer'],
  ['action', 'text'],
  ['resource_type', 'text'],
  ['resource_id', 'text'],
  ['external_id', 'text'],
  ['name', 'text'],
  ['row', 'integer'],
  ['changes', 'text'],
];

function syncContext(env: EngineEnv, file: SyncFilesTable): ServiceContext {
  return {
    companyId: file.companyId,
    actor: { type: 'sync', id: file.id, name: 'HR data sync' },
    scopes: new Set(allScopes),
    db: env.db,
    dialect: env.dialect,
    clock: env.clock,
    requestId: file.requestId,
  };
}

/** Rows rejected: distinct rows that have an error (a row may have several). */
function rejectedRows(errors: RowError[]): number {
  return new Set(errors.map((e) => e.row ?? `${e.externalId}`)).size;
}

/** `applied`: the file changes the roster (not a dry run), so the employees it deletes are erased, in its diff too. */
function* employeeDiffRows(plan: EmployeePlan, applied: boolean): Generator<DiffRow> {
  for (const c of plan.changes) {
    const after = c.after; // a new employee's row is made on each read: once here
    const erased = applied && c.action === 'deleted';
    const named = c.action === 'deleted' ? (c.before ?? after) : after;
    const changes: FieldChange[] = erased ? c.fieldChanges.map((f) => ({ ...f, before: null, after: null })) : c.fieldChanges;
    yield {
      action: c.action,
      resourceType: 'employee',
      resourceId: c.id,
      externalId: after.externalId ?? c.before?.externalId ?? null,
      name: erased ? 'Deleted Employee' : `${named.firstName} ${named.lastName}`.trim(),
      row: c.row,
      changes: JSON.stringify(changes),
    };
  }
}

function positionDiffRows(plan: PositionPlan): DiffRow[] {
  return [
    ...plan.changes.map(
      (c): DiffRow => ({
        action: c.action,
        resourceType: 'position',
        resourceId: c.after.id,
        externalId: c.after.externalId,
        name: c.after.title,
        row: c.row,
        changes: JSON.stringify(c.fieldChanges),
      }),
    ),
    ...plan.managerChanges.map(
      (c): DiffRow => ({
        action: 'updated',
        resourceType: 'employee',
        resourceId: c.after.id,
        externalId: c.after.externalId,
        name: `${c.after.firstName} ${c.after.lastName}`,
        row: null,
        changes: JSON.stringify(c.fieldChanges),
      }),
    ),
  ];
}

/**
 * Writes the outcome of a file (status, counts, error report, diff) with its audit row and event. Runs in the
 * transaction that applied the file, so a crash leaves neither the changes nor a "complete" file behind.
 */
async function finish(ctx: ServiceContext, file: SyncFilesTable, outcome: Outcome): Promise<void> {
  const at = ctx.clock.now().toISOString();
  const { db, dialect, companyId } = ctx;
  await tenant(ctx).deleteFrom('syncFileErrors').where('fileId', '=', file.id).execute();
  await tenant(ctx).deleteFrom('syncFileChanges').where('fileId', '=', file.id).execute();
  await insertRows(
    db,
    dialect,
    'sync_file_errors',
    errorColumns,
    // Messages quote the file's words (a column name, a value): escaped, should one hold what no text may (text-rules.ts).
    outcome.errors.map((e, i) => [file.id, companyId, i + 1, e.row, e.externalId, e.field, escapeInvalidText(e.message)]),
  );
  function* diffRows() {
    let seq = 0;
    for (const d of outcome.diff) {
      seq += 1;
      yield [file.id, companyId, seq, d.action, d.resourceType, d.resourceId, d.externalId, d.name, d.row, d.changes];
    }
  }
  await insertRows(db, dialect, 'sync_file_changes', changeColumns, diffRows());
  const c = outcome.counts;
  const result = await tenant(ctx)
    .updateTable('syncFiles')
    .set({
      status: outcome.status,
      progress: 100,
      error: outcome.error === null ? null : escapeInvalidText(outcome.error),
      errorCount: outcome.errors.length,
      fields: outcome.fields ? JSON.stringify(outcome.fields) : file.fields,
      contentFingerprint: outcome.fingerprint ?? null,
      lineFingerprint: outcome.lineFingerprint ?? null,
      pendingEndDate: outcome.pendingEndDate ?? null,
      createdCount: c.created,
      updatedCount: c.updated,
      terminatedCount: c.terminated,
      deletedCount: c.deleted,
      unchangedCount: c.unchanged,
      rejectedCount: c.rejected,
      finishedAt: at,
      updatedAt: at,
    })
    .where('id', '=', file.id)
    .where('status', '=', 'processing')
    // Still this claim's: a process whose claiming session PostgreSQL closed lives on (db/database.ts), while another
    // may have re-queued and claimed the file meanwhile.
    .where('claimedBy', file.claimedBy === null ? 'is' : '=', file.claimedBy)
    .executeTakeFirst();
  // Another process took the file over (it looked abandoned): roll back rather than apply it twice.
  if (Number(result.numUpdatedRows) !== 1) throw new ClaimLost(file.id);
  const row = await tenant(ctx).selectFrom('syncFiles').selectAll().where('id', '=', file.id).executeTakeFirstOrThrow();
  const view = syncFileViewOf(row);
  await recordChange(ctx, {
    action: eventOf[outcome.status],
    resourceType: 'sync_file',
    resourceId: file.id,
    after: view,
    event: { type: eventOf[outcome.status], data: view },
  });
}

/** Tables a file writes in bulk, whose PostgreSQL statistics a large file makes stale. */
const bulkTables = ['employees', 'employee_departments', 'employee_offices', 'custom_field_values', 'positions', 'events', 'audit_logs'];

/**
 * PostgreSQL plans with the statistics of the last ANALYZE. After a file that changed many rows (the first load of a
 * company above all), they describe a much smaller table: measured after loading 100,000 employees without them,
 * `GET /core/v3/employees/{id}` chose an index on (company_id, code) and filtered 100,000 rows (~100 ms) instead of
 * the primary key. Autovacuum's analyze comes a minute later at best, so large files refresh them right after commit,
 * by the rule autovacuum uses (more than 50 + 10 % of the rows changed). Best effort: the file is already applied.
 */
async function refreshStatistics(env: EngineEnv, counts: Counts, before: number): Promise<void> {
  if (env.dialect !== 'postgres') return;
  const changed = counts.created + counts.updated + counts.terminated + counts.deleted;
  if (changed <= 50 + before / 10) return;
  try {
    await sql.raw(`analyze ${bulkTables.join(', ')}`).execute(env.db);
  } catch {
    // Statistics only; autovacuum catches up.
  }
}

/**
 * Processes one claimed file (status processing): reads it, compares it with the roster and, unless it is rejected,
 * skipped, blocked or a dry run, applies it — all changes and the file's final status in one transaction.
 * `progress` receives 0–100.
 */
/**
 * A sensitive field (date of birth) is written by a file only if the API key that sent it may write the field through
 * the API (`personal:write`): a sync key is no way around the scopes. Otherwise the whole file is refused, saying how
 * to send it.
 */
async function assertSenderMayWrite(ctx: ServiceContext, file: SyncFilesTable, fields: readonly string[]): Promise<void> {
  const sensitive = fields.filter((f) => sensitiveFieldScopes[f]);
  if (sensitive.length === 0 || file.uploadedByType !== 'api_key' || !file.uploadedById) return;
  const key = await tenant(ctx).selectFrom('apiKeys').select('scopes').where('id', '=', file.uploadedById).executeTakeFirst();
  const scopes = new Set<string>(key ? (JSON.parse(key.scopes) as string[]) : []);
  const denied = sensitive.filter((f) => !sensitiveFieldScopes[f]!.write.some((scope) => scopes.has(scope)));
  if (denied.length === 0) return;
  const scope = sensitiveFieldScopes[denied[0]!]!.write[0];
  throw new FileRejection(
    `The file carries ${denied.join(', ')}, which the API key that sent it may not write (scope "${scope}"): leave the column out (or out of the mapping), or send the file with a key that holds the scope. Nothing was changed.`,
  );
}

export async function processSyncFile(
  env: EngineEnv,
  fileId: string,
  progress: (percent: number) => void = () => {},
  /**
   * Told when the file's write transaction starts and ends (SQLite: the writer is held meanwhile). The transaction
   * begins once the promise it returns for `true` settles (the server's thread has stopped its own writes).
   */
  writing: (active: boolean) => Promise<void> | void = () => {},
): Promise<ProcessResult | null> {
  const file = await env.db.selectFrom('syncFiles').selectAll().where('id', '=', fileId).executeTakeFirst();
  if (file?.status !== 'processing') return null;
  // With the company: "today" (leavers, end dates) is its calendar day, in its timezone (context.ts today()).
  const company = await env.db.selectFrom('companies').selectAll().where('id', '=', file.companyId).executeTakeFirst();
  const ctx: ServiceContext = { ...syncContext(env, file), ...(company ? { company: toCompanyView(company) } : {}) };
  const dayOf = (iso: string) => dayIn(new Date(iso), ctx.company?.timezone);
  const dryRun = file.dryRun === 1;
  const betweenStages = file.size >= largeFileBytes && env.releaseMemory ? env.releaseMemory : () => {};
  const done = async (outcome: Outcome, apply?: (tx: ServiceContext) => Promise<void>) => {
    await writing(true);
    try {
      await env.db.transaction().execute(async (trx) => {
        const tx = { ...ctx, db: trx };
        if (apply) await apply(tx);
        await finish(tx, file, outcome);
      });
    } finally {
      writing(false);
    }
    if (apply) await refreshStatistics(env, outcome.counts, outcome.rosterBefore ?? 0);
    progress(100);
    return { fileId, companyId: file.companyId, status: outcome.status, dryRun };
  };
  const rejected = (err: FileRejection, fields: string[] | null = null) =>
    done({
      status: 'error',
      error: err.message,
      counts: zeroCounts,
      errors: err.errors.length ? err.errors : [{ row: null, externalId: null, field: null, message: err.message }],
      diff: [],
      fields,
    });

  try {
    /** The last file of this kind that was applied. */
    const last = await tenant(ctx)
      .selectFrom('syncFiles')
      .select(lastAppliedFileColumns)
      .where('kind', '=', file.kind)
      .where('dryRun', '=', 0)
      .where('status', 'in', ['complete', 'complete_with_errors'])
      .where('id', '!=', file.id)
      .orderBy('finishedAt', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    const settings = await loadSyncSettings(ctx);
    const mappingRow = file.mappingId
      ? await tenant(ctx).selectFrom('syncMappings').selectAll().where('id', '=', file.mappingId).executeTakeFirst()
      : undefined;
    if (!dryRun) {
      // The same bytes read through another mapping, or through one edited since, are other records.
      const sameMapping =
        last?.mappingId === file.mappingId &&
        (!file.mappingId ||
          (mappingRow !== undefined && !!last?.startedAt && Date.parse(mappingRow.updatedAt) < Date.parse(last.startedAt)));
      // Settings saved since (sync switched off and on, always-manual fields, leaver action, matching) can change
      // what the same bytes do: compare in full then (the content fingerprint still spares an unchanged roster).
      const settingsAt = settings.updatedAt;
      const sameSettings = !settingsAt || (!!last?.startedAt && Date.parse(settingsAt) <= Date.parse(last.startedAt));
      // The same bytes do nothing only on the roster they were applied to: after a write since that could change what
      // the comparison reads (a department renamed, an employee moved by a department's deletion), they are compared
      // again, as the content fingerprint's shortcut is (sync-content.ts). A position file's holders are any employees
      // of the roster: any write since (an employee file, a manual edit) may resolve other holders and managers.
      const sameRoster =
        last !== undefined &&
        last.sha256 === file.sha256 &&
        (await untouchedSince(
          ctx,
          last,
          file.kind === 'employees' && last.fields ? comparedFields(JSON.parse(last.fields) as string[], settings) : undefined,
        ));
      // An end date the last file carried has come since: the same bytes now terminate that employee.
      const noEndReached = !last?.pendingEndDate || last.pendingEndDate > today(ctx);
      if (last && sameMapping && sameSettings && noEndReached && sameRoster) {
        // The same bytes are refused to a key that could not have sent them to be applied (date of birth).
        await assertSenderMayWrite(ctx, file, last.fields ? (JSON.parse(last.fields) as string[]) : []);
        return done({
          status: 'skipped',
          error: `Identical to file ${last.id}${file.mappingId ? ' (same mapping)' : ''}, applied at ${last.finishedAt}: nothing to do.`,
          counts: zeroCounts,
          errors: [],
          diff: [],
          fields: null,
        });
      }
    }
    if (!dryRun && !settings.enabled) throw new FileRejection('HR data sync was disabled after the file was uploaded: it was not applied.');
    // An approved file waited while a newer one of its kind may have been applied (approval checks, but a newer file
    // being applied at that moment commits after it): applied now, it would roll the roster back to the older export.
    if (!dryRun && file.approvedAt !== null) {
      const newer = await tenant(ctx)
        .selectFrom('syncFiles')
        .select('id')
        .where('kind', '=', file.kind)
        .where('dryRun', '=', 0)
        .where('status', 'in', ['complete', 'complete_with_errors', 'skipped'])
        .where('createdAt', '>', file.createdAt)
        .executeTakeFirst();
      if (newer) {
        throw new FileRejection(
          `A newer ${file.kind} file (${newer.id}) was applied (or found identical to the roster) after this one was uploaded: applying this one would roll the roster back. Upload it again if it is still current.`,
        );
      }
    }
    // Held only until parsed (the bytes of a 100k XML file are ~45 MB).
    // XML: shared with the XSD validator's thread rather than copied to it (format-xml.ts).
    let bytes: Uint8Array | null = await readFileBytes(ctx, file.id, file.size, { shared: file.format === 'xml' });
    if (!bytes) throw new FileRejection('The uploaded bytes are missing.');
    let mapping: MappingSpec | null = null;
    if (file.mappingId) {
      if (!mappingRow) throw new FileRejection(`The mapping ${file.mappingId} was deleted after the file was uploaded.`);
      mapping = mappingSpecOf(mappingRow);
    }
    progress(5);
    const now = env.clock.now().toISOString();
    // A dry run cannot be approved (it changes nothing): the file itself, uploaded without dryRun, can.
    const approveHint = dryRun
      ? 'upload it without dryRun and approve that file (POST /sync/v1/files/{id}/approve) to apply it.'
      : `approve it (POST /sync/v1/files/${file.id}/approve) to apply it.`;
    const thresholdExceeded = (removals: number, total: number) =>
      file.approvedAt === null && total > 0 && removals * 100 > settings.removalThresholdPercent * total;

    if (file.kind === 'employees') {
      // The daily export with the last file's lines (CSV) or elements (XML): not even parsed (sync-content.ts).
      const lines =
        file.format === 'csv'
          ? csvLineFingerprint(bytes, mapping, settings)
          : file.format === 'xml'
            ? xmlElementFingerprint(bytes, mapping, settings)
            : null;
      if (lines && (await sameLinesChangeNothing(ctx, last, lines, settings))) {
        await assertSenderMayWrite(ctx, file, last?.fields ? (JSON.parse(last.fields) as string[]) : []);
        return done({
          status: 'complete',
          error: null,
          counts: { ...zeroCounts, unchanged: lines.records },
          errors: [],
          diff: [],
          fields: last?.fields ? (JSON.parse(last.fields) as string[]) : null,
          fingerprint: dryRun ? null : last?.contentFingerprint,
          lineFingerprint: dryRun ? null : lines.fingerprint,
        });
      }
      // Handed over, not kept: the parser lets the bytes go once it has decoded them.
      const source: FileSource = { bytes };
      bytes = null;
      const parsed = await parseSyncFile<EmployeeSyncField>('employees', file.format, source, mapping);
      await assertSenderMayWrite(ctx, file, parsed.fields);
      betweenStages();
      progress(30);
      const fingerprint = parsed.rowErrors.length ? null : employeeContentFingerprint(parsed.records, parsed.fields, settings);
      const pendingEndDate = firstEndAfter(parsed.records, dayOf(file.startedAt ?? now));
      // Stored with the content fingerprint, and only when no end date can be reached later (sync-content.ts).
      const lineFingerprint = fingerprint && lines && !pendingEndDate ? lines.fingerprint : null;
      if (fingerprint && (await changesNothing(ctx, last, parsed.records, fingerprint, comparedFields(parsed.fields, settings)))) {
        return done({
          status: 'complete',
          error: null,
          counts: { ...zeroCounts, unchanged: parsed.records.length },
          errors: [],
          diff: [],
          fields: parsed.fields,
          fingerprint: dryRun ? null : fingerprint,
          lineFingerprint: dryRun ? null : lineFingerprint,
          pendingEndDate,
        });
      }
      const snapshot = await loadRosterSnapshot(ctx);
      betweenStages();
      progress(40);
      const plan = diffEmployees({
        snapshot,
        records: parsed.records,
        parseErrors: parsed.rowErrors,
        fields: parsed.fields,
        settings,
        today: dayOf(now),
        now,
        fileId: file.id,
      });
      // The records are in the plan now: let the parsed file go before the writes (a 100k file is ~100 MB of objects).
      parsed.records.length = 0;
      betweenStages();
      progress(50);
      const errors = [...parsed.rowErrors, ...plan.rowErrors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      const count = (a: string) => plan.changes.filter((c) => c.action === a).length;
      const counts: Counts = {
        created: count('created'),
        updated: count('updated') + count('reactivated'),
        terminated: count('terminated'),
        deleted: count('deleted'),
        unchanged: plan.unchanged,
        rejected: rejectedRows(errors),
      };
      const blocked = thresholdExceeded(plan.removals, plan.activeBefore);
      const outcome: Outcome = {
        status: errors.length ? 'complete_with_errors' : 'complete',
        error: null,
        counts,
        errors,
        diff: employeeDiffRows(plan, !dryRun && !blocked),
        fields: parsed.fields,
        rosterBefore: snapshot.employees.length,
        fingerprint: dryRun || errors.length ? null : fingerprint,
        lineFingerprint: dryRun || errors.length ? null : lineFingerprint,
        pendingEndDate,
      };
      if (blocked) {
        const share = Math.round((plan.removals * 1000) / plan.activeBefore) / 10;
        return done({
          ...outcome,
          status: 'blocked',
          error: `The file would remove ${plan.removals} of ${plan.activeBefore} active employees (${share} %), more than the ${settings.removalThresholdPercent} % threshold: ${approveHint}`,
        });
      }
      if (dryRun) return done(outcome);
      return done(outcome, (tx) => applyEmployeePlan(tx, plan, snapshot, (f) => progress(50 + Math.round(f * 45))));
    }

    const source: FileSource = { bytes };
    bytes = null;
    const parsed = await parseSyncFile<PositionSyncField>('positions', file.format, source, mapping);
    betweenStages();
    progress(30);
    const snapshot = await loadRosterSnapshot(ctx);
    const positions = await tenant(ctx).selectFrom('positions').selectAll().execute();
    const plan = diffPositions({ snapshot, positions, records: parsed.records, parseErrors: parsed.rowErrors, settings, now });
    progress(50);
    const count = (a: string) => plan.changes.filter((c) => c.action === a).length;
    const outcome: Outcome = {
      status: plan.rowErrors.length ? 'complete_with_errors' : 'complete',
      error: null,
      counts: {
        created: count('created'),
        updated: count('updated'),
        terminated: 0,
        deleted: count('deleted'),
        unchanged: plan.unchanged,
        rejected: 0,
      },
      errors: plan.rowErrors,
      diff: positionDiffRows(plan),
      fields: parsed.fields,
      rosterBefore: plan.existing,
    };
    if (thresholdExceeded(plan.removals, plan.existing)) {
      return done({
        ...outcome,
        status: 'blocked',
        error: `The file would remove ${plan.removals} of ${plan.existing} positions, more than the ${settings.removalThresholdPercent} % threshold: ${approveHint}`,
      });
    }
    if (dryRun) return done(outcome);
    return done(outcome, (tx) => applyPositionPlan(tx, plan, snapshot));
  } catch (err) {
    if (err instanceof FileRejection) return rejected(err);
    throw err;
  }
}

/**
 * Whether a failure's message may be shown to the client (the file's `error`, its event and mail): a rule of ours
 * (DomainError, a file rejection), worded for them. Anything else (a database error, a bug) may quote the database,
 * its values or the code: the client gets a generic message, and the log the real one.
 */
export function isReportableError(err: unknown): boolean {
  return err instanceof DomainError || err instanceof FileRejection;
}

/** The file was re-queued and claimed by another process while this one worked on it (its claiming session was lost). */
export class ClaimLost extends Error {
  constructor(fileId: string) {
    super(`Sync file ${fileId} is no longer being processed here (another process took it over)`);
    this.name = 'ClaimLost';
  }
}

/**
 * A failure that is an interruption, not the file's fault nor a bug: the claim went to another process, or the database
 * connection was lost mid-file (a PostgreSQL restart or failover). Nothing was committed; the file is not failed here
 * but left to the queue's recovery, which re-runs it (its attempts counting) as after a crash.
 */
export function isInterruption(err: unknown): 'claim_lost' | 'database' | null {
  if (err instanceof ClaimLost) return 'claim_lost';
  return databaseTrouble(err) === 'unreachable' ? 'database' : null;
}

/** Marks a file that cannot be processed (an unexpected failure, or too many interrupted attempts) as error. */
export async function failSyncFile(
  env: EngineEnv,
  fileId: string,
  message: string,
  /** The claim that fails it (a process failing its own file): nothing happens when the file is another's now. */
  claimedBy?: string,
): Promise<ProcessResult | null> {
  const file = await env.db.selectFrom('syncFiles').selectAll().where('id', '=', fileId).executeTakeFirst();
  if (file?.status !== 'processing') return null;
  if (claimedBy !== undefined && file.claimedBy !== claimedBy) return null;
  const ctx = syncContext(env, file);
  await env.db.transaction().execute((trx) =>
    finish({ ...ctx, db: trx }, file, {
      status: 'error',
      error: message,
      counts: zeroCounts,
      errors: [{ row: null, externalId: null, field: null, message }],
      diff: [],
      fields: null,
    }),
  );
  return { fileId, companyId: file.companyId, status: 'error', dryRun: file.dryRun === 1 };
}
