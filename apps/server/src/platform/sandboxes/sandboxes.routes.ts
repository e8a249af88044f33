import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { IdParams, orderByNote } from '../../http/schema-kit.js';
import { Sandbox, SandboxCreateBody, SandboxListQuery, SandboxWithKey, sandboxSortable } from './sandboxes.schemas.js';
import { createSandbox, deleteSandbox, getSandbox, listSandboxes } from './sandboxes.service.js';

export function registerSandboxRoutes(app: FastifyInstance, deps: AppDeps) {
  const tags = ['Sandboxes'];
  defineRoute(app, deps, {
    method: 'GET',
    url: '/security/v1/sandboxes',
    operationId: 'Sandboxes_list',
    summary: 'List the sandboxes of this company',
    description: orderByNote('`createdAt asc` (oldest first)', sandboxSortable),
    tags,
    scope: 'security:read',
    querystring: SandboxListQuery,
    kind: 'list',
    response: Sandbox,
    handler: (ctx, { query }) => listSandboxes(ctx, query),
  });
  defineRoute(app, deps, {
    method: 'GET',
    url: '/security/v1/sandboxes/:id',
    operationId: 'Sandboxes_getById',
    summary: 'Get a sandbox',
    tags,
    scope: 'security:read',
    params: IdParams,
    kind: 'item',
    etag: true,
    response: Sandbox,
    handler: (ctx, { params }) => getSandbox(ctx, params.id),
  });
  defineRoute(app, deps, {
    method: 'POST',
    url: '/security/v1/sandboxes',
    operationId: 'Sandboxes_create',
    summary: 'Create a sandbox',
    description:
      'A test company linked to this one: a copy of its offices, departments, job charges, roles, custom fields, HR data sync settings and mappings, and with `copyEmployees` its employees. The answer holds the sandbox’s admin key (shown once); it works only on the sandbox, and the sandbox’s files never touch this company. 409 when called from a sandbox.',
    tags,
    scope: 'security:write',
    body: SandboxCreateBody,
    kind: 'item',
    response: SandboxWithKey,
    handler: (ctx, { body }) => createSandbox(ctx, body ?? {}),
  });
  defineRoute(app, deps, {
    method: 'DELETE',
    url: '/security/v1/sandboxes/:id',
    operationId: 'Sandboxes_removeById',
    summary: 'Delete a sandbox',
    description: 'Deletes the sandbox company and all its data; its keys stop working at once.',
    tags,
    scope: 'security:write',
    params: IdParams,
    kind: 'empty',
    current: (ctx, { params }) => getSandbox(ctx, params.id),
    handler: (ctx, { params }) => deleteSandbox(ctx, params.id),
  });
}
