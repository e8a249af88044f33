import type { Db } from '../../db/database.js';

const BATCH = 5000;

/**
 * Deletes what is older than the retention (EVENT_RETENTION_DAYS): finished webhook deliveries (with their attempts),
 * then events no pending delivery still waits for. In batches, so no transaction grows large. Operator maintenance,
 * across companies. Returns the number of events deleted.
 */
export async function purgeExpiredEvents(db: Db, now: Date, retentionDays: number): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000).toISOString();
  for (;;) {
    const ids = await db
      .selectFrom('webhookDeliveries')
      .select('id')
      .where('status', '!=', 'pending')
      .where('updatedAt', '<', cutoff)
      .limit(BATCH)
      .execute();
    if (ids.length === 0) break;
    await db
      .deleteFrom('webhookDeliveries')
      .where(
        'id',
        'in',
        ids.map((r) => r.id),
      )
      .execute();
    if (ids.length < BATCH) break;
  }
  let deleted = 0;
  for (;;) {
    const rows = await db
      .selectFrom('events')
      .select('seq')
      .where('createdAt', '<', cutoff)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('webhookDeliveries')
              .select('webhookDeliveries.id')
              .whereRef('webhookDeliveries.eventId', '=', 'events.id')
              .where('webhookDeliveries.status', '=', 'pending'),
          ),
        ),
      )
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    await db
      .deleteFrom('events')
      .where(
        'seq',
        'in',
        rows.map((r) => r.seq),
      )
      .execute();
    deleted += rows.length;
    if (rows.length < BATCH) break;
  }
  return deleted;
}
