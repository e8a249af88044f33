import { Type } from 'typebox';
import { DateTime, InstantQuery, Nullable, OrderByQuery, PageQuery, StringEnum, Uuid } from '../../http/schema-kit.js';

export const deliveryStatuses = ['pending', 'succeeded', 'failed'] as const;

export const DeliveryAttempt = Type.Object({
  at: DateTime('When the attempt started.'),
  statusCode: Nullable(Type.Integer({ description: 'HTTP status of the answer; null when none came.', examples: [200] })),
  durationMs: Type.Integer({ examples: [37] }),
  response: Nullable(Type.String({ description: 'First 1 KB of the answer’s body.' })),
  error: Nullable(Type.String({ description: 'Extension: why the attempt failed without an answer (timeout, refused address, …).' })),
});

export const WebhookDelivery = Type.Object({
  id: Uuid(),
  subscriptionId: Uuid(),
  eventId: Uuid('Also the `webhook-id` header, the same on every attempt.'),
  eventType: Type.String({ examples: ['employee.updated'] }),
  status: StringEnum(deliveryStatuses, {
    description: '`pending` (queued or waiting for a retry), `succeeded` (a 2xx), `failed` (410, or the retry schedule is spent).',
  }),
  attemptCount: Type.Integer(),
  nextAttemptAt: Nullable(DateTime('When the next attempt is due (pending only).')),
  createdAt: DateTime(),
  updatedAt: DateTime(),
  attempts: Type.Array(DeliveryAttempt, { description: 'Every attempt, oldest first.' }),
});

export const deliverySortable = { createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;

export const WebhookDeliveryListQuery = Type.Object({
  subscriptionId: Type.Optional(Uuid('Only deliveries of this subscription.')),
  eventType: Type.Optional(
    Type.String({
      maxLength: 100,
      description:
        'Only deliveries of this event type, or of every type of a wildcard (`employee.*`; `*` is every type). A name that is no event type of GET /event/v1/event-types is a 400.',
      examples: ['employee.updated'],
    }),
  ),
  eventId: Type.Optional(Uuid('Only deliveries of this event.')),
  status: Type.Optional(StringEnum(deliveryStatuses)),
  'createdAt[gte]': Type.Optional(InstantQuery('Only deliveries created at or after this date or instant.')),
  'createdAt[lte]': Type.Optional(InstantQuery('Only deliveries created at or before this date or instant.')),
  orderBy: OrderByQuery(Object.keys(deliverySortable)),
  ...PageQuery,
});
