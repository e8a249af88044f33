import type { Static } from 'typebox';
import { nowIso, type ServiceContext } from '../../context.js';
import { tenant } from '../../db/tenant.js';
import { notFound } from '../../http/errors.js';
import { type Page, paginate, parseOrderBy, whereInstantRange } from '../../http/pagination.js';
import { queryBoolean } from '../../http/schema-kit.js';
import { changedFields, recordChange } from '../../platform/audit/record-change.js';
import type { EmployeesTable } from '../employees/employees.tables.js';
import { type PositionListQuery, positionSortable } from './positions.schemas.js';
import { type PositionView, positionViewOf } from './positions.view.js';
import type { PositionsTable } from './sync.tables.js';

/** Views with parent and holder, in two extra queries whatever the count. */
async function viewsOf(ctx: ServiceContext, rows: PositionsTable[]): Promise<PositionView[]> {
  const parentIds = [...new Set(rows.map((r) => r.parentId).filter((id): id is string => !!id))];
  const holderIds = [...new Set(rows.map((r) => r.holderEmployeeId).filter((id): id is string => !!id))];
  const parents = new Map<string, PositionsTable>();
  const holders = new Map<string, EmployeesTable>();
  if (parentIds.length)
    for (const p of await tenant(ctx).selectFrom('positions').selectAll().where('id', 'in', parentIds).execute()) parents.set(p.id, p);
  if (holderIds.length) {
    const found = await tenant(ctx)
      .selectFrom('employees')
      .selectAll()
      .where('id', 'in', holderIds)
      .where('deletedAt', 'is', null)
      .execute();
    for (const e of found) holders.set(e.id, e);
  }
  return rows.map((r) =>
    positionViewOf(
      r,
      r.parentId ? (parents.get(r.parentId) ?? null) : null,
      r.holderEmployeeId ? (holders.get(r.holderEmployeeId) ?? null) : null,
    ),
  );
}

export async function listPositions(ctx: ServiceContext, query: Static<typeof PositionListQuery>): Promise<Page<PositionView>> {
  let q = tenant(ctx).selectFrom('positions').selectAll();
  if (query.parentId) q = q.where('parentId', '=', query.parentId);
  if (query.holderId) q = q.where('holderEmployeeId', '=', query.holderId);
  if (query.externalId) q = q.where('externalId', '=', query.externalId);
  const root = queryBoolean(query.root);
  if (root === true) q = q.where('parentId', 'is', null);
  if (root === false) q = q.where('parentId', 'is not', null);
  q = whereInstantRange(q, 'updatedAt', query, 'updatedAt');
  const page = await paginate(q, query, parseOrderBy(query.orderBy, positionSortable, [['externalId', 'asc']]));
  return { data: await viewsOf(ctx, page.data), meta: page.meta };
}

export async function getPosition(ctx: ServiceContext, id: string): Promise<PositionView> {
  const row = await tenant(ctx).selectFrom('positions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Position', id);
  return (await viewsOf(ctx, [row]))[0] as PositionView;
}

/**
 * The positions the given employees hold become vacant, each with a `position.updated` event (changes: `holder`) and
 * an audit row, as a position file leaving them vacant would: an erased employee (DELETE, or HR data sync's
 * `leaverAction: delete`) holds nothing. Runs in the erasure's transaction, before the employees' rows are erased.
 */
export async function vacatePositionsHeldBy(tx: ServiceContext, employeeIds: string[]): Promise<void> {
  const at = nowIso(tx);
  for (let i = 0; i < employeeIds.length; i += 500) {
    const chunk = employeeIds.slice(i, i + 500);
    let rows = await tenant(tx).selectFrom('positions').selectAll().where('holderEmployeeId', 'in', chunk).orderBy('id').execute();
    if (rows.length === 0) continue;
    // Only the positions this update vacated are recorded: a position file that gave one to someone else meanwhile
    // (PostgreSQL) keeps its holder.
    const vacated = new Set(
      (
        await tenant(tx)
          .updateTable('positions')
          .set({ holderEmployeeId: null, updatedAt: at })
          .where(
            'id',
            'in',
            rows.map((r) => r.id),
          )
          .where('holderEmployeeId', 'in', chunk)
          .returning('id')
          .execute()
      ).map((r) => r.id),
    );
    rows = rows.filter((r) => vacated.has(r.id));
    if (rows.length === 0) continue;
    const before = await viewsOf(tx, rows);
    const after = await viewsOf(
      tx,
      rows.map((r) => ({ ...r, holderEmployeeId: null, updatedAt: at })),
    );
    for (const [k, was] of before.entries()) {
      const now = after[k] as PositionView;
      await recordChange(tx, {
        resourceType: 'position',
        resourceId: now.id,
        before: was,
        after: now,
        event: { type: 'position.updated', data: now, changes: changedFields(was, now) },
      });
    }
  }
}
