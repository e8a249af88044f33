import { readCsv } from './format-csv.js';
import { readJson } from './format-json.js';
import { readXml } from './format-xml.js';
import { mappingProblems } from './mapping-rules.js';
import { assertPositionTree } from './position-tree.js';
import type { SyncFileFormat, SyncFileKind } from './sync.tables.js';
import type { EmployeeSyncField, SyncField } from './sync-fields.js';
import {
  assertUniqueKeys,
  FileRejection,
  leaves,
  type MappedFile,
  type MappingSpec,
  mapRecords,
  type RawTable,
  type RowError,
  type SyncRecord,
} from './sync-records.js';

/**
 * The checks of HR data sync that need no database: what `roster sync validate` runs on an admin's workstation before
 * anything is uploaded. It composes the parsers and checks the job runner uses (readXml with the XSD, readCsv,
 * readJson, mapRecords, assertUniqueKeys) plus the position-tree check, and imports nothing that opens a database or
 * reads the server's configuration. Emails repeated among the file's active rows and manager loops within the file
 * are found as the server finds them. What depends on the stored roster (email already used by someone else, manager
 * references to employees outside the file, department and office names several of the company's share, the removal
 * threshold) is left to the server.
 */

export type LocalVerdict =
  /** The server would read every row. */
  | 'valid'
  /** The server would reject the whole file (status error): nothing would change. */
  | 'rejected'
  /** The server would skip these rows (complete_with_errors) and apply the rest. */
  | 'row_errors';

export interface LocalFileCheck {
  kind: SyncFileKind;
  format: SyncFileFormat;
  verdict: LocalVerdict;
  /** The file-level problem (verdict rejected), as the server would word it. */
  message: string | null;
  /** Records read (rows, XML elements, JSON array items); null when the file could not be read at all. */
  rows: number | null;
  /** Rows that pass every check. */
  validRows: number;
  /** Sync fields the file carries, once its columns are known. */
  fields: SyncField[] | null;
  /** Every problem found, ordered by row; `row` as in the server's error report (CSV/XML: line; JSON: 1-based index). */
  problems: RowError[];
}

/** Checks one file completely, without a database: never throws for problems of the file, only reports them. */
export async function checkSyncFileLocally(
  kind: SyncFileKind,
  format: SyncFileFormat,
  bytes: Uint8Array,
  mapping: MappingSpec | null,
): Promise<LocalFileCheck> {
  const base = { kind, format };
  const rejected = (err: FileRejection, rows: number | null, fields: SyncField[] | null, problems: RowError[] = []): LocalFileCheck => ({
    ...base,
    verdict: 'rejected',
    message: err.message,
    rows,
    validRows: 0,
    fields,
    problems: byRow([
      ...(err.errors.length ? err.errors : [{ row: null, externalId: null, field: null, message: err.message }]),
      ...problems,
    ]),
  });

  let table: RawTable;
  try {
    if (format === 'xml') table = await readXml(bytes, kind);
    else if (format === 'json') table = readJson(bytes, kind);
    else table = readCsv(bytes, { delimiter: mapping?.delimiter ?? null, encoding: mapping?.encoding ?? 'utf-8' });
  } catch (err) {
    if (err instanceof FileRejection) return rejected(err, null, null);
    throw err;
  }

  let mapped: MappedFile<SyncField>;
  try {
    // As the server reads it: XML follows the XSD, mappings apply to CSV and JSON.
    mapped = mapRecords<SyncField>(kind, table, format === 'xml' ? null : mapping);
  } catch (err) {
    if (err instanceof FileRejection) return rejected(err, table.rows.length, null);
    throw err;
  }

  const rows = table.rows.length;
  const today = new Date().toISOString().slice(0, 10);
  // Rows whose end date is still ahead stay in the roster: the problems the parser held back for leavers reject them
  // (as the server's comparison does, employee-diff.ts).
  if (kind === 'employees') mapped.records = stayingWithProblems(mapped.records, mapped.rowErrors, today);
  try {
    assertUniqueKeys(kind, mapped.records, mapped.rowErrors);
    if (kind === 'positions') assertPositionTree(mapped.records, mapped.rowErrors);
  } catch (err) {
    // The row problems are listed too: the admin fixes them in the same round.
    if (err instanceof FileRejection) return rejected(err, rows, mapped.fields, err.errors === mapped.rowErrors ? [] : mapped.rowErrors);
    throw err;
  }
  if (kind === 'employees') mapped.records = withinFileConflicts(mapped.records, mapped.rowErrors, today);
  const rowErrors = byRow(mapped.rowErrors);
  return {
    ...base,
    verdict: rowErrors.length ? 'row_errors' : 'valid',
    message: null,
    rows,
    validRows: mapped.records.length,
    fields: mapped.fields,
    problems: rowErrors,
  };
}

