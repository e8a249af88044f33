import { fullFormats } from 'ajv-formats/dist/formats.js';
import { isCalendarDay } from '../../context.js';
import { escapeInvalidText, invalidTextProblem } from '../../text-rules.js';
import type { SyncFileKind } from './sync.tables.js';
import {
  dateFields,
  type EmployeeSyncField,
  employeeColumns,
  genderValues,
  type PositionSyncField,
  positionColumns,
  requiredEmployeeFields,
  requiredPositionFields,
  type SyncField,
  statusValues,
} from './sync-fields.js';

/**
 * A file's bytes, which the reader lets go (sets to null) once it has decoded them: the caller keeps no other
 * reference, so the bytes of a large file (~45 MB for 100,000 employees in XML) are not held while its rows are read.
 */
export interface FileSource {
  bytes: Uint8Array | null;
}

/** The bytes of `input`, and a way to let them go (a plain array stays the caller's). */
export function fileSource(input: Uint8Array | FileSource): FileSource {
  return input instanceof Uint8Array ? { bytes: input } : input;
}

/** The bytes, which must not have been let go yet. */
export function bytesOf(source: FileSource): Uint8Array {
  if (!source.bytes) throw new Error('The file was read already.');
  return source.bytes;
}

/** A file read into rows of named cells, before any mapping: what each format parser produces. */
export interface RawTable {
  /** Column names as they appear in the file (CSV header, JSON keys, XML element names). */
  columns: string[];
  rows: RawRow[];
  /**
   * The file names no columns of its own (an XML or JSON file with no records): it is the empty roster, read as if it
   * had every required column, so that it means "nobody" (and meets the removal threshold) instead of failing on them.
   */
  noRecords?: boolean;
  /**
   * XML and JSON: each record names its own columns (the table's are the union of them), so two names of one field
   * (`line_manager_id` and `manager_id`, both in the XSD) used by different records are no clash: each record's value
   * is taken from the name it has, and only a record that gives the field two different values is rejected (a CSV
   * header with both names is ambiguous for every row, and rejects the file).
   */
  perRecordColumns?: boolean;
}

export interface RawRow {
  /** CSV: line number (the header is line 1); XML: line of the record's start tag; JSON: 1-based index in the array. */
  row: number;
  /** Cells aligned with RawTable.columns (undefined: the record has no such cell). */
  cells: (string | undefined)[];
  /** Set by the parser when the row itself is malformed (e.g. a CSV line with the wrong number of cells). */
  problem?: string;
}

export interface RowError {
  row: number | null;
  externalId: string | null;
  field: string | null;
  message: string;
}

/** Rejects the whole file: nothing changes. `errors` carries the details (e.g. each XSD error with its line). */
export class FileRejection extends Error {
  constructor(
    message: string,
    readonly errors: RowError[] = [],
  ) {
    super(message);
    this.name = 'FileRejection';
  }
}

/** A row after mapping and normalisation: sync field → value ('' = empty cell; absent = column not in the file). */
export interface SyncRecord<F extends SyncField = SyncField> {
  row: number;
  values: Partial<Record<F, string>>;
  /**
   * Problems of a row with an end_date and without status inactive, in fields a leaver's row is not read for (see
   * `leaves`): whether the row leaves depends on the day it is compared, so they reject it only if it stays in the
   * roster. The fields at fault are left out of `values`.
   */
  unlessLeaving?: { field: string; message: string }[];
}

/**
 * Whether a row takes its employee out of the roster (status inactive, or an end_date on or before `today`). Such a
 * row is read only for its employee_id and end_date (and its start date, when valid, to check the end_date against),
 * like an absent row: a bad value in any other field does not keep a leaver on the roster.
 */
export function leaves(values: Partial<Record<EmployeeSyncField, string>>, today: string): boolean {
  return values.status === 'inactive' || (!!values.endDate && values.endDate <= today);
}

