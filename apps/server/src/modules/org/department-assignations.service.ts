import type { Static } from 'typebox';
import { apiTimestamp, nowIso, type ServiceContext } from '../../context.js';
import { isUniqueViolation } from '../../db/constraint-errors.js';
import { newId } from '../../db/ids.js';
import { lockRows } from '../../db/locks.js';
import { tenant } from '../../db/tenant.js';
import { conflict, notFound } from '../../http/errors.js';
import { type Page, paginate, parseOrderBy, whereInstantRange } from '../../http/pagination.js';
import { deleteLinkRow, deleteRecorded, inTransaction, recordChange } from '../../platform/audit/record-change.js';
import { employeeViewsByIds, redactEmployee, requireEmployee } from '../employees/index.js';
import { assertSyncAllowsAssignationChange } from '../sync/sync-lock.js';
import {
  type DepartmentAssignation,
  type DepartmentAssignationBody,
  type DepartmentAssignationListQuery,
  departmentAssignationSortable,
} from './assignations.schemas.js';
import { findDepartmentRow, findDepartmentRows } from './departments.repo.js';
import type { EmployeeDepartmentsTable } from './org.tables.js';

export type DepartmentAssignationView = Static<typeof DepartmentAssignation>;
export type DepartmentAssignationInput = Static<typeof DepartmentAssignationBody>;

const resourceType = 'employee_department_assignation';

/** Assignations of employees that still exist (erased employees have none, but never show one that slipped through). */
function assignationsQuery(ctx: ServiceContext) {
  return tenant(ctx)
    .selectFrom('employeeDepartments')
    .innerJoin('employees', 'employees.id', 'employeeDepartments.employeeId')
    .where('employees.deletedAt', 'is', null)
    .selectAll('employeeDepartments');
}

async function findAssignationRow(ctx: ServiceContext, employeeId: string, departmentId: string) {
  return assignationsQuery(ctx)
    .where('employeeDepartments.employeeId', '=', employeeId)
    .where('employeeDepartments.departmentId', '=', departmentId)
    .executeTakeFirst();
}

/**
 * Views of assignation rows with full (unredacted) employees; the query count does not grow with the rows. The rows and
 * what they embed are read by separate queries: on PostgreSQL an employee's delete (or a department's) can commit
 * between them, and a row whose employee or department is gone by then is left out, as a read a moment later would.
 */
async function viewsOf(ctx: ServiceContext, rows: EmployeeDepartmentsTable[]): Promise<DepartmentAssignationView[]> {
  if (rows.length === 0) return [];
  const employees = await employeeViewsByIds(
    ctx,
    rows.map((r) => r.employeeId),
  );
  const departments = new Map(
    (
      await findDepartmentRows(
        ctx,
        rows.map((r) => r.departmentId),
      )
    ).map((d) => [d.id, d]),
  );
  return rows.flatMap((row) => {
    const employee = employees.get(row.employeeId);
    const department = departments.get(row.departmentId);
    if (!employee || !department) return [];
    return [
      {
        id: row.id,
        employee,
        department: { id: department.id, name: department.name },
        createdAt: apiTimestamp(row.createdAt),
        updatedAt: apiTimestamp(row.updatedAt),
      },
    ];
  });
}

/** The view of a row whose employee and department the caller's transaction holds locked (so they cannot be gone). */
async function lockedViewOf(ctx: ServiceContext, row: EmployeeDepartmentsTable): Promise<DepartmentAssignationView> {
  const [view] = await viewsOf(ctx, [row]);
  if (!view) throw new Error(`Assignation ${row.id} points at a missing employee or department.`);
  return view;
}

/** Drops the employee's sensitive fields the caller may not read. */
export function redactDepartmentAssignation(view: DepartmentAssignationView, scopes: ReadonlySet<string>): DepartmentAssignationView {
  return { ...view, employee: redactEmployee(view.employee, scopes) };
}

export async function listDepartmentAssignations(
  ctx: ServiceContext,
  query: Static<typeof DepartmentAssignationListQuery>,
): Promise<Page<DepartmentAssignationView>> {
  let q = assignationsQuery(ctx);
  if (query.employeeId) q = q.where('employeeDepartments.employeeId', '=', query.employeeId);
  if (query.departmentId) q = q.where('employeeDepartments.departmentId', '=', query.departmentId);
  q = whereInstantRange(q, 'employeeDepartments.updatedAt', query, 'updatedAt');
  const ordering = parseOrderBy(query.orderBy, departmentAssignationSortable, [['employeeDepartments.createdAt', 'asc']]);
  const page = await paginate(q, query, ordering, 'employeeDepartments.id');
  return { data: await viewsOf(ctx, page.data), meta: page.meta };
}

/** The assignation of an employee to a department, or 404. */
export async function getDepartmentAssignation(ctx: ServiceContext, input: DepartmentAssignationInput): Promise<DepartmentAssignationView> {
  const row = await findAssignationRow(ctx, input.employeeId, input.departmentId);
  // Its employee deleted between the two reads: it is gone as well.
  const [view] = row ? await viewsOf(ctx, [row]) : [];
  if (!view) throw notFound(`Assignation of employee ${input.employeeId} to department ${input.departmentId}`);
  return view;
}

