import { checkSyncFileLocally, mappingSpecFromBody } from '../../server/src/modules/sync/local-file-check.js';
import type { MappingSpec } from '../../server/src/modules/sync/sync-records.js';
import { usageFailure } from './failures.js';
import type { SyncFormat, SyncKind } from './sync-client.js';
import { detectKind, mappingArgument, readInputFile, readMappingFile } from './sync-input.js';

/**
 * `roster sync validate`: the server's own parsing and file checks (local-file-check.ts), run on the workstation with
 * no network. The only sync command that imports server code, and only the pure parsing part of it.
 */

export interface LocalProblem {
  /** Line of the file (CSV: the header is line 1; XML: the record's start tag; JSON: where the record starts). */
  line: number | null;
  /** JSON only: the 1-based index of the record in the array, as the server's error report counts it. */
  record?: number;
  /** employee_id (employee files) or position_id (position files) of the row, when it has one. */
  id: string | null;
  /** The sync field at fault (e.g. email, startDate, parentPositionId). */
  field: string | null;
  message: string;
}

export interface LocalValidation {
  file: string;
  format: SyncFormat;
  kind: SyncKind;
  valid: boolean;
  verdict: 'valid' | 'rejected' | 'row_errors';
  message: string | null;
  rows: number | null;
  validRows: number;
  mapping: string | null;
  problems: LocalProblem[];
}

export async function validateLocally(file: string, options: { type?: SyncKind; mapping?: string }): Promise<LocalValidation> {
  const input = readInputFile(file);
  let mappingFile: ReturnType<typeof readMappingFile> | null = null;
  if (options.mapping !== undefined) {
    const arg = mappingArgument(options.mapping, '--mapping');
    if ('id' in arg) {
      throw usageFailure(
        'mapping_needs_file',
        'validate works offline: give the mapping as a JSON file (the body of POST /sync/v1/mappings), not an id.',
      );
    }
    mappingFile = readMappingFile(arg.file, options.type);
    if (input.format === 'xml') {
      throw usageFailure('mapping_not_for_xml', 'Mappings apply to CSV and JSON files; an XML file follows the XSD. Leave out --mapping.');
    }
  }
  const kind = options.type ?? (mappingFile?.declaredKind || detectKind(input.format, input.bytes));
  if (mappingFile?.declaredKind && mappingFile.declaredKind !== kind) {
    throw usageFailure(
      'mapping_kind',
      `The mapping ${mappingFile.path} is for ${mappingFile.declaredKind} files, but the file is checked as ${kind}.`,
    );
  }
  let spec: MappingSpec | null = null;
  if (mappingFile) {
    const { spec: s, problems } = mappingSpecFromBody(kind, mappingFile.body);
    if (problems.length) {
      throw usageFailure('invalid_mapping', `The mapping file ${mappingFile.path} is not valid: ${problems.join('; ')}.`, {
        errors: problems,
      });
    }
    spec = s;
  }

  const check = await checkSyncFileLocally(kind, input.format, input.bytes, spec);
  const recordLines = input.format === 'json' ? jsonRecordLines(new TextDecoder().decode(input.bytes), kind) : [];
  const problems = check.problems.map((p): LocalProblem => {
    if (input.format !== 'json') return { line: p.row, id: p.externalId, field: p.field, message: p.message };
    const line = p.row !== null ? (recordLines[p.row - 1] ?? null) : jsonErrorLine(input.bytes, p.message);
    return { line, ...(p.row !== null ? { record: p.row } : {}), id: p.externalId, field: p.field, message: p.message };
  });
  return {
    file: input.path,
    format: input.format,
    kind,
    valid: check.verdict === 'valid',
    verdict: check.verdict,
    message: check.message,
    rows: check.rows,
    validRows: check.validRows,
    mapping: mappingFile?.body.name ?? null,
    problems,
  };
}

const maxPrinted = 200;

