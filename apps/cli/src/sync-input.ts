import fs from 'node:fs';
import path from 'node:path';
import { usageFailure } from './failures.js';
import type { MappingBody, SyncFormat, SyncKind } from './sync-client.js';

/**
 * Reading what the admin points the sync commands at: the files (format and kind detected like the server does) and
 * local mapping files. No server code: `upload` must start fast and run where only the CLI is installed.
 */

export interface InputFile {
  path: string;
  /** The name recorded on the server (the base name). */
  name: string;
  bytes: Buffer;
  format: SyncFormat;
}

export function readInputFile(file: string, format?: SyncFormat): InputFile {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw usageFailure(
      'file_unreadable',
      code === 'ENOENT'
        ? `No such file: ${file}`
        : code === 'EISDIR'
          ? `${file} is a directory, not a file.`
          : `Cannot read ${file}: ${(err as Error).message}`,
    );
  }
  if (bytes.length === 0) throw usageFailure('file_empty', `${file} is empty: expected the whole roster.`);
  return { path: file, name: path.basename(file), bytes, format: format ?? detectFormat(file, bytes) };
}

/** By extension (.xml, .csv/.txt/.tsv, .json), else by the first character of the content, as the server decides. */
export function detectFormat(file: string, bytes: Uint8Array): SyncFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xml') return 'xml';
  if (ext === '.json') return 'json';
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'csv';
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (bytes[i] === 0x3c) return 'xml';
  if (bytes[i] === 0x5b || bytes[i] === 0x7b) return 'json';
  return 'csv';
}

/**
 * Employees or positions, from the content: the root element of XML (`<positions>`), the `positions` key of a JSON
 * object, or a `position_id` column / key in CSV and JSON. Anything else is an employee file.
 */
export function detectKind(format: SyncFormat, bytes: Uint8Array): SyncKind {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 65_536))
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  if (format === 'xml') {
    // The first element after the prolog, comments and processing instructions.
    const text = head.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, '');
    return /<\s*positions[\s>/]/.exec(text)?.index === text.search(/<\s*[A-Za-z_]/) ? 'positions' : 'employees';
  }
  if (format === 'json') {
    if (/^\s*\{\s*"positions"\s*:/.test(head)) return 'positions';
    if (/^\s*\{\s*"employees"\s*:/.test(head)) return 'employees';
    return /"position_id"\s*:/.test(head) ? 'positions' : 'employees';
  }
  const header = (head.split(/\r?\n/, 1)[0] ?? '').toLowerCase();
  return header
    .split(/[,;\t|]/)
    .map((c) => c.trim().replace(/^"|"$/g, ''))
    .includes('position_id')
    ? 'positions'
    : 'employees';
}

/** A mapping kept in a local JSON file: the body of POST /sync/v1/mappings (`name` defaults to the file's base name). */
export interface MappingFile {
  path: string;
  /** The `kind` the file states, if it does. */
  declaredKind: SyncKind | null;
  body: MappingBody & { name: string; kind: SyncKind };
}

const mappingKeys = ['name', 'kind', 'columns', 'valueMaps', 'dateFormat', 'dateFormats', 'constants', 'delimiter', 'encoding'];
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `--mapping <id|file.json>`: an existing file is read as a mapping; otherwise it must be a mapping id. */
export function mappingArgument(arg: string, option: string): { id: string } | { file: string } {
  if (fs.existsSync(arg)) return { file: arg };
  if (uuidPattern.test(arg)) return { id: arg.toLowerCase() };
  throw usageFailure('invalid_mapping', `${option} ${arg}: no such file, and not a mapping id (a UUID from GET /sync/v1/mappings).`);
}

/** Reads and checks the shape of a mapping file; the server checks the field names when the CLI saves it. */
export function readMappingFile(file: string, defaultKind?: SyncKind): MappingFile {
  let doc: unknown;
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw usageFailure('invalid_mapping', `The mapping file ${file} is not valid JSON: ${(err as Error).message}`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw usageFailure(
      'invalid_mapping',
      `The mapping file ${file} must hold one JSON object, e.g. {"name": "SAP", "columns": {"PERNR": "externalId"}}.`,
    );
  }
  const body = doc as Record<string, unknown>;
  const problems: string[] = [];
  const unknown = Object.keys(body).filter((k) => !mappingKeys.includes(k));
  if (unknown.length)
    problems.push(
      `unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} (known: ${mappingKeys.join(', ')})`,
    );
  const isStringMap = (v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
  for (const key of ['columns', 'dateFormats', 'constants']) {
    if (body[key] !== undefined && !isStringMap(body[key])) problems.push(`"${key}" must be an object of strings`);
  }
  const valueMaps = body.valueMaps;
  if (
    valueMaps !== undefined &&
    !(valueMaps !== null && typeof valueMaps === 'object' && !Array.isArray(valueMaps) && Object.values(valueMaps).every(isStringMap))
  ) {
    problems.push('"valueMaps" must map each field to an object of strings, e.g. {"status": {"A": "active"}}');
  }
  for (const key of ['name', 'dateFormat', 'encoding']) {
    if (body[key] !== undefined && (typeof body[key] !== 'string' || !(body[key] as string).trim()))
      problems.push(`"${key}" must be a non-empty string`);
  }
  if (body.delimiter !== undefined && body.delimiter !== null && typeof body.delimiter !== 'string')
    problems.push('"delimiter" must be a string or null');
  if (body.kind !== undefined && body.kind !== 'employees' && body.kind !== 'positions')
    problems.push('"kind" must be "employees" or "positions"');
  if (problems.length)
    throw usageFailure('invalid_mapping', `The mapping file ${file} is not valid: ${problems.join('; ')}.`, { errors: problems });
  const declaredKind = (body.kind as SyncKind | undefined) ?? null;
  const kind = declaredKind ?? defaultKind ?? 'employees';
  const name = ((body.name as string | undefined) ?? path.basename(file).replace(/\.json$/i, '')).trim();
  return { path: file, declaredKind, body: { ...(body as MappingBody), name, kind } };
}
