import { isUtf8 } from 'node:buffer';
import { CsvError, parse } from 'csv-parse/sync';
import { escapeInvalidText } from '../../text-rules.js';
import { bytesOf, FileRejection, type FileSource, fileSource, type RawRow, type RawTable } from './sync-records.js';

/** Decodes the bytes (UTF-8 by default, with or without BOM; a mapping may name another encoding, e.g. windows-1251). */
export function decodeText(bytes: Uint8Array, encoding: string): string {
  const label = encoding.toLowerCase();
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch (err) {
    if (err instanceof RangeError) throw new FileRejection(`Unknown encoding "${encoding}".`);
    throw new FileRejection(
      `The file is not valid ${label === 'utf-8' || label === 'utf8' ? 'UTF-8' : encoding}: save it as UTF-8, or name its encoding in the mapping (e.g. windows-1251 for 1C exports).`,
    );
  }
}

/** The delimiter of the header line: the most frequent of `,` `;` and tab outside quotes (`,` when none). */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 65_536; i++) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c] = (counts[c] as number) + 1;
  }
  let best = ',';
  for (const d of [';', '\t']) if ((counts[d] as number) > (counts[best] as number)) best = d;
  return best;
}

/**
 * The lines of a CSV text in which every line is a record: no quote character anywhere and one kind of line ending
 * (`\n`, or `\r\n` throughout). Empty lines included (the parsers skip them); null when the text needs the full parser.
 */
export function simpleCsvLines(text: string): string[] | null {
  if (text.includes('"')) return null;
  const firstNewline = text.indexOf('\n');
  if (firstNewline > 0 && text.charCodeAt(firstNewline - 1) === 13) {
    const lines = text.split('\r\n');
    for (const line of lines) if (line.includes('\r') || line.includes('\n')) return null;
    return lines;
  }
  if (text.includes('\r')) return null;
  return text.split('\n');
}

/**
 * `simpleCsvLines` of UTF-8 bytes without decoding the whole text: the non-empty lines, each decoded on its own (so
 * each is a flat string: sorting 100,000 of them is ~3× faster than sorting slices of one decoded text), BOM dropped.
 * Null when the bytes are not UTF-8 or the text needs the full parser (the same files as `simpleCsvLines`).
 */
export function utf8CsvLines(bytes: Uint8Array): string[] | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isUtf8(buf) || buf.indexOf(0x22) !== -1) return null;
  let start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const firstNewline = buf.indexOf(0x0a, start);
  const crlf = firstNewline > start && buf[firstNewline - 1] === 0x0d;
  let carriageReturns = 0;
  for (let i = buf.indexOf(0x0d); i !== -1; i = buf.indexOf(0x0d, i + 1)) carriageReturns++;
  if (carriageReturns && !crlf) return null;
  const lines: string[] = [];
  for (;;) {
    const newline = buf.indexOf(0x0a, start);
    let end = newline === -1 ? buf.length : newline;
    if (crlf && newline !== -1) {
      if (buf[end - 1] !== 0x0d) return null;
      end -= 1;
      carriageReturns -= 1;
    }
    if (end > start) lines.push(buf.toString('utf8', start, end));
    if (newline === -1) break;
    start = newline + 1;
  }
  // A carriage return other than before a newline: mixed line endings.
  return carriageReturns === 0 ? lines : null;
}

/**
 * The common case without csv-parse: no quote character anywhere and one kind of line ending (`\n`, or `\r\n`
 * throughout), so every line is a record and every delimiter separates cells. Returns the non-empty lines' cells and
 * line numbers exactly as csv-parse gives them (tested against it), or null when the text needs the full parser.
 */
export function splitSimpleCsv(text: string, delimiter: string): { records: string[][]; lines: number[] } | null {
  const lines = simpleCsvLines(text);
  if (!lines) return null;
  const records: string[][] = [];
  const numbers: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    records.push(line.split(delimiter));
    numbers.push(i + 1);
  }
  return { records, lines: numbers };
}

/**
 * The line on which each record starts, counted from the bytes csv-parse consumed: `\r\n`, `\n` and a lone `\r` are
 * one line break each, wherever they are. csv-parse's own `lines` is the line a record ends on, and counts a `\r\n`
 * inside a quoted cell as two breaks, so a record after a multi-line cell of a Windows export was reported lines late.
 */
