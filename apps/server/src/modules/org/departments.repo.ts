import type { ServiceContext } from '../../context.js';
import { tenant } from '../../db/tenant.js';
import type { DepartmentsTable } from './org.tables.js';

type Ctx = Pick<ServiceContext, 'db' | 'companyId'>;

export async function findDepartmentRow(ctx: Ctx, id: string): Promise<DepartmentsTable | undefined> {
  return tenant(ctx).selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findDepartmentRows(ctx: Ctx, ids: string[]): Promise<DepartmentsTable[]> {
  if (ids.length === 0) return [];
  return tenant(ctx)
    .selectFrom('departments')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/** The parent of a department, for walking up the tree; undefined when the department does not exist. */
export async function parentOfDepartment(ctx: Ctx, id: string): Promise<string | null | undefined> {
  const row = await tenant(ctx).selectFrom('departments').select('parentId').where('id', '=', id).executeTakeFirst();
  return row ? row.parentId : undefined;
}
