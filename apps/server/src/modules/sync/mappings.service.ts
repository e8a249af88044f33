import type { Static } from 'typebox';
import { apiTimestamp, nowIso, type ServiceContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { tenant } from '../../db/tenant.js';
import { invalid, notFound } from '../../http/errors.js';
import { type Page, paginate, parseOrderBy, whereInstantRange } from '../../http/pagination.js';
import { changedFields, inTransaction, recordChange } from '../../platform/audit/record-change.js';
import { mappingProblems } from './mapping-rules.js';
import {
  type Mapping,
  type MappingCreateBody,
  type MappingListQuery,
  type MappingUpdateBody,
  mappingSortable,
} from './mappings.schemas.js';
import type { SyncFileKind, SyncMappingsTable } from './sync.tables.js';
import type { MappingSpec } from './sync-records.js';

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

/** 400 listing every rule of mapping-rules.ts the mapping breaks. */
function validate(kind: SyncFileKind, spec: MappingSpec) {
  const problems = mappingProblems(kind, spec);
  if (problems.length) throw invalid(problems);
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
  validate(kind, spec);
  return inTransaction(ctx, async (tx) => {
    const at = nowIso(tx);
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
      createdAt: at,
      updatedAt: at,
    };
    await tenant(tx).insert('syncMappings', row);
    const view = toView(row);
    await recordChange(tx, { resourceType, resourceId: row.id, after: view, event: { type: 'sync_mapping.created', data: view } });
    return view;
  });
}

/** PUT: fields sent replace their values (a map replaces the whole map), fields not sent keep theirs. */
export async function updateMapping(ctx: ServiceContext, id: string, input: Static<typeof MappingUpdateBody>): Promise<MappingView> {
  return inTransaction(ctx, async (tx) => {
    const current = await requireMapping(tx, id);
    const before = toView(current);
    const next = {
      columns: input.columns ?? before.columns,
      valueMaps: input.valueMaps ?? before.valueMaps,
      dateFormat: input.dateFormat ?? before.dateFormat,
      dateFormats: input.dateFormats ?? before.dateFormats,
      constants: input.constants ?? before.constants,
      delimiter: input.delimiter === undefined ? before.delimiter : input.delimiter,
      encoding: (input.encoding ?? before.encoding).toLowerCase(),
    };
    validate(current.kind, next);
    await tenant(tx)
      .updateTable('syncMappings')
      .set({
        name: input.name?.trim() ?? current.name,
        columns: JSON.stringify(next.columns),
        valueMaps: JSON.stringify(next.valueMaps),
        dateFormat: next.dateFormat,
        dateFormats: JSON.stringify(next.dateFormats),
        constants: JSON.stringify(next.constants),
        delimiter: next.delimiter,
        encoding: next.encoding,
        updatedAt: nowIso(tx),
      })
      .where('id', '=', id)
      .execute();
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