function recordStartLines(text: string, recordEnds: number[]): number[] {
  const buf = Buffer.from(text, 'utf8');
  const starts: number[] = [];
  let pos = 0;
  let line = 1;
  const lineBreakAt = (i: number) => {
    const c = buf[i];
    if (c === 0x0a) return 1;
    if (c === 0x0d) return buf[i + 1] === 0x0a ? 2 : 1;
    return 0;
  };
  for (const end of recordEnds) {
    // Skip the line breaks before the record (the previous record's delimiter, empty lines).
    for (let n = lineBreakAt(pos); n > 0 && pos < end; n = lineBreakAt(pos)) {
      pos += n;
      line += 1;
    }
    starts.push(line);
    for (; pos < end; ) {
      const n = lineBreakAt(pos);
      if (n > 0) {
        // The record's own trailing delimiter counts towards the next record, which starts on the next line.
        pos += n;
        line += 1;
      } else pos += 1;
    }
  }
  return starts;
}

/** Any CSV (quotes, newlines in quoted cells, mixed line endings) through csv-parse. */
export function parseFullCsv(text: string, delimiter: string): { records: string[][]; lines: number[] } {
  const ends: number[] = [];
  try {
    const records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[], context: { bytes: number }) => {
        ends.push(context.bytes);
        return record;
      },
    }) as string[][];
    return { records, lines: recordStartLines(text, ends) };
  } catch (err) {
    if (err instanceof CsvError) {
      const { lines, index } = err as CsvError & { lines?: number; index?: number };
      const where = [lines ? `line ${lines}` : null, typeof index === 'number' ? `cell ${index + 1}` : null].filter(Boolean).join(', ');
      const message = csvSyntaxProblem(err.code);
      throw new FileRejection(`The file is not well-formed CSV${where ? ` (${where})` : ''}: ${message}`, [
        {
          row: lines ?? null,
          externalId: null,
          field: null,
          message: `${typeof index === 'number' ? `cell ${index + 1}: ` : ''}${message}`,
        },
      ]);
    }
    throw err;
  }
}

/**
 * csv-parse's problem in words of ours, by its code: its messages quote the cell (`… at line 2, value is
 * "1985-03-15"`), a date of birth as readily as anything else, and they would be the file's error, read without
 * personal:read (in its event and mail too). The line and the cell say where to look.
 */
function csvSyntaxProblem(code: string): string {
  switch (code) {
    case 'INVALID_OPENING_QUOTE':
      return 'a quote in an unquoted cell (a cell that holds quotes must be quoted as a whole, its quotes doubled: "a ""b"" c")';
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell is never closed (a closing quote is missing)';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'a quoted cell goes on after its closing quote (quotes inside a quoted cell are doubled: "a ""b"" c")';
    case 'CSV_MAX_RECORD_SIZE':
      return 'a record is too large';
    default:
      return `the file cannot be read as CSV (${code})`;
  }
}

/** Whether every cell of a record is empty or blank (a record starting with its id returns at the first cell). */
export function isEmptyRecord(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== '' && /\S/.test(cell)) return false;
  return true;
}

/** CSV with a header row; `,` `;` or tab (detected unless given), quoted fields (RFC 4180). */
export function readCsv(input: Uint8Array | FileSource, options: { delimiter: string | null; encoding: string }): RawTable {
  const source = fileSource(input);
  let text = decodeText(bytesOf(source), options.encoding);
  source.bytes = null;
  if (!text.trim()) throw new FileRejection('The file is empty: expected a header row and one row per employee.');
  const delimiter = options.delimiter ?? detectDelimiter(text);
  // TextDecoder drops a leading BOM already; csv-parse's `bom` option covers the full parser.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const { records, lines } = splitSimpleCsv(text, delimiter) ?? parseFullCsv(text, delimiter);
  const header = records[0] ?? [];
  const columns = header.map((c) => c.trim());
  const seen = new Set<string>();
  for (const c of columns) {
    const key = c.toLowerCase();
    // A name is quoted unless it holds a digit: a file without a header row has a record there (a date of birth).
    if (key && seen.has(key))
      throw new FileRejection(
        /\d/.test(c) ? 'The header names a column twice.' : `The header names the column "${escapeInvalidText(c)}" twice.`,
      );
    seen.add(key);
  }
  const rows: RawRow[] = new Array(Math.max(0, records.length - 1));
  let kept = 0;
  for (let i = 1; i < records.length; i++) {
    const cells = records[i] as string[];
    // A line of separators only (`;;;;;;;;`, as Excel saves a row it once touched) holds no record: skipped like a
    // blank line, not a row with empty cells that would be rejected on every run.
    if (isEmptyRecord(cells)) continue;
    const row: RawRow = { row: lines[i] ?? i + 1, cells };
    if (cells.length !== columns.length) row.problem = `the row has ${cells.length} cells, the header ${columns.length}`;
    rows[kept++] = row;
  }
  rows.length = kept;
  return { columns, rows };
}
