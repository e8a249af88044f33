import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { DateTime, InstantQuery, Nullable, OrderByQuery, orderByNote, PageQuery, Uuid } from '../../http/schema-kit.js';
import { auditLogSortable, listAuditLogs } from './audit.service.js';

const AuditLog = Type.Object({
  id: Uuid(),
  actor: Type.Object({
    type: Type.String({ description: 'api_key, user, sync or system' }),
    id: Nullable(Type.String()),
    name: Nullable(Type.String()),
  }),
  action: Type.String({ examples: ['employee.updated'] }),
  resourceType: Type.String({ examples: ['employee'] }),
  resourceId: Nullable(Type.String()),
  before: Type.Unsafe<unknown>({
    description:
      'State before the change; sensitive values redacted (and left out for a key without their scope); null for a key without the scope that reads the resource, and when nothing the key may see changed.',
  }),
  after: Type.Unsafe<unknown>({
    description:
      'State after the change; sensitive values redacted (and left out for a key without their scope); null for a key without the scope that reads the resource, and when nothing the key may see changed.',
  }),
  requestId: Nullable(Type.String()),
  createdAt: DateTime(),
});

/** Resources audited without events of their own, and the resource whose scope reads them. */
const ownerResource: Record<string, string> = { webhook_delivery: 'webhook_subscription' };

export function registerAuditRoutes(app: FastifyInstance, deps: AppDeps) {
  defineRoute(app, deps, {
    method: 'GET',
    url: '/security/v1/audit-logs',
    operationId: 'AuditLogs_list',
    summary: 'List audit log entries',
    description: `Every write through the API, the CLI or sync is recorded with its actor and before/after. ${orderByNote('`createdAt desc` (newest first)', auditLogSortable)}`,
    tags: ['Audit Log'],
    scope: 'security:read',
    querystring: Type.Object({
      resourceType: Type.Optional(Type.String({ description: 'e.g. employee, department' })),
      resourceId: Type.Optional(Uuid('The changed resource.')),
      action: Type.Optional(
        Type.Array(Type.String({ maxLength: 2000 }), {
          maxItems: 100,
          description:
            'Actions, comma-separated (`action=employee.created,employee.updated`) or repeated (`action=a&action=b`, also `action[]=…`); any of them.',
          examples: [['employee.updated']],
        }),
      ),
      actorId: Type.Optional(Uuid('Who acted: an API key id (or, for HR data sync, the sync file id).')),
      'createdAt[gte]': Type.Optional(InstantQuery('At or after this instant.')),
      'createdAt[lte]': Type.Optional(InstantQuery('At or before this instant.')),
      orderBy: OrderByQuery(Object.keys(auditLogSortable)),
      ...PageQuery,
    }),
    kind: 'list',
    response: AuditLog,
    handler: (ctx, { query }) =>
      listAuditLogs(ctx, query, ({ action, resourceType }) => {
        // A resource without events of its own is read with the scope of the resource it belongs to.
        const owner = ownerResource[resourceType] ?? resourceType;
        const def =
          deps.eventCatalogue.get(action) ?? deps.eventCatalogue.get(`${owner}.updated`) ?? deps.eventCatalogue.get(`${owner}.created`);
        return def?.scope;
      }),
  });
}
