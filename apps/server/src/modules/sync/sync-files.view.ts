import type { Static } from 'typebox';
import { apiTimestamp } from '../../context.js';
import type { SyncFilesTable } from './sync.tables.js';
import type { SyncFile } from './sync-files.schemas.js';

export type SyncFileView = Static<typeof SyncFile>;

export function syncFileViewOf(row: SyncFilesTable, progressOverride?: number): SyncFileView {
  const self = `/sync/v1/files/${row.id}`;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    progress: progressOverride ?? row.progress,
    dryRun: row.dryRun === 1,
    format: row.format,
    contentType: row.contentType,
    filename: row.filename,
    size: Number(row.size),
    sha256: row.sha256,
    mappingId: row.mappingId,
    counts: {
      created: row.createdCount,
      updated: row.updatedCount,
      terminated: row.terminatedCount,
      deleted: row.deletedCount,
      unchanged: row.unchangedCount,
      rejected: row.rejectedCount,
    },
    error: row.error,
    errorCount: row.errorCount,
    fields: row.fields ? JSON.parse(row.fields) : null,
    processAt: apiTimestamp(row.processAt),
    approvedAt: apiTimestamp(row.approvedAt),
    attempts: row.attempts,
    uploadedBy: { type: row.uploadedByType, id: row.uploadedById, name: row.uploadedByName },
    links: { self, errors: `${self}/errors`, original: `${self}/original`, diff: `${self}/diff` },
    createdAt: apiTimestamp(row.createdAt),
    startedAt: apiTimestamp(row.startedAt),
    finishedAt: apiTimestamp(row.finishedAt),
    updatedAt: apiTimestamp(row.updatedAt),
  };
}

/** Statuses a file ends in (nothing more happens to it, except approval of a blocked file). */
export const finalStatuses = ['skipped', 'blocked', 'error', 'complete', 'complete_with_errors', 'cancelled'] as const;
