import { Type } from 'typebox';
import { DateTime, OrderByQuery, PageQuery, UpdatedAtQuery, Uuid } from '../../http/schema-kit.js';
import { Employee } from '../employees/employees.schemas.js';
import { DepartmentSummary } from './departments.schemas.js';
import { Office } from './offices.schemas.js';

const timestamps = {
  createdAt: DateTime(),
  updatedAt: DateTime(),
};

export const DepartmentAssignation = Type.Object({
  id: Uuid(),
  employee: Employee,
  department: DepartmentSummary,
  ...timestamps,
});

export const OfficeAssignation = Type.Object({
  id: Uuid(),
  employee: Employee,
  office: Office,
  ...timestamps,
});

export const departmentAssignationSortable = {
  createdAt: 'employeeDepartments.createdAt',
  updatedAt: 'employeeDepartments.updatedAt',
  employeeId: 'employeeDepartments.employeeId',
  departmentId: 'employeeDepartments.departmentId',
  id: 'employeeDepartments.id',
} as const;

export const DepartmentAssignationListQuery = Type.Object({
  employeeId: Type.Optional(Uuid('Find Assignation by employeeId')),
  departmentId: Type.Optional(Uuid('Find Assignation by departmentId')),
  ...UpdatedAtQuery,
  orderBy: OrderByQuery(Object.keys(departmentAssignationSortable)),
  ...PageQuery,
});

export const officeAssignationSortable = {
  createdAt: 'employeeOffices.createdAt',
  updatedAt: 'employeeOffices.updatedAt',
  employeeId: 'employeeOffices.employeeId',
  officeId: 'employeeOffices.officeId',
  id: 'employeeOffices.id',
} as const;

export const OfficeAssignationListQuery = Type.Object({
  employeeId: Type.Optional(Uuid('Find Assignation by employeeId')),
  officeId: Type.Optional(Uuid('Find Assignation by officeId')),
  ...UpdatedAtQuery,
  orderBy: OrderByQuery(Object.keys(officeAssignationSortable)),
  ...PageQuery,
});

export const DepartmentAssignationBody = Type.Object({
  employeeId: Uuid(),
  departmentId: Uuid(),
});

export const OfficeAssignationBody = Type.Object({
  employeeId: Uuid(),
  officeId: Uuid(),
});
