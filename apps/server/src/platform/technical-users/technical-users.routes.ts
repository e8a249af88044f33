import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { IdParams, orderByNote } from '../../http/schema-kit.js';
import {
  TechnicalUser,
  TechnicalUserCreateBody,
  TechnicalUserListQuery,
  TechnicalUserUpdateBody,
  technicalUserSortable,
} from './technical-users.schemas.js';
import {
  createTechnicalUser,
  deleteTechnicalUser,
  getTechnicalUser,
  listTechnicalUsers,
  updateTechnicalUser,
} from './technical-users.service.js';

export function registerTechnicalUserRoutes(app: FastifyInstance, deps: AppDeps) {
  const tags = ['Technical Users'];
  defineRoute(app, deps, {
    method: 'GET',
    url: '/security/v1/technical-users',
    operationId: 'TechnicalUsers_list',
    summary: 'List technical users',
    description: orderByNote('name', technicalUserSortable),
    tags,
    scope: 'security:read',
    querystring: TechnicalUserListQuery,
    kind: 'list',
    response: TechnicalUser,
    handler: (ctx, { query }) => listTechnicalUsers(ctx, query),
  });
  defineRoute(app, deps, {
    method: 'GET',
    url: '/security/v1/technical-users/:id',
    operationId: 'TechnicalUsers_getById',
    summary: 'Get a technical user',
    tags,
    scope: 'security:read',
    params: IdParams,
    kind: 'item',
    etag: true,
    response: TechnicalUser,
    handler: (ctx, { params }) => getTechnicalUser(ctx, params.id),
  });
  defineRoute(app, deps, {
    method: 'POST',
    url: '/security/v1/technical-users',
    operationId: 'TechnicalUsers_create',
    summary: 'Create a technical user',
    description:
      'A named non-person account for an integration: it owns API keys (`technicalUserId` on the key) and receives the HR data sync mail after each file. Names are unique per company (409).',
    tags,
    scope: 'security:write',
    body: TechnicalUserCreateBody,
    kind: 'item',
    response: TechnicalUser,
    handler: (ctx, { body }) => createTechnicalUser(ctx, body),
  });
  defineRoute(app, deps, {
    method: 'PUT',
    url: '/security/v1/technical-users/:id',
    operationId: 'TechnicalUsers_updateById',
    summary: 'Update a technical user',
    description: 'Fields not sent keep their value.',
    tags,
    scope: 'security:write',
    params: IdParams,
    body: TechnicalUserUpdateBody,
    kind: 'item',
    response: TechnicalUser,
    errors: [409],
    current: (ctx, { params }) => getTechnicalUser(ctx, params.id),
    handler: (ctx, { params, body }) => updateTechnicalUser(ctx, params.id, body),
  });
  defineRoute(app, deps, {
    method: 'DELETE',
    url: '/security/v1/technical-users/:id',
    operationId: 'TechnicalUsers_removeById',
    summary: 'Delete a technical user',
    description: 'Also revokes every API key the technical user owns (in the same transaction), so the integration stops working at once.',
    tags,
    scope: 'security:write',
    params: IdParams,
    kind: 'empty',
    current: (ctx, { params }) => getTechnicalUser(ctx, params.id),
    handler: (ctx, { params }) => deleteTechnicalUser(ctx, params.id),
  });
}
