import { Type } from 'typebox';
import {
  BooleanQuery,
  DateTime,
  InstantQuery,
  Nullable,
  OrderByQuery,
  PageQuery,
  StringEnum,
  UpdatedAtQuery,
  Uuid,
} from '../../http/schema-kit.js';

export const syncFileStatuses = [
  'scheduled',
  'queued',
  'processing',
  'skipped',
  'blocked',
  'error',
  'complete',
  'complete_with_errors',
  'cancelled',
] as const;

export const SyncFileCounts = Type.Object(
  {
    created: Type.Integer(),
    updated: Type.Integer({ description: 'Including reactivated employees.' }),
    terminated: Type.Integer(),
    deleted: Type.Integer(),
    unchanged: Type.Integer(),
    rejected: Type.Integer({ description: 'Rows skipped because of a row-level problem (see the error report).' }),
  },
  { description: 'Employees (employee files) or positions (position files). For dry runs and blocked files: what would happen.' },
);

export const SyncFile = Type.Object({
  id: Uuid(),
  kind: StringEnum(['employees', 'positions'] as const),
  status: StringEnum(syncFileStatuses, {
    description:
      '`scheduled` (waits for processAt) → `queued` → `processing` → `complete` | `complete_with_errors` (some rows rejected) | `error` (file rejected, nothing changed) | `skipped` (identical to the last applied file) | `blocked` (would remove more than the threshold; POST …/approve) ; `cancelled` (cancelled while waiting).',
  }),
  progress: Type.Integer({ minimum: 0, maximum: 100, description: 'Percent done while processing; 100 when finished.' }),
  dryRun: Type.Boolean({ description: 'Computed the diff without changing anything.' }),
  format: StringEnum(['xml', 'csv', 'json'] as const),
  contentType: Type.String(),
  filename: Nullable(Type.String()),
  size: Type.Integer({ description: 'Bytes.' }),
  sha256: Type.String({ description: 'Hex SHA-256 of the uploaded bytes (identical files are skipped).' }),
  mappingId: Nullable(Uuid()),
  counts: SyncFileCounts,
  error: Nullable(Type.String({ description: 'Why the file was rejected (error), skipped or blocked.' })),
  errorCount: Type.Integer({ description: 'Lines in the error report (GET …/errors).' }),
  fields: Nullable(Type.Array(Type.String(), { description: 'Sync fields the file carries (once read).' })),
  processAt: Nullable(DateTime('When a scheduled file becomes queued.')),
  approvedAt: Nullable(DateTime()),
  attempts: Type.Integer({ description: 'Processing attempts (a crash mid-file re-runs it; after 3 it is marked error).' }),
  uploadedBy: Type.Object({ type: Type.String(), id: Nullable(Type.String()), name: Nullable(Type.String()) }),
  links: Type.Object({
    self: Type.String(),
    errors: Type.String({ description: 'CSV error report.' }),
    original: Type.String(),
    diff: Type.String(),
  }),
  createdAt: DateTime(),
  startedAt: Nullable(DateTime()),
  finishedAt: Nullable(DateTime()),
  updatedAt: DateTime(),
});

export const UploadQuery = Type.Object({
  dryRun: Type.Optional(BooleanQuery('Compute and record the diff (GET …/diff) without changing anything.', { default: false })),
  mappingId: Type.Optional(Uuid('Column mapping for CSV / JSON files (see /sync/v1/mappings).')),
  processAt: Type.Optional(InstantQuery('Process at this time (status scheduled until then) instead of as soon as possible.')),
  filename: Type.Optional(Type.String({ maxLength: 255, description: 'Name to record for the file (multipart uploads send their own).' })),
});

/** `finishedAt` sorts on an alias in which a file not finished yet counts as the latest (same on both databases). */
export const fileSortable = {
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  finishedAt: 'finishedOrder',
  status: 'status',
  kind: 'kind',
} as const;

export const FileListQuery = Type.Object({
  kind: Type.Optional(StringEnum(['employees', 'positions'] as const)),
  status: Type.Optional(StringEnum(syncFileStatuses)),
  'status[in]': Type.Optional(Type.String({ description: 'Comma-separated statuses.' })),
  dryRun: Type.Optional(BooleanQuery('Only dry runs (true) or only files uploaded to be applied (false).')),
  'createdAt[gte]': Type.Optional(InstantQuery('Uploaded at or after (files are kept 30 days).')),
  'createdAt[lte]': Type.Optional(InstantQuery('Uploaded at or before.')),
  ...UpdatedAtQuery,
  orderBy: OrderByQuery(Object.keys(fileSortable)),
  ...PageQuery,
});

export const FileChange = Type.Object({
  seq: Type.Integer(),
  action: StringEnum(['created', 'updated', 'reactivated', 'terminated', 'deleted'] as const),
  resourceType: StringEnum(['employee', 'position'] as const),
  resourceId: Nullable(Uuid('The employee or position (for dry runs, the id it would get).')),
  externalId: Nullable(Type.String({ description: 'employee_id / position_id.' })),
  name: Nullable(Type.String()),
  row: Nullable(Type.Integer({ description: 'Row of the file (null for employees absent from it).' })),
  changes: Type.Array(
    Type.Object({ field: Type.String({ description: 'Sync field.' }), before: Nullable(Type.String()), after: Nullable(Type.String()) }),
  ),
});

export const DiffQuery = Type.Object({
  action: Type.Optional(StringEnum(['created', 'updated', 'reactivated', 'terminated', 'deleted'] as const)),
  resourceType: Type.Optional(StringEnum(['employee', 'position'] as const)),
  ...PageQuery,
});

export const FileErrorRow = Type.Object({
  row: Nullable(
    Type.Integer({ description: 'CSV: line number (header = 1); XML: line of the record; JSON: index in the array (1-based).' }),
  ),
  employeeId: Nullable(Type.String({ description: 'employee_id (or position_id) of the row.' })),
  field: Nullable(Type.String({ description: 'Sync field at fault, when one is.' })),
  message: Type.String(),
});

export const ErrorsQuery = Type.Object({
  format: Type.Optional(StringEnum(['csv', 'json'] as const, { default: 'csv', description: 'csv (the error report) or json (paged).' })),
  ...PageQuery,
});
