import { nowIso, type ServiceContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { tenant } from '../../db/tenant.js';
import { redactSensitive } from './sensitive-fields.js';

export interface Change {
  /** Audit action, e.g. `employee.create`; defaults to the event type. */
  action?: string;
  resourceType: string;
  resourceId: string | null;
  before?: unknown;
  after?: unknown;
  /** Domain event written to the outbox; omitted for changes that emit none. */
  event?: { type: string; data: unknown; changes?: string[] };
  /** Further events emitted by the same change (e.g. employee.terminated beside employee.updated). */
  extraEvents?: { type: string; data: unknown; changes?: string[] }[];
}

/**
 * Writes the audit row and the outbox event(s) of one change. Call it inside the transaction that makes the change
 * (see inTransaction), so that the change, its audit row and its event commit or roll back together.
 */
export async function recordChange(ctx: ServiceContext, change: Change): Promise<void> {
  if (!ctx.db.isTransaction) throw new Error('recordChange must run inside the transaction of the change');
  const at = nowIso(ctx);
  await ctx.db
    .insertInto('auditLogs')
    .values({
      id: newId(),
      companyId: ctx.companyId,
      actorType: ctx.actor.type,
      actorId: ctx.actor.id,
      actorName: ctx.actor.name,
      action: change.action ?? change.event?.type ?? `${change.resourceType}.change`,
      resourceType: change.resourceType,
      resourceId: change.resourceId,
      before: change.before === undefined ? null : JSON.stringify(redactSensitive(change.before)),
      after: change.after === undefined ? null : JSON.stringify(redactSensitive(change.after)),
      requestId: ctx.requestId,
      createdAt: at,
    })
    .execute();
  const events = [...(change.event ? [change.event] : []), ...(change.extraEvents ?? [])];
  for (const event of events) {
    await ctx.db
      .insertInto('events')
      .values({
        id: newId(),
        companyId: ctx.companyId,
        type: event.type,
        resourceType: change.resourceType,
        resourceId: change.resourceId,
        data: JSON.stringify(event.data ?? null),
        changes: event.changes ? JSON.stringify(event.changes) : null,
        requestId: ctx.requestId,
        createdAt: at,
      })
      .execute();
  }
}

/**
 * Deletes rows of one table (inside the caller's transaction) and records each deletion as its own operation would: an
 * audit row with the view as `before` and an `eventType` event carrying it. `views` are the rows as the API shows them.
 * Only the rows this delete removed are recorded: on PostgreSQL a request that removed one of them first (an
 * unassignation at the same moment) has recorded it already, and this delete, which waited for it, finds it gone.
 */
export async function deleteRecorded(
  tx: ServiceContext,
  table: 'employeeDepartments' | 'employeeOffices' | 'employeeManagers' | 'roleAssignations',
  views: { id: string }[],
  resourceType: string,
  eventType: string,
): Promise<void> {
  if (views.length === 0) return;
  const removed = new Set(
    (
      await tenant(tx)
        .deleteFrom(table)
        .where(
          'id',
          'in',
          views.map((v) => v.id),
        )
        .returning('id')
        .execute()
    ).map((r) => r.id),
  );
  for (const view of views) {
    if (!removed.has(view.id)) continue;
    await recordChange(tx, { resourceType, resourceId: view.id, before: view, event: { type: eventType, data: view } });
  }
}

/**
 * Deletes one link row by id inside the caller's transaction. False when it was already gone: on PostgreSQL another
 * request removed it after this one read it (this delete waited for that one), so the caller answers 404 and records
 * nothing, instead of a second audit row and a second `….deleted` event for one removal.
 */
export async function deleteLinkRow(
  tx: ServiceContext,
  table: 'employeeDepartments' | 'employeeOffices' | 'employeeManagers' | 'roleAssignations',
  id: string,
): Promise<boolean> {
  const result = await tenant(tx).deleteFrom(table).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Runs fn in a transaction (or in the caller's, when ctx already carries one). */
export async function inTransaction<T>(ctx: ServiceContext, fn: (tx: ServiceContext) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  return ctx.db.transaction().execute((trx) => fn({ ...ctx, db: trx }));
}

/** Names of top-level fields whose values differ between two representations. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>, ignore: string[] = ['updatedAt']): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !ignore.includes(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/**
 * True when an update changes nothing, so that it is not a write: no UPDATE, no audit row, no event, and updatedAt
 * stays; the caller answers the resource as it is. A client that sends a record back as it is (an ERP pushing its whole
 * department tree every night) must not make it look changed to webhooks, the change feed and updatedAt[gte] readers.
 * `viewChanges` are changedFields of the views before and after (what the API shows, so a name sent with other spacing
 * that reads the same is no change); `current` is the stored row and `values` the columns the update would set, which
 * must hold their values already too (updatedAt aside): a change only the row shows is still written.
 */
export function changesNothing(viewChanges: string[], current: object, values: object): boolean {
  const stored = current as Record<string, unknown>;
  return (
    viewChanges.length === 0 &&
    Object.entries(values).every(([k, v]) => k === 'updatedAt' || v === undefined || JSON.stringify(stored[k]) === JSON.stringify(v))
  );
}
