import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { IdParams, orderByNote } from '../../http/schema-kit.js';
import { Mapping, MappingCreateBody, MappingListQuery, MappingUpdateBody, mappingSortable } from './mappings.schemas.js';
import { createMapping, deleteMapping, getMapping, listMappings, updateMapping } from './mappings.service.js';

export function registerMappingRoutes(app: FastifyInstance, deps: AppDeps) {
  const tags = ['HR Data Sync'];
  defineRoute(app, deps, {
    method: 'GET',
    url: '/sync/v1/mappings',
    operationId: 'SyncMappings_list',
    summary: 'List column mappings',
    description: orderByNote('name', mappingSortable),
    tags,
    scope: 'sync:read',
    querystring: MappingListQuery,
    kind: 'list',
    response: Mapping,
    handler: (ctx, { query }) => listMappings(ctx, query),
  });
  defineRoute(app, deps, {
    method: 'GET',
    url: '/sync/v1/mappings/:id',
    operationId: 'SyncMappings_getById',
    summary: 'Get a column mapping',
    tags,
    scope: 'sync:read',
    params: IdParams,
    kind: 'item',
    etag: true,
    response: Mapping,
    handler: (ctx, { params }) => getMapping(ctx, params.id),
  });
  defineRoute(app, deps, {
    method: 'POST',
    url: '/sync/v1/mappings',
    operationId: 'SyncMappings_create',
    summary: 'Create a column mapping',
    description:
      'Turns an ERP export (SAP, 1C, Dynamics, …) into Roster’s sync fields: column names, value maps, date formats, constants, delimiter and encoding. Use it with `?mappingId=` when uploading CSV or JSON. A mapping that could never read a file is a 400 listing every problem; a name another mapping of the company has (trimmed, case-insensitive) is a 409.',
    tags,
    scope: 'sync:write',
    body: MappingCreateBody,
    kind: 'item',
    response: Mapping,
    handler: (ctx, { body }) => createMapping(ctx, body),
  });
  defineRoute(app, deps, {
    method: 'PUT',
    url: '/sync/v1/mappings/:id',
    operationId: 'SyncMappings_updateById',
    summary: 'Update a column mapping',
    description:
      'Fields sent replace their values (a map replaces the whole map); fields not sent keep theirs. The resulting mapping is validated as a whole. `kind` changes only while no file was read with the mapping (409 otherwise); a name another mapping has (trimmed, case-insensitive) is a 409.',
    tags,
    scope: 'sync:write',
    params: IdParams,
    body: MappingUpdateBody,
    errors: [409],
    kind: 'item',
    response: Mapping,
    current: (ctx, { params }) => getMapping(ctx, params.id),
    handler: (ctx, { params, body }) => updateMapping(ctx, params.id, body),
  });
  defineRoute(app, deps, {
    method: 'DELETE',
    url: '/sync/v1/mappings/:id',
    operationId: 'SyncMappings_removeById',
    summary: 'Delete a column mapping',
    description: 'Files already uploaded with it keep its id; a queued file whose mapping is gone is rejected when processed.',
    tags,
    scope: 'sync:write',
    params: IdParams,
    kind: 'empty',
    current: (ctx, { params }) => getMapping(ctx, params.id),
    handler: (ctx, { params }) => deleteMapping(ctx, params.id),
  });
}
