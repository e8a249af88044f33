import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { IdParams, orderByNote } from '../../http/schema-kit.js';
import { assignRole, getRoleAssignation, listRoleAssignationsOfEmployee, unassignRole } from './role-assignations.service.js';
import {
  Role,
  RoleAssignation,
  RoleAssignationListParams,
  RoleAssignationListQuery,
  RoleAssignBody,
  RoleBody,
  RoleListQuery,
  RoleUnassignBody,
  roleAssignationSortable,
  roleSortable,
} from './roles.schemas.js';
import { createRole, deleteRole, getRole, listRoles, updateRole } from './roles.service.js';

export function registerRoleRoutes(app: FastifyInstance, deps: AppDeps) {
  const tags = ['Roles'];

  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/roles',
    operationId: 'Roles_getAll',
    summary: 'List Roles',
    description: `Every company starts with the roles Admin, Manager and Employee; more can be created (extension). ${orderByNote('name', roleSortable)}`,
    tags,
    scope: 'core:read',
    querystring: RoleListQuery,
    kind: 'list',
    response: Role,
    handler: (ctx, { query }) => listRoles(ctx, query),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/roles/:id',
    operationId: 'Roles_getById',
    summary: 'Get a role (extension)',
    tags,
    scope: 'core:read',
    params: IdParams,
    kind: 'item',
    etag: true,
    response: Role,
    handler: (ctx, { params }) => getRole(ctx, params.id),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/core/v3/roles',
    operationId: 'Roles_create',
    summary: 'Create a role (extension)',
    description: 'Names are unique per company, ignoring case (409).',
    tags,
    scope: 'core:write',
    body: RoleBody,
    kind: 'item',
    response: Role,
    handler: (ctx, { body }) => createRole(ctx, body),
  });

  defineRoute(app, deps, {
    method: 'PUT',
    url: '/core/v3/roles/:id',
    operationId: 'Roles_updateById',
    summary: 'Rename a role (extension)',
    tags,
    scope: 'core:write',
    params: IdParams,
    body: RoleBody,
    kind: 'item',
    response: Role,
    errors: [409],
    current: (ctx, { params }) => getRole(ctx, params.id),
    handler: (ctx, { params, body }) => updateRole(ctx, params.id, body),
  });

  defineRoute(app, deps, {
    method: 'DELETE',
    url: '/core/v3/roles/:id',
    operationId: 'Roles_removeById',
    summary: 'Delete a role (extension)',
    description: 'A role that is still assigned is a 409: unassign it first.',
    tags,
    scope: 'core:write',
    params: IdParams,
    kind: 'empty',
    errors: [409],
    current: (ctx, { params }) => getRole(ctx, params.id),
    handler: (ctx, { params }) => deleteRole(ctx, params.id),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/roles/assignation/:employeeId',
    operationId: 'EmployeeAssignationsRoles_listByEmployee',
    summary: 'List Assignations Roles by Employee',
    description: `${orderByNote('`createdAt asc` (oldest first)', roleAssignationSortable)} An unknown employee is a 404.`,
    tags,
    scope: 'core:read',
    params: RoleAssignationListParams,
    querystring: RoleAssignationListQuery,
    kind: 'list',
    response: RoleAssignation,
    handler: (ctx, { params, query }) => listRoleAssignationsOfEmployee(ctx, params.employeeId, query),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/core/v3/roles/assignation',
    operationId: 'EmployeeAssignationsRoles_assignRole',
    summary: 'Assign Role',
    description:
      '`entityAffectedId` is your company id (the role applies company-wide), a department id or an office id; anything else is a 404. Holding the same role on the same entity twice is a 409. Answers `data: ""` as Sesame does; the new assignation is in the employee’s list.',
    tags,
    scope: 'core:write',
    body: RoleAssignBody,
    kind: 'empty',
    errors: [404],
    handler: (ctx, { body }) => assignRole(ctx, body),
  });

  defineRoute(app, deps, {
    method: 'DELETE',
    url: '/core/v3/roles/assignation',
    operationId: 'EmployeeAssignationsRoles_unassignRole',
    summary: 'Unassign Role',
    description: 'The assignation id is sent in the JSON body, as Sesame does. An unknown id is a 404.',
    tags,
    scope: 'core:write',
    body: RoleUnassignBody,
    kind: 'empty',
    errors: [404],
    current: (ctx, { body }) => getRoleAssignation(ctx, body.assignationId),
    handler: (ctx, { body }) => unassignRole(ctx, body.assignationId),
  });
}
