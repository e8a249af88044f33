import type { Static } from 'typebox';
import { apiTimestamp, nowIso, type ServiceContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { lockCompanyTree, lockRows } from '../../db/locks.js';
import { sortKey } from '../../db/sort-key.js';
import { tenant } from '../../db/tenant.js';
import { conflict, DomainError, notFound, parameterError, unprocessable } from '../../http/errors.js';
import { type Page, paginate, parseOrderBy, whereInstantRange } from '../../http/pagination.js';
import { changedFields, changesNothing, inTransaction, recordChange } from '../../platform/audit/record-change.js';
import { removeRoleAssignationsOn } from '../roles/role-assignations.service.js';
import { assertSyncAllowsAssignationChange } from '../sync/sync-lock.js';
import { moveDepartmentAssignations } from './department-assignations.service.js';
import { findDepartmentRow, parentOfDepartment } from './departments.repo.js';
import {
  type Department,
  type DepartmentCreateBody,
  type DepartmentListQuery,
  type DepartmentUpdateBody,
  departmentSortable,
} from './departments.schemas.js';
import { requiredName, whereName } from './names.js';
import type { DepartmentsTable } from './org.tables.js';

export type DepartmentView = Static<typeof Department>;
export type DepartmentCreateInput = Static<typeof DepartmentCreateBody>;
export type DepartmentUpdateInput = Static<typeof DepartmentUpdateBody>;

function toView(row: DepartmentsTable): DepartmentView {
  return {
    id: row.id,
    name: row.name,
    parentId: row.parentId,
    createdAt: apiTimestamp(row.createdAt),
    updatedAt: apiTimestamp(row.updatedAt),
  };
}

export async function requireDepartment(ctx: ServiceContext, id: string): Promise<DepartmentsTable> {
  const row = await findDepartmentRow(ctx, id);
  if (!row) throw notFound('Department', id);
  return row;
}

export async function getDepartment(ctx: ServiceContext, id: string): Promise<DepartmentView> {
  return toView(await requireDepartment(ctx, id));
}

export async function listDepartments(ctx: ServiceContext, query: Static<typeof DepartmentListQuery>): Promise<Page<DepartmentView>> {
  let q = tenant(ctx).selectFrom('departments').selectAll();
  q = whereName(q, 'departments.name', query);
  q = whereInstantRange(q, 'updatedAt', query, 'updatedAt');
  const page = await paginate(q, query, parseOrderBy(query.orderBy, departmentSortable, [['name', 'asc']]));
  return { data: page.data.map(toView), meta: page.meta };
}

/**
 * The parent must exist in the company and must not be the department itself or one of its descendants (the tree
 * would get a cycle). `id` is null for a department being created, which has no descendants yet.
 */
async function assertParentAllowed(ctx: ServiceContext, id: string | null, parentId: string | null | undefined) {
  if (!parentId) return;
  await lockCompanyTree(ctx, 'departments');
  if (parentId === id) throw unprocessable('A department cannot be its own parent.', 'parentId');
  // Ordered with a delete of the parent at the same moment (db/locks.ts).
  await lockRows(ctx, 'departments', [parentId], 'share');
  if (!(await findDepartmentRow(ctx, parentId))) throw notFound('Parent department', parentId);
  if (!id) return;
  const seen = new Set<string>();
  let cursor: string | null | undefined = parentId;
  while (cursor && !seen.has(cursor)) {
    if (cursor === id) {
      throw unprocessable('The parent is a sub-department of this department: the department tree would get a cycle.', 'parentId');
    }
    seen.add(cursor);
    cursor = await parentOfDepartment(ctx, cursor);
  }
}

export async function createDepartment(
  ctx: ServiceContext,
  input: DepartmentCreateInput,
  /** HR data sync names the id it planned with. */
  options: { id?: string } = {},
): Promise<DepartmentView> {
  const name = requiredName(input.name);
  if (input.companyId && input.companyId !== ctx.companyId) throw notFound('Company', input.companyId);
  return inTransaction(ctx, async (tx) => {
    await assertParentAllowed(tx, null, input.parentId);
    const at = nowIso(tx);
    const row: DepartmentsTable = {
      id: options.id ?? newId(),
      companyId: tx.companyId,
      name,
      nameKey: sortKey(name),
      parentId: input.parentId ?? null,
      externalId: null,
      createdAt: at,
      updatedAt: at,
    };
    await tenant(tx).insert('departments', row);
    const view = toView(row);
    await recordChange(tx, {
      resourceType: 'department',
      resourceId: row.id,
      after: view,
      event: { type: 'department.created', data: view },
    });
    return view;
  });
}

/** PUT: name is required; parentId keeps its value when not sent. */
export async function updateDepartment(ctx: ServiceContext, id: string, input: DepartmentUpdateInput): Promise<DepartmentView> {
  const name = requiredName(input.name);
  return inTransaction(ctx, async (tx) => {
    const current = await requireDepartment(tx, id);
    if (input.parentId !== undefined) await assertParentAllowed(tx, id, input.parentId);
    const values = {
      name,
      nameKey: sortKey(name),
      parentId: input.parentId === undefined ? current.parentId : input.parentId,
      updatedAt: nowIso(tx),
    };
    const before = toView(current);
    const after = toView({ ...current, ...values });
    const changes = changedFields(before, after);
    // The same department sent again (an ERP re-sending its tree) is not a write (see changesNothing).
    if (changesNothing(changes, current, values)) return before;
    await tenant(tx).updateTable('departments').set(values).where('id', '=', id).execute();
    await recordChange(tx, {
      resourceType: 'department',
      resourceId: id,
      before,
      after,
      event: { type: 'department.updated', data: after, changes },
    });
    return after;
  });
}

/**
 * Deletes a department. Its sub-departments move up to its parent. A department that still has employees is a 409,
 * unless `reassignTo` names another department: then its employees move there in the same transaction.
 */
export async function deleteDepartment(ctx: ServiceContext, id: string, options: { reassignTo?: string } = {}): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    // Before its employees are counted or moved: an assignation made meanwhile waits, then finds the department gone.
    // With the reassignTo target, in one call (ids in order): two deletes that reassign to each other cannot deadlock.
    await lockRows(tx, 'departments', [id, options.reassignTo], 'update');
    const current = await requireDepartment(tx, id);
    if (options.reassignTo !== undefined) {
      if (options.reassignTo === id) {
        throw new DomainError('unprocessable', 'reassignTo must name another department than the one being deleted.', {
          errors: [parameterError('query', 'reassignTo', 'must differ from the deleted department')],
        });
      }
      if (!(await findDepartmentRow(tx, options.reassignTo))) throw notFound('Department (reassignTo)', options.reassignTo);
    }
    const assigned = await tenant(tx)
      .selectFrom('employeeDepartments')
      .innerJoin('employees', 'employees.id', 'employeeDepartments.employeeId')
      .where('employees.deletedAt', 'is', null)
      .where('employeeDepartments.departmentId', '=', id)
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirst();
    const count = Number(assigned?.count ?? 0);
    if (options.reassignTo !== undefined) {
      // Moving employees is changing their department: while HR data sync owns it, the file decides (409 naming the field).
      if (count > 0) await assertSyncAllowsAssignationChange(tx, 'department', 'assign');
      await moveDepartmentAssignations(tx, id, options.reassignTo);
    } else {
      if (count > 0) {
        throw conflict(
          `Department ${id} still has ${count} employee(s) assigned: unassign them first, or delete with reassignTo=<departmentId> to move them.`,
        );
      }
    }
    const at = nowIso(tx);
    const children = await tenant(tx).selectFrom('departments').selectAll().where('parentId', '=', id).execute();
    if (children.length) {
      await tenant(tx).updateTable('departments').set({ parentId: current.parentId, updatedAt: at }).where('parentId', '=', id).execute();
      for (const child of children) {
        const before = toView(child);
        const after = toView({ ...child, parentId: current.parentId, updatedAt: at });
        await recordChange(tx, {
          resourceType: 'department',
          resourceId: child.id,
          before,
          after,
          event: { type: 'department.updated', data: after, changes: ['parentId'] },
        });
      }
    }
    // Rows of erased employees (none are expected) go with the department (ON DELETE CASCADE).
    await removeRoleAssignationsOn(tx, id);
    await tenant(tx).deleteFrom('departments').where('id', '=', id).execute();
    const before = toView(current);
    await recordChange(tx, { resourceType: 'department', resourceId: id, before, event: { type: 'department.deleted', data: before } });
  });
}
