import { Type } from 'typebox';
import { DateTime, Uuid } from '../../http/schema-kit.js';

export const FeedEvent = Type.Object(
  {
    id: Uuid('Event id; the same as the `webhook-id` of its webhook deliveries.'),
    type: Type.String({ examples: ['employee.updated'] }),
    timestamp: DateTime('When the change happened.'),
    companyId: Uuid(),
    data: Type.Unsafe<unknown>({
      description:
        'The object as the API’s GET returns it (sensitive fields only when the key may read them). Its schema per type: GET /event/v1/event-types.',
    }),
    changes: Type.Optional(
      Type.Array(Type.String(), { description: 'Names of the fields that changed (updates).', examples: [['email']] }),
    ),
  },
  { description: 'The same payload as a webhook body.' },
);

export const FeedMeta = Type.Object({
  nextCursor: Type.String({
    description: 'Pass as `after` to read on. Opaque. Also given when nothing new came, so keep the latest one you received.',
    examples: ['Au-VbAmk0DGq-2j0iQ0zdaD0ENh4GInDmjBx1jt-RvydrwprhbH-WyM'],
  }),
  hasMore: Type.Boolean({ description: 'More events are available right now: read again at once.' }),
  perPage: Type.Integer({ examples: [100] }),
});

export const FeedQuery = Type.Object({
  after: Type.Optional(
    Type.String({
      maxLength: 200,
      description:
        '`meta.nextCursor` of the previous page; omitted: from the oldest event kept. A cursor older than the retention (EVENT_RETENTION_DAYS) is a 410.',
    }),
  ),
  // An array of strings, each of which may hold a comma-separated list: `types=a,b`, `types=a&types=b`,
  // `types[]=a&types[]=b` and `types[0]=a` all read as the same list (a single value is coerced to a one-item array).
  types: Type.Optional(
    Type.Array(Type.String({ maxLength: 2000 }), {
      maxItems: 100,
      description:
        'Event types or wildcards (`employee.*`, `*`), comma-separated (`types=employee.*,department.created`) or repeated (`types=employee.*&types=department.created`, also `types[]=…`); omitted: every type the key may read.',
      examples: [['employee.*', 'department.created']],
    }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100, description: 'Events per page (max 500).' })),
});

export const EventType = Type.Object({
  type: Type.String({ examples: ['employee.updated'] }),
  module: Type.String({ description: 'The module that emits it.', examples: ['employees'] }),
  description: Type.String(),
  scope: Type.String({
    description: 'Scope needed to receive it (feed: the caller; webhook: the subscription’s owner key).',
    examples: ['core:read'],
  }),
  inFeed: Type.Boolean({ description: 'Written to the outbox: in the change feed and subscribable (false only for `webhook.test`).' }),
  payloadSchema: Type.Unsafe<Record<string, unknown>>({
    type: 'object',
    additionalProperties: true,
    description: 'JSON schema of the whole payload (webhook body and feed item).',
  }),
});
