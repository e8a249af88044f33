import type { SyncFileKind } from './sync.tables.js';
import {
  dateFields,
  employeeColumns,
  employeeSyncFields,
  positionColumns,
  positionSyncFields,
  requiredEmployeeFields,
  requiredPositionFields,
} from './sync-fields.js';
import { isValidDateFormat, type MappingSpec } from './sync-records.js';

export interface MappingProblem {
  /** JSON pointer into the mapping body, e.g. `/columns/Personalnummer`. */
  pointer: string;
  message: string;
}

const delimiters = [',', ';', '\t', '|'];

/**
 * The rules a mapping must follow, with no database: every name it uses is a sync field of its kind, a field is not
 * both a column and a constant, date formats and the encoding are usable. The mappings API answers 400 with these,
 * and `roster sync validate --mapping file.json` prints them before reading any file.
 */
export function mappingProblems(kind: SyncFileKind, m: MappingSpec): MappingProblem[] {
  const fields = new Set<string>(kind === 'employees' ? employeeSyncFields : positionSyncFields);
  const fieldList = [...fields].join(', ');
  const problems: MappingProblem[] = [];
  const notAField = (field: string) =>
    `"${field}" is not a sync field of ${kind === 'employees' ? 'employee' : 'position'} files (${fieldList})`;
  for (const [column, field] of Object.entries(m.columns)) {
    if (!fields.has(field)) problems.push({ pointer: `/columns/${column}`, message: notAField(field) });
  }
  for (const [name, part] of [
    ['valueMaps', m.valueMaps],
    ['constants', m.constants],
    ['dateFormats', m.dateFormats],
  ] as const) {
    for (const field of Object.keys(part)) {
      if (!fields.has(field)) problems.push({ pointer: `/${name}/${field}`, message: notAField(field) });
    }
  }
  const mapped = new Set(Object.values(m.columns));
  for (const field of Object.keys(m.constants)) {
    if (mapped.has(field)) problems.push({ pointer: `/constants/${field}`, message: 'this field also has a column; keep one of them' });
  }
  problems.push(...requiredLeftWithout(kind, m));
  if (!isValidDateFormat(m.dateFormat)) problems.push({ pointer: '/dateFormat', message: 'needs YYYY, M(M) and D(D), e.g. DD.MM.YYYY' });
  for (const [field, format] of Object.entries(m.dateFormats)) {
    if (!isValidDateFormat(format)) problems.push({ pointer: `/dateFormats/${field}`, message: 'needs YYYY, M(M) and D(D)' });
    else if (!(dateFields as string[]).includes(field)) problems.push({ pointer: `/dateFormats/${field}`, message: 'not a date field' });
  }
  if (m.delimiter !== null && !delimiters.includes(m.delimiter)) {
    problems.push({ pointer: '/delimiter', message: 'one of , ; | or a tab (or null to detect)' });
  }
  try {
    new TextDecoder(m.encoding);
  } catch {
    problems.push({ pointer: '/encoding', message: `"${m.encoding}" is not a known text encoding` });
  }
  return problems;
}

/**
 * A required field the mapping leaves with no column and no constant: its columns are merged over the default names
 * (the engine's resolveColumns in sync-records.ts), so giving a default name to another field (`employee_id` →
 * middleName) takes it from its own, and no file could be read with the mapping.
 */
function requiredLeftWithout(kind: SyncFileKind, m: MappingSpec): MappingProblem[] {
  const defaults: Record<string, string> = kind === 'employees' ? employeeColumns : positionColumns;
  const merged = new Map<string, string>();
  for (const [column, field] of Object.entries(defaults)) merged.set(column.toLowerCase(), field);
  for (const [column, field] of Object.entries(m.columns)) merged.set(column.trim().toLowerCase(), field);
  const given = new Set([...merged.values(), ...Object.keys(m.constants)]);
  const required: readonly string[] = kind === 'employees' ? requiredEmployeeFields : requiredPositionFields;
  return required
    .filter((field) => !given.has(field))
    .map((field) => {
      const own = Object.entries(defaults).find(([, f]) => f === field)?.[0] ?? field;
      const taken = Object.keys(m.columns).find((column) => column.trim().toLowerCase() === own.toLowerCase());
      return {
        pointer: taken !== undefined ? `/columns/${taken}` : '/columns',
        message: `${field} is required and this leaves it no column: "${own}" gives ${m.columns[taken ?? ''] ?? 'another field'} here; map another column to ${field}, or give it a constant`,
      };
    });
}
