import type { Static } from 'typebox';
import type { ServiceContext } from '../../context.js';
import { type EmployeeView, getEmployee, redactEmployee, setOrganizationChartManager } from '../employees/index.js';
import type { OrganizationChartManager } from './managers.schemas.js';

export type OrganizationChartManagerView = Static<typeof OrganizationChartManager>;

async function viewOf(ctx: ServiceContext, employee: EmployeeView): Promise<OrganizationChartManagerView> {
  const manager = employee.managerId ? redactEmployee(await getEmployee(ctx, employee.managerId), ctx.scopes) : null;
  return { employeeId: employee.id, managerId: employee.managerId, manager };
}

/** The org-chart manager of an employee (null when none); the embedded manager is redacted for the caller's scopes. */
export async function getOrganizationChartManager(ctx: ServiceContext, employeeId: string): Promise<OrganizationChartManagerView> {
  return viewOf(ctx, await getEmployee(ctx, employeeId));
}

export async function updateOrganizationChartManager(
  ctx: ServiceContext,
  employeeId: string,
  managerId: string | null,
): Promise<OrganizationChartManagerView> {
  return viewOf(ctx, await setOrganizationChartManager(ctx, employeeId, managerId));
}
