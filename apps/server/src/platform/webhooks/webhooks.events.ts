import { Type } from 'typebox';
import { Uuid } from '../../http/schema-kit.js';
import { defineEvents } from '../events/event-catalogue.js';
import { WebhookSubscription } from './webhook-subscriptions.schemas.js';

/** The secret is never part of an event. */
export const webhookEvents = defineEvents('webhooks', [
  {
    type: 'webhook_subscription.created',
    scope: 'webhook:read',
    data: WebhookSubscription,
    description: 'A webhook subscription was created.',
  },
  {
    type: 'webhook_subscription.updated',
    scope: 'webhook:read',
    data: WebhookSubscription,
    changes: true,
    description: 'A webhook subscription was changed, enabled or disabled by a user.',
  },
  {
    type: 'webhook_subscription.disabled',
    scope: 'webhook:read',
    data: WebhookSubscription,
    changes: true,
    description: 'The dispatcher disabled a subscription: its receiver answered 410, or a delivery failed the whole retry schedule.',
  },
  {
    type: 'webhook_subscription.secret_rotated',
    scope: 'webhook:read',
    data: WebhookSubscription,
    changes: true,
    description:
      'A subscription got a new secret; each secret it replaced within the last 24 h signs too, for 24 h after its rotation (`previousSecretExpiresAt` is the latest of those ends).',
  },
  {
    type: 'webhook_subscription.deleted',
    scope: 'webhook:read',
    data: WebhookSubscription,
    description: 'A webhook subscription was deleted.',
  },
  {
    type: 'webhook.test',
    scope: 'webhook:read',
    synthetic: true,
    data: Type.Object({
      subscriptionId: Uuid(),
      message: Type.String({ examples: ['A test message from Roster: your endpoint receives and can verify webhooks.'] }),
    }),
    description:
      'Sent by POST /webhook/v1/subscriptions/{id}/test only, to that subscription whatever its filter: never in the change feed or the delivery log, and not something to subscribe to (a filter naming it is refused).',
  },
]);
