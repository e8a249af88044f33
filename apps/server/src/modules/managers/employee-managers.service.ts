import type { Static } from 'typebox';
import { apiTimestamp, nowIso, type ServiceContext } from '../../context.js';
import { isUniqueViolation } from '../../db/constraint-errors.js';
import { newId } from '../../db/ids.js';
import { lockCompanyTree, lockRows } from '../../db/locks.js';
import { tenant } from '../../db/tenant.js';
import { conflict, DomainError, notFound, parameterError, unprocessable } from '../../http/errors.js';
import { csv, type Page, paginate, parseOrderBy, whereInstantRange } from '../../http/pagination.js';
import { deleteLinkRow, deleteRecorded, inTransaction, recordChange } from '../../platform/audit/record-change.js';
import { employeeViewsByIds, redactEmployee, requireEmployee } from '../employees/index.js';
import type { EmployeeManagersTable } from '../org/org.tables.js';
import {
  type EmployeeManager,
  type EmployeeManagerAssignBody,
  type EmployeeManagerListQuery,
  employeeManagerSortable,
  managerPermissions,
} from './managers.schemas.js';

export type EmployeeManagerView = Static<typeof EmployeeManager>;
export type EmployeeManagerInput = Static<typeof EmployeeManagerAssignBody>;
type Permission = EmployeeManagersTable['permission'];

const resourceType = 'employee_manager';

/** Manager links between employees that still exist (erasing an employee removes their links; never show a stray one). */
function linksQuery(ctx: ServiceContext) {
  return tenant(ctx)
    .selectFrom('employeeManagers')
    .innerJoin('employees as e', 'e.id', 'employeeManagers.employeeId')
    .innerJoin('employees as m', 'm.id', 'employeeManagers.managerId')
    .where('e.deletedAt', 'is', null)
    .where('m.deletedAt', 'is', null)
    .selectAll('employeeManagers');
}

/**
 * Views with full (unredacted) employees; two queries whatever the number of rows. The links and the employees they
 * embed are read by separate queries: on PostgreSQL an employee's delete can commit between them, and a link whose
 * employee or manager is gone by then is left out, as a read a moment later would.
 */
async function viewsOf(ctx: ServiceContext, rows: EmployeeManagersTable[]): Promise<EmployeeManagerView[]> {
  if (rows.length === 0) return [];
  const employees = await employeeViewsByIds(
    ctx,
    rows.flatMap((r) => [r.employeeId, r.managerId]),
  );
  return rows.flatMap((row) => {
    const employee = employees.get(row.employeeId);
    const manager = employees.get(row.managerId);
    if (!employee || !manager) return [];
    return [
      {
        id: row.id,
        manager,
        employee,
        permission: row.permission,
        order: row.order,
        createdAt: apiTimestamp(row.createdAt),
        updatedAt: apiTimestamp(row.updatedAt),
      },
    ];
  });
}

/** Drops the sensitive fields of both embedded employees that the caller may not read. */
export function redactEmployeeManager(view: EmployeeManagerView, scopes: ReadonlySet<string>): EmployeeManagerView {
  return { ...view, manager: redactEmployee(view.manager, scopes), employee: redactEmployee(view.employee, scopes) };
}

export async function listEmployeeManagers(
  ctx: ServiceContext,
  query: Static<typeof EmployeeManagerListQuery>,
): Promise<Page<EmployeeManagerView>> {
  let q = linksQuery(ctx);
  if (query.employeeId) q = q.where('employeeManagers.employeeId', '=', query.employeeId);
  if (query.managerId) q = q.where('employeeManagers.managerId', '=', query.managerId);
  // `permission` and `permission[in]` combine with AND like the other filters.
  const permissions = csv(query['permission[in]']);
  const unknown = permissions.find((p) => !(managerPermissions as readonly string[]).includes(p));
  if (unknown) {
    throw new DomainError('validation', `permission "${unknown}" is not one of ${managerPermissions.join(', ')}.`, {
      errors: [parameterError('query', 'permission[in]', `must be one of: ${managerPermissions.join(', ')}`)],
    });
  }
  if (query.permission) q = q.where('employeeManagers.permission', '=', query.permission);
  if (permissions.length) q = q.where('employeeManagers.permission', 'in', permissions as Permission[]);
  q = whereInstantRange(q, 'employeeManagers.updatedAt', query, 'updatedAt');
  const ordering = parseOrderBy(query.orderBy, employeeManagerSortable, [
    ['employeeManagers.createdAt', 'asc'],
    ['employeeManagers.order', 'asc'],
  ]);
  const page = await paginate(q, query, ordering, 'employeeManagers.id');
  return { data: await viewsOf(ctx, page.data), meta: page.meta };
}

export async function getEmployeeManager(ctx: ServiceContext, id: string): Promise<EmployeeManagerView> {
  const row = await linksQuery(ctx).where('employeeManagers.id', '=', id).executeTakeFirst();
  // Its employee or manager deleted between the two reads: the link is gone with them.
  const [view] = row ? await viewsOf(ctx, [row]) : [];
  if (!view) throw notFound('Employee manager', id);
  return view;
}

