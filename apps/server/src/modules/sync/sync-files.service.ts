import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Static } from 'typebox';
import { nowIso, type ServiceContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { tenant } from '../../db/tenant.js';
import { conflict, DomainError, invalid, notFound, parameterError } from '../../http/errors.js';
import { csv, instant, type Page, paginate, parseOrderBy, whereInstantRange } from '../../http/pagination.js';
import { queryBoolean } from '../../http/schema-kit.js';
import { inTransaction, recordChange } from '../../platform/audit/record-change.js';
import { readableChanges, sensitiveFieldScopes } from '../../platform/audit/sensitive-fields.js';
import { findMappingRow } from './mappings.service.js';
import type { SyncFileFormat, SyncFileKind, SyncFileStatus, SyncFilesTable } from './sync.tables.js';
import { readFileBytes, storeFileBytes } from './sync-file-bytes.js';
import type { DiffQuery, ErrorsQuery, FileChange, FileErrorRow, FileListQuery } from './sync-files.schemas.js';
import { fileSortable, syncFileStatuses } from './sync-files.schemas.js';
import { type SyncFileView, syncFileViewOf } from './sync-files.view.js';
import { loadSyncSettings } from './sync-settings.service.js';

export const retentionDays = 30;

export interface UploadInput {
  kind: SyncFileKind;
  format: SyncFileFormat;
  contentType: string;
  bytes: Buffer;
  filename: string | null;
  dryRun: boolean;
  mappingId: string | null;
  processAt: string | null;
}

/** Progress of files being processed in this process (kept in memory while SQLite's writer is busy applying). */
export type ProgressLookup = (fileId: string) => number | undefined;

async function requireFileRow(ctx: ServiceContext, id: string): Promise<SyncFilesTable> {
  const row = await tenant(ctx).selectFrom('syncFiles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Sync file', id);
  return row;
}

/**
 * Accepts a file for processing: stores the bytes and queues it (or schedules it for `processAt`). Checks what can be
 * checked at once (size, mapping, sync enabled); the content is read off the request path by the job runner.
 */
export async function uploadSyncFile(ctx: ServiceContext, input: UploadInput): Promise<SyncFileView> {
  if (input.bytes.length === 0) throw invalid([{ pointer: '', message: 'the file is empty' }], 'The request body is empty: send the file.');
  if (input.mappingId) {
    const mapping = await findMappingRow(ctx, input.mappingId);
    if (!mapping) throw notFound('Mapping', input.mappingId);
    if (mapping.kind !== input.kind) {
      throw invalid([parameterError('query', 'mappingId', `this mapping is for ${mapping.kind} files`)]);
    }
    if (input.format === 'xml') {
      throw invalid([parameterError('query', 'mappingId', 'XML files follow the XSD; mappings apply to CSV and JSON')]);
    }
  }
  if (!input.dryRun) {
    const settings = await loadSyncSettings(ctx);
    if (!settings.enabled) {
      throw new DomainError(
        'conflict',
        'HR data sync is not enabled for this company: enable it (PUT /sync/v1/settings {"enabled": true}) or upload with dryRun=true.',
      );
    }
  }
  const at = nowIso(ctx);
  const processAt = input.processAt ? instant(input.processAt, 'start', 'processAt', 'point') : null;
  const scheduled = processAt && processAt > at ? processAt : null;
  const row: SyncFilesTable = {
    id: newId(),
    companyId: ctx.companyId,
    kind: input.kind,
    status: scheduled ? 'scheduled' : 'queued',
    progress: 0,
    dryRun: input.dryRun ? 1 : 0,
    format: input.format,
    contentType: input.contentType,
    filename: input.filename,
    size: input.bytes.length,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    contentFingerprint: null,
    lineFingerprint: null,
    pendingEndDate: null,
    mappingId: input.mappingId,
    fields: null,
    ...noCounts,
    error: null,
    errorCount: 0,
    attempts: 0,
    processAt: scheduled,
    approvedAt: null,
    approvedBy: null,
    uploadedByType: ctx.actor.type,
    uploadedById: ctx.actor.id,
    uploadedByName: ctx.actor.name,
    requestId: ctx.requestId,
    claimedBy: null,
    heartbeatAt: null,
    notifiedAt: null,
    notificationError: null,
    createdAt: at,
    startedAt: null,
    finishedAt: null,
    updatedAt: at,
  };
  return inTransaction(ctx, async (tx) => {
    await tx.db.insertInto('syncFiles').values(row).execute();
    await storeFileBytes(tx, row.id, input.bytes);
    const view = syncFileViewOf(row);
    await recordChange(tx, {
      resourceType: 'sync_file',
      resourceId: row.id,
      after: view,
      event: { type: 'sync_file.created', data: view },
    });
    return view;
  });
}

export async function getSyncFile(ctx: ServiceContext, id: string, progress?: ProgressLookup): Promise<SyncFileView> {
  const row = await requireFileRow(ctx, id);
  return syncFileViewOf(row, row.status === 'processing' ? progress?.(id) : undefined);
}

/** Later than any real finish: a file still waiting or processing sorts as the latest finished on both databases. */
const notFinished = '9999-12-31T23:59:59.999Z';

export async function listSyncFiles(
  ctx: ServiceContext,
  query: Static<typeof FileListQuery>,
  progress?: ProgressLookup,
): Promise<Page<SyncFileView>> {
  const since = new Date(ctx.clock.now().getTime() - retentionDays * 86_400_000).toISOString();
  let q = tenant(ctx)
    .selectFrom('syncFiles')
    .selectAll()
    .select(sql<string>`coalesce(${sql.ref('finishedAt')}, ${notFinished})`.as('finishedOrder'))
    .where('createdAt', '>=', since);
  if (query.kind) q = q.where('kind', '=', query.kind);
  const statuses = [...(query.status ? [query.status] : []), ...csv(query['status[in]'])];
  const bad = statuses.find((s) => !(syncFileStatuses as readonly string[]).includes(s));
  if (bad) {
    throw invalid([parameterError('query', 'status[in]', `"${bad}" is not one of: ${syncFileStatuses.join(', ')}`)]);
  }
  if (statuses.length) q = q.where('status', 'in', statuses as SyncFileStatus[]);
  const dryRun = queryBoolean(query.dryRun);
  if (dryRun !== undefined) q = q.where('dryRun', '=', dryRun ? 1 : 0);
  q = whereInstantRange(q, 'createdAt', query, 'createdAt');
  q = whereInstantRange(q, 'updatedAt', query, 'updatedAt');
  const page = await paginate(q, query, parseOrderBy(query.orderBy, fileSortable, [['createdAt', 'desc']]));
  return { data: page.data.map((r) => syncFileViewOf(r, r.status === 'processing' ? progress?.(r.id) : undefined)), meta: page.meta };
}

/** Cancels a file that is still waiting (scheduled or queued); 409 once processing started. */
export async function cancelSyncFile(ctx: ServiceContext, id: string): Promise<SyncFileView> {
  return inTransaction(ctx, async (tx) => {
    const before = await requireFileRow(tx, id);
    if (before.status !== 'queued' && before.status !== 'scheduled') {
      throw conflict(`The file is ${before.status}: only scheduled or queued files can be cancelled.`);
    }
    const at = nowIso(tx);
    // Guarded by status so that a runner claiming the file at the same moment wins or loses cleanly.
    const result = await tenant(tx)
      .updateTable('syncFiles')
      .set({ status: 'cancelled', finishedAt: at, updatedAt: at })
      .where('id', '=', id)
      .where('status', 'in', ['queued', 'scheduled'])
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw conflict('The file started processing: it can no longer be cancelled.');
    const after = syncFileViewOf(await requireFileRow(tx, id));
    await recordChange(tx, {
      action: 'sync_file.cancelled',
      resourceType: 'sync_file',
      resourceId: id,
      before: syncFileViewOf(before),
      after,
      event: { type: 'sync_file.cancelled', data: after },
    });
    return after;
  });
}

/**
 * Approves a blocked file: it is queued again and applied even though it removes more than the threshold. Refused
 * (409) for dry runs, for files that are not blocked, and when a newer file of the same kind was applied since (it
 * would roll the roster back: upload the file again).
 */
/** The counts of a file not run yet. */
const noCounts = {
  createdCount: 0,
  updatedCount: 0,
  terminatedCount: 0,
  deletedCount: 0,
  unchangedCount: 0,
  rejectedCount: 0,
} as const;

export async function approveSyncFile(ctx: ServiceContext, id: string): Promise<SyncFileView> {
  return inTransaction(ctx, async (tx) => {
    const before = await requireFileRow(tx, id);
    if (before.status !== 'blocked') throw conflict(`The file is ${before.status}: only blocked files can be approved.`);
    if (before.dryRun === 1) throw conflict('A dry run changes nothing: upload the file without dryRun to apply it.');
    // A newer file of the kind applied since, or being applied now, holds a later export: this one would roll it back.
    // (One that commits after this check is caught when the approved file is processed: sync-engine.ts.)
    const newer = await tenant(tx)
      .selectFrom('syncFiles')
      .select(['id', 'status'])
      .where('kind', '=', before.kind)
      .where('dryRun', '=', 0)
      .where('status', 'in', ['complete', 'complete_with_errors', 'skipped', 'processing'])
      .where('createdAt', '>', before.createdAt)
      .executeTakeFirst();
    if (newer) {
      // A skipped newer file is a later export identical to the roster as it is: it stands as the current one too.
      const what =
        newer.status === 'processing'
          ? 'is being applied'
          : newer.status === 'skipped'
            ? 'came since (identical to the roster)'
            : 'was applied since';
      throw conflict(`A newer ${before.kind} file (${newer.id}) ${what}: upload this file again if it is still current.`);
    }
    const at = nowIso(tx);
    await tenant(tx)
      .updateTable('syncFiles')
      .set({
        status: 'queued',
        approvedAt: at,
        approvedBy: ctx.actor.name,
        progress: 0,
        finishedAt: null,
        // A new run: the blocked run's outcome goes (its counts and message come again from the run), and so do its
        // attempts — interruptions are counted from here, three as for any file.
        attempts: 0,
        error: null,
        ...noCounts,
        // The blocked file's mail was sent: its outcome once applied is mailed too.
        notifiedAt: null,
        notificationError: null,
        updatedAt: at,
      })
      .where('id', '=', id)
      .execute();
    const after = syncFileViewOf(await requireFileRow(tx, id));
    await recordChange(tx, {
      action: 'sync_file.approved',
      resourceType: 'sync_file',
      resourceId: id,
      before: syncFileViewOf(before),
      after,
      event: { type: 'sync_file.approved', data: after },
    });
    return after;
  });
}

export async function getOriginal(ctx: ServiceContext, id: string): Promise<{ file: SyncFilesTable; bytes: Buffer }> {
  const file = await requireFileRow(ctx, id);
  // The bytes are the HR system's export as sent, with every column — also those the file's mapping does not read (a
  // national id, a salary): only the key that sent it, or one that may read all sensitive fields, gets them back.
  if (file.uploadedById !== ctx.actor.id) {
    const needed = [...new Set(Object.values(sensitiveFieldScopes).map((need) => need.read[0]!))];
    const missing = needed.filter((scope) => !ctx.scopes.has(scope));
    if (missing.length) {
      throw new DomainError(
        'forbidden',
        `The original file may hold any column of the export, sensitive ones too: reading it needs ${missing.map((m) => `"${m}"`).join(' and ')} (the key that sent it may always).`,
        { requiredScope: missing[0] },
      );
    }
  }
  // Read a few parts at a time: a file purged meanwhile (30 days) is gone, not an error.
  const bytes = await readFileBytes(ctx, id, file.size).catch(async (err: unknown) => {
    if (await tenant(ctx).selectFrom('syncFiles').select('id').where('id', '=', id).executeTakeFirst()) throw err;
    return null;
  });
  if (!bytes) throw notFound('Original of sync file', id);
  return { file, bytes };
}

export async function listFileErrors(
  ctx: ServiceContext,
  id: string,
  page: Static<typeof ErrorsQuery> | null,
): Promise<Page<Static<typeof FileErrorRow>>> {
  await requireFileRow(ctx, id);
  const q = tenant(ctx).selectFrom('syncFileErrors').selectAll().where('fileId', '=', id);
  const toView = (r: { row: number | null; externalId: string | null; field: string | null; message: string }) => ({
    row: r.row,
    employeeId: r.externalId,
    field: r.field,
    // The message of a sensitive field may quote its value: only to a key that may read it.
    message:
      r.field && readableChanges([r.field], ctx.scopes).length === 0
        ? `${r.field} is not valid (the message quotes the value, shown to keys with ${sensitiveFieldScopes[r.field]?.read.join(' or ')})`
        : r.message,
  });
  if (!page) {
    const rows = await q.orderBy('seq').execute();
    return { data: rows.map(toView), meta: { currentPage: 1, lastPage: 1, total: rows.length, perPage: rows.length } };
  }
  const result = await paginate(q, page, [['seq', 'asc']], 'seq');
  return { data: result.data.map(toView), meta: result.meta };
}

/**
 * Cells starting with = + - @ (or tab / CR) would run as formulas in a spreadsheet: prefix them with a quote. Excel
 * where the list separator is `;` (es-ES, de-DE, fr-FR) splits a `.csv` on `;`, quotes only at the start of a cell:
 * a cell holding `;` is quoted, and what follows a `;` inside it is prefixed too (`Y;=2*3;` → `"Y;'=2*3;"`), since
 * such a spreadsheet starts a cell there.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  if (s.includes(';')) s = s.replace(/;(?="*[=+\-@\t\r])/g, ";'");
  return /[",;\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function errorReportCsv(rows: Static<typeof FileErrorRow>[]): string {
  const lines = ['row,employee_id,field,message'];
  for (const r of rows) lines.push([r.row, r.employeeId, r.field, r.message].map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export async function listFileChanges(
  ctx: ServiceContext,
  id: string,
  query: Static<typeof DiffQuery>,
): Promise<Page<Static<typeof FileChange>>> {
  await requireFileRow(ctx, id);
  let q = tenant(ctx).selectFrom('syncFileChanges').selectAll().where('fileId', '=', id);
  if (query.action) q = q.where('action', '=', query.action);
  if (query.resourceType) q = q.where('resourceType', '=', query.resourceType);
  const page = await paginate(q, query, [['seq', 'asc']], 'seq');
  return {
    data: page.data.map((r) => ({
      seq: r.seq,
      action: r.action,
      resourceType: r.resourceType,
      resourceId: r.resourceId,
      externalId: r.externalId,
      name: r.name,
      row: r.row,
      // A sensitive field's before/after only to a key that may read it (as everywhere in the API).
      changes: r.changes
        ? (JSON.parse(r.changes) as { field: string; before: string | null; after: string | null }[]).filter(
            (c) => readableChanges([c.field], ctx.scopes).length === 1,
          )
        : [],
    })),
    meta: page.meta,
  };
}
