import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { IdParams, orderByNote } from '../../http/schema-kit.js';
import { deliverySortable, WebhookDelivery, WebhookDeliveryListQuery } from './webhook-deliveries.schemas.js';
import { getDelivery, listDeliveries, redeliver } from './webhook-deliveries.service.js';

export function registerDeliveryRoutes(app: FastifyInstance, deps: AppDeps) {
  const tags = ['Webhooks'];

  defineRoute(app, deps, {
    method: 'GET',
    url: '/webhook/v1/deliveries',
    operationId: 'WebhookDeliveries_list',
    summary: 'List webhook deliveries',
    description: `The delivery log: one delivery per subscription and event, with every attempt (time, status code, duration, first 1 KB of the answer). ${orderByNote('`createdAt desc` (newest first)', deliverySortable)}`,
    tags,
    scope: 'webhook:read',
    querystring: WebhookDeliveryListQuery,
    kind: 'list',
    response: WebhookDelivery,
    handler: (ctx, { query }) => listDeliveries(ctx, deps.eventCatalogue, query),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/webhook/v1/deliveries/:id',
    operationId: 'WebhookDeliveries_getById',
    summary: 'Get a webhook delivery',
    tags,
    scope: 'webhook:read',
    params: IdParams,
    kind: 'item',
    etag: true,
    response: WebhookDelivery,
    handler: (ctx, { params }) => getDelivery(ctx, params.id),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/webhook/v1/deliveries/:id/redeliver',
    operationId: 'WebhookDeliveries_redeliver',
    summary: 'Deliver again',
    description:
      'Queues the delivery again, due now, with a fresh retry schedule; the `webhook-id` stays the event id. 409 when the subscription is disabled, the event is older than the retention, or the subscription no longer takes the event (its events or fields, or the scopes of its owner key, changed since).',
    tags,
    scope: 'webhook:write',
    params: IdParams,
    kind: 'item',
    response: WebhookDelivery,
    handler: (ctx, { params }) => redeliver(ctx, deps.eventCatalogue, params.id),
  });
}