/**
 * For one permission, managers form a graph (each employee has up to two); adding "manager manages employee" must not
 * close a loop, i.e. the employee must not already be (directly or indirectly) above the manager.
 */
async function assertNoCycle(ctx: ServiceContext, employeeId: string, managerId: string, permission: Permission) {
  const seen = new Set<string>([managerId]);
  let frontier = [managerId];
  while (frontier.length) {
    const rows = await tenant(ctx)
      .selectFrom('employeeManagers')
      .select('managerId')
      .where('permission', '=', permission)
      .where('employeeId', 'in', frontier)
      .execute();
    frontier = [];
    for (const { managerId: above } of rows) {
      if (above === employeeId) {
        throw unprocessable(
          `Employee ${employeeId} already manages ${managerId} (directly or indirectly) for "${permission}": this would create a cycle.`,
          'managerId',
        );
      }
      if (!seen.has(above)) {
        seen.add(above);
        frontier.push(above);
      }
    }
  }
}

/**
 * Assigns a manager for one permission and slot (order 0 or 1). Each slot holds one manager: a taken slot is a 409
 * (delete the current assignment first); the same manager cannot hold both slots of a permission (409); a manager
 * must be active (422) and must not be managed, directly or indirectly, by the employee for that permission (422).
 */
export async function assignEmployeeManager(ctx: ServiceContext, input: EmployeeManagerInput): Promise<EmployeeManagerView> {
  return inTransaction(ctx, async (tx) => {
    await lockCompanyTree(tx, 'managers');
    // Ordered with an erasure or termination of either employee at the same moment (db/locks.ts).
    await lockRows(tx, 'employees', [input.employeeId, input.managerId], 'share');
    await requireEmployee(tx, input.employeeId);
    const manager = await requireEmployee(tx, input.managerId).catch(() => {
      throw notFound('Manager employee', input.managerId);
    });
    if (input.employeeId === input.managerId) throw unprocessable('An employee cannot be their own manager.', 'managerId');
    if (manager.status !== 'active') {
      throw unprocessable(`Employee ${input.managerId} is inactive and cannot be assigned as a manager.`, 'managerId');
    }
    const existing = await linksQuery(tx)
      .where('employeeManagers.employeeId', '=', input.employeeId)
      .where('employeeManagers.permission', '=', input.permission)
      .execute();
    const inSlot = existing.find((r) => r.order === input.order);
    if (inSlot) {
      throw conflict(
        inSlot.managerId === input.managerId
          ? `Employee ${input.managerId} is already manager ${input.order} of employee ${input.employeeId} for "${input.permission}".`
          : `Employee ${input.employeeId} already has manager ${input.order} for "${input.permission}" (assignment ${inSlot.id}); delete it first.`,
        'order',
      );
    }
    if (existing.some((r) => r.managerId === input.managerId)) {
      throw conflict(
        `Employee ${input.managerId} already manages employee ${input.employeeId} for "${input.permission}" in the other slot.`,
        'managerId',
      );
    }
    await assertNoCycle(tx, input.employeeId, input.managerId, input.permission);
    const at = nowIso(tx);
    const row: EmployeeManagersTable = {
      id: newId(),
      companyId: tx.companyId,
      employeeId: input.employeeId,
      managerId: input.managerId,
      permission: input.permission,
      order: input.order,
      createdAt: at,
      updatedAt: at,
    };
    try {
      await tenant(tx).insert('employeeManagers', row);
    } catch (err) {
      if (isUniqueViolation(err))
        throw conflict(`That manager slot of employee ${input.employeeId} was just taken; read it again.`, 'order');
      throw err;
    }
    // Both employees are locked since the start: they cannot be gone.
    const [view] = await viewsOf(tx, [row]);
    if (!view) throw new Error(`Employee manager ${row.id} points at a missing employee.`);
    await recordChange(tx, { resourceType, resourceId: row.id, after: view, event: { type: 'employee_manager.created', data: view } });
    return view;
  });
}

export async function removeEmployeeManager(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await getEmployeeManager(tx, id);
    if (!(await deleteLinkRow(tx, 'employeeManagers', id))) throw notFound('Employee manager', id);
    await recordChange(tx, { resourceType, resourceId: id, before, event: { type: 'employee_manager.deleted', data: before } });
  });
}

/**
 * Removes the approval-manager links of employees being erased — as the managed employee or as the manager — inside
 * the caller's transaction, with an audit row and an `employee_manager.deleted` event each.
 */
export async function removeEmployeesManagerLinks(tx: ServiceContext, employeeIds: string[]): Promise<void> {
  for (let i = 0; i < employeeIds.length; i += 500) {
    const chunk = employeeIds.slice(i, i + 500);
    const rows = await linksQuery(tx)
      .where((eb) => eb.or([eb('employeeManagers.employeeId', 'in', chunk), eb('employeeManagers.managerId', 'in', chunk)]))
      .execute();
    await deleteRecorded(tx, 'employeeManagers', await viewsOf(tx, rows), resourceType, 'employee_manager.deleted');
  }
}
