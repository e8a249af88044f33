export interface SyncSettingsTable {
  companyId: string;
  /** 0 or 1. */
  enabled: number;
  leaverAction: 'terminate' | 'delete';
  removalThresholdPercent: number;
  /** JSON array of roster field names the feed never overwrites (always edited by hand). */
  manualFields: string;
  /** JSON array of email addresses. */
  notificationEmails: string;
  matchBy: 'externalId' | 'email';
  createdAt: string;
  updatedAt: string;
}

export interface SyncMappingsTable {
  id: string;
  companyId: string;
  name: string;
  kind: 'employees' | 'positions';
  /** JSON object: source column → roster field. */
  columns: string;
  /** JSON object: roster field → { source value → roster value }. */
  valueMaps: string;
  dateFormat: string;
  /** JSON object: roster field → date format, overriding dateFormat. */
  dateFormats: string;
  /** JSON object: roster field → the value every row gets. */
  constants: string;
  delimiter: string | null;
  encoding: string;
  createdAt: string;
  updatedAt: string;
}

export type SyncFileKind = 'employees' | 'positions';
export type SyncFileStatus =
  | 'scheduled'
  | 'queued'
  | 'processing'
  | 'skipped'
  | 'blocked'
  | 'error'
  | 'complete'
  | 'complete_with_errors'
  | 'cancelled';
export type SyncFileFormat = 'xml' | 'csv' | 'json';

export interface SyncFilesTable {
  id: string;
  companyId: string;
  kind: SyncFileKind;
  status: SyncFileStatus;
  progress: number;
  dryRun: number;
  format: SyncFileFormat;
  contentType: string;
  filename: string | null;
  size: number;
  sha256: string;
  /** Of an applied employee file: its records in canonical order with the comparison settings (sync-content.ts). */
  contentFingerprint: string | null;
  /** Of an applied CSV employee file whose lines are its records: the lines in canonical order (sync-content.ts). */
  lineFingerprint: string | null;
  /** Of an applied employee file: its first end date after the day it was applied (then the same bytes do more). */
  pendingEndDate: string | null;
  mappingId: string | null;
  /** JSON array of the roster fields the file carries (set once parsed). */
  fields: string | null;
  createdCount: number;
  updatedCount: number;
  terminatedCount: number;
  deletedCount: number;
  unchangedCount: number;
  rejectedCount: number;
  /** File-level problem (status error), or why it was skipped / blocked. */
  error: string | null;
  errorCount: number;
  attempts: number;
  processAt: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  uploadedByType: string;
  uploadedById: string | null;
  uploadedByName: string | null;
  requestId: string | null;
  claimedBy: string | null;
  heartbeatAt: string | null;
  notifiedAt: string | null;
  notificationError: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  updatedAt: string;
}

/** A part of an uploaded file's bytes (sync-file-bytes.ts). */
export interface SyncFilePartsTable {
  fileId: string;
  companyId: string;
  part: number;
  bytes: Buffer;
}

export interface SyncFileErrorsTable {
  fileId: string;
  companyId: string;
  seq: number;
  row: number | null;
  externalId: string | null;
  field: string | null;
  message: string;
}

export interface SyncFileChangesTable {
  fileId: string;
  companyId: string;
  seq: number;
  action: 'created' | 'updated' | 'reactivated' | 'terminated' | 'deleted';
  resourceType: 'employee' | 'position';
  resourceId: string | null;
  externalId: string | null;
  name: string | null;
  row: number | null;
  /** JSON array of { field, before, after } (updates). */
  changes: string | null;
}

export interface PositionsTable {
  id: string;
  companyId: string;
  externalId: string;
  title: string;
  parentId: string | null;
  holderEmployeeId: string | null;
  createdAt: string;
  updatedAt: string;
}
