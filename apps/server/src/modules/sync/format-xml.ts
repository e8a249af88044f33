import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Parser } from 'htmlparser2';
import { decodeText } from './format-csv.js';
import type { SyncFileKind } from './sync.tables.js';
import { bytesOf, FileRejection, type FileSource, fileSource, type RawRow, type RawTable, type RowError } from './sync-records.js';

// xmllint-wasm is CommonJS; it runs libxml2 (compiled to WebAssembly) in a worker thread of its own.
const { validateXML, memoryPages } = createRequire(import.meta.url)('xmllint-wasm') as typeof import('xmllint-wasm');

const xsdCache = new Map<SyncFileKind, string>();

/** The XSD text of a file kind (served at /sync/v1/schemas/{employees,positions}.xsd). */
export function xsdOf(kind: SyncFileKind): string {
  let text = xsdCache.get(kind);
  if (!text) {
    text = fs.readFileSync(new URL(`./xsd/${kind}.xsd`, import.meta.url), 'utf8');
    xsdCache.set(kind, text);
  }
  return text;
}

const maxListedErrors = 1000;

const sendUtf8 = "send XML files in UTF-8 (or name the file's encoding in the charset of a raw upload: application/xml; charset=utf-16)";

/**
 * XML files are UTF-8 (Workstars' layout), and are refused before anything reads them when they are not: the checks
 * below and the extractor read the bytes as UTF-8, while libxml2 detects UTF-16 and UTF-32 on its own — from a byte
 * order mark, or from `<?` written `3C 00 3F 00` — and would read a DOCTYPE that the search for `<!DOCTYPE` in UTF-8
 * does not find. ASCII in UTF-16 is valid UTF-8 with a NUL byte after every character; XML allows no NUL at all. A
 * declaration of another encoding is refused as well.
 */
function refuseOtherEncodings(bytes: Uint8Array) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom =
    (buf[0] === 0xfe && buf[1] === 0xff) || (buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0 && buf[1] === 0 && buf[2] === 0xfe);
  if (bom) throw new FileRejection(`The file is UTF-16 or UTF-32 (it starts with a byte order mark): ${sendUtf8}.`);
  if (buf.indexOf(0) >= 0) {
    throw new FileRejection(`The file holds NUL bytes, as UTF-16 and UTF-32 text does (XML allows none): ${sendUtf8}.`);
  }
  // The declaration, up to its first `>` however long it is (the regular expression reads no further).
  const head = buf.toString('latin1', 0, buf.indexOf(0x3e) + 1 || 200);
  const declared = /^\uFEFF?<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(head.replace(/^\xEF\xBB\xBF/, ''))?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) {
    throw new FileRejection(`The file declares the encoding ${declared}: ${sendUtf8}.`);
  }
}

/**
 * DTDs are refused outright: no external entities (XXE), no entity expansion ("billion laughs"). The parsers below
 * would not expand them anyway; refusing makes the rule visible in the error report. After refuseOtherEncodings: the
 * bytes are searched as UTF-8.
 */
function refuseDeclarations(bytes: Uint8Array) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.indexOf('<!DOCTYPE') >= 0 || buf.indexOf('<!ENTITY') >= 0) {
    throw new FileRejection(
      'The file declares a DOCTYPE or ENTITY: document type declarations are refused (no external entities, no entity expansion). Remove the DOCTYPE.',
      [{ row: null, externalId: null, field: null, message: 'DOCTYPE / ENTITY declarations are not allowed' }],
    );
  }
}

/**
 * Validates against the kind's XSD with libxml2 (xmllint-wasm). Every error is listed with its line.
 *
 * libxml2 reads the file as a stream first (`--stream`: a 43 MB file of 100,000 employees is validated in ~200 MB
 * less memory than as a document tree). A file that fails is read again as a tree, for the report: the streaming
 * reader says nothing about where a file is not well-formed, and places a missing child at the element's end tag
 * rather than its start (the line of the record).
 */
