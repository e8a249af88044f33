import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { IdParams, orderByNote } from '../../http/schema-kit.js';
import {
  Department,
  DepartmentCreateBody,
  DepartmentDeleteQuery,
  DepartmentListQuery,
  DepartmentUpdateBody,
  departmentSortable,
} from './departments.schemas.js';
import { createDepartment, deleteDepartment, getDepartment, listDepartments, updateDepartment } from './departments.service.js';

export function registerDepartmentRoutes(app: FastifyInstance, deps: AppDeps) {
  const tags = ['Departments'];

  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/departments',
    operationId: 'Departments_list',
    summary: 'List departments',
    description: orderByNote('name', departmentSortable),
    tags,
    scope: 'core:read',
    querystring: DepartmentListQuery,
    kind: 'list',
    response: Department,
    handler: (ctx, { query }) => listDepartments(ctx, query),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/departments/:id',
    operationId: 'Departments_getById',
    summary: 'Get a department (extension)',
    tags,
    scope: 'core:read',
    params: IdParams,
    kind: 'item',
    etag: true,
    response: Department,
    handler: (ctx, { params }) => getDepartment(ctx, params.id),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/core/v3/departments',
    operationId: 'Departments_createNewDepartment',
    summary: 'Create a department',
    description: 'An unknown `parentId` (or one of another company) is a 404.',
    tags,
    scope: 'core:write',
    body: DepartmentCreateBody,
    kind: 'item',
    response: Department,
    errors: [404],
    handler: (ctx, { body }) => createDepartment(ctx, body),
  });

  defineRoute(app, deps, {
    method: 'PUT',
    url: '/core/v3/departments/:id',
    operationId: 'Departments_updateById',
    summary: 'Update a department',
    description:
      '`parentId` not sent keeps the parent. Making a department its own parent, or the child of one of its sub-departments, is a 422.',
    tags,
    scope: 'core:write',
    params: IdParams,
    body: DepartmentUpdateBody,
    kind: 'item',
    response: Department,
    errors: [422],
    current: (ctx, { params }) => getDepartment(ctx, params.id),
    handler: (ctx, { params, body }) => updateDepartment(ctx, params.id, body),
  });

  defineRoute(app, deps, {
    method: 'DELETE',
    url: '/core/v3/departments/:id',
    operationId: 'Departments_removeById',
    summary: 'Delete a department',
    description:
      'Sub-departments move up to the deleted department’s parent. A department with employees is a 409 unless `reassignTo` names the department they move to (in the same transaction).',
    tags,
    scope: 'core:write',
    params: IdParams,
    querystring: DepartmentDeleteQuery,
    kind: 'empty',
    errors: [409, 422],
    current: (ctx, { params }) => getDepartment(ctx, params.id),
    handler: (ctx, { params, query }) => deleteDepartment(ctx, params.id, { reassignTo: query.reassignTo }),
  });
}
