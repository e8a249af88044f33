import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { IdParams, orderByNote } from '../../http/schema-kit.js';
import {
  subscriptionSortable,
  WebhookSubscription,
  WebhookSubscriptionCreateBody,
  WebhookSubscriptionListQuery,
  WebhookSubscriptionUpdateBody,
  WebhookSubscriptionWithSecret,
  WebhookTestResult,
} from './webhook-subscriptions.schemas.js';
import {
  createSubscription,
  deleteSubscription,
  getSubscription,
  listSubscriptions,
  rotateSubscriptionSecret,
  testSubscription,
  updateSubscription,
  type WebhookServiceDeps,
} from './webhook-subscriptions.service.js';

export function registerSubscriptionRoutes(app: FastifyInstance, deps: AppDeps, services: WebhookServiceDeps) {
  const tags = ['Webhooks'];

  defineRoute(app, deps, {
    method: 'GET',
    url: '/webhook/v1/subscriptions',
    operationId: 'WebhookSubscriptions_list',
    summary: 'List webhook subscriptions',
    description: `${orderByNote('`createdAt asc` (oldest first)', subscriptionSortable)} The secrets are never listed.`,
    tags,
    scope: 'webhook:read',
    querystring: WebhookSubscriptionListQuery,
    kind: 'list',
    response: WebhookSubscription,
    handler: (ctx, { query }) => listSubscriptions(ctx, query),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/webhook/v1/subscriptions/:id',
    operationId: 'WebhookSubscriptions_getById',
    summary: 'Get a webhook subscription',
    tags,
    scope: 'webhook:read',
    params: IdParams,
    kind: 'item',
    etag: true,
    response: WebhookSubscription,
    handler: (ctx, { params }) => getSubscription(ctx, params.id),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/webhook/v1/subscriptions',
    operationId: 'WebhookSubscriptions_create',
    summary: 'Create a webhook subscription',
    description: [
      'Events whose type matches `events` (exact names, `employee.*`, `*`) are POSTed to `url`, signed per Standard Webhooks with the `secret` of the answer (shown once).',
      '`fields` limits `*.updated` events to changes of those fields. The subscription receives the events and sensitive fields that the creating key may read.',
      'A malformed or non-https URL, an unknown event type or field is a 400 (each listed in `errors`); a target that resolves to a loopback, private, link-local or metadata address is a 422 with the reason; subscribing explicitly to events the key may not read is a 403.',
    ].join('\n\n'),
    tags,
    scope: 'webhook:write',
    body: WebhookSubscriptionCreateBody,
    kind: 'item',
    response: WebhookSubscriptionWithSecret,
    handler: (ctx, { body }) => createSubscription(ctx, services, body),
  });

  defineRoute(app, deps, {
    method: 'PUT',
    url: '/webhook/v1/subscriptions/:id',
    operationId: 'WebhookSubscriptions_updateById',
    summary: 'Update a webhook subscription',
    description:
      'Fields not sent keep their value; a PUT that changes nothing is not a write (no event, no audit entry, `updatedAt` stays). `enabled: true` re-enables a disabled subscription (pending deliveries resume; events since it stopped are delivered). A new `url` is checked like on create (400 / 422). A change of `url`, `events` or `fields` needs a key that may read what the subscription delivers, before and after the change: the read scope of each event type it delivers and the `personal:read` / `compensation:read` its owner key holds (403 naming the missing scope otherwise; the owner key always may).',
    tags,
    scope: 'webhook:write',
    params: IdParams,
    body: WebhookSubscriptionUpdateBody,
    kind: 'item',
    response: WebhookSubscription,
    errors: [422],
    current: (ctx, { params }) => getSubscription(ctx, params.id),
    // A new url is checked (DNS) before the service's transaction opens: not inside one held by the route.
    serialize: false,
    handler: (ctx, { params, body }) => updateSubscription(ctx, services, params.id, body),
  });

  defineRoute(app, deps, {
    method: 'DELETE',
    url: '/webhook/v1/subscriptions/:id',
    operationId: 'WebhookSubscriptions_removeById',
    summary: 'Delete a webhook subscription',
    description: 'Also deletes its deliveries and their log.',
    tags,
    scope: 'webhook:write',
    params: IdParams,
    kind: 'empty',
    current: (ctx, { params }) => getSubscription(ctx, params.id),
    handler: (ctx, { params }) => deleteSubscription(ctx, params.id),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/webhook/v1/subscriptions/:id/rotate-secret',
    operationId: 'WebhookSubscriptions_rotateSecret',
    summary: 'Rotate the signing secret',
    description: [
      'Answers the new secret (shown once). The secret it replaces keeps signing for 24 h, and so does each one replaced before within the last 24 h: every message carries one signature per secret meanwhile, so the receiver can switch without missing a message.',
      'Whoever holds the secret can sign messages the receiver takes for genuine ones, so only a key that may read what the subscription delivers may rotate it, as for a change of its `url`: the read scope of each event type it delivers and the `personal:read` / `compensation:read` its owner key holds (403 naming the missing scope otherwise).',
      'At most 5 rotations within 24 h: a further one is a 409 that says when the oldest previous secret stops signing and a rotation is possible again.',
    ].join('\n\n'),
    tags,
    scope: 'webhook:write',
    params: IdParams,
    kind: 'item',
    response: WebhookSubscriptionWithSecret,
    errors: [409],
    handler: (ctx, { params }) => rotateSubscriptionSecret(ctx, services, params.id),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/webhook/v1/subscriptions/:id/test',
    operationId: 'WebhookSubscriptions_test',
    summary: 'Send a test message',
    description:
      'POSTs a signed `webhook.test` message to the subscription’s URL now, whatever its filter and even when disabled, and answers what the receiver said (status, time, the first 1 KB). A target that now resolves to a refused address is a 422.',
    tags,
    scope: 'webhook:write',
    params: IdParams,
    kind: 'item',
    response: WebhookTestResult,
    // It waits for the receiver (up to the webhook timeout): not inside a transaction.
    serialize: false,
    handler: (ctx, { params }) => testSubscription(ctx, services, params.id),
  });
}