export async function validateAgainstXsd(bytes: Uint8Array, kind: SyncFileKind): Promise<void> {
  const validate = (stream: boolean) =>
    validateXML({
      xml: [{ fileName: `${kind}.xml`, contents: bytes }],
      schema: [{ fileName: `${kind}.xsd`, contents: xsdOf(kind) }],
      initialMemoryPages: memoryPages.defaultInitialMemoryPages,
      maxMemoryPages: 2 * memoryPages.GiB,
      stream,
    });
  let result: Awaited<ReturnType<typeof validateXML>>;
  try {
    const streamed = await validate(true).catch(() => null);
    result = streamed?.valid ? streamed : await validate(false);
  } catch (err) {
    throw new FileRejection(`The file could not be validated against ${kind}.xsd: ${(err as Error).message}`);
  }
  if (result.valid) return;
  const problems = xmlProblems(result.errors);
  const errors = withSourceLines(bytes, problems.slice(0, maxListedErrors));
  const wellFormed = !result.errors.some((e) => /parser error/i.test(e.rawMessage));
  const first = errors[0];
  const where = first?.row ? ` (line ${first.row})` : '';
  const firstMessage = (first?.message ?? 'invalid').replace(/\.+$/, '');
  throw new FileRejection(
    wellFormed
      ? `The file does not match ${kind}.xsd${where}: ${firstMessage}${problems.length > 1 ? ` (and ${problems.length - 1} more errors)` : ''}.`
      : `The file is not well-formed XML${where}: ${firstMessage}`,
    errors,
  );
}

/** The longest source line quoted in an error message, in characters. */
const quotedLineChars = 120;

/** An error-report line of libxml2's, and the source excerpt libxml2 printed after it (parser errors), if any. */
interface XmlProblem {
  error: RowError;
  context?: string;
}

const dobName = Buffer.from('date_of_birth');

/**
 * Quotes the source line of each listed error at the end of its message, `… (at: <foo>x</foo>)`: libxml2's excerpt of
 * it (parser errors: the part of the line around the error) when it is found in that line, else the line's start.
 *
 * Never a line that holds a date of birth: the file's error, its report, the `sync_file.failed` event and the mail are
 * read without personal:read. A line is not quoted when it names date_of_birth (an element's start or end tag, even
 * one libxml2 found broken) or lies within such an element that spans lines; an excerpt of libxml2's that is not found
 * in the error's line is not quoted either (its source cannot be vouched for). One pass over the bytes up to the last
 * line.
 */
function withSourceLines(bytes: Uint8Array, problems: XmlProblem[]): RowError[] {
  const wanted = new Set(problems.filter((p) => p.error.row !== null).map((p) => p.error.row as number));
  const spans = new Map<number, { start: number; end: number }>();
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const last = wanted.size ? Math.max(...wanted) : 0;
  let line = 1;
  let start = 0;
  // Within a <date_of_birth> element begun on an earlier line (its value on lines of its own).
  let inside = false;
  let next = last ? buf.indexOf(dobName) : -1;
  while (line <= last && start <= buf.length) {
    const newline = buf.indexOf(10, start);
    const lineEnd = newline < 0 ? buf.length : newline;
    let holds = inside;
    for (; next !== -1 && next < lineEnd; next = buf.indexOf(dobName, next + dobName.length)) {
      holds = true;
      if (buf[next - 1] === 0x3c) {
        // A start tag: the element is open after it unless it closes itself (<date_of_birth/>).
        const close = buf.indexOf(0x3e, next);
        inside = close < 0 || buf[close - 1] !== 0x2f;
      } else if (buf[next - 1] === 0x2f && buf[next - 2] === 0x3c) inside = false;
    }
    if (wanted.has(line) && !holds) spans.set(line, { start, end: lineEnd });
    if (newline < 0) break;
    line += 1;
    start = newline + 1;
  }
  const decoder = new TextDecoder('utf-8', { fatal: false });
  return problems.map(({ error: e, context }) => {
    const span = e.row !== null ? spans.get(e.row) : undefined;
    let text: string | undefined;
    if (span && context && buf.subarray(span.start, span.end).indexOf(Buffer.from(context, 'utf8')) >= 0) text = context;
    else if (span) {
      // Copied out of the (possibly shared) buffer, at most a little more than the quoted length.
      text = decoder
        .decode(buf.slice(span.start, Math.min(span.end, span.start + quotedLineChars * 4)))
        .replace(/\r$/, '')
        .trim();
    }
    if (text) e.message = `${e.message} (at: ${text.length > quotedLineChars ? `${text.slice(0, quotedLineChars)}…` : text})`;
    return e;
  });
}

/**
 * libxml2's messages as error-report lines. A parser error is followed by the source line it points at, which comes
 * as a message of its own without a location: it belongs to the error before it (its context), not a line of its own.
 */
function xmlProblems(raw: ReadonlyArray<{ message: string; loc?: { lineNumber: number } | null }>): XmlProblem[] {
  const problems: XmlProblem[] = [];
  for (const e of raw) {
    const message = e.message.replace(/^element [^:]+: /, '').trim();
    const previous = problems[problems.length - 1];
    if (!e.loc && previous && previous.error.row !== null) {
      if (message && message !== '^') previous.context ??= message;
      continue;
    }
    problems.push({ error: { row: e.loc?.lineNumber ?? null, externalId: null, field: null, message } });
  }
  return problems;
}

