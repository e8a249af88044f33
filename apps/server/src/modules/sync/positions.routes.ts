import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { IdParams, orderByNote } from '../../http/schema-kit.js';
import { Position, PositionListQuery, positionSortable } from './positions.schemas.js';
import { getPosition, listPositions } from './positions.service.js';

export function registerPositionRoutes(app: FastifyInstance, deps: AppDeps) {
  const tags = ['Positions'];
  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/positions',
    operationId: 'Positions_list',
    summary: 'List positions (extension)',
    description: `The position tree of the HR data sync position file: each position with its parent and holder. Read-only: positions change only through position files. ${orderByNote('`externalId asc` (compared as text: `P-10` comes before `P-9`)', positionSortable)}`,
    tags,
    scope: 'core:read',
    querystring: PositionListQuery,
    kind: 'list',
    response: Position,
    handler: (ctx, { query }) => listPositions(ctx, query),
  });
  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/positions/:id',
    operationId: 'Positions_getById',
    summary: 'Get a position (extension)',
    tags,
    scope: 'core:read',
    params: IdParams,
    kind: 'item',
    etag: true,
    response: Position,
    handler: (ctx, { params }) => getPosition(ctx, params.id),
  });
}
