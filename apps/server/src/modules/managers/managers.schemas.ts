import { Type } from 'typebox';
import { DateTime, Nullable, OrderByQuery, PageQuery, StringEnum, UpdatedAtQuery, Uuid } from '../../http/schema-kit.js';
import { Employee } from '../employees/index.js';

export const managerPermissions = ['check', 'vacation'] as const;

/** Sesame's employee-manager: who approves an employee's clock-ins (`check`) or time off (`vacation`), first (0) or second (1). */
export const EmployeeManager = Type.Object({
  id: Uuid(),
  manager: Employee,
  employee: Employee,
  permission: StringEnum(managerPermissions, { description: '`check`: validates clock-ins; `vacation`: approves time off.' }),
  order: Type.Integer({ enum: [0, 1], description: '0: first manager, 1: second (backup) manager for this permission.' }),
  createdAt: DateTime(),
  updatedAt: DateTime(),
});

export const employeeManagerSortable = {
  createdAt: 'employeeManagers.createdAt',
  updatedAt: 'employeeManagers.updatedAt',
  permission: 'employeeManagers.permission',
  order: 'employeeManagers.order',
  employeeId: 'employeeManagers.employeeId',
  managerId: 'employeeManagers.managerId',
  id: 'employeeManagers.id',
} as const;

export const EmployeeManagerListQuery = Type.Object({
  employeeId: Type.Optional(Uuid('Find employee managers by employeeId')),
  managerId: Type.Optional(Uuid('Find employee managers by managerId')),
  permission: Type.Optional(StringEnum(managerPermissions, { description: 'Find employee managers by permission' })),
  'permission[in]': Type.Optional(
    Type.String({ description: 'Comma-separated permissions, e.g. `check,vacation`', examples: ['check,vacation'] }),
  ),
  ...UpdatedAtQuery,
  orderBy: OrderByQuery(Object.keys(employeeManagerSortable)),
  ...PageQuery,
});

export const EmployeeManagerAssignBody = Type.Object({
  employeeId: Uuid('The employee who is managed.'),
  managerId: Uuid('The employee who manages.'),
  permission: StringEnum(managerPermissions),
  order: Type.Integer({ enum: [0, 1], description: '0: first manager, 1: second manager.' }),
});

/** The organisation-chart manager of one employee (the line in the org chart, distinct from approval managers). */
export const OrganizationChartManager = Type.Object({
  employeeId: Uuid(),
  managerId: Nullable(Uuid('The org-chart manager; null when the employee reports to nobody.')),
  manager: Nullable(Employee),
});

export const OrganizationChartManagerParams = Type.Object({ employeeId: Uuid('Employee id') });

export const OrganizationChartManagerBody = Type.Object({
  managerId: Nullable(
    Uuid('The new org-chart manager; null removes it. A manager who reports (directly or not) to the employee is a 422.'),
  ),
});
