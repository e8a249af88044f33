import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { EventType, FeedEvent, FeedMeta, FeedQuery } from './event-feed.schemas.js';
import { readEventFeed } from './event-feed.service.js';

export function registerEventRoutes(app: FastifyInstance, deps: AppDeps) {
  const tags = ['Events'];

  defineRoute(app, deps, {
    method: 'GET',
    url: '/event/v1/events',
    operationId: 'Events_feed',
    summary: 'Read the change feed',
    description: [
      'Every change of the company as events, in commit order, for receivers that cannot take webhooks (behind a firewall). Items are the webhook payloads.',
      'Page with `after=<meta.nextCursor>`: a client that reads until `hasMore` is false and comes back later with the last `nextCursor` misses nothing and sees nothing twice, whatever writes run concurrently.',
      'Only events the key may read are listed (e.g. `core:read` for employees), with sensitive fields only under `personal:read` / `compensation:read`. Events are kept for EVENT_RETENTION_DAYS (30 by default); an older cursor is a 410: resynchronise, then start again without `after`.',
    ].join('\n\n'),
    tags,
    scope: 'event:read',
    querystring: FeedQuery,
    kind: 'list',
    response: FeedEvent,
    listMeta: FeedMeta,
    errors: [410],
    handler: (ctx, { query }) =>
      readEventFeed(ctx, { catalogue: deps.eventCatalogue, retentionDays: deps.config.eventRetentionDays }, query),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/event/v1/event-types',
    operationId: 'EventTypes_list',
    summary: 'List event types',
    description:
      'The catalogue of events every module emits, with the JSON schema of each payload (the same in webhook bodies and the change feed). Also in /openapi.json under `webhooks`.',
    tags,
    scope: null,
    kind: 'list',
    response: EventType,
    handler: async () => {
      const data = deps.eventCatalogue.list().map((def) => ({
        type: def.type,
        module: def.module,
        description: def.description,
        scope: def.scope,
        inFeed: !def.synthetic,
        payloadSchema: deps.eventCatalogue.payloadSchema(def.type),
      }));
      return { data, meta: { currentPage: 1, lastPage: 1, total: data.length, perPage: Math.max(1, data.length) } };
    },
  });
}
