import { createHash } from 'node:crypto';
import { dayIn, type ServiceContext } from '../../context.js';
import { tenant } from '../../db/tenant.js';
import { decodeText, detectDelimiter, simpleCsvLines, utf8CsvLines } from './format-csv.js';
import type { SyncFilesTable } from './sync.tables.js';
import { apiFieldOf, type EmployeeSyncField } from './sync-fields.js';
import type { MappingSpec, SyncRecord } from './sync-records.js';
import type { EffectiveSyncSettings } from './sync-settings.service.js';

/**
 * "Same content on an untouched roster": the daily export of an ERP usually changes nothing, yet its bytes differ
 * (row order, a timestamp in the file name column, quoting, CSV instead of XML). Comparing such a file with 100,000
 * employees means reading the whole roster; instead, when
 *
 * 1. the last applied employee file completed without row errors (so the roster then matched every record of it),
 * 2. this file's records are the same as that file's (same fields, same values, in any order) and were compared under
 *    the same settings and comparison rules (the fingerprint covers both),
 * 3. no record's end date lies after the day that file was applied (an end date that has been reached since turns an
 *    active row into a leaver), and
 * 4. nobody and nothing has changed the company's roster since that file started, nor within a minute before (no
 *    audit row other than that file's own, except of resources a comparison never reads: see `outsideTheRoster`;
 *    every write stores one),
 *
 * the comparison cannot find anything to do, and the file completes with every row unchanged, as the full
 * comparison would have. Any doubt falls back to the full comparison.
 *
 * For the daily CSV export there is a cheaper first test (`csvLineFingerprint`): when the file's lines are those of
 * the last file in another order, under the same mapping and settings, its records are that file's, so the file need
 * not even be parsed. Every line is a record only when the file has no quote character (a quoted cell may span
 * lines); other files take the test above. An XML file has the same first test over its `<employee>` elements
 * (`xmlElementFingerprint`): the same elements in another order are the same records, already valid against the
 * schema, so neither validation nor parsing is needed.
 */

/** Bump when the comparison's rules change: a fingerprint taken under other rules says nothing about this file. */
const comparisonRules = 2;

/** A write by anyone but the sync recorded this long before the last file started may still have been uncommitted
 * when that file read the roster (API writes take milliseconds; this covers slow transactions and clock skew between
 * server processes). */
const overlapMs = 60_000;

type Rec = SyncRecord<EmployeeSyncField>;

/**
 * SHA-256 of the comparison settings, the fields and the records in external-id order. Each record is one line: its
 * (unique) external id, then its values in field-name order (\u0001 after each, \u0002 for an absent one), so the
 * order of rows and columns does not count, and sorting the lines natively (no comparator callback; linear for a file
 * in the same order as before) sorts the records.
 */
export function employeeContentFingerprint(records: Rec[], fields: EmployeeSyncField[], settings: EffectiveSyncSettings): string {
  const sorted = [...fields].sort();
  const rest = sorted.filter((f) => f !== 'externalId');
  const lines = new Array<string>(records.length);
  for (let i = 0; i < records.length; i++) {
    const values = (records[i] as Rec).values;
    let line = `${values.externalId ?? ''}\u0000`;
    for (const f of rest) line += `${values[f] ?? '\u0002'}\u0001`;
    lines[i] = line;
  }
  lines.sort();
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ rules: comparisonRules, fields: sorted, ...comparisonSettings(settings) }));
  hashLines(hash, lines);
  return hash.digest('hex');
}

/** The settings that decide how a record is compared with the roster. */
function comparisonSettings(settings: EffectiveSyncSettings) {
  return { matchBy: settings.matchBy, leaverAction: settings.leaverAction, manualFields: [...settings.manualFields].sort() };
}

function hashLines(hash: ReturnType<typeof createHash>, lines: string[]): void {
  for (let i = 0; i < lines.length; i += 1000) hash.update(`\n${lines.slice(i, i + 1000).join('\n')}`);
}

/** Bump when reading a CSV or checking its rows changes: the same lines may then give other records. */
const csvRules = 2;

export interface CsvLines {
  /** SHA-256 of the rules, mapping, settings, the header line and the other lines sorted. */
  fingerprint: string;
  /** Records the file holds: its non-empty lines after the header. */
  records: number;
}

