import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { IdParams, orderByNote } from '../../http/schema-kit.js';
import {
  Employee,
  EmployeeCreateBody,
  EmployeeListQuery,
  EmployeeSchema,
  EmployeeUpdateBody,
  employeeSortable,
  TerminateBody,
} from './employees.schemas.js';
import {
  createEmployee,
  deleteEmployee,
  getEmployee,
  listEmployees,
  reactivateEmployee,
  redactEmployee,
  terminateEmployee,
  updateEmployee,
} from './employees.service.js';

export function registerEmployeeRoutes(app: FastifyInstance, deps: AppDeps) {
  app.addSchema(EmployeeSchema);
  const tags = ['Employees'];
  const sensitiveNote =
    'Sensitive fields (nid, ssn, dateOfBirth, address, bic, accountNumber, pricePerHour, salaryRange) are omitted unless the key holds personal:read / compensation:read.';

  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/employees',
    operationId: 'Employees_list',
    summary: 'List employees',
    description: `Filters combine with AND. Deleted employees are listed only with \`onlyReturn=deleted|all\`. ${orderByNote('`lastName asc, firstName asc`', employeeSortable)} ${sensitiveNote}`,
    tags,
    scope: 'core:read',
    querystring: EmployeeListQuery,
    kind: 'list',
    response: Employee,
    // Views are made field by field (toView); employee-serialization.routes.test.ts holds them to the schema.
    plainJson: true,
    handler: (ctx, { query }) => listEmployees(ctx, query),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/employees/:id',
    operationId: 'Employees_getById',
    summary: 'Get an employee',
    description: sensitiveNote,
    tags,
    scope: 'core:read',
    params: IdParams,
    kind: 'item',
    etag: true,
    response: Employee,
    plainJson: true,
    handler: async (ctx, { params }) => redactEmployee(await getEmployee(ctx, params.id), ctx.scopes),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/core/v3/employees',
    operationId: 'Employees_createNewEmployee',
    summary: 'Create an employee',
    description:
      'Unique per company: externalId, code, and email among active employees (409). `departmentId` / `officeId` also assign the employee. Writing sensitive fields needs personal:write / compensation:write (403).',
    tags,
    scope: 'core:write',
    body: EmployeeCreateBody,
    kind: 'item',
    response: Employee,
    errors: [404],
    handler: async (ctx, { body }) => redactEmployee(await createEmployee(ctx, body), ctx.scopes),
  });

  defineRoute(app, deps, {
    method: 'PUT',
    url: '/core/v3/employees/:id',
    operationId: 'Employees_updateById',
    summary: 'Update an employee',
    description:
      'Fields sent replace their values; fields not sent keep theirs. Changing status to inactive terminates the employee today (one whose start date is still ahead becomes inactive without a termination date); back to active reactivates. Changing sensitive fields needs personal:write / compensation:write (403); sending back the value a field has is allowed to a key that may read it. Answers the new ETag; honours If-Match.',
    tags,
    scope: 'core:write',
    params: IdParams,
    body: EmployeeUpdateBody,
    kind: 'item',
    response: Employee,
    errors: [409, 422],
    current: async (ctx, { params }) => redactEmployee(await getEmployee(ctx, params.id), ctx.scopes),
    handler: async (ctx, { params, body }) => redactEmployee(await updateEmployee(ctx, params.id, body), ctx.scopes),
  });

  defineRoute(app, deps, {
    method: 'DELETE',
    url: '/core/v3/employees/:id',
    operationId: 'Employees_removeById',
    summary: 'Delete an employee',
    description:
      'Erases the employee’s personal data (GDPR) and removes their assignments; the id stays reserved for history and the employee disappears from the API. To end employment, use terminate instead.',
    tags,
    scope: 'core:write',
    params: IdParams,
    kind: 'empty',
    current: async (ctx, { params }) => redactEmployee(await getEmployee(ctx, params.id), ctx.scopes),
    handler: (ctx, { params }) => deleteEmployee(ctx, params.id),
  });

  // The terminate body is optional (every field has a default): a POST without one means "today, no reason".
  app.register(async (scope) => {
    scope.addHook('preValidation', async (request) => {
      if (request.body === undefined || request.body === null) request.body = {};
    });
    registerTerminateRoute(scope, deps, tags);
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/core/v3/employees/:id/reactivate',
    operationId: 'Employees_reactivate',
    summary: 'Reactivate a terminated employee (extension)',
    description:
      'Sets status active and clears the termination; emits employee.reactivated. 409 if already active or the email is taken by another active employee.',
    tags,
    scope: 'core:write',
    params: IdParams,
    kind: 'item',
    response: Employee,
    current: async (ctx, { params }) => redactEmployee(await getEmployee(ctx, params.id), ctx.scopes),
    handler: async (ctx, { params }) => redactEmployee(await reactivateEmployee(ctx, params.id), ctx.scopes),
  });
}

function registerTerminateRoute(app: FastifyInstance, deps: AppDeps, tags: string[]) {
  defineRoute(app, deps, {
    method: 'POST',
    url: '/core/v3/employees/:id/terminate',
    operationId: 'Employees_terminate',
    summary: 'Terminate an employee (extension)',
    description:
      'Sets status inactive, the termination date (today by default) and reason; emits employee.terminated. The body may be omitted (today, no reason). 409 if already inactive; a date before the start date is a 422.',
    tags,
    scope: 'core:write',
    params: IdParams,
    body: TerminateBody,
    kind: 'item',
    response: Employee,
    current: async (ctx, { params }) => redactEmployee(await getEmployee(ctx, params.id), ctx.scopes),
    handler: async (ctx, { params, body }) => redactEmployee(await terminateEmployee(ctx, params.id, body), ctx.scopes),
  });
}
