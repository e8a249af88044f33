import { Type } from 'typebox';
import { BooleanQuery, DateTime, Nullable, OrderByQuery, PageQuery, StringEnum, UpdatedAtQuery, Uuid } from '../../http/schema-kit.js';

const EventPattern = Type.String({
  pattern: '^(\\*|[a-z][a-z0-9_]*\\.(\\*|[a-z][a-z0-9_]*))$',
  maxLength: 100,
  description: 'An event type (`employee.updated`), every event of a resource (`employee.*`) or every event (`*`).',
  examples: ['employee.*'],
});

const FieldName = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]*$', maxLength: 100, examples: ['email'] });

const Url = Type.String({
  minLength: 1,
  maxLength: 2000,
  description:
    'Where events are POSTed. https (http only when the server sets WEBHOOK_ALLOW_HTTP); the host must resolve to public addresses (422 otherwise) unless the server sets WEBHOOK_ALLOW_PRIVATE_TARGETS.',
  examples: ['https://erp.example.com/roster-webhooks'],
});

const Description = Nullable(Type.String({ maxLength: 500, examples: ['SAP employee sync'] }));

export const disabledReasons = ['manual', 'gone', 'failing'] as const;

export const WebhookSubscription = Type.Object({
  id: Uuid(),
  url: Type.String({ examples: ['https://erp.example.com/roster-webhooks'] }),
  description: Description,
  events: Type.Array(Type.String(), { examples: [['employee.*', 'department.created']] }),
  fields: Type.Array(Type.String(), {
    description: '`*.updated` events are delivered only when one of these fields changed (BambooHR’s monitorFields); empty: always.',
    examples: [['email', 'status']],
  }),
  enabled: Type.Boolean(),
  disabledReason: Nullable(
    StringEnum(disabledReasons, {
      description:
        'Why it is disabled: `manual` (a PUT), `gone` (the receiver answered 410), `failing` (a delivery failed the whole retry schedule).',
    }),
  ),
  disabledAt: Nullable(DateTime()),
  ownerKeyId: Nullable(
    Uuid('The API key that created the subscription: events it may not read are not delivered, nor sensitive fields it may not read.'),
  ),
  previousSecretExpiresAt: Nullable(
    DateTime(
      'After a rotation: until when a previous secret still signs (one signature per secret is sent). Each replaced secret signs for 24 h after its rotation; after several rotations, this is the latest of those ends.',
    ),
  ),
  createdAt: DateTime(),
  updatedAt: DateTime(),
});

export const WebhookSubscriptionWithSecret = Type.Evaluate(
  Type.Intersect([
    WebhookSubscription,
    Type.Object({
      secret: Type.String({
        description: 'The signing secret (`whsec_…`). Shown only in this answer (create and rotate-secret): store it now.',
        examples: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
      }),
    }),
  ]),
);

export const WebhookSubscriptionCreateBody = Type.Object({
  url: Url,
  description: Type.Optional(Description),
  events: Type.Array(EventPattern, { minItems: 1, maxItems: 100, uniqueItems: true }),
  fields: Type.Optional(Type.Array(FieldName, { maxItems: 100, uniqueItems: true })),
  enabled: Type.Optional(Type.Boolean({ default: true })),
});

export const WebhookSubscriptionUpdateBody = Type.Object({
  url: Type.Optional(Url),
  description: Type.Optional(Description),
  events: Type.Optional(Type.Array(EventPattern, { minItems: 1, maxItems: 100, uniqueItems: true })),
  fields: Type.Optional(Type.Array(FieldName, { maxItems: 100, uniqueItems: true })),
  enabled: Type.Optional(
    Type.Boolean({
      description:
        '`true` re-enables a disabled subscription: pending deliveries resume and the events since it stopped are delivered (within the retention).',
    }),
  ),
});

export const subscriptionSortable = { url: 'url', createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;

export const WebhookSubscriptionListQuery = Type.Object({
  enabled: Type.Optional(BooleanQuery('Only enabled (true) or disabled (false) subscriptions.')),
  orderBy: OrderByQuery(Object.keys(subscriptionSortable)),
  ...UpdatedAtQuery,
  ...PageQuery,
});

export const WebhookTestResult = Type.Object({
  success: Type.Boolean({ description: 'The receiver answered 2xx.' }),
  eventId: Uuid('The `webhook-id` of the test message.'),
  statusCode: Nullable(Type.Integer({ description: 'HTTP status of the answer; null when none came.', examples: [200] })),
  durationMs: Type.Integer({ description: 'Time to the complete answer.', examples: [42] }),
  response: Nullable(Type.String({ description: 'First 1 KB of the answer’s body.' })),
  error: Nullable(Type.String({ description: 'Why no answer came (connection refused, timeout, refused address).' })),
});
