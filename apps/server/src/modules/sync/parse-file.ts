import { readCsv } from './format-csv.js';
import { readJson } from './format-json.js';
import { readXml } from './format-xml.js';
import type { SyncFileFormat, SyncFileKind } from './sync.tables.js';
import type { SyncField } from './sync-fields.js';
import { assertUniqueKeys, type FileSource, type MappedFile, type MappingSpec, mapRecords, type RawTable } from './sync-records.js';

/**
 * Bytes → checked records. File-level problems (not well-formed, XSD, missing columns, duplicate ids) throw
 * FileRejection; row-level problems come back in rowErrors. XML follows the XSD, so mappings apply to CSV and JSON.
 */
export async function parseSyncFile<F extends SyncField>(
  kind: SyncFileKind,
  format: SyncFileFormat,
  /** The bytes; given as a FileSource, they are let go once decoded. */
  input: Uint8Array | FileSource,
  mapping: MappingSpec | null,
): Promise<MappedFile<F>> {
  let table: RawTable;
  if (format === 'xml') table = await readXml(input, kind);
  else if (format === 'json') table = readJson(input, kind);
  else table = readCsv(input, { delimiter: mapping?.delimiter ?? null, encoding: mapping?.encoding ?? 'utf-8' });
  const mapped = mapRecords<F>(kind, table, format === 'xml' ? null : mapping);
  assertUniqueKeys(kind, mapped.records, mapped.rowErrors);
  return mapped;
}
