import type { SyncFileKind } from './sync.tables.js';
import { dateFields, employeeSyncFields, positionSyncFields } from './sync-fields.js';
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
  const notAField = (field: string) => `"${field}" is not a ${kind} sync field (${fieldList})`;
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
