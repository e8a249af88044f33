import { readCsv } from './format-csv.js';
import { readJson } from './format-json.js';
import { readXml } from './format-xml.js';
import { mappingProblems } from './mapping-rules.js';
import { assertPositionTree } from './position-tree.js';
import type { SyncFileFormat, SyncFileKind } from './sync.tables.js';
import type { SyncField } from './sync-fields.js';
import {
  assertUniqueKeys,
  FileRejection,
  type MappedFile,
  type MappingSpec,
  mapRecords,
  type RawTable,
  type RowError,
} from './sync-records.js';

/**
 * The checks of HR data sync that need no database: what `roster sync validate` runs on an admin's workstation before
 * anything is uploaded. It composes the parsers and checks the job runner uses (readXml with the XSD, readCsv,
 * readJson, mapRecords, assertUniqueKeys) plus the position-tree check, and imports nothing that opens a database or
 * reads the server's configuration. What depends on the stored roster (email already used by someone else, manager
 * references to employees outside the file, the removal threshold) is left to the server.
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
  try {
    assertUniqueKeys(kind, mapped.records, mapped.rowErrors);
    if (kind === 'positions') assertPositionTree(mapped.records, mapped.rowErrors);
  } catch (err) {
    // The row problems are listed too: the admin fixes them in the same round.
    if (err instanceof FileRejection) return rejected(err, rows, mapped.fields, err.errors === mapped.rowErrors ? [] : mapped.rowErrors);
    throw err;
  }
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
