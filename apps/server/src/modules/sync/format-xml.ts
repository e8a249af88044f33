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

/**
 * DTDs are refused outright: no external entities (XXE), no entity expansion ("billion laughs"). The parsers below
 * would not expand them anyway; refusing makes the rule visible in the error report.
 */
function refuseDeclarations(bytes: Uint8Array) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.indexOf('<!DOCTYPE') >= 0 || buf.indexOf('<!ENTITY') >= 0) {
    throw new FileRejection(
      'The file declares a DOCTYPE or ENTITY: document type declarations are refused (no external entities, no entity expansion). Remove the DOCTYPE.',
      [{ row: null, externalId: null, field: null, message: 'DOCTYPE / ENTITY declarations are not allowed' }],
    );
  }
  const head = buf.subarray(0, 200).toString('latin1');
  const declared = /^\uFEFF?<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(head.replace(/^\xEF\xBB\xBF/, ''))?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) {
    throw new FileRejection(`The file declares the encoding ${declared}: send XML files in UTF-8.`);
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
  const errors = problems.slice(0, maxListedErrors);
  withSourceLines(bytes, errors);
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

/**
 * Quotes the source line of each listed error that libxml2 gave none (schema errors, and the end of a truncated
 * file): `… (at: <foo>x</foo>)`, as it does itself for most parser errors. One pass over the bytes up to the last line.
 */
function withSourceLines(bytes: Uint8Array, errors: RowError[]): void {
  const wanted = new Set(errors.filter((e) => e.row !== null && !e.message.includes(' (at: ')).map((e) => e.row as number));
  if (wanted.size === 0) return;
  const last = Math.max(...wanted);
  const lines = new Map<number, string>();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let line = 1;
  let start = 0;
  while (line <= last && start <= bytes.length) {
    const newline = bytes.indexOf(10, start);
    const lineEnd = newline < 0 ? bytes.length : newline;
    if (wanted.has(line)) {
      // Copied out of the (possibly shared) buffer, at most a little more than the quoted length.
      const text = decoder
        .decode(bytes.slice(start, Math.min(lineEnd, start + quotedLineChars * 4)))
        .replace(/\r$/, '')
        .trim();
      // Not a line that holds a date of birth: the error report is read with sync:read, not personal:read.
      if (text && !text.includes('<date_of_birth')) {
        lines.set(line, text.length > quotedLineChars ? `${text.slice(0, quotedLineChars)}…` : text);
      }
    }
    if (newline < 0) break;
    line += 1;
    start = newline + 1;
  }
  for (const e of errors) {
    const text = e.row !== null && !e.message.includes(' (at: ') ? lines.get(e.row) : undefined;
    if (text) e.message = `${e.message} (at: ${text})`;
  }
}

/**
 * libxml2's messages as error-report lines. A parser error is followed by the source line it points at, which comes
 * as a message of its own without a location: it belongs to the error before it (its context), not a line of its own.
 */
function xmlProblems(raw: ReadonlyArray<{ message: string; loc?: { lineNumber: number } | null }>): RowError[] {
  const problems: RowError[] = [];
  for (const e of raw) {
    const message = e.message.replace(/^element [^:]+: /, '').trim();
    const previous = problems[problems.length - 1];
    if (!e.loc && previous && previous.row !== null) {
      if (message && message !== '^') previous.message = `${previous.message} (at: ${message})`;
      continue;
    }
    problems.push({ row: e.loc?.lineNumber ?? null, externalId: null, field: null, message });
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
  return { columns, rows, noRecords: rows.length === 0 };
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
  refuseDeclarations(bytes);
  // Checked first: bytes that are not UTF-8 get that reason, not the schema error libxml2 would give them.
  if (!isUtf8(bytes)) throw new FileRejection('The file is not valid UTF-8: save XML files as UTF-8.');
  await validateAgainstXsd(bytes, kind);
  const text = decodeXmlText(bytes);
  source.bytes = null;
  return text;
}
