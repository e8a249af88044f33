import type { ServiceContext } from '../../context.js';
import { tenant } from '../../db/tenant.js';
import type { EmployeesTable } from './employees.tables.js';

/** Queries on employees; every one is scoped to the caller's company and skips erased (deleted) rows. */
export function employeesQuery(ctx: Pick<ServiceContext, 'db' | 'companyId'>) {
  return tenant(ctx).selectFrom('employees').where('employees.deletedAt', 'is', null);
}

export async function findEmployeeRow(ctx: Pick<ServiceContext, 'db' | 'companyId'>, id: string): Promise<EmployeesTable | undefined> {
  return employeesQuery(ctx).selectAll('employees').where('employees.id', '=', id).executeTakeFirst();
}

export async function findEmployeeRows(ctx: Pick<ServiceContext, 'db' | 'companyId'>, ids: string[]): Promise<EmployeesTable[]> {
  if (ids.length === 0) return [];
  return employeesQuery(ctx)
    .selectAll('employees')
    .where('employees.id', 'in', [...new Set(ids)])
    .execute();
}

export async function customFieldValuesFor(ctx: Pick<ServiceContext, 'db' | 'companyId'>, employeeIds: string[]) {
  if (employeeIds.length === 0) return [];
  return tenant(ctx)
    .selectFrom('customFieldValues')
    .innerJoin('customFields', 'customFields.id', 'customFieldValues.customFieldId')
    .select([
      'customFieldValues.employeeId',
      'customFields.id',
      'customFields.companyId',
      'customFields.name',
      'customFields.slug',
      'customFields.type',
      'customFieldValues.value',
    ])
    .where('customFieldValues.employeeId', 'in', employeeIds)
    .orderBy('customFields.name')
    .execute();
}

/** The org-chart manager of each employee up the chain, for cycle checks. */
export async function managerOf(ctx: Pick<ServiceContext, 'db' | 'companyId'>, id: string): Promise<string | null> {
  const row = await employeesQuery(ctx).select('managerId').where('id', '=', id).executeTakeFirst();
  return row?.managerId ?? null;
}