export interface MappingSpec {
  /** Source column → sync field; merged over the default columns. */
  columns: Record<string, string>;
  valueMaps: Record<string, Record<string, string>>;
  dateFormat: string;
  dateFormats: Record<string, string>;
  constants: Record<string, string>;
  delimiter: string | null;
  encoding: string;
}

export interface MappedFile<F extends SyncField> {
  /** Sync fields the file carries (columns present, and constants). */
  fields: F[];
  records: SyncRecord<F>[];
  rowErrors: RowError[];
}

const maxLength: Partial<Record<SyncField, number>> = {
  externalId: 255,
  firstName: 100,
  lastName: 100,
  email: 254,
  employeeType: 200,
  department: 200,
  country: 100,
  jobTitle: 200,
  manager: 255,
  office: 200,
  phone: 64,
  positionId: 255,
  title: 255,
  parentPositionId: 255,
  holderExternalId: 255,
};

/**
 * The rule of the employee API's `format: 'email'` (ajv-formats, as app.ts sets it up): the feed stores only emails
 * the API would take back unchanged on a PUT.
 */
const emailFormat = fullFormats.email as RegExp;

function isValidEmail(value: string): boolean {
  return emailFormat.test(value);
}

/**
 * Parses a date written in `format` (tokens YYYY, MM, M, DD, D; anything else is a literal, e.g. `DD.MM.YYYY`,
 * `YYYYMMDD`, `MM/DD/YYYY`) into `YYYY-MM-DD`; null when the value does not match or is not a real day.
 */
