import type { Static } from 'typebox';
import type { ServiceContext } from '../../context.js';
import { tenant } from '../../db/tenant.js';
import { sqliteWriterBusy } from '../../db/writer-gate.js';
import { DomainError, invalid, parameterError } from '../../http/errors.js';
import { csv } from '../../http/pagination.js';
import type { EventCatalogue } from './event-catalogue.js';
import type { FeedQuery } from './event-feed.schemas.js';
import { type EventPayload, onlyHiddenChanges, toEventPayload } from './event-payload.js';
import { sequenceCommittedEvents, sequencedHorizon } from './event-sequencer.js';
import { openCursor, sealCursor } from './feed-cursor.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface FeedPage {
  data: EventPayload[];
  meta: { nextCursor: string; hasMore: boolean; perPage: number };
}

function notIssuedHere() {
  return invalid(
    [parameterError('query', 'after', 'is not a cursor this server issued to your company; pass meta.nextCursor unchanged, or omit it')],
    'after is not a valid cursor.',
  );
}

/** The event types a query asks for and the key may read; an explicit type it may not read is a 403. */
function requestedTypes(catalogue: EventCatalogue, scopes: ReadonlySet<string>, types: string[] | undefined): string[] {
  const readable = new Set(catalogue.readableTypes(scopes));
  const patterns = csv(types);
  if (patterns.length === 0) return [...readable];
  const wanted = new Set<string>();
  for (const pattern of patterns) {
    const matched = catalogue.typesMatching(pattern);
    if (matched.length === 0) {
      const why = catalogue.whyNoMatch(pattern);
      throw invalid([parameterError('query', 'types', why)], `types: ${why}`);
    }
    const allowed = matched.filter((t) => readable.has(t));
    if (allowed.length === 0) {
      const scope = catalogue.get(matched[0]!)!.scope;
      throw new DomainError('forbidden', `This API key lacks the scope "${scope}" needed to read ${pattern} events.`, {
        requiredScope: scope,
      });
    }
    for (const t of allowed) wanted.add(t);
  }
  return [...wanted];
}

/**
 * One page of the change feed, in commit order (events.commit_seq; see event-sequencer.ts for why that order never
 * lets a reader skip an event). `nextCursor` points after the last event returned or, when the page is not full,
 * after everything numbered so far, so the next call starts exactly where this one ended.
 */
export async function readEventFeed(
  ctx: ServiceContext,
  options: { catalogue: EventCatalogue; retentionDays: number },
  query: Static<typeof FeedQuery>,
): Promise<FeedPage> {
  const limit = query.limit ?? 100;
  const now = ctx.clock.now();
  let after = 0;
  if (query.after) {
    const cursor = await openCursor(ctx.db, ctx.companyId, query.after);
    if (cursor === 'legacy') {
      throw new DomainError(
        'gone',
        'This cursor is of the clear kind issued before cursors were sealed (an earlier version of this server): it is no longer honoured. Resynchronise from the list endpoints (e.g. GET /core/v3/employees?updatedAt[gte]=…), then read the feed again without `after` and keep meta.nextCursor from then on.',
      );
    }
    if (!cursor) throw notIssuedHere();
    if (now.getTime() - cursor.issuedAt.getTime() > options.retentionDays * DAY_MS) {
      throw new DomainError(
        'gone',
        `This cursor was issued on ${cursor.issuedAt.toISOString().slice(0, 10)}, more than the ${options.retentionDays}-day event retention ago: events after it may have been deleted. Resynchronise from the list endpoints (e.g. GET /core/v3/employees?updatedAt[gte]=…), then read the feed again without \`after\` and keep meta.nextCursor from then on.`,
      );
    }
    // A cursor from the future (more than a clock's drift between server processes) was not issued here.
    if (cursor.issuedAt.getTime() - now.getTime() > 5 * 60_000) throw notIssuedHere();
    after = cursor.commitSeq;
  }
  // The retention's mark: the last position of this company whose events it deleted. A cursor behind it is a 410,
  // checked once the page is read (below). A read without a cursor starts at it: the events the retention kept below it
  // (for a pending webhook delivery) are not a whole stream, and a cursor among them would be behind the mark.
  const purgedUpTo = async () =>
    Number(
      (await ctx.db.selectFrom('eventPurgeMarks').select('commitSeq').where('companyId', '=', ctx.companyId).executeTakeFirst())
        ?.commitSeq ?? 0,
    );
  const behindMark = () =>
    new DomainError(
      'gone',
      `Events after this cursor's position are older than the ${options.retentionDays}-day event retention and were deleted before they were read. Resynchronise from the list endpoints (e.g. GET /core/v3/employees?updatedAt[gte]=…), then read the feed again without \`after\` and keep meta.nextCursor from then on.`,
    );
  if (!query.after) after = await purgedUpTo();
  const types = requestedTypes(options.catalogue, ctx.scopes, query.types);
  // Number what has committed since the last poll, so a reader sees its own writes without waiting for the dispatcher.
  // Not while an HR data sync file holds SQLite's writer: the numbering would wait for it (seconds); what committed
  // before it is numbered by the next poll after it.
  if (!sqliteWriterBusy()) await sequenceCommittedEvents(ctx.db, ctx.dialect);
  const horizon = await sequencedHorizon(ctx.db);
  // Every cursor this server issues points at or before what it had numbered: one past that would wait in silence.
  if (after > horizon) throw notIssuedHere();
  let rows =
    types.length === 0 || horizon <= after
      ? []
      : await tenant(ctx)
          .selectFrom('events')
          .select(['id', 'type', 'companyId', 'data', 'changes', 'createdAt', 'commitSeq'])
          .where('commitSeq', '>', after)
          .where('commitSeq', '<=', horizon)
          .where('type', 'in', types)
          .orderBy('commitSeq')
          .limit(limit + 1)
          .execute();
  // Read after the page (PostgreSQL: each statement sees what committed before it), so that a purge committed while
  // the page was read counts too. A cursor issued lately can still point far back (a reader working through a backlog
  // gets a fresh cursor for each page): if the retention deleted events of this company after its position, reading on
  // would skip them. A read without a cursor starts at the new mark instead.
  const markNow = await purgedUpTo();
  if (markNow > after) {
    if (query.after) throw behindMark();
    rows = rows.filter((row) => Number(row.commitSeq) > markNow);
    after = markNow;
  }
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  const next = hasMore ? Number(page[page.length - 1]!.commitSeq) : Math.max(after, horizon);
  return {
    // An update whose every change is a field this key may not read is not shown to it (that some hidden field of a
    // person changed is personal data too); the cursor moves past it all the same.
    data: page.filter((row) => !onlyHiddenChanges(row.changes, ctx.scopes)).map((row) => toEventPayload(row, ctx.scopes)),
    meta: { nextCursor: await sealCursor(ctx.db, ctx.companyId, { commitSeq: next, issuedAt: now }), hasMore, perPage: limit },
  };
}
