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
  type OfficeAssignation,
  type OfficeAssignationBody,
  type OfficeAssignationListQuery,
  officeAssignationSortable,
} from './assignations.schemas.js';
import { toOfficeView } from './office-view.js';
import { findOfficeRow, findOfficeRows } from './offices.repo.js';
import type { EmployeeOfficesTable } from './org.tables.js';

export type OfficeAssignationView = Static<typeof OfficeAssignation>;
export type OfficeAssignationInput = Static<typeof OfficeAssignationBody>;

const resourceType = 'employee_office_assignation';

/** Assignations of employees that still exist (erased employees have none, but never show one that slipped through). */
function assignationsQuery(ctx: ServiceContext) {
  return tenant(ctx)
    .selectFrom('employeeOffices')
    .innerJoin('employees', 'employees.id', 'employeeOffices.employeeId')
    .where('employees.deletedAt', 'is', null)
    .selectAll('employeeOffices');
}

async function findAssignationRow(ctx: ServiceContext, employeeId: string, officeId: string) {
  return assignationsQuery(ctx)
    .where('employeeOffices.employeeId', '=', employeeId)
    .where('employeeOffices.officeId', '=', officeId)
    .executeTakeFirst();
}

/**
 * Views of assignation rows with full (unredacted) employees; the query count does not grow with the rows. The rows and
 * what they embed are read by separate queries: on PostgreSQL an employee's delete (or an office's) can commit between
 * them, and a row whose employee or office is gone by then is left out, as a read a moment later would.
 */
async function viewsOf(ctx: ServiceContext, rows: EmployeeOfficesTable[]): Promise<OfficeAssignationView[]> {
  if (rows.length === 0) return [];
  const employees = await employeeViewsByIds(
    ctx,
    rows.map((r) => r.employeeId),
  );
  const offices = new Map(
    (
      await findOfficeRows(
        ctx,
        rows.map((r) => r.officeId),
      )
    ).map((d) => [d.id, d]),
  );
  return rows.flatMap((row) => {
    const employee = employees.get(row.employeeId);
    const office = offices.get(row.officeId);
    if (!employee || !office) return [];
    return [
      {
        id: row.id,
        employee,
        office: toOfficeView(office),
        createdAt: apiTimestamp(row.createdAt),
        updatedAt: apiTimestamp(row.updatedAt),
      },
    ];
  });
}

/** The view of a row whose employee and office the caller's transaction holds locked (so they cannot be gone). */
async function lockedViewOf(ctx: ServiceContext, row: EmployeeOfficesTable): Promise<OfficeAssignationView> {
  const [view] = await viewsOf(ctx, [row]);
  if (!view) throw new Error(`Assignation ${row.id} points at a missing employee or office.`);
  return view;
}

/** Drops the employee's sensitive fields the caller may not read. */
export function redactOfficeAssignation(view: OfficeAssignationView, scopes: ReadonlySet<string>): OfficeAssignationView {
  return { ...view, employee: redactEmployee(view.employee, scopes) };
}

export async function listOfficeAssignations(
  ctx: ServiceContext,
  query: Static<typeof OfficeAssignationListQuery>,
): Promise<Page<OfficeAssignationView>> {
  let q = assignationsQuery(ctx);
  if (query.employeeId) q = q.where('employeeOffices.employeeId', '=', query.employeeId);
  if (query.officeId) q = q.where('employeeOffices.officeId', '=', query.officeId);
  q = whereInstantRange(q, 'employeeOffices.updatedAt', query, 'updatedAt');
  const ordering = parseOrderBy(query.orderBy, officeAssignationSortable, [['employeeOffices.createdAt', 'asc']]);
  const page = await paginate(q, query, ordering, 'employeeOffices.id');
  return { data: await viewsOf(ctx, page.data), meta: page.meta };
}

/** The assignation of an employee to an office, or 404. */
export async function getOfficeAssignation(ctx: ServiceContext, input: OfficeAssignationInput): Promise<OfficeAssignationView> {
  const row = await findAssignationRow(ctx, input.employeeId, input.officeId);
  // Its employee deleted between the two reads: it is gone as well.
  const [view] = row ? await viewsOf(ctx, [row]) : [];
  if (!view) throw notFound(`Assignation of employee ${input.employeeId} to office ${input.officeId}`);
  return view;
}

