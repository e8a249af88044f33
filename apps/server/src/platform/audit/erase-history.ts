import type { ServiceContext } from '../../context.js';

type Json = Record<string, unknown>;

export interface ErasureTarget {
  /** Resources whose audit rows and events hold the erased people: the people themselves, their links. */
  resources: { resourceType: string; ids: string[] }[];
  /** The erased people: any stored object with one of these ids and an `erasable` shape is rewritten. */
  personIds: ReadonlySet<string>;
  /** Is this stored object a snapshot of a person (and not, say, a link that shares nothing but the id)? */
  isPerson(value: Json): boolean;
  /** The snapshot as it reads after the erasure. */
  erase(value: Json): Json;
}

/** Rewrites every snapshot of an erased person inside a stored JSON document; null when nothing in it changes. */
export function eraseInDocument(text: string | null, target: ErasureTarget): string | null {
  if (text === null) return null;
  let changed = false;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const obj = value as Json;
    if (typeof obj.id === 'string' && target.personIds.has(obj.id) && target.isPerson(obj)) {
      changed = true;
      return target.erase(obj);
    }
    const out: Json = {};
    for (const [k, v] of Object.entries(obj)) out[k] = walk(v);
    return out;
  };
  const rewritten = walk(JSON.parse(text));
  return changed ? JSON.stringify(rewritten) : null;
}

/**
 * GDPR erasure reaches history too: the audit rows (before/after) and the outbox events (the change feed, webhook
 * payloads not yet sent) of the given resources are rewritten so that they hold the erased people as they now read.
 * Runs in the transaction of the erasure.
 */
export async function eraseFromHistory(tx: ServiceContext, target: ErasureTarget): Promise<void> {
  if (!tx.db.isTransaction) throw new Error('eraseFromHistory must run inside the transaction of the erasure');
  for (const { resourceType, ids } of target.resources) {
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const audits = await tx.db
        .selectFrom('auditLogs')
        .select(['id', 'before', 'after'])
        .where('companyId', '=', tx.companyId)
        .where('resourceType', '=', resourceType)
        .where('resourceId', 'in', chunk)
        .execute();
      for (const row of audits) {
        const before = eraseInDocument(row.before, target);
        const after = eraseInDocument(row.after, target);
        if (before === null && after === null) continue;
        await tx.db
          .updateTable('auditLogs')
          .set({ ...(before !== null ? { before } : {}), ...(after !== null ? { after } : {}) })
          .where('id', '=', row.id)
          .execute();
      }
      const events = await tx.db
        .selectFrom('events')
        .select(['id', 'data'])
        .where('companyId', '=', tx.companyId)
        .where('resourceId', 'in', chunk)
        .where('resourceType', '=', resourceType)
        .execute();
      for (const row of events) {
        const data = eraseInDocument(row.data, target);
        if (data !== null) await tx.db.updateTable('events').set({ data }).where('id', '=', row.id).execute();
      }
    }
  }
}
