import { randomBytes } from 'node:crypto';
import { escapeInvalidText } from '../../text-rules.js';
import { decodeText } from './format-csv.js';
import type { SyncFileKind } from './sync.tables.js';
import { bytesOf, FileRejection, type FileSource, fileSource, type RawRow, type RawTable } from './sync-records.js';

/** The shortest decimal of a number token: sign, significant digits and the exponent of the first one ("0" for zero). */
function canonicalDecimal(token: string): string {
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(token);
  if (!m) return token;
  const whole = m[2] ?? '';
  const digits = whole + (m[3] ?? '');
  let first = 0;
  while (first < digits.length && digits.charCodeAt(first) === 48) first++;
  let last = digits.length;
  while (last > first && digits.charCodeAt(last - 1) === 48) last--;
  if (first === last) return '0';
  return `${m[1]}${digits.slice(first, last)}e${whole.length + Number(m[4] ?? 0) - first}`;
}

/**
 * Whether a JSON number token reads as exactly what it says: within ±Number.MAX_SAFE_INTEGER, and an integer or a
 * decimal whose double prints back as the same decimal (1.10 is 1.1; 0.1234567890123456789, 1e400 and
 * 12345678901234567891 are not what they say).
 */
function readsExactly(text: string, start: number, end: number): boolean {
  let plainInteger = true;
  let hasExponent = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) plainInteger = false;
    else if (c === 101 || c === 69) {
      plainInteger = false;
      hasExponent = true;
    }
  }
  if (!hasExponent) {
    // Up to 15 digits always survive a double (DBL_DIG): most numbers stop here.
    const digits = end - start - (text.charCodeAt(start) === 45 ? 1 : 0) - (plainInteger ? 0 : 1);
    if (digits <= 15) return true;
  }
  const token = text.slice(start, end);
  const value = Number(token);
  // Beyond ±2^53-1 (or not finite) whole numbers are no longer exact, however they are written.
  if (!(Math.abs(value) <= Number.MAX_SAFE_INTEGER)) return false;
  return plainInteger || canonicalDecimal(token) === canonicalDecimal(String(value));
}

/** The row problem for a number token that does not read exactly. */
function inexactProblem(key: string, written: string): string {
  const value = Number(written);
  const why =
    Math.abs(value) <= Number.MAX_SAFE_INTEGER
      ? `which a JSON number cannot hold exactly (it would be read as ${String(value)})`
      : `beyond ±${Number.MAX_SAFE_INTEGER}, the largest a JSON number holds exactly`;
  return `"${escapeInvalidText(key)}" is the number ${written}, ${why}: send it as a string ("${written}")`;
}

/**
 * The number tokens of a valid JSON text that a double cannot carry exactly, as [start, end) offsets; null when there
 * are none (the usual case). One pass: strings are skipped with indexOf, so it costs little next to JSON.parse.
 */
function inexactNumbers(text: string): number[] | null {
  const found: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: its end is the next quote not escaped by an odd number of backslashes.
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) return found.length ? found : null;
        let k = quote - 1;
        while (text.charCodeAt(k) === 92) k--;
        if ((quote - 1 - k) % 2 === 0) {
          i = quote + 1;
          break;
        }
        from = quote + 1;
      }
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if ((d >= 48 && d <= 57) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45) j++;
        else break;
      }
      if (!readsExactly(text, i, j)) found.push(i, j);
      i = j;
    } else {
      i++;
    }
  }
  return found.length ? found : null;
}

/**
 * Offset of the first character that makes `text` invalid JSON (RFC 8259), or null when it is valid. Iterative (a
 * stack of the open arrays and objects), so any depth of nesting is scanned; run only on a file JSON.parse refused.
 */