export async function assignEmployeeToOffice(ctx: ServiceContext, input: OfficeAssignationInput): Promise<OfficeAssignationView> {
  return inTransaction(ctx, async (tx) => {
    // Ordered with an erasure of the employee or a delete of the office at the same moment (db/locks.ts).
    await lockRows(tx, 'employees', [input.employeeId], 'share');
    await lockRows(tx, 'offices', [input.officeId], 'share');
    await requireEmployee(tx, input.employeeId);
    if (!(await findOfficeRow(tx, input.officeId))) throw notFound('Office', input.officeId);
    await assertSyncAllowsAssignationChange(tx, 'office', 'assign');
    const duplicate = () => conflict(`Employee ${input.employeeId} is already assigned to office ${input.officeId}.`, 'officeId');
    if (await findAssignationRow(tx, input.employeeId, input.officeId)) throw duplicate();
    const at = nowIso(tx);
    const row: EmployeeOfficesTable = {
      id: newId(),
      companyId: tx.companyId,
      employeeId: input.employeeId,
      officeId: input.officeId,
      createdAt: at,
      updatedAt: at,
    };
    try {
      await tenant(tx).insert('employeeOffices', row);
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
      event: { type: 'employee_office_assignation.created', data: view },
    });
    return view;
  });
}

export async function unassignEmployeeFromOffice(ctx: ServiceContext, input: OfficeAssignationInput): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await getOfficeAssignation(tx, input);
    await assertSyncAllowsAssignationChange(tx, 'office', 'unassign');
    if (!(await deleteLinkRow(tx, 'employeeOffices', before.id)))
      throw notFound(`Assignation of employee ${input.employeeId} to office ${input.officeId}`);
    await recordChange(tx, {
      resourceType,
      resourceId: before.id,
      before,
      event: { type: 'employee_office_assignation.deleted', data: before },
    });
  });
}

/**
 * Moves every employee of one office to another, inside the caller's transaction (deleting an office with
 * `reassignTo`). Each move is an unassignation and an assignation, with their events, so that subscribers that
 * mirror assignations stay right; an employee already in the target office just loses the old assignation.
 * Returns the number of employees that were in the office.
 */
export async function moveOfficeAssignations(tx: ServiceContext, fromId: string, toId: string): Promise<number> {
  const inFrom = () => assignationsQuery(tx).where('employeeOffices.officeId', '=', fromId).execute();
  let rows = await inFrom();
  if (rows.length === 0) return 0;
  // Ordered with the deletes of these employees at the same moment (db/locks.ts), before any of their rows is touched:
  // a delete under way is waited for, and its employee (whose assignations it removed) is then no longer read here; a
  // later one waits for this move and then removes the assignation it made. (The caller holds the office locked, so no
  // assignation to it can be added meanwhile.) On SQLite nothing else writes in between.
  if (tx.dialect === 'postgres') {
    // In id order across the chunks too (each call locks its ids in order), as one call would.
    const ids = [...new Set(rows.map((r) => r.employeeId))].sort();
    for (let i = 0; i < ids.length; i += 10_000) await lockRows(tx, 'employees', ids.slice(i, i + 10_000), 'share');
    rows = await inFrom();
    if (rows.length === 0) return 0;
  }
  const alreadyThere = new Set(
    (await tenant(tx).selectFrom('employeeOffices').select('employeeId').where('officeId', '=', toId).execute()).map((r) => r.employeeId),
  );
  // Only the rows this delete removed move (and are recorded): an unassignation at the same moment that removed one
  // first has recorded it, and that employee is no longer in the office to be moved.
  const removed = new Set(
    (await tenant(tx).deleteFrom('employeeOffices').where('officeId', '=', fromId).returning('id').execute()).map((r) => r.id),
  );
  rows = rows.filter((r) => removed.has(r.id));
  if (rows.length === 0) return 0;
  const at = nowIso(tx);
  const moved: EmployeeOfficesTable[] = rows
    .filter((r) => !alreadyThere.has(r.employeeId))
    .map((r) => ({ id: newId(), companyId: tx.companyId, employeeId: r.employeeId, officeId: toId, createdAt: at, updatedAt: at }));
  const removedViews = await viewsOf(tx, rows);
  // In chunks, to stay under SQLite's limit on bound parameters.
  for (let i = 0; i < moved.length; i += 500) await tenant(tx).insert('employeeOffices', moved.slice(i, i + 500));
  const addedViews = await viewsOf(tx, moved);
  for (const view of removedViews) {
    await recordChange(tx, {
      resourceType,
      resourceId: view.id,
      before: view,
      event: { type: 'employee_office_assignation.deleted', data: view },
    });
  }
  for (const view of addedViews) {
    await recordChange(tx, {
      resourceType,
      resourceId: view.id,
      after: view,
      event: { type: 'employee_office_assignation.created', data: view },
    });
  }
  return rows.length;
}

/**
 * Removes the office assignations of employees being erased, inside the caller's transaction, with an audit row and an
 * `employee_office_assignation.deleted` event each (as an unassignation through the API).
 */
export async function removeEmployeesOfficeAssignations(tx: ServiceContext, employeeIds: string[]): Promise<void> {
  for (let i = 0; i < employeeIds.length; i += 500) {
    const rows = await assignationsQuery(tx)
      .where('employeeOffices.employeeId', 'in', employeeIds.slice(i, i + 500))
      .execute();
    await deleteRecorded(tx, 'employeeOffices', await viewsOf(tx, rows), resourceType, 'employee_office_assignation.deleted');
  }
}
