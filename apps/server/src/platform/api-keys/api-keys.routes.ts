import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { IdParams, orderByNote } from '../../http/schema-kit.js';
import { ApiKey, ApiKeyCreateBody, ApiKeyListQuery, ApiKeyUpdateBody, ApiKeyWithToken, apiKeySortable } from './api-keys.schemas.js';
import { createApiKey, getApiKey, listApiKeys, type RateLimitGrant, revokeApiKey, updateApiKey } from './api-keys.service.js';

export function registerApiKeyRoutes(app: FastifyInstance, deps: AppDeps) {
  const tags = ['API Keys'];
  /** The calling key's own per-minute limit, beyond which it gives no key a limit. */
  const grantOf = (request: FastifyRequest): RateLimitGrant => ({
    callerLimit: request.apiKey?.rateLimitPerMinute,
    companyDefault: deps.defaultRateLimitPerMinute,
  });
  defineRoute(app, deps, {
    method: 'GET',
    url: '/security/v1/api-keys',
    operationId: 'ApiKeys_list',
    summary: 'List API keys',
    description: `${orderByNote('`createdAt asc` (oldest first)', apiKeySortable)} A key never used sorts as the least recently used.`,
    tags,
    scope: 'security:read',
    querystring: ApiKeyListQuery,
    kind: 'list',
    response: ApiKey,
    handler: (ctx, { query }) => listApiKeys(ctx, query),
  });
  defineRoute(app, deps, {
    method: 'GET',
    url: '/security/v1/api-keys/:id',
    operationId: 'ApiKeys_getById',
    summary: 'Get an API key',
    tags,
    scope: 'security:read',
    params: IdParams,
    kind: 'item',
    etag: true,
    response: ApiKey,
    handler: (ctx, { params }) => getApiKey(ctx, params.id),
  });
  defineRoute(app, deps, {
    method: 'POST',
    url: '/security/v1/api-keys',
    operationId: 'ApiKeys_create',
    summary: 'Create an API key',
    description:
      'The answer contains the token, once. A key cannot grant scopes it does not hold itself, nor a rate limit above its own (403).',
    tags,
    scope: 'security:write',
    body: ApiKeyCreateBody,
    kind: 'item',
    response: ApiKeyWithToken,
    errors: [404],
    handler: (ctx, { body, request }) => createApiKey(ctx, body, grantOf(request)),
  });
  defineRoute(app, deps, {
    method: 'PUT',
    url: '/security/v1/api-keys/:id',
    operationId: 'ApiKeys_updateById',
    summary: 'Update an API key',
    description:
      'Changes name, scopes, rate limit or IP allow-list; fields not sent keep their value. A key cannot set a rate limit above its own (403).',
    tags,
    scope: 'security:write',
    params: IdParams,
    body: ApiKeyUpdateBody,
    kind: 'item',
    response: ApiKey,
    errors: [404, 409],
    current: (ctx, { params }) => getApiKey(ctx, params.id),
    handler: (ctx, { params, body, request }) => updateApiKey(ctx, params.id, body, grantOf(request)),
  });
  defineRoute(app, deps, {
    method: 'DELETE',
    url: '/security/v1/api-keys/:id',
    operationId: 'ApiKeys_revokeById',
    summary: 'Revoke an API key',
    description: 'Takes effect on the next request made with it.',
    tags,
    scope: 'security:write',
    params: IdParams,
    kind: 'empty',
    current: (ctx, { params }) => getApiKey(ctx, params.id),
    handler: (ctx, { params }) => revokeApiKey(ctx, params.id),
  });
}