export function jsonSyntaxErrorAt(text: string): number | null {
  const n = text.length;
  let i = 0;
  const open: number[] = [];
  const ws = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(i)) i++;
  };
  const digits = () => {
    const from = i;
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(i)) i++;
    return i > from;
  };
  /** Past the string that starts at i; false at its offending character. */
  const string = (): boolean => {
    for (i++; i < n; ) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c !== 92) i++;
      else if (text[i + 1] === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
        i += 6;
      } else if (i + 1 < n && '"\\/bfnrt'.includes(text[i + 1] as string)) i += 2;
      else return false;
    }
    return false;
  };
  /** Past an object's `"key":`; false at its offending character. */
  const key = (): boolean => {
    ws();
    if (text.charCodeAt(i) !== 34 || !string()) return false;
    ws();
    if (text.charCodeAt(i) !== 58) return false;
    i++;
    return true;
  };
  /** Past the number, `true`, `false` or `null` that starts at i; false at its offending character. */
  const scalar = (): boolean => {
    const c = text.charCodeAt(i);
    if (c === 45 || (c >= 48 && c <= 57)) {
      if (c === 45) i++;
      if (text.charCodeAt(i) === 48) i++;
      else if (!digits()) return false;
      if (text.charCodeAt(i) === 46) {
        i++;
        if (!digits()) return false;
      }
      if (text.charCodeAt(i) === 101 || text.charCodeAt(i) === 69) {
        i++;
        if (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45) i++;
        if (!digits()) return false;
      }
      return true;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    return false;
  };
  // A value is expected (at the start, after `[`, `,` or a key), or what may follow one.
  let expectValue = true;
  for (;;) {
    ws();
    const c = text.charCodeAt(i);
    const top = open[open.length - 1];
    if (expectValue) {
      if (c === 123 || c === 91) {
        i++;
        ws();
        if (text.charCodeAt(i) === (c === 123 ? 125 : 93)) {
          i++;
          expectValue = false;
        } else {
          open.push(c);
          if (c === 123 && !key()) return i;
        }
      } else {
        if (!(c === 34 ? string() : scalar())) return i;
        expectValue = false;
      }
    } else if (top === undefined) return i < n ? i : null;
    else if (c === 44) {
      i++;
      if (top === 123 && !key()) return i;
      expectValue = true;
    } else if (c === (top === 123 ? 125 : 93)) {
      i++;
      open.pop();
    } else return i;
  }
}

/**
 * What is wrong with a file JSON.parse refused, and where: `Expected ',' or '}' after property value in JSON at
 * position 130 (line 4 column 12)`. Never a piece of the file: V8's message may quote the text around the error
 * (`Unexpected token ''', ..."of_birth":'1985-03-1"... is not valid JSON`), a date of birth as readily as anything
 * else, and it would be the file's error, read without personal:read (in its event and mail too). V8's wording is
 * kept only without any quote of the file; the position is that of the first offending character, found here.
 */
