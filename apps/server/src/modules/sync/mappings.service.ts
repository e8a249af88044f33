import type { Static } from 'typebox';
import { apiTimestamp, nowIso, type ServiceContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { lockCompanyNames } from '../../db/locks.js';
import { tenant } from '../../db/tenant.js';
import { DomainError, type FieldError, invalid, notFound, pointerToken } from '../../http/errors.js';
import { type Page, paginate, parseOrderBy, whereInstantRange } from '../../http/pagination.js';
import { changedFields, changesNothing, inTransaction, recordChange } from '../../platform/audit/record-change.js';
import { mappingProblems } from './mapping-rules.js';
import {
  type Mapping,
  type MappingCreateBody,
  type MappingListQuery,
  type MappingUpdateBody,
  mappingSortable,
} from './mappings.schemas.js';
import type { SyncFileKind, SyncMappingsTable } from './sync.tables.js';
import { dateFields, genderValues, statusValues } from './sync-fields.js';
import { dateParser, isValidDateFormat, type MappingSpec } from './sync-records.js';

export type MappingView = Static<typeof Mapping>;
type Ctx = Pick<ServiceContext, 'db' | 'companyId'>;

const resourceType = 'sync_mapping';

function toView(row: SyncMappingsTable): MappingView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    columns: JSON.parse(row.columns),
    valueMaps: JSON.parse(row.valueMaps),
    dateFormat: row.dateFormat,
    dateFormats: JSON.parse(row.dateFormats),
    constants: JSON.parse(row.constants),
    delimiter: row.delimiter as MappingView['delimiter'],
    encoding: row.encoding,
    createdAt: apiTimestamp(row.createdAt),
    updatedAt: apiTimestamp(row.updatedAt),
  };
}

export function mappingSpecOf(row: SyncMappingsTable): MappingSpec {
  const v = toView(row);
  return {
    columns: v.columns,
    valueMaps: v.valueMaps,
    dateFormat: v.dateFormat,
    dateFormats: v.dateFormats,
    constants: v.constants,
    delimiter: v.delimiter,
    encoding: v.encoding,
  };
}

export async function findMappingRow(ctx: Ctx, id: string): Promise<SyncMappingsTable | undefined> {
  return tenant(ctx).selectFrom('syncMappings').selectAll().where('id', '=', id).executeTakeFirst();
}

async function requireMapping(ctx: Ctx, id: string): Promise<SyncMappingsTable> {
  const row = await findMappingRow(ctx, id);
  if (!row) throw notFound('Mapping', id);
  return row;
}

export async function getMapping(ctx: ServiceContext, id: string): Promise<MappingView> {
  return toView(await requireMapping(ctx, id));
}

export async function listMappings(ctx: ServiceContext, query: Static<typeof MappingListQuery>): Promise<Page<MappingView>> {
  let q = tenant(ctx).selectFrom('syncMappings').selectAll();
  if (query.kind) q = q.where('kind', '=', query.kind);
  q = whereInstantRange(q, 'updatedAt', query, 'updatedAt');
  const page = await paginate(q, query, parseOrderBy(query.orderBy, mappingSortable, [['name', 'asc']]));
  return { data: page.data.map(toView), meta: page.meta };
}

/**
 * Fields a constant cannot give: every row would carry the same value. Employees: the key (`externalId`), so every
 * file would fail as duplicate ids. Positions: the key (`positionId`), and the parent (`parentPositionId`), since a
 * tree needs exactly one position without a parent and the others under it.
 */
const noConstant: Record<SyncFileKind, Record<string, string>> = {
  employees: { externalId: 'identifies each employee: it must come from a column (a constant gives every row the same id)' },
  positions: {
    positionId: 'identifies each position: it must come from a column (a constant gives every row the same id)',
    parentPositionId: 'must come from a column: with one parent for every row the tree has no single root',
  },
};

/** Fields with a closed set of values (compared case-insensitively, as the engine does); empty is allowed (no value). */
const closedValues: Record<string, readonly string[]> = { status: statusValues, gender: genderValues };

/** `/section/key` with the key escaped as an RFC 6901 reference token. */
const at = (section: string, ...keys: string[]) => `/${section}${keys.map((k) => `/${pointerToken(k)}`).join('')}`;

/** mapping-rules.ts writes `/section/<key>` with the key as it is: escape it (a column may hold `/` or `~`). */
function escaped(pointer: string): string {
  const m = /^\/(columns|valueMaps|constants|dateFormats)\/(.*)$/s.exec(pointer);
  return m ? at(m[1] as string, m[2] as string) : pointer;
}

/**
 * Rules beyond mapping-rules.ts (which the CLI shares), each for a mapping that could never read a file: blank or
 * ambiguous source columns, a constant for the key, value-map targets and constants that the row checks of
 * sync-records.ts would refuse on every row (a status or gender outside its values, a date not in the field's format).
 */
