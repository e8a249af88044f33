import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { IdParams, orderByNote } from '../../http/schema-kit.js';
import { Office, OfficeCreateBody, OfficeDeleteQuery, OfficeListQuery, OfficeUpdateBody, officeSortable } from './offices.schemas.js';
import { createOffice, deleteOffice, getOffice, listOffices, updateOffice } from './offices.service.js';

export function registerOfficeRoutes(app: FastifyInstance, deps: AppDeps) {
  const tags = ['Offices'];

  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/offices',
    operationId: 'Offices_getAll',
    summary: 'List offices',
    description: orderByNote('name', officeSortable),
    tags,
    scope: 'core:read',
    querystring: OfficeListQuery,
    kind: 'list',
    response: Office,
    handler: (ctx, { query }) => listOffices(ctx, query),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/offices/:id',
    operationId: 'Offices_getById',
    summary: 'Get an office (extension)',
    tags,
    scope: 'core:read',
    params: IdParams,
    kind: 'item',
    etag: true,
    response: Office,
    handler: (ctx, { params }) => getOffice(ctx, params.id),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/core/v3/offices',
    operationId: 'Offices_createOffice',
    summary: 'Create an office',
    description: '`timezone` must be an IANA time zone (400 otherwise).',
    tags,
    scope: 'core:write',
    body: OfficeCreateBody,
    kind: 'item',
    response: Office,
    errors: [404],
    handler: (ctx, { body }) => createOffice(ctx, body),
  });

  defineRoute(app, deps, {
    method: 'PUT',
    url: '/core/v3/offices/:id',
    operationId: 'Offices_updateById',
    summary: 'Update an office',
    description: '`name` is required; other fields sent replace their values, fields not sent keep theirs.',
    tags,
    scope: 'core:write',
    params: IdParams,
    body: OfficeUpdateBody,
    kind: 'item',
    response: Office,
    current: (ctx, { params }) => getOffice(ctx, params.id),
    handler: (ctx, { params, body }) => updateOffice(ctx, params.id, body),
  });

  defineRoute(app, deps, {
    method: 'DELETE',
    url: '/core/v3/offices/:id',
    operationId: 'Offices_removeById',
    summary: 'Delete an office',
    description: 'An office with employees is a 409 unless `reassignTo` names the office they move to (in the same transaction).',
    tags,
    scope: 'core:write',
    params: IdParams,
    querystring: OfficeDeleteQuery,
    kind: 'empty',
    errors: [409, 422],
    current: (ctx, { params }) => getOffice(ctx, params.id),
    handler: (ctx, { params, query }) => deleteOffice(ctx, params.id, { reassignTo: query.reassignTo }),
  });
}