/** Rejects the records that stay in the roster with problems held back for leavers; returns the others. */
function stayingWithProblems(records: SyncRecord<SyncField>[], rowErrors: RowError[], today: string): SyncRecord<SyncField>[] {
  let rejected = false;
  for (const r of records) {
    const values = r.values as Partial<Record<EmployeeSyncField, string>>;
    if (!r.unlessLeaving || leaves(values, today)) continue;
    rejected = true;
    for (const p of r.unlessLeaving)
      rowErrors.push({ row: r.row, externalId: values.externalId ?? null, field: p.field, message: p.message });
  }
  return rejected
    ? records.filter((r) => !r.unlessLeaving || leaves(r.values as Partial<Record<EmployeeSyncField, string>>, today))
    : records;
}

/**
 * What the server rejects among the rows of the file itself, without the roster: an email an earlier active row of
 * the file has (the server keeps emails unique among active employees: the later row is skipped), and org-chart
 * managers that loop through rows of the file (A's manager B, B's manager A: the rows that close the loop are
 * skipped). Returns the records left; the problems join `rowErrors`.
 */
function withinFileConflicts(records: SyncRecord<SyncField>[], rowErrors: RowError[], today: string): SyncRecord<SyncField>[] {
  const values = (r: SyncRecord<SyncField>) => r.values as Partial<Record<EmployeeSyncField, string>>;
  const active = (r: SyncRecord<SyncField>) => !leaves(values(r), today);
  const rejected = new Set<SyncRecord<SyncField>>();
  const reject = (r: SyncRecord<SyncField>, field: string, message: string) => {
    rejected.add(r);
    rowErrors.push({ row: r.row, externalId: values(r).externalId ?? null, field, message });
  };
  const emailRow = new Map<string, number>();
  for (const r of records) {
    const email = values(r).email?.trim().toLowerCase();
    if (!email || !active(r)) continue;
    const first = emailRow.get(email);
    if (first === undefined) emailRow.set(email, r.row);
    else reject(r, 'email', `the email ${email} is already used by row ${first}`);
  }
  const byId = new Map<string, SyncRecord<SyncField>>();
  for (const r of records) if (active(r) && !rejected.has(r)) byId.set(values(r).externalId as string, r);
  const managerOf = (r: SyncRecord<SyncField>) => {
    const ref = values(r).manager?.trim();
    return ref ? byId.get(ref) : undefined;
  };
  const state = new Map<SyncRecord<SyncField>, 1 | 2>();
  for (const start of byId.values()) {
    const path: SyncRecord<SyncField>[] = [];
    let cursor: SyncRecord<SyncField> | undefined = start;
    while (cursor && !state.has(cursor)) {
      state.set(cursor, 1);
      path.push(cursor);
      cursor = managerOf(cursor);
    }
    if (cursor && state.get(cursor) === 1) {
      for (const r of path.slice(path.indexOf(cursor))) reject(r, 'manager', 'the manager chain of this employee loops back to them');
    }
    for (const r of path) state.set(r, 2);
  }
  return rejected.size ? records.filter((r) => !rejected.has(r)) : records;
}

function byRow(errors: RowError[]): RowError[] {
  return [...errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** A mapping as `roster sync validate --mapping file.json` reads it: the body of POST /sync/v1/mappings. */
export interface MappingFileBody {
  columns?: Record<string, string>;
  valueMaps?: Record<string, Record<string, string>>;
  dateFormat?: string;
  dateFormats?: Record<string, string>;
  constants?: Record<string, string>;
  delimiter?: string | null;
  encoding?: string;
}

/**
 * The mapping spec the job runner would use for this mapping body, or the problems the server would answer 400 with
 * (the same rules as mappings.service.ts: known sync fields of the kind, a field not both a column and a constant,
 * usable date formats and encoding).
 */
export function mappingSpecFromBody(kind: SyncFileKind, body: MappingFileBody): { spec: MappingSpec; problems: string[] } {
  const spec: MappingSpec = {
    columns: body.columns ?? {},
    valueMaps: body.valueMaps ?? {},
    dateFormat: body.dateFormat ?? 'YYYY-MM-DD',
    dateFormats: body.dateFormats ?? {},
    constants: body.constants ?? {},
    delimiter: body.delimiter ?? null,
    encoding: (body.encoding ?? 'utf-8').toLowerCase(),
  };
  const problems = mappingProblems(kind, spec).map((p) => `${p.pointer.slice(1).replaceAll('/', '.')}: ${p.message}`);
  return { spec, problems };
}