export async function assignEmployeeToDepartment(
  ctx: ServiceContext,
  input: DepartmentAssignationInput,
): Promise<DepartmentAssignationView> {
  return inTransaction(ctx, async (tx) => {
    // Ordered with an erasure of the employee or a delete of the department at the same moment (db/locks.ts).
    await lockRows(tx, 'employees', [input.employeeId], 'share');
    await lockRows(tx, 'departments', [input.departmentId], 'share');
    await requireEmployee(tx, input.employeeId);
    if (!(await findDepartmentRow(tx, input.departmentId))) throw notFound('Department', input.departmentId);
    await assertSyncAllowsAssignationChange(tx, 'department', 'assign');
    const duplicate = () =>
      conflict(`Employee ${input.employeeId} is already assigned to department ${input.departmentId}.`, 'departmentId');
    if (await findAssignationRow(tx, input.employeeId, input.departmentId)) throw duplicate();
    const at = nowIso(tx);
    const row: EmployeeDepartmentsTable = {
      id: newId(),
      companyId: tx.companyId,
      employeeId: input.employeeId,
      departmentId: input.departmentId,
      createdAt: at,
      updatedAt: at,
    };
    try {
      await tenant(tx).insert('employeeDepartments', row);
    } catch (err) {
      // Two requests assigning the same pair at once: the unique index decides, and the loser gets the same 409.
      if (isUniqueViolation(err)) throw duplicate();
      throw err;
    }
    const view = await lockedViewOf(tx, row);
    await recordChange(tx, {
      resourceType,
      resourceId: row.id,
      after: view,
      event: { type: 'employee_department_assignation.created', data: view },
    });
    return view;
  });
}

export async function unassignEmployeeFromDepartment(ctx: ServiceContext, input: DepartmentAssignationInput): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await getDepartmentAssignation(tx, input);
    await assertSyncAllowsAssignationChange(tx, 'department', 'unassign');
    if (!(await deleteLinkRow(tx, 'employeeDepartments', before.id)))
      throw notFound(`Assignation of employee ${input.employeeId} to department ${input.departmentId}`);
    await recordChange(tx, {
      resourceType,
      resourceId: before.id,
      before,
      event: { type: 'employee_department_assignation.deleted', data: before },
    });
  });
}

/**
 * Moves every employee of one department to another, inside the caller's transaction (deleting a department with
 * `reassignTo`). Each move is an unassignation and an assignation, with their events, so that subscribers that
 * mirror assignations stay right; an employee already in the target department just loses the old assignation.
 * Returns the number of employees that were in the department.
 */
export async function moveDepartmentAssignations(tx: ServiceContext, fromId: string, toId: string): Promise<number> {
  const inFrom = () => assignationsQuery(tx).where('employeeDepartments.departmentId', '=', fromId).execute();
  let rows = await inFrom();
  if (rows.length === 0) return 0;
  // Ordered with the deletes of these employees at the same moment (db/locks.ts), before any of their rows is touched:
  // a delete under way is waited for, and its employee (whose assignations it removed) is then no longer read here; a
  // later one waits for this move and then removes the assignation it made. (The caller holds the department locked, so
  // no assignation to it can be added meanwhile.) On SQLite nothing else writes in between.
  if (tx.dialect === 'postgres') {
    // In id order across the chunks too (each call locks its ids in order), as one call would.
    const ids = [...new Set(rows.map((r) => r.employeeId))].sort();
    for (let i = 0; i < ids.length; i += 10_000) await lockRows(tx, 'employees', ids.slice(i, i + 10_000), 'share');
    rows = await inFrom();
    if (rows.length === 0) return 0;
  }
  const alreadyThere = new Set(
    (await tenant(tx).selectFrom('employeeDepartments').select('employeeId').where('departmentId', '=', toId).execute()).map(
      (r) => r.employeeId,
    ),
  );
  // Only the rows this delete removed move (and are recorded): an unassignation at the same moment that removed one
  // first has recorded it, and that employee is no longer in the department to be moved.
  const removed = new Set(
    (await tenant(tx).deleteFrom('employeeDepartments').where('departmentId', '=', fromId).returning('id').execute()).map((r) => r.id),
  );
  rows = rows.filter((r) => removed.has(r.id));
  if (rows.length === 0) return 0;
  const at = nowIso(tx);
  const moved: EmployeeDepartmentsTable[] = rows
    .filter((r) => !alreadyThere.has(r.employeeId))
    .map((r) => ({ id: newId(), companyId: tx.companyId, employeeId: r.employeeId, departmentId: toId, createdAt: at, updatedAt: at }));
  const removedViews = await viewsOf(tx, rows);
  // In chunks, to stay under SQLite's limit on bound parameters.
  for (let i = 0; i < moved.length; i += 500) await tenant(tx).insert('employeeDepartments', moved.slice(i, i + 500));
  const addedViews = await viewsOf(tx, moved);
  for (const view of removedViews) {
    await recordChange(tx, {
      resourceType,
      resourceId: view.id,
      before: view,
      event: { type: 'employee_department_assignation.deleted', data: view },
    });
  }
  for (const view of addedViews) {
    await recordChange(tx, {
      resourceType,
      resourceId: view.id,
      after: view,
      event: { type: 'employee_department_assignation.created', data: view },
    });
  }
  return rows.length;
}

/**
 * Removes the department assignations of employees being erased, inside the caller's transaction, with an audit row
 * and an `employee_department_assignation.deleted` event each (as an unassignation through the API).
 */
export async function removeEmployeesDepartmentAssignations(tx: ServiceContext, employeeIds: string[]): Promise<void> {
  for (let i = 0; i < employeeIds.length; i += 500) {
    const rows = await assignationsQuery(tx)
      .where('employeeDepartments.employeeId', 'in', employeeIds.slice(i, i + 500))
      .execute();
    await deleteRecorded(tx, 'employeeDepartments', await viewsOf(tx, rows), resourceType, 'employee_department_assignation.deleted');
  }
}
