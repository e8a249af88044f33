import { decodeText } from './format-csv.js';
import type { SyncFileKind } from './sync.tables.js';
import { FileRejection, type RawRow, type RawTable } from './sync-records.js';

/**
 * JSON: an array of records keyed like the CSV columns (`[{"employee_id": "E1", "forename": "Ana", …}]`), or an
 * object holding that array under `employees` / `positions`. Values are strings, numbers, booleans or null.
 */
export function readJson(bytes: Uint8Array, kind: SyncFileKind): RawTable {
  let text: string;
  try {
    text = decodeText(bytes, 'utf-8');
  } catch (err) {
    // JSON is UTF-8 (RFC 8259): a mapping's encoding is for CSV files.
    if (err instanceof FileRejection) throw new FileRejection('The file is not valid UTF-8: save JSON files as UTF-8.');
    throw err;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new FileRejection(`The file is not valid JSON: ${(err as Error).message}`);
  }
  const list = Array.isArray(doc) ? doc : (doc as Record<string, unknown> | null)?.[kind];
  if (!Array.isArray(list)) {
    throw new FileRejection(`Expected a JSON array of ${kind === 'employees' ? 'employee' : 'position'} records (or {"${kind}": [...]}).`);
  }
  const columns: string[] = [];
  const indexOf = new Map<string, number>();
  const rows: RawRow[] = [];
  list.forEach((item, i) => {
    const row: RawRow = { row: i + 1, cells: [] };
    rows.push(row);
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      row.problem = 'the record is not a JSON object';
      return;
    }
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      let index = indexOf.get(key);
      if (index === undefined) {
        index = columns.length;
        columns.push(key);
        indexOf.set(key, index);
      }
      if (value === null || value === undefined) row.cells[index] = '';
      else if (typeof value === 'string') row.cells[index] = value;
      else if (typeof value === 'number' || typeof value === 'boolean') row.cells[index] = String(value);
      else row.problem = `"${key}" holds ${Array.isArray(value) ? 'an array' : 'an object'}; expected a string, number or null`;
    }
  });
  return { columns, rows, noRecords: rows.length === 0 };
}
