import type { ServiceContext } from '../../context.js';
import { apiTimestamp } from '../../context.js';
import { tenant } from '../../db/tenant.js';
import { csv, type PageInput, paginate, parseOrderBy, whereInstantRange } from '../../http/pagination.js';
import { omitUnreadableFromPeople } from './sensitive-fields.js';

export interface AuditFilter extends PageInput {
  resourceType?: string;
  resourceId?: string;
  action?: string | string[];
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
  const actions = csv(filter.action);
  if (actions.length) q = q.where('action', 'in', actions);
  if (filter.actorId) q = q.where('actorId', '=', filter.actorId);
  q = whereInstantRange(q, 'createdAt', filter, 'createdAt');
  const page = await paginate(q, filter, parseOrderBy(filter.orderBy, auditLogSortable, [['createdAt', 'desc']]));
  return {
    meta: page.meta,
    data: page.data.map((row) => {
      const scope = readScopeOf(row);
      const shown = !scope || ctx.scopes.has(scope);
      const states = shown ? visibleStates(row.before, row.after, ctx.scopes) : { before: null, after: null };
      return {
        id: row.id,
        actor: { type: row.actorType, id: row.actorId, name: row.actorName },
        action: row.action,
        resourceType: row.resourceType,
        resourceId: row.resourceId,
        before: states.before,
        after: states.after,
        requestId: row.requestId,
        createdAt: apiTimestamp(row.createdAt),
      };
    }),
  };
}

/** A state without its `updatedAt`, to tell whether anything else differs. */
function withoutUpdatedAt(state: unknown): string {
  if (!state || typeof state !== 'object' || Array.isArray(state)) return JSON.stringify(state);
  const { updatedAt: _updatedAt, ...rest } = state as Record<string, unknown>;
  return JSON.stringify(rest);
}

/**
 * An entry's before/after as the caller may see them. They are stored redacted ("[redacted]" where a person's
 * sensitive value was); without the field's read scope even that marker is left out, as answers and events leave the
 * field out: that a national id was set is personal data too. For the same reason a change of such fields only (as
 * the change feed hides it) shows no states at all: the entry says who changed the record when, not what.
 */
function visibleStates(before: string | null, after: string | null, scopes: ReadonlySet<string>): { before: unknown; after: unknown } {
  const shownBefore = before ? omitUnreadableFromPeople(JSON.parse(before), scopes) : null;
  const shownAfter = after ? omitUnreadableFromPeople(JSON.parse(after), scopes) : null;
  // Nothing the caller may see changed (a stored "[redacted]" → "[redacted]" included): the states would only say that
  // something hidden did.
  if (shownBefore && shownAfter && withoutUpdatedAt(shownBefore) === withoutUpdatedAt(shownAfter)) return { before: null, after: null };
  return { before: shownBefore, after: shownAfter };
}
