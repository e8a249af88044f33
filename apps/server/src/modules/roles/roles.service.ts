import type { Static } from 'typebox';
import { apiTimestamp, nowIso, type ServiceContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { lockCompanyNames, lockRows } from '../../db/locks.js';
import { sortKey } from '../../db/sort-key.js';
import { tenant } from '../../db/tenant.js';
import { conflict, notFound } from '../../http/errors.js';
import { type Page, paginate, parseOrderBy, whereInstantRange } from '../../http/pagination.js';
import { changedFields, changesNothing, inTransaction, recordChange } from '../../platform/audit/record-change.js';
import { nameEquals, requiredName } from '../org/names.js';
import type { RolesTable } from '../org/org.tables.js';
import { type Role, type RoleListQuery, roleSortable } from './roles.schemas.js';

export type RoleView = Static<typeof Role>;

function toView(row: RolesTable): RoleView {
  return { id: row.id, name: row.name, createdAt: apiTimestamp(row.createdAt), updatedAt: apiTimestamp(row.updatedAt) };
}

export async function requireRole(ctx: ServiceContext, id: string): Promise<RolesTable> {
  const row = await tenant(ctx).selectFrom('roles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Role', id);
  return row;
}

export async function getRole(ctx: ServiceContext, id: string): Promise<RoleView> {
  return toView(await requireRole(ctx, id));
}

export async function listRoles(ctx: ServiceContext, query: Static<typeof RoleListQuery>): Promise<Page<RoleView>> {
  let q = tenant(ctx).selectFrom('roles').selectAll();
  q = whereInstantRange(q, 'updatedAt', query, 'updatedAt');
  const page = await paginate(q, query, parseOrderBy(query.orderBy, roleSortable, [['name', 'asc']]));
  return { data: page.data.map(toView), meta: page.meta };
}

/** Role names are unique per company, ignoring case. */
async function assertNameFree(ctx: ServiceContext, name: string, selfId: string | null) {
  await lockCompanyNames(ctx, 'roles');
  let q = tenant(ctx).selectFrom('roles').select('id').where(nameEquals('roles.name', name));
  if (selfId) q = q.where('id', '!=', selfId);
  if (await q.executeTakeFirst()) throw conflict(`A role named "${name}" already exists.`, 'name');
}

export async function createRole(ctx: ServiceContext, input: { name: string }): Promise<RoleView> {
  const name = requiredName(input.name);
  return inTransaction(ctx, async (tx) => {
    await assertNameFree(tx, name, null);
    const at = nowIso(tx);
    const row: RolesTable = { id: newId(), companyId: tx.companyId, name, nameKey: sortKey(name), createdAt: at, updatedAt: at };
    await tenant(tx).insert('roles', row);
    const view = toView(row);
    await recordChange(tx, { resourceType: 'role', resourceId: row.id, after: view, event: { type: 'role.created', data: view } });
    return view;
  });
}

export async function updateRole(ctx: ServiceContext, id: string, input: { name: string }): Promise<RoleView> {
  const name = requiredName(input.name);
  return inTransaction(ctx, async (tx) => {
    const current = await requireRole(tx, id);
    await assertNameFree(tx, name, id);
    const values = { name, nameKey: sortKey(name), updatedAt: nowIso(tx) };
    const before = toView(current);
    const after = toView({ ...current, ...values });
    const changes = changedFields(before, after);
    // The same role sent again is not a write (see changesNothing).
    if (changesNothing(changes, current, values)) return before;
    await tenant(tx).updateTable('roles').set(values).where('id', '=', id).execute();
    await recordChange(tx, {
      resourceType: 'role',
      resourceId: id,
      before,
      after,
      event: { type: 'role.updated', data: after, changes },
    });
    return after;
  });
}

/** A role still held by someone is a 409: unassign it first, so that nobody loses a permission by surprise. */
export async function deleteRole(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await lockRows(tx, 'roles', [id], 'update');
    const current = await requireRole(tx, id);
    const held = await tenant(tx)
      .selectFrom('roleAssignations')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('roleId', '=', id)
      .executeTakeFirst();
    const count = Number(held?.count ?? 0);
    if (count > 0) throw conflict(`Role ${id} is assigned ${count} time(s); unassign it first.`);
    await tenant(tx).deleteFrom('roles').where('id', '=', id).execute();
    const before = toView(current);
    await recordChange(tx, { resourceType: 'role', resourceId: id, before, event: { type: 'role.deleted', data: before } });
  });
}
