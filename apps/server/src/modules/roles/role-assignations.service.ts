import type { Static } from 'typebox';
import { apiTimestamp, nowIso, type ServiceContext } from '../../context.js';
import { isUniqueViolation } from '../../db/constraint-errors.js';
import { newId } from '../../db/ids.js';
import { lockRows } from '../../db/locks.js';
import { tenant } from '../../db/tenant.js';
import { conflict, notFound } from '../../http/errors.js';
import { type Page, paginate, parseOrderBy } from '../../http/pagination.js';
import { deleteLinkRow, deleteRecorded, inTransaction, recordChange } from '../../platform/audit/record-change.js';
import { requireEmployee } from '../employees/index.js';
import type { RoleAssignationsTable } from '../org/org.tables.js';
import { type RoleAssignation, type RoleAssignationListQuery, type RoleAssignBody, roleAssignationSortable } from './roles.schemas.js';
import { requireRole } from './roles.service.js';

export type RoleAssignationView = Static<typeof RoleAssignation>;
type AffectedEntityType = RoleAssignationView['affectedEntityType'];

const resourceType = 'role_assignation';

function assignationsQuery(ctx: ServiceContext) {
  return tenant(ctx)
    .selectFrom('roleAssignations')
    .innerJoin('roles', 'roles.id', 'roleAssignations.roleId')
    .innerJoin('employees', 'employees.id', 'roleAssignations.employeeId')
    .where('employees.deletedAt', 'is', null)
    .selectAll('roleAssignations')
    .select('roles.name as roleName');
}

type Row = RoleAssignationsTable & { roleName: string };

function toView(row: Row): RoleAssignationView {
  return {
    id: row.id,
    role: { id: row.roleId, name: row.roleName },
    affectedEntityType: row.affectedEntityType as AffectedEntityType,
    affectedEntityId: row.affectedEntityId,
    employeeId: row.employeeId,
    createdAt: apiTimestamp(row.createdAt),
  };
}

/** What an id names: the caller's company, one of its departments or one of its offices (anything else is a 404). */
async function affectedEntityTypeOf(ctx: ServiceContext, id: string): Promise<AffectedEntityType> {
  if (id === ctx.companyId) return 'company';
  if (await tenant(ctx).selectFrom('departments').select('id').where('id', '=', id).executeTakeFirst()) return 'department';
  if (await tenant(ctx).selectFrom('offices').select('id').where('id', '=', id).executeTakeFirst()) return 'office';
  throw notFound('Company, department or office (entityAffectedId)', id);
}

export async function listRoleAssignationsOfEmployee(
  ctx: ServiceContext,
  employeeId: string,
  query: Static<typeof RoleAssignationListQuery>,
): Promise<Page<RoleAssignationView>> {
  await requireEmployee(ctx, employeeId);
  const q = assignationsQuery(ctx).where('roleAssignations.employeeId', '=', employeeId);
  const ordering = parseOrderBy(query.orderBy, roleAssignationSortable, [['roleAssignations.createdAt', 'asc']]);
  const result = await paginate(q, query, ordering, 'roleAssignations.id');
  return { data: result.data.map(toView), meta: result.meta };
}

export async function assignRole(ctx: ServiceContext, input: Static<typeof RoleAssignBody>): Promise<RoleAssignationView> {
  return inTransaction(ctx, async (tx) => {
    // Ordered with a delete of the role, the employee or the department or office it is held on (db/locks.ts).
    await lockRows(tx, 'roles', [input.roleId], 'share');
    await lockRows(tx, 'employees', [input.employeeId], 'share');
    await lockRows(tx, 'departments', [input.entityAffectedId], 'share');
    await lockRows(tx, 'offices', [input.entityAffectedId], 'share');
    const role = await requireRole(tx, input.roleId);
    await requireEmployee(tx, input.employeeId);
    const affectedEntityType = await affectedEntityTypeOf(tx, input.entityAffectedId);
    const at = nowIso(tx);
    const row: RoleAssignationsTable = {
      id: newId(),
      companyId: tx.companyId,
      roleId: role.id,
      employeeId: input.employeeId,
      affectedEntityType,
      affectedEntityId: input.entityAffectedId,
      createdAt: at,
      updatedAt: at,
    };
    const duplicate = () =>
      conflict(
        `Employee ${input.employeeId} already holds role "${role.name}" on ${affectedEntityType} ${input.entityAffectedId}.`,
        'roleId',
      );
    const existing = await tenant(tx)
      .selectFrom('roleAssignations')
      .select('id')
      .where('employeeId', '=', input.employeeId)
      .where('roleId', '=', role.id)
      .where('affectedEntityId', '=', input.entityAffectedId)
      .executeTakeFirst();
    if (existing) throw duplicate();
    try {
      await tenant(tx).insert('roleAssignations', row);
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicate();
      throw err;
    }
    const view = toView({ ...row, roleName: role.name });
    await recordChange(tx, { resourceType, resourceId: row.id, after: view, event: { type: 'role_assignation.created', data: view } });
    return view;
  });
}

/** One assignation as the employee's list shows it (404 if unknown): what If-Match on its DELETE compares. */
export async function getRoleAssignation(ctx: ServiceContext, assignationId: string): Promise<RoleAssignationView> {
  const row = await assignationsQuery(ctx).where('roleAssignations.id', '=', assignationId).executeTakeFirst();
  if (!row) throw notFound('Role assignation', assignationId);
  return toView(row);
}

export async function unassignRole(ctx: ServiceContext, assignationId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await assignationsQuery(tx).where('roleAssignations.id', '=', assignationId).executeTakeFirst();
    if (!row) throw notFound('Role assignation', assignationId);
    if (!(await deleteLinkRow(tx, 'roleAssignations', assignationId))) throw notFound('Role assignation', assignationId);
    const before = toView(row);
    await recordChange(tx, { resourceType, resourceId: assignationId, before, event: { type: 'role_assignation.deleted', data: before } });
  });
}

/**
 * Removes every role held on a department or office that is being deleted, inside the caller's transaction, with an
 * audit row and a role_assignation.deleted event each.
 */
export async function removeRoleAssignationsOn(tx: ServiceContext, entityId: string): Promise<void> {
  const rows = await assignationsQuery(tx).where('roleAssignations.affectedEntityId', '=', entityId).execute();
  await deleteRecorded(tx, 'roleAssignations', rows.map(toView), resourceType, 'role_assignation.deleted');
}

/**
 * Removes the roles held by employees being erased, inside the caller's transaction, with an audit row and a
 * `role_assignation.deleted` event each.
 */
export async function removeEmployeesRoleAssignations(tx: ServiceContext, employeeIds: string[]): Promise<void> {
  for (let i = 0; i < employeeIds.length; i += 500) {
    const rows = await assignationsQuery(tx)
      .where('roleAssignations.employeeId', 'in', employeeIds.slice(i, i + 500))
      .execute();
    await deleteRecorded(tx, 'roleAssignations', rows.map(toView), resourceType, 'role_assignation.deleted');
  }
}