/**
 * The lines of a CSV file in which every line is a record (no quote character, one kind of line ending), in an order
 * of their own, with what decides how they become records (the mapping, the delimiter) and are compared (the
 * settings). Two files with the same fingerprint hold the same records; null when the file does not qualify (or does
 * not decode: the parser reports that).
 */
export function csvLineFingerprint(bytes: Uint8Array, mapping: MappingSpec | null, settings: EffectiveSyncSettings): CsvLines | null {
  const encoding = (mapping?.encoding ?? 'utf-8').toLowerCase();
  let lines: string[] | null;
  if (encoding === 'utf-8' || encoding === 'utf8') {
    lines = utf8CsvLines(bytes);
  } else {
    let text: string;
    try {
      text = decodeText(bytes, encoding);
    } catch {
      return null;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    lines = simpleCsvLines(text)?.filter((l) => l !== '') ?? null;
  }
  const header = lines?.shift();
  if (!lines || header === undefined) return null;
  const delimiter = mapping?.delimiter ?? detectDelimiter(header);
  // A line of only separators (`;;;;`, as Excel saves a row once touched) is no record, as the parser reads it.
  const content = new RegExp(`[^\\s${delimiter.replace(/[\\^\]-]/g, '\\$&')}]`);
  lines = lines.filter((line) => content.test(line));
  lines.sort();
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      rules: comparisonRules,
      csv: csvRules,
      delimiter,
      mapping,
      ...comparisonSettings(settings),
    }),
  );
  hash.update(`\n${header}`);
  hashLines(hash, lines);
  return { fingerprint: hash.digest('hex'), records: lines.length };
}

/** Bump when reading an XML file or checking its records changes: the same elements may then give other records. */
const xmlRules = 2;

const employeeOpen = Buffer.from('<employee');
const employeeClose = Buffer.from('</employee>');
const isXmlSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * The XML counterpart of `csvLineFingerprint`: the `<employee>` elements of a UTF-8 employee file in an order of their
 * own (each element's bytes as they are), with the bytes around them (the declaration and the root element's tags),
 * the mapping and the settings. A file whose elements are those of the last applied file in another order (with any
 * whitespace between them) is that file's document with its records reordered: as valid against the schema (the
 * employees are a sequence of one element type) and holding the same records. Null when the file does not qualify: a
 * comment, CDATA section, processing instruction or DOCTYPE anywhere (`<!`, or `<?` past the declaration), an
 * encoding other than UTF-8 declared, anything but whitespace between the elements, or no element at all.
 */
export function xmlElementFingerprint(bytes: Uint8Array, mapping: MappingSpec | null, settings: EffectiveSyncSettings): CsvLines | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  if (buf.indexOf('<!', start) !== -1) return null;
  let body = start;
  if (buf.indexOf('<?xml', start) === start) {
    body = buf.indexOf('?>', start);
    if (body === -1) return null;
    body += 2;
    const declaration = buf.toString('latin1', start, body);
    const encoding = /encoding\s*=\s*["']([^"']*)["']/.exec(declaration)?.[1]?.toLowerCase();
    if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'utf8') return null;
  }
  if (buf.indexOf('<?', body) !== -1) return null;
  /** The next `<employee>` start tag at or after `from` (not `<employees>`, `<employee_id>`); -2 for `<employee/>`. */
  const nextRecord = (from: number): number => {
    for (let at = buf.indexOf(employeeOpen, from); at !== -1; at = buf.indexOf(employeeOpen, at + 1)) {
      const next = buf[at + employeeOpen.length] as number;
      if (next === 0x3e || isXmlSpace(next)) return at;
      if (next === 0x2f) return -2;
    }
    return -1;
  };
  const elements: string[] = [];
  let first = -1;
  let end = -1;
  for (let at = nextRecord(body); at !== -1; at = nextRecord(end)) {
    if (at === -2) return null;
    if (first === -1) first = at;
    else for (let i = end; i < at; i++) if (!isXmlSpace(buf[i] as number)) return null;
    const close = buf.indexOf(employeeClose, at);
    if (close === -1) return null;
    const inner = nextRecord(at + 1);
    if (inner === -2 || (inner !== -1 && inner < close)) return null; // a nested record element
    end = close + employeeClose.length;
    // latin1: one character per byte, a flat string that sorts by its bytes (the comparison needs no decoding).
    elements.push(buf.toString('latin1', at, end));
  }
  if (first === -1) return null;
  elements.sort();
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ rules: comparisonRules, xml: xmlRules, mapping, ...comparisonSettings(settings) }));
  hash.update('\n');
  // The bytes before the first element and after the last, without the whitespace next to the elements.
  let before = first;
  while (before > start && isXmlSpace(buf[before - 1] as number)) before--;
  let after = end;
  while (after < buf.length && isXmlSpace(buf[after] as number)) after++;
  hash.update(buf.subarray(start, before));
  hash.update('\n');
  hash.update(buf.subarray(after));
  for (let i = 0; i < elements.length; i += 1000) hash.update(`\n${elements.slice(i, i + 1000).join('\n')}`, 'latin1');
  return { fingerprint: hash.digest('hex'), records: elements.length };
}