function moreProblems(kind: SyncFileKind, m: MappingSpec): FieldError[] {
  const problems: FieldError[] = [];
  // Columns: the engine compares source names trimmed and lower-cased.
  const seen = new Map<string, [string, string]>();
  for (const [column, field] of Object.entries(m.columns)) {
    const key = column.trim().toLowerCase();
    if (key === '') {
      problems.push({ pointer: at('columns', column), message: 'a source column name cannot be empty or only spaces' });
      continue;
    }
    const first = seen.get(key);
    if (!first) seen.set(key, [column, field]);
    else if (first[1] !== field) {
      problems.push({
        pointer: at('columns', column),
        message: `the same source column as "${first[0]}" (names are compared trimmed and case-insensitively), mapped to another field (${field}, not ${first[1]}); keep one of them`,
      });
    }
  }
  // Own keys only: a field named `constructor` or `toString` is an unknown field (reported above), not a lookup.
  const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);
  const formatOf = (field: string) => own(m.dateFormats, field) ?? m.dateFormat;
  /** Why a value the row checks would refuse, or null when it can work. */
  const refused = (field: string, value: string): string | null => {
    if (value === '') return null;
    const allowed = own(closedValues, field);
    if (allowed && kind === 'employees' && !allowed.includes(value.toLowerCase())) {
      return `"${value}" is not a valid ${field}: one of ${allowed.join(', ')} (or empty)`;
    }
    if (kind === 'employees' && (dateFields as string[]).includes(field) && isValidDateFormat(formatOf(field))) {
      if (dateParser(formatOf(field))(value) === null) return `"${value}" is not a date in the format ${formatOf(field)} of ${field}`;
    }
    return null;
  };
  for (const [field, map] of Object.entries(m.valueMaps)) {
    for (const [from, to] of Object.entries(map)) {
      const why = refused(field, to);
      if (why) problems.push({ pointer: at('valueMaps', field, from), message: why });
    }
  }
  for (const [field, value] of Object.entries(m.constants)) {
    const reason = own(noConstant[kind], field);
    if (reason) {
      problems.push({ pointer: at('constants', field), message: `no constant for ${field}: it ${reason}` });
      continue;
    }
    // A constant goes through the field's value map too (as a cell would).
    const effective = mapped(own(m.valueMaps, field), value);
    const why = refused(field, effective);
    if (why) problems.push({ pointer: at('constants', field), message: why });
  }
  return problems;
}

/** A value after the field's value map, matched as mapRecords does: exactly, then by the lower-cased source value. */
function mapped(map: Record<string, string> | undefined, value: string): string {
  if (!map) return value;
  if (Object.hasOwn(map, value)) return map[value] as string;
  const lower = value.toLowerCase();
  for (const [from, to] of Object.entries(map)) if (from.toLowerCase() === lower) return to;
  return value;
}

/** 400 listing every rule the mapping breaks (mapping-rules.ts and the ones above). */
function validate(kind: SyncFileKind, spec: MappingSpec, name?: string) {
  const problems: FieldError[] = [];
  if (name !== undefined && name.trim() === '') problems.push({ pointer: '/name', message: 'cannot be empty or only spaces' });
  for (const p of mappingProblems(kind, spec)) problems.push({ pointer: escaped(p.pointer), message: p.message });
  problems.push(...moreProblems(kind, spec));
  if (problems.length) throw invalid(problems);
}

const nameKey = (name: string) => name.trim().toLowerCase();

/**
 * Names are unique per company and kind, compared trimmed and case-insensitively (the CLI finds a mapping of a file's
 * kind by its name; the employee and the position mapping of one export may share a name). No
 * unique index can say so on both databases without a migration (an expression index); the check runs in the write
 * transaction instead, serialized per company on PostgreSQL (SQLite runs one write transaction at a time).
 */
async function assertNameFree(tx: ServiceContext, name: string, kind: string, selfId: string | null) {
  await lockCompanyNames(tx, 'sync_mappings');
  const key = nameKey(name);
  const rows = await tenant(tx)
    .selectFrom('syncMappings')
    .select(['id', 'name'])
    .where('kind', '=', kind as never)
    .execute();
  const other = rows.find((r) => r.id !== selfId && nameKey(r.name) === key);
  if (other) {
    const message = `A mapping of kind ${kind} named "${other.name}" already exists (${other.id}): choose another name, or change that mapping with PUT /sync/v1/mappings/${other.id}.`;
    throw new DomainError('conflict', message, { errors: [{ pointer: '/name', message }], existingId: other.id });
  }
}

