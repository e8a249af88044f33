import { Type } from 'typebox';
import { DateTime, OrderByQuery, PageQuery, StringEnum, UpdatedAtQuery, Uuid } from '../../http/schema-kit.js';

export const affectedEntityTypes = ['company', 'department', 'office'] as const;

const RoleName = Type.String({ minLength: 1, maxLength: 100, examples: ['Manager'] });

/** Sesame's role (id, name), plus timestamps as an extension. Every company starts with Admin, Manager and Employee. */
export const Role = Type.Object({
  id: Uuid(),
  name: Type.String({ examples: ['Manager'] }),
  createdAt: DateTime('Extension.'),
  updatedAt: DateTime('Extension.'),
});

export const roleSortable = { name: ['nameKey', 'name'], createdAt: 'createdAt', updatedAt: 'updatedAt', id: 'id' } as const;

export const RoleListQuery = Type.Object({
  orderBy: OrderByQuery(Object.keys(roleSortable)),
  ...UpdatedAtQuery,
  ...PageQuery,
});

export const RoleBody = Type.Object({ name: RoleName });

export const RoleAssignation = Type.Object({
  id: Uuid(),
  role: Type.Object({ id: Uuid(), name: Type.String({ examples: ['Manager'] }) }),
  affectedEntityType: StringEnum(affectedEntityTypes, {
    description: 'What the role applies to: the whole company, one department or one office.',
  }),
  affectedEntityId: Uuid('The company, department or office the role applies to.'),
  employeeId: Uuid('Extension: the employee who holds the role.'),
  createdAt: DateTime('Extension.'),
});

export const RoleAssignationListParams = Type.Object({ employeeId: Uuid('Employee Id') });
/** `role.name` sorts on the role's name as embedded in each assignation. */
export const roleAssignationSortable = {
  createdAt: 'roleAssignations.createdAt',
  'role.name': 'roles.name',
  affectedEntityType: 'roleAssignations.affectedEntityType',
  id: 'roleAssignations.id',
} as const;

export const RoleAssignationListQuery = Type.Object({
  orderBy: OrderByQuery(Object.keys(roleAssignationSortable)),
  ...PageQuery,
});

export const RoleAssignBody = Type.Object({
  roleId: Uuid('The role to give.'),
  employeeId: Uuid('The employee who receives it.'),
  entityAffectedId: Uuid('The id of the entity to manage: your company id, a department id or an office id.'),
});

export const RoleUnassignBody = Type.Object({
  assignationId: Uuid('The role assignation to remove (from the list of the employee’s assignations).'),
});
