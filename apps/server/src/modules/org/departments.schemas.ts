import { Type } from 'typebox';
import { DateTime, Nullable, OrderByQuery, PageQuery, UpdatedAtQuery, Uuid } from '../../http/schema-kit.js';
import { NameQuery } from './names.js';

const DepartmentName = Type.String({ minLength: 1, maxLength: 200, examples: ['Engineering'] });

/** Sesame's Department (id, name), plus the tree and timestamps as extensions. */
export const Department = Type.Object({
  id: Uuid(),
  name: Type.String({ examples: ['Engineering'] }),
  parentId: Nullable(Uuid('Extension: the parent department (departments form a tree); null at the top.')),
  createdAt: DateTime('Extension.'),
  updatedAt: DateTime('Extension.'),
});

/** The department as embedded in an employee-department assignation. */
export const DepartmentSummary = Type.Object({
  id: Uuid(),
  name: Type.String({ examples: ['Engineering'] }),
});

export const departmentSortable = { name: ['nameKey', 'name'], createdAt: 'createdAt', updatedAt: 'updatedAt', id: 'id' } as const;

export const DepartmentListQuery = Type.Object({
  ...NameQuery('departments'),
  orderBy: OrderByQuery(Object.keys(departmentSortable)),
  ...UpdatedAtQuery,
  ...PageQuery,
});

export const DepartmentCreateBody = Type.Object({
  companyId: Type.Optional(Uuid('Your company (Sesame sends it); another company’s id is a 404.')),
  name: DepartmentName,
  parentId: Type.Optional(Nullable(Uuid('Extension: the parent department; null or omitted for a top-level one.'))),
});

export const DepartmentUpdateBody = Type.Object({
  name: DepartmentName,
  parentId: Type.Optional(Nullable(Uuid('Extension: the parent department; null makes it top-level; omitted keeps it. A cycle is a 422.'))),
});

export const DepartmentDeleteQuery = Type.Object({
  reassignTo: Type.Optional(
    Uuid('Extension: move the employees of the deleted department to this department (otherwise a department with employees is a 409).'),
  ),
});
