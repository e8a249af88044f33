import { apiTimestamp } from '../../context.js';
import { omitUnreadableFromPeople, readableChanges } from '../audit/sensitive-fields.js';
import type { EventsTable } from './events.tables.js';

/** The payload of an event, the same in the change feed and in webhook bodies. */
export interface EventPayload {
  id: string;
  type: string;
  timestamp: string;
  companyId: string;
  data: unknown;
  changes?: string[];
}

export type EventRow = Pick<EventsTable, 'id' | 'type' | 'companyId' | 'data' | 'changes' | 'createdAt'>;

/**
 * `{id, type, timestamp, companyId, data, changes}`: `data` is the object as the API's GET returns it, with the
 * sensitive fields of every person in it only when `scopes` may read them; `changes` only on updates (naming a
 * sensitive field only to a reader who may read it).
 */
export function toEventPayload(row: EventRow, scopes: ReadonlySet<string>): EventPayload {
  const payload: EventPayload = {
    id: row.id,
    type: row.type,
    timestamp: apiTimestamp(row.createdAt),
    companyId: row.companyId,
    data: omitUnreadableFromPeople(JSON.parse(row.data), scopes),
  };
  if (row.changes) payload.changes = readableChanges(JSON.parse(row.changes) as string[], scopes);
  return payload;
}

/** An update that changed fields, none of which these scopes may read (its `changes` would be `[]`). */
export function onlyHiddenChanges(changes: string | null, scopes: ReadonlySet<string>): boolean {
  if (!changes) return false;
  const names = JSON.parse(changes) as string[];
  return names.length > 0 && readableChanges(names, scopes).length === 0;
}