export async function createMapping(ctx: ServiceContext, input: Static<typeof MappingCreateBody>): Promise<MappingView> {
  const kind = input.kind ?? 'employees';
  const spec = {
    columns: input.columns ?? {},
    valueMaps: input.valueMaps ?? {},
    dateFormat: input.dateFormat ?? 'YYYY-MM-DD',
    dateFormats: input.dateFormats ?? {},
    constants: input.constants ?? {},
    delimiter: input.delimiter ?? null,
    encoding: (input.encoding ?? 'utf-8').toLowerCase(),
  };
  validate(kind, spec, input.name);
  return inTransaction(ctx, async (tx) => {
    await assertNameFree(tx, input.name, kind, null);
    const now = nowIso(tx);
    const row: SyncMappingsTable = {
      id: newId(),
      companyId: tx.companyId,
      name: input.name.trim(),
      kind,
      columns: JSON.stringify(spec.columns),
      valueMaps: JSON.stringify(spec.valueMaps),
      dateFormat: spec.dateFormat,
      dateFormats: JSON.stringify(spec.dateFormats),
      constants: JSON.stringify(spec.constants),
      delimiter: spec.delimiter,
      encoding: spec.encoding,
      createdAt: now,
      updatedAt: now,
    };
    await tenant(tx).insert('syncMappings', row);
    const view = toView(row);
    await recordChange(tx, { resourceType, resourceId: row.id, after: view, event: { type: 'sync_mapping.created', data: view } });
    return view;
  });
}

/**
 * PUT: fields sent replace their values (a map replaces the whole map), fields not sent keep theirs; the merged mapping
 * is validated as a whole. The kind changes only while no file was read with the mapping (files keep its id).
 */
export async function updateMapping(ctx: ServiceContext, id: string, input: Static<typeof MappingUpdateBody>): Promise<MappingView> {
  return inTransaction(ctx, async (tx) => {
    const current = await requireMapping(tx, id);
    const before = toView(current);
    const kind = input.kind ?? current.kind;
    const next = {
      columns: input.columns ?? before.columns,
      valueMaps: input.valueMaps ?? before.valueMaps,
      dateFormat: input.dateFormat ?? before.dateFormat,
      dateFormats: input.dateFormats ?? before.dateFormats,
      constants: input.constants ?? before.constants,
      delimiter: input.delimiter === undefined ? before.delimiter : input.delimiter,
      encoding: (input.encoding ?? before.encoding).toLowerCase(),
    };
    if (kind !== current.kind) {
      const used = await tenant(tx)
        .selectFrom('syncFiles')
        .select((eb) => eb.fn.countAll().as('count'))
        .where('mappingId', '=', id)
        .executeTakeFirst();
      const count = Number(used?.count ?? 0);
      if (count > 0) {
        const message = `The mapping is for ${current.kind} files and ${count} file(s) were read with it: its kind cannot change. Create a new mapping of kind ${kind} instead.`;
        throw new DomainError('conflict', message, { errors: [{ pointer: '/kind', message }] });
      }
    }
    validate(kind, next, input.name);
    const name = input.name ?? current.name;
    if (nameKey(name) !== nameKey(current.name) || kind !== current.kind) await assertNameFree(tx, name, kind, id);
    const values = {
      name: input.name?.trim() ?? current.name,
      kind,
      columns: JSON.stringify(next.columns),
      valueMaps: JSON.stringify(next.valueMaps),
      dateFormat: next.dateFormat,
      dateFormats: JSON.stringify(next.dateFormats),
      constants: JSON.stringify(next.constants),
      delimiter: next.delimiter,
      encoding: next.encoding,
      updatedAt: nowIso(tx),
    };
    // The same mapping sent again is not a write (see changesNothing).
    if (changesNothing(changedFields(before, toView({ ...current, ...values })), current, values)) return before;
    await tenant(tx).updateTable('syncMappings').set(values).where('id', '=', id).execute();
    const after = await getMapping(tx, id);
    await recordChange(tx, {
      resourceType,
      resourceId: id,
      before,
      after,
      event: { type: 'sync_mapping.updated', data: after, changes: changedFields(before, after) },
    });
    return after;
  });
}

/** Files keep the id of the mapping they were read with; deleting a mapping does not touch them. */
export async function deleteMapping(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await getMapping(tx, id);
    await tenant(tx).deleteFrom('syncMappings').where('id', '=', id).execute();
    await recordChange(tx, { resourceType, resourceId: id, before, event: { type: 'sync_mapping.deleted', data: before } });
  });
}

/** Copies every mapping of one company into another (sandbox creation). */
export async function copyMappings(from: Ctx, to: ServiceContext): Promise<void> {
  const rows = await tenant(from).selectFrom('syncMappings').selectAll().execute();
  for (const { companyId: _from, ...row } of rows) await tenant(to).insert('syncMappings', { ...row, id: newId() });
}
