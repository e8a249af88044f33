import transliterate from '@sindresorhus/transliterate';
import type { Static } from 'typebox';
import { apiTimestamp, nowIso, type ServiceContext } from '../../context.js';
import { isUniqueViolation } from '../../db/constraint-errors.js';
import { newId } from '../../db/ids.js';
import { lockCompanyNames, lockRows } from '../../db/locks.js';
import { sortKey } from '../../db/sort-key.js';
import { tenant } from '../../db/tenant.js';
import { conflict, notFound } from '../../http/errors.js';
import { type Page, paginate, parseOrderBy, whereInstantRange } from '../../http/pagination.js';
import { changedFields, changesNothing, inTransaction, recordChange } from '../../platform/audit/record-change.js';
import { requiredName } from '../org/names.js';
import { assertSyncAllowsCustomFieldChange } from '../sync/sync-lock.js';
import {
  type CustomField,
  type CustomFieldCreateBody,
  type CustomFieldListQuery,
  type CustomFieldUpdateBody,
  customFieldSortable,
} from './custom-fields.schemas.js';
import type { CustomFieldsTable } from './custom-fields.tables.js';

export type CustomFieldView = Static<typeof CustomField>;

/**
 * Tells the employees module that the values of some employees changed because a field definition went away, so that
 * it can emit their employee.updated events. Passed in by the caller to keep this module free of employee internals.
 */
export type EmployeesTouched = (tx: ServiceContext, employeeIds: string[], change: () => Promise<void>) => Promise<void>;

function toView(row: CustomFieldsTable): CustomFieldView {
  return {
    id: row.id,
    companyId: row.companyId,
    name: row.name,
    slug: row.slug,
    type: row.type,
    createdAt: apiTimestamp(row.createdAt),
    updatedAt: apiTimestamp(row.updatedAt),
  };
}

/**
 * `Preferred OS` → `cf_preferred_os`: written in Latin letters (`Табельный номер` → `cf_tabelniy_nomer`, `Straße` →
 * `cf_strasse`), accents dropped, anything else `_`; a name with no letter that has a Latin form gives `cf_field`.
 */
export function slugFromName(name: string): string {
  const base = transliterate(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 56);
  return `cf_${base || 'field'}`;
}

async function requireCustomField(ctx: ServiceContext, id: string): Promise<CustomFieldsTable> {
  const row = await tenant(ctx).selectFrom('customFields').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Custom field', id);
  return row;
}

export async function getCustomField(ctx: ServiceContext, id: string): Promise<CustomFieldView> {
  return toView(await requireCustomField(ctx, id));
}

export async function listCustomFields(ctx: ServiceContext, query: Static<typeof CustomFieldListQuery>): Promise<Page<CustomFieldView>> {
  let q = tenant(ctx).selectFrom('customFields').selectAll();
  q = whereInstantRange(q, 'updatedAt', query, 'updatedAt');
  const page = await paginate(q, query, parseOrderBy(query.orderBy, customFieldSortable, [['name', 'asc']]));
  return { data: page.data.map(toView), meta: page.meta };
}

async function slugTaken(ctx: ServiceContext, slug: string, selfId: string | null): Promise<boolean> {
  let q = tenant(ctx).selectFrom('customFields').select('id').where('slug', '=', slug);
  if (selfId) q = q.where('id', '!=', selfId);
  return !!(await q.executeTakeFirst());
}

/** A free slug derived from the name: `cf_x`, then `cf_x_2`, `cf_x_3`, … */
async function freeSlugFor(ctx: ServiceContext, name: string): Promise<string> {
  const base = slugFromName(name);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}_${n}`;
    if (!(await slugTaken(ctx, candidate, null))) return candidate;
  }
}

const slugConflict = (slug: string) => conflict(`The slug ${slug} is already used by another custom field.`, 'slug');

export async function createCustomField(ctx: ServiceContext, input: Static<typeof CustomFieldCreateBody>): Promise<CustomFieldView> {
  if (input.companyId && input.companyId !== ctx.companyId) throw notFound('Company', input.companyId);
  const name = requiredName(input.name);
  return inTransaction(ctx, async (tx) => {
    await lockCompanyNames(tx, 'custom_fields');
    let slug = input.slug;
    if (slug) {
      if (await slugTaken(tx, slug, null)) throw slugConflict(slug);
    } else {
      slug = await freeSlugFor(tx, name);
    }
    const at = nowIso(tx);
    const row: CustomFieldsTable = {
      id: newId(),
      companyId: tx.companyId,
      name,
      nameKey: sortKey(name),
      slug,
      type: input.type,
      createdAt: at,
      updatedAt: at,
    };
    try {
      await tenant(tx).insert('customFields', row);
    } catch (err) {
      if (isUniqueViolation(err)) throw slugConflict(slug);
      throw err;
    }
    const view = toView(row);
    await recordChange(tx, {
      resourceType: 'custom_field',
      resourceId: row.id,
      after: view,
      event: { type: 'custom_field.created', data: view },
    });
    return view;
  });
}

/** PUT: name is required; slug keeps its value when not sent. The type cannot change (existing values would not fit). */
export async function updateCustomField(
  ctx: ServiceContext,
  id: string,
  input: Static<typeof CustomFieldUpdateBody>,
): Promise<CustomFieldView> {
  const name = requiredName(input.name);
  return inTransaction(ctx, async (tx) => {
    const current = await requireCustomField(tx, id);
    const slug = input.slug ?? current.slug;
    if (slug !== current.slug) await lockCompanyNames(tx, 'custom_fields');
    await assertSyncAllowsCustomFieldChange(tx, current, { kind: 'update', slug });
    if (slug !== current.slug && (await slugTaken(tx, slug, id))) throw slugConflict(slug);
    const values = { name, nameKey: sortKey(name), slug, updatedAt: nowIso(tx) };
    const before = toView(current);
    const after = toView({ ...current, ...values });
    const changes = changedFields(before, after);
    // The same custom field sent again is not a write (see changesNothing).
    if (changesNothing(changes, current, values)) return before;
    try {
      await tenant(tx).updateTable('customFields').set(values).where('id', '=', id).execute();
    } catch (err) {
      if (isUniqueViolation(err)) throw slugConflict(slug);
      throw err;
    }
    await recordChange(tx, {
      resourceType: 'custom_field',
      resourceId: id,
      before,
      after,
      event: { type: 'custom_field.updated', data: after, changes },
    });
    return after;
  });
}

/**
 * Deletes the definition and every employee's value of it. Employees that had a value get an employee.updated event
 * (changes: customFields) through `employeesTouched`, so that mirrors of employees stay right.
 */
export async function deleteCustomField(ctx: ServiceContext, id: string, employeesTouched: EmployeesTouched): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await lockRows(tx, 'customFields', [id], 'update');
    const current = await requireCustomField(tx, id);
    await assertSyncAllowsCustomFieldChange(tx, current, { kind: 'delete' });
    const holders = await tenant(tx).selectFrom('customFieldValues').select('employeeId').where('customFieldId', '=', id).execute();
    await employeesTouched(
      tx,
      holders.map((h) => h.employeeId),
      async () => {
        await tenant(tx).deleteFrom('customFieldValues').where('customFieldId', '=', id).execute();
        await tenant(tx).deleteFrom('customFields').where('id', '=', id).execute();
      },
    );
    const before = toView(current);
    await recordChange(tx, { resourceType: 'custom_field', resourceId: id, before, event: { type: 'custom_field.deleted', data: before } });
  });
}
