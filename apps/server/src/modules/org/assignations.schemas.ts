import { Type } from 'typebox';
import { DateTime, PageQuery, UpdatedAtQuery, Uuid } from '../../http/schema-kit.js';
import { Employee } from '../employees/index.js';
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

export const DepartmentAssignationListQuery = Type.Object({
  employeeId: Type.Optional(Uuid('Find Assignation by employeeId')),
  departmentId: Type.Optional(Uuid('Find Assignation by departmentId')),
  ...UpdatedAtQuery,
  ...PageQuery,
});

export const OfficeAssignationListQuery = Type.Object({
  employeeId: Type.Optional(Uuid('Find Assignation by employeeId')),
  officeId: Type.Optional(Uuid('Find Assignation by officeId')),
  ...UpdatedAtQuery,
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
