import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { orderByNote } from '../../http/schema-kit.js';
import {
  DepartmentAssignation,
  DepartmentAssignationBody,
  DepartmentAssignationListQuery,
  departmentAssignationSortable,
  OfficeAssignation,
  OfficeAssignationBody,
  OfficeAssignationListQuery,
  officeAssignationSortable,
} from './assignations.schemas.js';
import {
  assignEmployeeToDepartment,
  getDepartmentAssignation,
  listDepartmentAssignations,
  redactDepartmentAssignation,
  unassignEmployeeFromDepartment,
} from './department-assignations.service.js';
import {
  assignEmployeeToOffice,
  getOfficeAssignation,
  listOfficeAssignations,
  redactOfficeAssignation,
  unassignEmployeeFromOffice,
} from './office-assignations.service.js';

const sensitiveNote =
  'The employee’s sensitive fields are omitted unless the key holds personal:read / compensation:read, as in the employees API.';

export function registerAssignationRoutes(app: FastifyInstance, deps: AppDeps) {
  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/employee-department-assignations',
    operationId: 'EmployeeDepartmentAssignations_list',
    summary: 'List employee department assignation',
    description: `${orderByNote('`createdAt asc` (oldest first)', departmentAssignationSortable)} ${sensitiveNote}`,
    tags: ['Departments'],
    scope: 'core:read',
    querystring: DepartmentAssignationListQuery,
    kind: 'list',
    response: DepartmentAssignation,
    handler: async (ctx, { query }) => {
      const page = await listDepartmentAssignations(ctx, query);
      return { data: page.data.map((v) => redactDepartmentAssignation(v, ctx.scopes)), meta: page.meta };
    },
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/core/v3/employee-department-assignations',
    operationId: 'EmployeeDepartmentAssignations_assignDepartmentToEmployee',
    summary: 'Assign an employee to a department',
    description: `An unknown employee or department is a 404; an employee already in the department is a 409, as is any assignment while HR data sync is enabled and its file carries departments. ${sensitiveNote}`,
    tags: ['Departments'],
    scope: 'core:write',
    body: DepartmentAssignationBody,
    kind: 'item',
    response: DepartmentAssignation,
    errors: [404],
    handler: async (ctx, { body }) => redactDepartmentAssignation(await assignEmployeeToDepartment(ctx, body), ctx.scopes),
  });

  defineRoute(app, deps, {
    method: 'DELETE',
    url: '/core/v3/employee-department-assignations',
    operationId: 'EmployeeDepartmentAssignations_unassign',
    summary: 'Unassign employee from department',
    description:
      'The pair is sent in the JSON body, as Sesame does. No such assignation is a 404; while HR data sync is enabled and its file carries departments, a 409 (the file decides).',
    tags: ['Departments'],
    scope: 'core:write',
    body: DepartmentAssignationBody,
    kind: 'empty',
    errors: [404, 409],
    current: async (ctx, { body }) => redactDepartmentAssignation(await getDepartmentAssignation(ctx, body), ctx.scopes),
    handler: (ctx, { body }) => unassignEmployeeFromDepartment(ctx, body),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/employee-office-assignations',
    operationId: 'EmployeeOfficeAssignations_listAssignations',
    summary: 'List employee office assignation',
    description: `${orderByNote('`createdAt asc` (oldest first)', officeAssignationSortable)} ${sensitiveNote}`,
    tags: ['Offices'],
    scope: 'core:read',
    querystring: OfficeAssignationListQuery,
    kind: 'list',
    response: OfficeAssignation,
    handler: async (ctx, { query }) => {
      const page = await listOfficeAssignations(ctx, query);
      return { data: page.data.map((v) => redactOfficeAssignation(v, ctx.scopes)), meta: page.meta };
    },
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/core/v3/employee-office-assignations',
    operationId: 'EmployeeOfficeAssignations_assignEmployeeToOffice',
    summary: 'Assign an employee to an office',
    description: `An unknown employee or office is a 404; an employee already in the office is a 409, as is any assignment while HR data sync is enabled and its file carries offices. ${sensitiveNote}`,
    tags: ['Offices'],
    scope: 'core:write',
    body: OfficeAssignationBody,
    kind: 'item',
    response: OfficeAssignation,
    errors: [404],
    handler: async (ctx, { body }) => redactOfficeAssignation(await assignEmployeeToOffice(ctx, body), ctx.scopes),
  });

  defineRoute(app, deps, {
    method: 'DELETE',
    url: '/core/v3/employee-office-assignations',
    operationId: 'EmployeeOfficeAssignations_unassignEmployee',
    summary: 'Unassign employee from office',
    description:
      'The pair is sent in the JSON body, as Sesame does. No such assignation is a 404; while HR data sync is enabled and its file carries offices, a 409 (the file decides).',
    tags: ['Offices'],
    scope: 'core:write',
    body: OfficeAssignationBody,
    kind: 'empty',
    errors: [404, 409],
    current: async (ctx, { body }) => redactOfficeAssignation(await getOfficeAssignation(ctx, body), ctx.scopes),
    handler: (ctx, { body }) => unassignEmployeeFromOffice(ctx, body),
  });
}