/**
 * The parser hands text over as slices of the whole document, and V8 keeps a slice of 13 characters or more as a view
 * of its parent string: one kept value would keep the document (~45 MB for 100,000 employees, as long as the file is
 * being applied). A copy of the value lets the document go.
 */
function detached(value: string): string {
  return value.length < 13 ? value : ` ${value}`.slice(1);
}

/** Elements whose values are mostly distinct from record to record: copied, not interned. */
const distinctElements = new Set(['employee_id', 'position_id', 'email', 'phone']);

/**
 * Reads the records of an XSD-valid document (<employees><employee>… or <positions><root/><position>…) into rows of
 * cells named by the element names.
 */
function extractRecords(text: string, kind: SyncFileKind): RawTable {
  const recordNames = kind === 'employees' ? ['employee'] : ['root', 'position'];
  const columns: string[] = [];
  const indexOf = new Map<string, number>();
  const rows: RawRow[] = [];
  let depth = 0;
  let current: RawRow | null = null;
  let field: string | null = null;
  let value = '';
  let line = 1;
  let scanned = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        depth += 1;
        if (depth === 2 && recordNames.includes(name)) {
          const at = parser.startIndex;
          for (let i = text.indexOf('\n', scanned); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line += 1;
          scanned = at;
          current = { row: line, cells: [] };
          if (kind === 'positions' && name === 'root') current.cells[columnIndex('parent_position_id')] = '';
        } else if (depth === 3 && current) {
          field = name;
          value = '';
        }
      },
      ontext(data) {
        if (field !== null) value += data;
      },
      onclosetag() {
        if (depth === 3 && current && field !== null) {
          const index = columnIndex(field);
          current.cells[index] = interned[index] ? interned[index](value) : detached(value);
          field = null;
        } else if (depth === 2 && current) {
          rows.push(current);
          current = null;
        }
        depth -= 1;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  /**
   * Per column, values that repeat from record to record (departments, countries, dates, manager ids, names) held
   * once: the first copy of each is kept, and later records get it instead of a copy of their own.
   */
  const interned: (((value: string) => string) | null)[] = [];
  function columnIndex(name: string): number {
    let index = indexOf.get(name);
    if (index === undefined) {
      index = columns.length;
      columns.push(name);
      indexOf.set(name, index);
      const seen = new Map<string, string>();
      interned[index] = distinctElements.has(name)
        ? null
        : (v) => {
            const known = seen.get(v);
            if (known !== undefined) return known;
            const copy = detached(v);
            seen.set(copy, copy);
            return copy;
          };
    }
    return index;
  }
  parser.write(text);
  parser.end();
  // The XSD requires the mandatory elements of every record; <employees/> with none is the empty roster.
  return { columns, rows, noRecords: rows.length === 0, perRecordColumns: true };
}

/** XML files are UTF-8 (mappings, which can name another encoding, are for CSV and JSON only). */
function decodeXmlText(bytes: Uint8Array): string {
  try {
    return decodeText(bytes, 'utf-8');
  } catch (err) {
    if (err instanceof FileRejection) throw new FileRejection('The file is not valid UTF-8: save XML files as UTF-8.');
    throw err;
  }
}

/**
 * XML in Workstars' layout: DTDs refused, validated against our XSD, then read into rows.
 *
 * One after the other: the validator's thread holds a copy of the bytes (libxml2's in-memory file; and a second one,
 * the message that carries them, unless they are in a SharedArrayBuffer, as the sync engine reads them), and reading
 * the rows the decoded text and the rows; run side by side (as until 2026-12-06), a 43 MB file of 100,000 employees
 * took ~240 MB above its bytes at once, one after the other ~130 MB, for ~1.5 s more.
 */
export async function readXml(input: Uint8Array | FileSource, kind: SyncFileKind): Promise<RawTable> {
  return extractRecords(await validText(fileSource(input), kind), kind);
}

/** The text of a file that passed the checks and the XSD; its bytes are let go. */
async function validText(source: FileSource, kind: SyncFileKind): Promise<string> {
  const bytes = bytesOf(source);
  refuseOtherEncodings(bytes);
  refuseDeclarations(bytes);
  // Checked first: bytes that are not UTF-8 get that reason, not the schema error libxml2 would give them.
  if (!isUtf8(bytes)) throw new FileRejection('The file is not valid UTF-8: save XML files as UTF-8.');
  await validateAgainstXsd(bytes, kind);
  const text = decodeXmlText(bytes);
  source.bytes = null;
  return text;
}