/** The first end date of the records after the given day, or null (once reached, the same records do more: condition 3). */
export function firstEndAfter(records: Rec[], day: string): string | null {
  let first: string | null = null;
  for (const r of records) {
    const end = r.values.endDate;
    if (end && end > day && (first === null || end < first)) first = end;
  }
  return first;
}

/** The columns of the last applied file that the shortcuts compare with (select them as a LastAppliedFile). */
export const lastAppliedFileColumns = [
  'id',
  'status',
  'sha256',
  'mappingId',
  'contentFingerprint',
  'lineFingerprint',
  'pendingEndDate',
  'fields',
  'startedAt',
  'finishedAt',
] as const;

export type LastAppliedFile = Pick<
  SyncFilesTable,
  | 'id'
  | 'status'
  | 'sha256'
  | 'mappingId'
  | 'contentFingerprint'
  | 'lineFingerprint'
  | 'pendingEndDate'
  | 'fields'
  | 'startedAt'
  | 'finishedAt'
>;

/**
 * What comparing an employee file with the roster reads of the employees it matches, as API view fields: those its
 * columns write (always-manual ones stay as they are on existing employees), and what every file decides — who is
 * active, the external id that matches them. Plus whether it reads department and office assignments.
 */
export interface ComparedFields {
  view: Set<string>;
  departments: boolean;
  offices: boolean;
}

export function comparedFields(fields: readonly string[], settings: Pick<EffectiveSyncSettings, 'manualFields'>): ComparedFields {
  const manual = new Set<string>(settings.manualFields);
  const view = new Set(['externalId', 'status', 'terminationDate', 'terminationReason', 'deletedAt']);
  let departments = false;
  let offices = false;
  for (const field of fields) {
    if (manual.has(field)) continue;
    if (field === 'department') departments = true;
    else if (field === 'office') offices = true;
    else {
      const api = apiFieldOf[field as EmployeeSyncField];
      if (api) view.add(api);
    }
  }
  return { view, departments, offices };
}

/** Whether the file with these records is known to change nothing (the conditions above). */
export async function changesNothing(
  ctx: ServiceContext,
  last: LastAppliedFile | undefined,
  records: Rec[],
  fingerprint: string,
  compared: ComparedFields,
): Promise<boolean> {
  if (last?.status !== 'complete' || last.contentFingerprint !== fingerprint || !last.startedAt) return false;
  if (firstEndAfter(records, dayIn(new Date(last.startedAt), ctx.company?.timezone))) return false;
  return untouchedSince(ctx, last, compared);
}

/**
 * Whether the CSV file with these lines is known to change nothing: its lines are the last file's, and that file's
 * records passed conditions 1–3 (its line fingerprint is stored only then), so condition 4 is left.
 */
export async function sameLinesChangeNothing(
  ctx: ServiceContext,
  last: LastAppliedFile | undefined,
  lines: CsvLines,
  settings: Pick<EffectiveSyncSettings, 'manualFields'>,
): Promise<boolean> {
  if (last?.status !== 'complete' || !last.contentFingerprint || last.lineFingerprint !== lines.fingerprint || !last.fields) return false;
  // The same lines are the same columns: the last file's fields are this file's.
  return untouchedSince(ctx, last, comparedFields(JSON.parse(last.fields) as string[], settings));
}

