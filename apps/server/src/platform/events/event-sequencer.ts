import { sql } from 'kysely';
import type { Db, Dialect } from '../../db/database.js';

/** Any constant: the advisory lock that makes sequencing rounds one at a time across server processes. */
const SEQUENCER_LOCK = 0x5253_4551; // "RSEQ"
const ROUND_LIMIT = 10_000;

/**
 * Gives committed events their `commit_seq`, the order in which the change feed hands them out and webhook fan-out
 * reads them. Returns how many events were numbered.
 *
 * Why not `events.seq`: on PostgreSQL, `seq` (a bigserial) is drawn when the row is inserted, not when its
 * transaction commits. Under concurrent writers a transaction that drew seq 10 can commit after one that drew 11; a
 * reader that already went past 11 would never see 10, so a cursor on `seq` could miss events.
 *
 * What we do instead: a single serialized step numbers events after they commit. Each round (one statement, under a
 * transaction-level advisory lock, so that rounds never overlap, in this process or another) takes every committed
 * event not numbered yet and numbers it, in `seq` order, from the largest number handed out so far. A round's numbers
 * become visible together when it commits, and the next round starts only after that. So a reader that has seen
 * number N has seen every number below N, and every event numbered later gets a number above N: paging on
 * `commit_seq` misses nothing and repeats nothing. An event that commits after a round began simply goes into the
 * next round: the order is the order in which events became visible, i.e. commit order. Writers pay nothing (no lock
 * on the write path) and no other transaction can hold the numbering back; the cost is that an event waits for the
 * next round: the dispatcher runs one every poll (WEBHOOK_POLL_INTERVAL_MS) and the feed runs one before each read.
 *
 * Conflicting writes (two changes of the same employee) are serialized by the row lock, so per resource the order
 * is the order of the changes.
 *
 * SQLite has a single writer: rows are inserted and committed one transaction at a time, so `seq` order already is
 * commit order and numbering copies it.
 */
export async function sequenceCommittedEvents(db: Db, dialect: Dialect): Promise<number> {
  // Most polls find nothing new: a read through the partial index answers that without a write or a lock.
  const waiting = await db.selectFrom('events').select('seq').where('commitSeq', 'is', null).limit(1).executeTakeFirst();
  if (!waiting) return 0;
  if (dialect === 'sqlite') {
    // seq is AUTOINCREMENT: never handed out twice, even after the newest rows are deleted. The mark keeps the horizon
    // from going back down when they are (one transaction: the numbers and the mark are seen together).
    return db.transaction().execute(async (trx) => {
      const result = await sql`update events set commit_seq = seq where commit_seq is null`.execute(trx);
      await sql`update event_sequence_mark set top = max(top, (select coalesce(max(commit_seq), 0) from events)) where id = 1`.execute(trx);
      return Number(result.numAffectedRows ?? 0);
    });
  }
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${SEQUENCER_LOCK})`.execute(trx);
    // Numbers go on from the largest ever handed out (the mark), not from the largest still stored: deleting the
    // newest events (a sandbox with its own) must not give their positions to the next ones, which readers whose
    // cursors already passed them would never see.
    const result = await sql`
      with ready as (
        select seq from events where commit_seq is null order by seq limit ${ROUND_LIMIT}
      ),
      numbered as (
        select seq, row_number() over (order by seq) as n from ready
      ),
      base as (
        select greatest(
          (select coalesce(max(commit_seq), 0) from events),
          (select coalesce(max(top), 0) from event_sequence_mark)
        ) as top
      )
      update events set commit_seq = base.top + numbered.n
      from numbered, base
      where events.seq = numbered.seq`.execute(trx);
    await sql`update event_sequence_mark set top = greatest(top, (select coalesce(max(commit_seq), 0) from events)) where id = 1`.execute(
      trx,
    );
    return Number(result.numAffectedRows ?? 0);
  });
}

/**
 * The largest commit_seq handed out: everything at or below it is numbered and visible. It never goes back down, also
 * when the newest events are deleted: a cursor issued at it stays valid and reads on from there.
 */
export async function sequencedHorizon(db: Db): Promise<number> {
  const stored = await db
    .selectFrom('events')
    .select((eb) => eb.fn.max('commitSeq').as('top'))
    .executeTakeFirst();
  const mark = await db.selectFrom('eventSequenceMark').select('top').where('id', '=', 1).executeTakeFirst();
  return Math.max(Number(stored?.top ?? 0), Number(mark?.top ?? 0));
}
