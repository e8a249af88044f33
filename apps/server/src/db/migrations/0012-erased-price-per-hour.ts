import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.js';

type Json = Record<string, unknown>;

/**
 * A delete (GDPR erasure) through the API left the employee's cost per hour (`price_per_hour`) on the erased row, and
 * the rewrite of its history copied it into the audit rows and events that hold the employee. It is emptied now, in
 * the row and in every stored snapshot of an erased employee (the objects with its id whose names were replaced).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  const erased = await sql<{ id: string }>`select id from employees where deleted_at is not null and price_per_hour is not null`.execute(
    db,
  );
  if (erased.rows.length === 0) return;
  const ids = new Set(erased.rows.map((r) => r.id));

  const scrub = (text: string | null): string | null => {
    if (text === null || !text.includes('"pricePerHour":')) return null;
    let changed = false;
    const walk = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(walk);
      if (value === null || typeof value !== 'object') return value;
      const obj = value as Json;
      const out: Json = {};
      for (const [k, v] of Object.entries(obj)) out[k] = walk(v);
      if (typeof obj.id === 'string' && ids.has(obj.id) && obj.firstName === 'Deleted' && typeof obj.pricePerHour === 'number') {
        out.pricePerHour = null;
        changed = true;
      }
      return out;
    };
    const rewritten = walk(JSON.parse(text));
    return changed ? JSON.stringify(rewritten) : null;
  };

  // Only documents that hold an erased snapshot ("Deleted Employee"), read in pages by key.
  const marker = '%"firstName":"Deleted","lastName":"Employee"%';
  let lastAudit = '';
  for (;;) {
    const page = await sql<{ id: string; before: string | null; after: string | null }>`
      select id, before, after from audit_logs
      where id > ${lastAudit} and (before like ${marker} or after like ${marker})
      order by id limit 500`.execute(db);
    for (const row of page.rows) {
      const before = scrub(row.before);
      const after = scrub(row.after);
      if (before !== null) await sql`update audit_logs set before = ${before} where id = ${row.id}`.execute(db);
      if (after !== null) await sql`update audit_logs set after = ${after} where id = ${row.id}`.execute(db);
    }
    if (page.rows.length < 500) break;
    lastAudit = page.rows[page.rows.length - 1]?.id ?? lastAudit;
  }
  let lastSeq = 0;
  for (;;) {
    const page = await sql<{ seq: number | string; data: string }>`
      select seq, data from events where seq > ${lastSeq} and data like ${marker} order by seq limit 500`.execute(db);
    for (const row of page.rows) {
      const data = scrub(row.data);
      if (data !== null) await sql`update events set data = ${data} where seq = ${row.seq}`.execute(db);
    }
    if (page.rows.length < 500) break;
    lastSeq = Number(page.rows[page.rows.length - 1]?.seq ?? lastSeq);
  }
  // Last: the rows are what finds the erased employees, so a run stopped before this point (SQLite runs migrations
  // outside a transaction) finds them again on the next start and scrubs their snapshots again (the same result).
  await sql`update employees set price_per_hour = null where deleted_at is not null`.execute(db);
}
