import { sql } from 'kysely';
import { isForeignKeyViolation } from '../../db/constraint-errors.js';
import type { Db } from '../../db/database.js';

const BATCH = 5000;

/**
 * Deletes what is older than the retention (EVENT_RETENTION_DAYS): finished webhook deliveries (with their attempts),
 * then events no pending delivery still waits for, except the newest numbered event. In batches, so no transaction grows large. Operator maintenance,
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
  let retries = 0;
  for (;;) {
    const rows = await db
      .selectFrom('events')
      .select(['seq', 'companyId', 'commitSeq'])
      .where('createdAt', '<', cutoff)
      // The newest numbered event stays: feed cursors and subscription cursors are positions in commit_seq, and the
      // sequencer numbers new events from the largest one kept (PostgreSQL). Deleting them all would start the
      // numbering again at 1, behind every cursor handed out, and the events that follow would be skipped.
      .where((eb) =>
        eb.or([
          eb('commitSeq', 'is', null),
          eb(
            'commitSeq',
            '<',
            eb.selectFrom('events as newest').select((e) => e.fn.max('newest.commitSeq').as('top')),
          ),
        ]),
      )
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
    // Each company's mark moves past the deleted events in the same transaction as the delete: a feed cursor behind
    // the mark would skip them in silence, and is answered 410 (event-feed.service.ts).
    const marks = new Map<string, number>();
    for (const r of rows) {
      if (r.commitSeq === null) continue;
      const seq = Number(r.commitSeq);
      if (seq > (marks.get(r.companyId) ?? 0)) marks.set(r.companyId, seq);
    }
    const purged = await db
      .transaction()
      .execute(async (tx) => {
        for (const [companyId, commitSeq] of marks) {
          await tx
            .insertInto('eventPurgeMarks')
            .values({ companyId, commitSeq })
            .onConflict((oc) =>
              oc.column('companyId').doUpdateSet({
                commitSeq: sql`case when excluded.commit_seq > event_purge_marks.commit_seq then excluded.commit_seq else event_purge_marks.commit_seq end`,
              }),
            )
            .execute();
        }
        await tx
          .deleteFrom('events')
          .where(
            'seq',
            'in',
            rows.map((r) => r.seq),
          )
          .execute();
      })
      .then(
        () => true,
        (err) => {
          // A company deleted meanwhile (a sandbox, whose events went with it): its mark cannot be written. Nothing of this
          // batch was; the next round reads again without that company's events.
          if (isForeignKeyViolation(err)) return false;
          throw err;
        },
      );
    if (!purged) {
      // At most a few times in one run: a company is deleted only once.
      if (++retries > 3) break;
      continue;
    }
    deleted += rows.length;
    if (rows.length < BATCH) break;
  }
  return deleted;
}
