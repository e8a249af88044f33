import type { ServiceContext } from '../../context.js';
import { apiTimestamp } from '../../context.js';
import { tenant } from '../../db/tenant.js';
import { type PageInput, paginate, parseOrderBy, whereInstantRange } from '../../http/pagination.js';
import { omitUnreadableFromPeople } from './sensitive-fields.js';

export interface AuditFilter extends PageInput {
  resourceType?: string;
  resourceId?: string;
  action?: string;
  actorId?: string;
  'createdAt[gte]'?: string;
  'createdAt[lte]'?: string;
  orderBy?: string;
}

/** Entries are append-only: createdAt is the only instant they have. */
export const auditLogSortable = { createdAt: 'createdAt', action: 'action', resourceType: 'resourceType' } as const;

/**
 * `readScopeOf` names the scope that reads the changed resource (its events' scope): an entry's before/after are shown
 * only to a key that holds it (a `security:read` key without `core:read` sees who changed which employee when, not the
 * record). Undefined: no scope beyond `security:read`.
 */
export async function listAuditLogs(
  ctx: ServiceContext,
  filter: AuditFilter,
  readScopeOf: (row: { action: string; resourceType: string }) => string | undefined = () => undefined,
) {
  let q = tenant(ctx).selectFrom('auditLogs').selectAll();
  if (filter.resourceType) q = q.where('resourceType', '=', filter.resourceType);
  if (filter.resourceId) q = q.where('resourceId', '=', filter.resourceId);
  if (filter.action) q = q.where('action', '=', filter.action);
  if (filter.actorId) q = q.where('actorId', '=', filter.actorId);
  q = whereInstantRange(q, 'createdAt', filter, 'createdAt');
  const page = await paginate(q, filter, parseOrderBy(filter.orderBy, auditLogSortable, [['createdAt', 'desc']]));
  return {
    meta: page.meta,
    data: page.data.map((row) => {
      const scope = readScopeOf(row);
      const shown = !scope || ctx.scopes.has(scope);
      return {
        id: row.id,
        actor: { type: row.actorType, id: row.actorId, name: row.actorName },
        action: row.action,
        resourceType: row.resourceType,
        resourceId: row.resourceId,
        // Stored redacted ("[redacted]" where a person's sensitive value was); without the field's read scope even that
        // marker is left out, as answers and events leave the field out: that a national id was set is personal data too.
        before: shown && row.before ? omitUnreadableFromPeople(JSON.parse(row.before), ctx.scopes) : null,
        after: shown && row.after ? omitUnreadableFromPeople(JSON.parse(row.after), ctx.scopes) : null,
        requestId: row.requestId,
        createdAt: apiTimestamp(row.createdAt),
      };
    }),
  };
}