function syntaxProblem(text: string, parserMessage: string): string {
  let what = /^Unexpected token /.test(parserMessage)
    ? 'Unexpected character in JSON'
    : parserMessage.replace(/\s+at position \d+[\s\S]*$/, '').trim();
  // Only V8's own words and punctuation (`Expected ',' or '}' after property value in JSON`).
  if (!/^[A-Za-z ',:{}[\]-]+$/.test(what)) what = 'Syntax error in JSON';
  const at = jsonSyntaxErrorAt(text) ?? Number(/at position (\d+)/.exec(parserMessage)?.[1] ?? text.length);
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < at; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return `${what} at position ${at} (line ${line} column ${at - lineStart + 1})`;
}

/** The member of an OData response that links its next page (v4 `@odata.nextLink`, v4.01 `@nextLink`, v3 `odata.nextLink`). */
const nextLink = /^@?(odata\.)?nextLink$/i;

/**
 * The records of a document that is not an array: the array under `employees` / `positions`, or under `value` — an
 * OData response, as Dynamics 365 exports an entity (`{"@odata.context": "…", "value": [ … ]}`; its other `@odata.*`
 * members are ignored). An OData page that links a next one is part of a larger result: applied alone, it would
 * terminate everyone on the other pages, so the file is refused.
 */
function recordsOf(doc: unknown, kind: SyncFileKind): unknown[] {
  const what = kind === 'employees' ? 'employee' : 'position';
  const expected = `Expected a JSON array of ${what} records (or {"${kind}": [...]}, or an OData export {"value": [...]}).`;
  if (doc === null || typeof doc !== 'object') throw new FileRejection(expected);
  const members = doc as Record<string, unknown>;
  // A link to a next page (a non-empty string); `null` or "" is the last page.
  const link = Object.keys(members).find((key) => nextLink.test(key) && typeof members[key] === 'string' && members[key] !== '');
  if (link !== undefined) {
    throw new FileRejection(
      `The file is one page of a larger OData result (it has "${link}"): applied alone, it would remove everyone on the other pages. Export all pages into one file (follow ${link} and join their "value" arrays) and upload that.`,
    );
  }
  const named = members[kind];
  const value = members.value;
  if (Array.isArray(named) && Array.isArray(value)) {
    throw new FileRejection(`The file holds two arrays of records, "${kind}" and "value": send the ${what} records in one of them.`);
  }
  const list = Array.isArray(named) ? named : value;
  if (!Array.isArray(list)) throw new FileRejection(expected);
  return list;
}

/**
 * JSON: an array of records keyed like the CSV columns (`[{"employee_id": "E1", "forename": "Ana", …}]`), or an
 * object holding that array under `employees` / `positions`, or under `value` (OData). Values are strings, numbers, booleans or null. A number
 * a double cannot hold exactly (`12345678901234567891`, `1e400`) rejects its row rather than being stored rounded.
 */
export function readJson(input: Uint8Array | FileSource, kind: SyncFileKind): RawTable {
  const source = fileSource(input);
  let text: string;
  try {
    text = decodeText(bytesOf(source), 'utf-8');
    source.bytes = null;
  } catch (err) {
    // JSON is UTF-8 (RFC 8259): a mapping's encoding is for CSV files.
    if (err instanceof FileRejection) throw new FileRejection('The file is not valid UTF-8: save JSON files as UTF-8.');
    throw err;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new FileRejection(`The file is not valid JSON: ${syntaxProblem(text, (err as Error).message)}`);
  }
  // JSON.parse has rounded such numbers already: read the document again with each of them as a marked string.
  const inexact = inexactNumbers(text);
  let marker: string | null = null;
  if (inexact) {
    marker = `\u0000inexact-number-${randomBytes(8).toString('hex')}:`;
    const pieces: string[] = [];
    let last = 0;
    for (let k = 0; k < inexact.length; k += 2) {
      const start = inexact[k] as number;
      const end = inexact[k + 1] as number;
      pieces.push(text.slice(last, start), JSON.stringify(marker + text.slice(start, end)));
      last = end;
    }
    pieces.push(text.slice(last));
    doc = JSON.parse(pieces.join(''));
  }
  const list = Array.isArray(doc) ? doc : recordsOf(doc, kind);
  // An array in which nothing is a record (`[1, 2]`, `["E1"]`) is no roster at all: the file is refused, not each row.
  if (list.length > 0 && list.every((item) => item === null || typeof item !== 'object' || Array.isArray(item))) {
    throw new FileRejection(
      `Expected a JSON array of ${kind === 'employees' ? 'employee' : 'position'} records (objects such as {"employee_id": "E1", …}); none of its ${list.length} items is one.`,
    );
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
      else if (typeof value === 'string') {
        if (marker !== null && value.startsWith(marker)) {
          // The number as written (the error report shows it, e.g. as the row's employee_id).
          const written = value.slice(marker.length);
          row.cells[index] = written;
          row.problem ??= inexactProblem(key, written);
        } else row.cells[index] = value;
      } else if (typeof value === 'number' || typeof value === 'boolean') row.cells[index] = String(value);
      else
        row.problem ??= `"${escapeInvalidText(key)}" holds ${Array.isArray(value) ? 'an array' : 'an object'}; expected a string, number or null`;
    }
  });
  return { columns, rows, noRecords: rows.length === 0, perRecordColumns: true };
}