export function validationLines(v: LocalValidation): string[] {
  const what = `${v.format.toUpperCase()} ${v.kind === 'employees' ? 'employee' : 'position'} file`;
  const rows = v.rows === null ? '' : `, ${v.rows} ${v.format === 'json' ? 'record' : 'row'}${v.rows === 1 ? '' : 's'}`;
  const mapping = v.mapping ? ` (mapping "${v.mapping}")` : '';
  if (v.verdict === 'valid') return [`${v.file}: valid ${what}${rows}${mapping}.`];
  const idLabel = v.kind === 'employees' ? 'employee_id' : 'position_id';
  const problemLine = (p: LocalProblem) => {
    const where = [p.line !== null ? `line ${p.line}` : null, p.record !== undefined ? `record ${p.record}` : null]
      .filter(Boolean)
      .join(', ');
    const about = [p.id ? `${idLabel} ${p.id}` : null, p.field ? `field ${p.field}` : null].filter(Boolean).join(', ');
    return `  ${where || 'file'}: ${about ? `${about}: ` : ''}${oneLine(p.message)}`;
  };
  const shown = v.problems.slice(0, maxPrinted).map(problemLine);
  if (v.problems.length > maxPrinted) shown.push(`  … and ${v.problems.length - maxPrinted} more (--json lists them all)`);
  if (v.verdict === 'rejected') {
    // The file-level message, unless it only repeats the one problem listed.
    const summary = v.message && !v.problems.some((p) => p.message === v.message) ? [`  ${oneLine(v.message)}`] : [];
    return [
      `${v.file}: NOT VALID ${what}${rows}${mapping}: the server would reject the whole file and change nothing.`,
      ...summary,
      ...shown,
    ];
  }
  const bad = (v.rows ?? 0) - v.validRows;
  // No promise about the other rows: the server also rejects rows for what depends on its stored roster.
  return [
    `${v.file}: NOT VALID ${what}${rows}${mapping}: ${bad} ${bad === 1 ? 'row has' : 'rows have'} problems the server would reject; the server can find more in other rows, for what only it can check (${serverOnlyChecks[v.kind]}).`,
    ...shown,
  ];
}

/** What the server checks against the stored roster and validate cannot (local-file-check.ts). */
const serverOnlyChecks: Record<SyncKind, string> = {
  employees: 'managers outside the file, emails already in use',
  positions: 'holders who are not active employees or already hold another position',
};

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * Where each record of a JSON file starts (line numbers, indexed like the records): the elements of the top-level
 * array, or of the array under `employees` / `positions`, as format-json.ts reads them.
 */
export function jsonRecordLines(text: string, kind: SyncKind): number[] {
  const lines: number[] = [];
  const stack: { type: '[' | '{'; records: boolean; key: string | null; expectKey: boolean }[] = [];
  let line = 1;
  const valueStarts = () => {
    const top = stack[stack.length - 1];
    if (top?.type === '[' && top.records) lines.push(line);
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i] as string;
    const top = stack[stack.length - 1];
    if (c === '\n') {
      line += 1;
      i += 1;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === ':' || c === '\uFEFF') {
      i += 1;
    } else if (c === ',') {
      if (top?.type === '{') top.expectKey = true;
      i += 1;
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const startLine = line;
      for (let k = i; k < j; k++) if (text[k] === '\n') line += 1;
      if (top?.type === '{' && top.expectKey) {
        top.key = text.slice(i + 1, j);
        top.expectKey = false;
      } else {
        const save = line;
        line = startLine;
        valueStarts();
        line = save;
      }
      i = j + 1;
    } else if (c === '[' || c === '{') {
      valueStarts();
      // The records: a top-level array, or the array under `employees` / `positions` — or `value`, as an OData export
      // (Dynamics 365) wraps them.
      const records =
        c === '[' && (stack.length === 0 || (stack.length === 1 && top?.type === '{' && (top.key === kind || top.key === 'value')));
      stack.push({ type: c, records, key: null, expectKey: c === '{' });
      i += 1;
    } else if (c === ']' || c === '}') {
      stack.pop();
      i += 1;
    } else {
      valueStarts();
      while (i < text.length && !/[\s,\]}]/.test(text[i] as string)) i += 1;
    }
  }
  return lines;
}

/**
 * The line of a JSON syntax error: from the parser's message when it says ("(line N column M)" in newer Node versions,
 * "at position N" in older ones), else by finding the first offending character (Node 20 names neither).
 */
function jsonErrorLine(bytes: Uint8Array, message: string): number | null {
  if (!message.startsWith('The file is not valid JSON')) return null;
  const explicit = /\(line (\d+) column \d+\)/.exec(message);
  if (explicit) return Number(explicit[1]);
  const text = new TextDecoder().decode(bytes);
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : jsonSyntaxErrorOffset(text);
  return offset === null ? null : text.slice(0, offset).split('\n').length;
}

/** Offset of the first character that makes `text` invalid JSON (RFC 8259), or null when it is valid. */
export function jsonSyntaxErrorOffset(text: string): number | null {
  let i = 0;
  const fail = (): never => {
    throw new JsonSyntaxAt(i);
  };
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i += 1;
  };
  const string = () => {
    i += 1;
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') {
        i += 1;
        return;
      }
      if (c === '\\') i += 2;
      else if (c < ' ') fail();
      else i += 1;
    }
    fail();
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i += 1;
      ws();
      if (text[i] === close) {
        i += 1;
        return;
      }
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') fail();
          string();
          ws();
          if (text[i] !== ':') fail();
          i += 1;
        }
        value();
        ws();
        if (text[i] === ',') i += 1;
        else if (text[i] === close) {
          i += 1;
          return;
        } else fail();
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!literal) fail();
    i += (literal as RegExpExecArray)[0].length;
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return null;
  } catch (err) {
    if (err instanceof JsonSyntaxAt) return err.offset;
    throw err;
  }
}

class JsonSyntaxAt {
  constructor(readonly offset: number) {}
}