export function dateParser(format: string): (value: string) => string | null {
  const order: ('Y' | 'M' | 'D')[] = [];
  let pattern = '';
  for (let i = 0; i < format.length; ) {
    const rest = format.slice(i);
    const token = ['YYYY', 'MM', 'DD', 'M', 'D'].find((t) => rest.startsWith(t));
    if (token) {
      order.push(token[0] as 'Y' | 'M' | 'D');
      pattern += token === 'YYYY' ? '(\\d{4})' : token.length === 2 ? '(\\d{2})' : '(\\d{1,2})';
      i += token.length;
    } else {
      pattern += (format[i] as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i += 1;
    }
  }
  // The default ISO format also takes date-times (JSON exports often carry `2024-01-05T00:00:00Z`).
  const iso = format === 'YYYY-MM-DD';
  const regex = new RegExp(`^${pattern}${iso ? '(?:[T ].*)?' : ''}$`);
  return (value: string) => {
    const m = regex.exec(value);
    if (!m) return null;
    let y = 0;
    let mo = 0;
    let d = 0;
    for (let k = 0; k < order.length; k++) {
      const n = Number(m[k + 1]);
      const t = order[k];
      if (t === 'Y') y = n;
      else if (t === 'M') mo = n;
      else d = n;
    }
    if (y < 1000 || !isCalendarDay(y, mo, d)) return null;
    // Already YYYY-MM-DD (the common case): the value is its own normal form.
    if (iso && value.length === 10) return value;
    return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
}

export function isValidDateFormat(format: string): boolean {
  return /YYYY/.test(format) && /M/.test(format) && /D/.test(format);
}

/**
 * Resolves which column feeds which sync field; file-level problems (missing columns, ambiguity) reject the file. With
 * `perRecordColumns` (XML, JSON), a field named by several columns gets them all in `alternatesOf` (read per record).
 */
function resolveColumns<F extends SyncField>(
  kind: SyncFileKind,
  columns: string[],
  mapping: MappingSpec | null,
  noRecords = false,
  perRecordColumns = false,
): { columnOf: Map<F, number>; alternatesOf: Map<F, number[]>; fields: F[] } {
  const defaults = (kind === 'employees' ? employeeColumns : positionColumns) as Record<string, F>;
  const byName = new Map<string, F>();
  for (const [col, field] of Object.entries(defaults)) byName.set(col.toLowerCase(), field);
  for (const [col, field] of Object.entries(mapping?.columns ?? {})) byName.set(col.trim().toLowerCase(), field as F);
  const columnOf = new Map<F, number>();
  const alternatesOf = new Map<F, number[]>();
  const problems: string[] = [];
  columns.forEach((column, index) => {
    const field = byName.get(column.trim().toLowerCase());
    if (!field) return;
    const other = columnOf.get(field);
    if (other !== undefined) {
      if (perRecordColumns) {
        const alternates = alternatesOf.get(field) ?? [other];
        alternates.push(index);
        alternatesOf.set(field, alternates);
        return;
      }
      problems.push(`columns "${columns[other]}" and "${column}" both give the field ${field}`);
      return;
    }
    columnOf.set(field, index);
  });
  for (const field of alternatesOf.keys()) columnOf.delete(field);
  const constants = Object.keys(mapping?.constants ?? {}) as F[];
  for (const field of constants) {
    if (columnOf.has(field))
      problems.push(`the field ${field} has both a column ("${columns[columnOf.get(field) as number]}") and a constant`);
    const alternates = alternatesOf.get(field);
    if (alternates) problems.push(`the field ${field} has both a column ("${columns[alternates[0] as number]}") and a constant`);
  }
  if (problems.length) throw new FileRejection(`Ambiguous columns: ${problems.join('; ')}.`);
  const present = new Set<F>([...columnOf.keys(), ...alternatesOf.keys(), ...constants]);
  const required = (kind === 'employees' ? requiredEmployeeFields : requiredPositionFields) as F[];
  if (noRecords) for (const f of required) present.add(f);
  const missing = required.filter((f) => !present.has(f));
  if (missing.length) {
    const names = missing.map((f) => {
      const column = Object.entries(defaults).find(([, v]) => v === f)?.[0];
      return `${column ?? f} (field ${f})`;
    });
    // The other kind's file sent here (a position file as the employee file, say): say so rather than list columns.
    const otherKind = kind === 'employees' ? 'position' : 'employee';
    const otherColumns = new Set(Object.keys(kind === 'employees' ? positionColumns : employeeColumns).map((c) => c.toLowerCase()));
    const ownColumns = new Set(Object.keys(defaults).map((c) => c.toLowerCase()));
    const looksOther = columns.some((c) => {
      const name = c.trim().toLowerCase();
      return otherColumns.has(name) && !ownColumns.has(name);
    });
    const hint = looksOther
      ? ` This looks like ${otherKind === 'employee' ? 'an' : 'a'} ${otherKind} file: upload it to /sync/v1/${otherKind}-files${otherKind === 'position' ? ' (roster sync upload --positions <file>)' : ''}.`
      : ' Name the columns as in the XSD, or map yours with a mapping (mappingId).';
    throw new FileRejection(
      `Missing required column${missing.length > 1 ? 's' : ''}: ${names.join(', ')}.${hint}`,
      missing.map((f) => ({ row: 1, externalId: null, field: f, message: 'required column missing' })),
    );
  }
  return { columnOf, alternatesOf, fields: [...present] };
}

/**
 * One string for each distinct value: values that repeat over 100,000 rows (statuses, countries, dates, departments,
 * the ids of managers) are held once rather than once per row as a parser or a database driver returns them.
 */
export function interner(): (value: string | null) => string | null {
  const seen = new Map<string, string>();
  return (value) => {
    if (value === null) return null;
    const known = seen.get(value);
    if (known !== undefined) return known;
    seen.set(value, value);
    return value;
  };
}

/** Fields whose values are mostly distinct from row to row (not worth interning). */
const uniqueFields = new Set<string>(['externalId', 'positionId', 'email', 'phone']);

/**
 * Applies the mapping (columns, constants, value maps, date formats) and checks each row. Row problems reject the row
 * (listed in the error report); file problems throw FileRejection. The table is read once: its rows are let go as they are
 * mapped (the array keeps its length).
 */
export function mapRecords<F extends SyncField>(kind: SyncFileKind, table: RawTable, mapping: MappingSpec | null): MappedFile<F> {
  const { columnOf, alternatesOf, fields } = resolveColumns<F>(
    kind,
    table.columns,
    mapping,
    table.noRecords === true && table.rows.length === 0,
    table.perRecordColumns === true,
  );
  const alternates = [...alternatesOf];
  const valueMaps = new Map<string, Map<string, string>>();
  for (const [field, map] of Object.entries(mapping?.valueMaps ?? {})) {
    const m = new Map<string, string>();
    for (const [from, to] of Object.entries(map)) {
      m.set(from, to);
      if (!m.has(from.toLowerCase())) m.set(from.toLowerCase(), to);
    }
    valueMaps.set(field, m);
  }
  const parsers = new Map<string, (v: string) => string | null>();
  for (const field of dateFields) {
    parsers.set(field, dateParser(mapping?.dateFormats?.[field] ?? mapping?.dateFormat ?? 'YYYY-MM-DD'));
  }
  const constants = Object.entries(mapping?.constants ?? {}) as [F, string][];
  const columnFields = [...columnOf.keys()];
  const columnIndexes = [...columnOf.values()];
  const records: SyncRecord<F>[] = [];
  const rowErrors: RowError[] = [];
  const idField = (kind === 'employees' ? 'externalId' : 'positionId') as F;
  // Values that repeat from row to row (department, country, dates, manager ids…) are held once for the whole file
  // rather than once per row: a few hundred bytes less for each of 100,000 records.
  const interned = fields.filter((f) => !uniqueFields.has(f)).map((f) => [f, interner()] as const);
  // Each raw row is let go once mapped (the rows array keeps its length): a 100,000-row file's rows and records are
  // not all held at once.
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const raw = rows[r] as RawRow;
    rows[r] = undefined as never;
    const values: Partial<Record<F, string>> = {};
    const cells = raw.cells;
    for (let i = 0; i < columnFields.length; i++) values[columnFields[i] as F] = (cells[columnIndexes[i] as number] ?? '').trim();
    let clash: Problem | undefined;
    for (const [field, indexes] of alternates) {
      let value = '';
      for (const index of indexes) {
        const cell = (cells[index] ?? '').trim();
        if (!cell || cell === value) continue;
        if (value) {
          clash ??= {
            field,
            message: `${indexes.map((k) => table.columns[k]).join(' and ')} give ${field} two values ("${escapeInvalidText(value)}", "${escapeInvalidText(cell)}"); send one`,
          };
          continue;
        }
        value = cell;
      }
      values[field] = value;
    }
    for (const [field, value] of constants) values[field] = value;
    if (valueMaps.size)
      for (const [field, map] of valueMaps) {
        const v = values[field as F];
        if (v === undefined) continue;
        const mapped = map.get(v) ?? map.get(v.toLowerCase());
        if (mapped !== undefined) values[field as F] = mapped;
      }
    // An id no stored text may hold is not repeated in the report (the row number says which row it is).
    const id = values[idField] as string | undefined;
    const externalId = id && invalidTextProblem(id) === null ? id : null;
    if (raw.problem) {
      rowErrors.push({ row: raw.row, externalId, field: null, message: escapeInvalidText(raw.problem) });
      continue;
    }
    if (clash) {
      rowErrors.push({ row: raw.row, externalId, field: clash.field, message: clash.message });
      continue;
    }
    const invalid = takeInvalidText(values);
    let problems = kind === 'employees' ? checkEmployee(values as never, parsers) : checkPosition(values as never);
    // The fields taken out have their own problem, not also "empty".
    if (invalid) problems = [...invalid, ...problems.filter((p) => !invalid.some((i) => i.field === p.field))];
    let unlessLeaving: Problem[] | undefined;
    if (problems.length) {
      const v = values as Partial<Record<EmployeeSyncField, string>>;
      // A leaver's row is read only for its employee_id and end_date: problems elsewhere do not keep the employee on
      // the roster (docs/sync.md: an inactive row is excluded like an absent one). Which rows leave by their end_date
      // depends on the day of the comparison: those problems reject the row there if it stays (employee-diff.ts).
      const mayLeave = kind === 'employees' && !problems.some((p) => p.leaver) && (v.status === 'inactive' || !!v.endDate);
      if (!mayLeave) {
        for (const p of problems) rowErrors.push({ row: raw.row, externalId, field: p.field, message: p.message });
        continue;
      }
      for (const p of problems) delete values[p.field as F];
      if (v.status !== 'inactive') unlessLeaving = problems.map((p) => ({ field: p.field, message: p.message }));
    }
    for (const [field, intern] of interned) {
      const v = values[field];
      if (v !== undefined) values[field] = intern(v) as string;
    }
    records.push(unlessLeaving ? { row: raw.row, values, unlessLeaving } : { row: raw.row, values });
  }
  return { fields, records, rowErrors };
}

/** `leaver`: a problem with what a leaver's row is read for too (employee_id, status, end_date). */
type Problem = { field: string; message: string; leaver?: true };

/** The fields a leaver's row is read for (see `leaves`). */
const leaverFields = new Set<string>(['externalId', 'status', 'endDate']);

/**
 * Values no stored text may hold (a NUL character, half of a surrogate pair: text-rules.ts), in any field of the record
 * — also those only stored or ignored (phone, middle_name) — as the API refuses them in any string: each rejects the
 * row, naming its field, and is taken out of the record so that no other check reads or quotes it (a message quoting a
 * NUL could not be stored either). Null when there are none (the usual case).
 */
function takeInvalidText(values: Record<string, string | undefined>): Problem[] | null {
  let found: Problem[] | null = null;
  for (const field in values) {
    const value = values[field];
    const problem = value ? invalidTextProblem(value) : null;
    if (problem === null) continue;
    found ??= [];
    found.push({ field, message: `${field} ${problem}`, ...(leaverFields.has(field) ? { leaver: true as const } : {}) });
    delete values[field];
  }
  return found;
}

const maxLengths = Object.entries(maxLength) as [SyncField, number][];

function tooLong(values: Record<string, string | undefined>): Problem[] {
  const out: Problem[] = [];
  // In the order of the record's keys, as the error report lists them.
  let over: Set<string> | null = null;
  for (let i = 0; i < maxLengths.length; i++) {
    const [field, max] = maxLengths[i] as [SyncField, number];
    const value = values[field];
    if (value !== undefined && value.length > max) {
      over ??= new Set();
      over.add(field);
    }
  }
  if (!over) return out;
  for (const field of Object.keys(values)) {
    if (over.has(field)) out.push({ field, message: `longer than ${maxLength[field as SyncField]} characters` });
  }
  return out;
}

function checkEmployee(values: Partial<Record<EmployeeSyncField, string>>, parsers: Map<string, (v: string) => string | null>): Problem[] {
  const problems: Problem[] = [];
  if (!values.externalId) problems.push({ field: 'externalId', message: 'employee_id is empty', leaver: true });
  if (values.status !== undefined && values.status !== '') {
    const s = values.status.toLowerCase();
    if (!(statusValues as readonly string[]).includes(s)) {
      problems.push({
        field: 'status',
        message: `"${values.status}" is not active or inactive (map other values with a value map)`,
        leaver: true,
      });
    } else values.status = s;
  }
  for (const field of dateFields) {
    const v = values[field];
    if (v === undefined || v === '') continue;
    const parsed = parsers.get(field)?.(v) ?? null;
    if (parsed === null) {
      const problem: Problem = { field, message: `"${v}" is not a valid date in the expected format` };
      // The end date dates a termination; the start date and the date of birth are not read from a leaver's row.
      if (field === 'endDate') problem.leaver = true;
      problems.push(problem);
    } else values[field] = parsed;
  }
  if (
    values.startDate &&
    values.endDate &&
    values.endDate < values.startDate &&
    !problems.some((p) => p.field === 'endDate' || p.field === 'startDate')
  ) {
    problems.push({ field: 'endDate', message: `end_date ${values.endDate} is before start_date ${values.startDate}`, leaver: true });
  }
  if (!values.firstName) problems.push({ field: 'firstName', message: 'forename is empty' });
  if (!values.lastName) problems.push({ field: 'lastName', message: 'surname is empty' });
  if (values.email && !isValidEmail(values.email)) problems.push({ field: 'email', message: `"${values.email}" is not an email address` });
  if (values.gender) {
    const g = values.gender.toLowerCase();
    if (!(genderValues as readonly string[]).includes(g)) {
      problems.push({
        field: 'gender',
        message: `"${values.gender}" is not one of ${genderValues.join(', ')} (map other values with a value map)`,
      });
    } else values.gender = g;
  }
  if (values.manager && values.manager === values.externalId)
    problems.push({ field: 'manager', message: 'an employee cannot be their own manager' });
  for (const p of tooLong(values)) {
    if (p.field === 'externalId') p.leaver = true;
    problems.push(p);
  }
  return problems;
}

function checkPosition(values: Partial<Record<PositionSyncField, string>>): Problem[] {
  const problems: Problem[] = [];
  if (!values.positionId) problems.push({ field: 'positionId', message: 'position_id is empty' });
  if (!values.title) problems.push({ field: 'title', message: 'position_title is empty' });
  problems.push(...tooLong(values));
  return problems;
}

/** Duplicate keys reject the whole file (which row is the real one cannot be guessed). */
export function assertUniqueKeys(kind: SyncFileKind, records: SyncRecord[], errors: RowError[]) {
  const key = kind === 'employees' ? 'externalId' : 'positionId';
  const seen = new Map<string, number>();
  const duplicates: RowError[] = [];
  const check = (row: number, id: string) => {
    const first = seen.get(id);
    if (first !== undefined) duplicates.push({ row, externalId: id, field: key, message: `duplicate id: also on row ${first}` });
    else seen.set(id, row);
  };
  let ordered = true;
  for (let i = 1; i < records.length && ordered; i++) ordered = (records[i - 1] as SyncRecord).row < (records[i] as SyncRecord).row;
  if (ordered && !errors.some((e) => e.externalId)) {
    // The usual case (records in row order, no rejected row holding an id): no list of every id to sort.
    for (const r of records) {
      const id = (r.values as Record<string, string | undefined>)[key];
      if (id) check(r.row, id);
    }
  } else {
    const all: { row: number; id: string }[] = [];
    for (const r of records) {
      const id = (r.values as Record<string, string | undefined>)[key];
      if (id) all.push({ row: r.row, id });
    }
    // A rejected row may have several errors; it still holds its id once.
    const rejectedRows = new Set<string>();
    for (const e of errors) {
      if (!e.externalId || rejectedRows.has(`${e.row}:${e.externalId}`)) continue;
      rejectedRows.add(`${e.row}:${e.externalId}`);
      all.push({ row: e.row ?? 0, id: e.externalId });
    }
    all.sort((a, b) => a.row - b.row);
    for (const { row, id } of all) check(row, id);
  }
  if (duplicates.length) {
    const label = kind === 'employees' ? 'employee_id' : 'position_id';
    const sample = duplicates
      .slice(0, 5)
      .map((d) => `${d.externalId} (row ${d.row})`)
      .join(', ');
    throw new FileRejection(
      `Duplicate ${label}${duplicates.length > 1 ? 's' : ''}: ${sample}${duplicates.length > 5 ? ` and ${duplicates.length - 5} more` : ''}.`,
      duplicates,
    );
  }
}
