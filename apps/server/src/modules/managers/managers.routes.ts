import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { IdParams, orderByNote } from '../../http/schema-kit.js';
import {
  assignEmployeeManager,
  getEmployeeManager,
  listEmployeeManagers,
  redactEmployeeManager,
  removeEmployeeManager,
} from './employee-managers.service.js';
import {
  EmployeeManager,
  EmployeeManagerAssignBody,
  EmployeeManagerListQuery,
  employeeManagerSortable,
  OrganizationChartManager,
  OrganizationChartManagerBody,
  OrganizationChartManagerParams,
} from './managers.schemas.js';
import { getOrganizationChartManager, updateOrganizationChartManager } from './org-chart-managers.service.js';

const sensitiveNote = 'Embedded employees omit sensitive fields unless the key holds personal:read / compensation:read.';

export function registerManagerRoutes(app: FastifyInstance, deps: AppDeps) {
  const tags = ['Employee Managers'];

  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/employee-managers',
    operationId: 'EmployeeManagers_list',
    summary: 'List employee managers',
    description: `${orderByNote('`createdAt asc, order asc` (oldest first)', employeeManagerSortable)} \`permission\` takes one value; \`permission[in]\` several. ${sensitiveNote}`,
    tags,
    scope: 'core:read',
    querystring: EmployeeManagerListQuery,
    kind: 'list',
    response: EmployeeManager,
    handler: async (ctx, { query }) => {
      const page = await listEmployeeManagers(ctx, query);
      return { data: page.data.map((v) => redactEmployeeManager(v, ctx.scopes)), meta: page.meta };
    },
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/employee-managers/:id',
    operationId: 'EmployeeManagers_getById',
    summary: 'Get an employee manager (extension)',
    description: sensitiveNote,
    tags,
    scope: 'core:read',
    params: IdParams,
    kind: 'item',
    etag: true,
    response: EmployeeManager,
    handler: async (ctx, { params }) => redactEmployeeManager(await getEmployeeManager(ctx, params.id), ctx.scopes),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/core/v3/employee-managers',
    operationId: 'EmployeeManagers_assign',
    summary: 'Assign an employee manager',
    description:
      'One manager per employee, permission and order. A taken slot, or the same manager in both slots, is a 409; an unknown employee or manager is a 404; an employee as their own manager, an inactive manager, or a loop (the employee already manages the manager for this permission) is a 422. ' +
      sensitiveNote,
    tags,
    scope: 'core:write',
    body: EmployeeManagerAssignBody,
    kind: 'item',
    response: EmployeeManager,
    errors: [404],
    handler: async (ctx, { body }) => redactEmployeeManager(await assignEmployeeManager(ctx, body), ctx.scopes),
  });

  defineRoute(app, deps, {
    method: 'DELETE',
    url: '/core/v3/employee-managers/:id',
    operationId: 'EmployeeManagers_removeById',
    summary: 'Delete an employee manager',
    tags,
    scope: 'core:write',
    params: IdParams,
    kind: 'empty',
    current: async (ctx, { params }) => redactEmployeeManager(await getEmployeeManager(ctx, params.id), ctx.scopes),
    handler: (ctx, { params }) => removeEmployeeManager(ctx, params.id),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/employee-profiles/organization-chart-managers/:employeeId',
    operationId: 'OrganizationChartManagers_getByEmployeeId',
    summary: 'Get organization chart manager by employee id',
    description: `The employee’s line manager in the organisation chart (the employee’s \`managerId\`); \`manager\` is null when there is none. ${sensitiveNote}`,
    tags,
    scope: 'core:read',
    params: OrganizationChartManagerParams,
    kind: 'item',
    etag: true,
    response: OrganizationChartManager,
    handler: (ctx, { params }) => getOrganizationChartManager(ctx, params.employeeId),
  });

  defineRoute(app, deps, {
    method: 'PUT',
    url: '/core/v3/employee-profiles/organization-chart-managers/:employeeId',
    operationId: 'OrganizationChartManagers_updateByEmployeeId',
    summary: 'Update organization chart manager by employee id',
    description:
      '`managerId: null` removes the manager. An unknown manager is a 404; the employee themself, an inactive manager, or someone who reports to the employee (directly or indirectly) is a 422. Emits employee.updated with `managerId` in `changes`.',
    tags,
    scope: 'core:write',
    params: OrganizationChartManagerParams,
    body: OrganizationChartManagerBody,
    kind: 'item',
    response: OrganizationChartManager,
    errors: [422],
    current: (ctx, { params }) => getOrganizationChartManager(ctx, params.employeeId),
    handler: (ctx, { params, body }) => updateOrganizationChartManager(ctx, params.employeeId, body.managerId),
  });
}