/**
 * Writes that cannot change what comparing a file with the roster finds: they touch neither employees, their
 * departments, offices, job charges, custom fields and org-chart managers. Anything not listed here (a future module's
 * writes included) counts as a change.
 */
const outsideTheRoster = [
  'sync_file',
  'sync_mapping', // a mapping changes how a file is read, not the roster: the fingerprints cover the mapping itself
  // The settings that decide the comparison (matching, leavers, always-manual fields) are part of the fingerprints;
  // the rest (notifications, threshold, on/off) changes no employee, and hand edits made while sync was off have rows
  // of their own.
  'sync_settings',
  'api_key',
  'technical_user',
  'sandbox', // a sandbox is another company
  'webhook_subscription',
  'webhook_delivery',
  'role',
  'role_assignation',
  'employee_manager', // Sesame's approval managers, not the org-chart manager the feed sets
  'company', // name, language, timezone: not compared
];

/** More writes than this since the last file: compare in full rather than read them all. */
const writesWorthReading = 1_000;

interface Write {
  resourceType: string;
  resourceId: string | null;
  action: string;
  createdAt: string;
}

/**
 * Whether a write (an audit row) may have changed what the comparison reads: an employee update is harmless when every
 * field it changed (its event's `changes`: the audit row shows sensitive values as "[redacted]" on both sides) is one
 * the file does not compare — a bank detail, an always-manual start date; an assignment when the file carries no
 * department (office); anything else is not. `changes` holds the events of the employee updates; an update whose event
 * is gone (past the event retention) counts.
 */
function mayChangeComparison(write: Write, compared: ComparedFields, changes: Map<string, string[]>): boolean {
  if (write.resourceType === 'employee_department_assignation') return compared.departments;
  if (write.resourceType === 'employee_office_assignation') return compared.offices;
  if (write.resourceType !== 'employee' || write.action !== 'employee.updated') return true;
  const fields = changes.get(`${write.resourceId}|${write.createdAt}`);
  return !fields || fields.some((f) => f === '*' || compared.view.has(f));
}

/**
 * Condition 4: no write since the last file started (and a minute before it) by anyone but that file that could change
 * the roster. `compared` (employee files): writes to employees are read, and those that change only fields the file does
 * not compare do not count; without it (position files, whose holders are any employee), every employee write counts.
 */
export async function untouchedSince(ctx: ServiceContext, last: LastAppliedFile, compared?: ComparedFields): Promise<boolean> {
  if (!last.startedAt) return false;
  const since = new Date(Date.parse(last.startedAt) - overlapMs).toISOString();
  // Earlier files finished before the last one started (a company's files run one at a time), so their rows are
  // older than it; a later file's (a position file, say) are not.
  const writes = await tenant(ctx)
    .selectFrom('auditLogs')
    .select(['resourceType', 'resourceId', 'action', 'createdAt'])
    .where('createdAt', '>=', since)
    .where('resourceType', 'not in', outsideTheRoster)
    .where((eb) =>
      eb.or([
        eb('actorType', '!=', 'sync'),
        eb.and([eb('actorType', '=', 'sync'), eb('createdAt', '>=', last.startedAt as string), eb('actorId', '!=', last.id)]),
      ]),
    )
    .limit(compared ? writesWorthReading + 1 : 1)
    .execute();
  if (!compared || writes.length > writesWorthReading) return writes.length === 0;
  const changes = new Map<string, string[]>();
  const updated = [
    ...new Set(writes.filter((w) => w.resourceType === 'employee' && w.action === 'employee.updated').map((w) => w.resourceId as string)),
  ];
  if (updated.length) {
    const events = await tenant(ctx)
      .selectFrom('events')
      .select(['resourceId', 'createdAt', 'changes'])
      .where('type', '=', 'employee.updated')
      .where('resourceType', '=', 'employee')
      .where('resourceId', 'in', updated)
      .where('createdAt', '>=', since)
      .execute();
    for (const e of events) {
      // The audit row and the event of one change are written together, with the same time.
      const key = `${e.resourceId}|${e.createdAt}`;
      changes.set(key, [...(changes.get(key) ?? []), ...((e.changes ? JSON.parse(e.changes) : ['*']) as string[])]);
    }
  }
  return !writes.some((w) => mayChangeComparison(w, compared, changes));
}
