import type { Db, Dialect } from './db/database.js';
import type { CompanyView } from './platform/companies/companies.service.js';

export type ActorType = 'api_key' | 'user' | 'sync' | 'system';

export interface Actor {
  type: ActorType;
  id: string | null;
  name: string;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * What every service call receives: who acts, for which company, on which database (or open transaction).
 * Services know nothing about HTTP; routes, the CLI, workers and tests all build one of these.
 */
export interface ServiceContext {
  companyId: string;
  actor: Actor;
  /** Scopes the actor holds; drives omission of sensitive fields and writes that touch them. */
  scopes: ReadonlySet<string>;
  db: Db;
  dialect: Dialect;
  clock: Clock;
  requestId: string | null;
  /** The caller's company as read at authentication, so reads that embed it need no extra query. */
  company?: CompanyView;
}

/** A context for trusted internal callers (CLI, seeding) that may do everything. */
export function systemContext(
  base: { db: Db; dialect: Dialect; clock?: Clock },
  companyId: string,
  scopes: Iterable<string>,
): ServiceContext {
  return {
    companyId,
    actor: { type: 'system', id: null, name: 'system' },
    scopes: new Set(scopes),
    db: base.db,
    dialect: base.dialect,
    clock: base.clock ?? systemClock,
    requestId: null,
  };
}

export function nowIso(ctx: { clock: Clock }): string {
  return ctx.clock.now().toISOString();
}

/**
 * Today's date where the company is (its `timezone`): "terminated today", "not in the future" and the HR data sync's
 * leavers follow the company's calendar, not UTC's (an ERP's nightly run at 00:30 in Madrid is still yesterday in UTC).
 * A context without the company (CLI, tests) or with a zone this runtime does not know uses UTC.
 */
export function today(ctx: { clock: Clock; company?: { timezone: string } }): string {
  return dayIn(ctx.clock.now(), ctx.company?.timezone);
}

/** The calendar day (`YYYY-MM-DD`) of an instant in an IANA time zone (UTC when none or unknown). */
export function dayIn(instant: Date, timeZone: string | null | undefined): string {
  const format = timeZone && timeZone !== 'UTC' ? dayFormat(timeZone) : null;
  if (!format) return instant.toISOString().slice(0, 10);
  // From the parts, not the formatted string: its layout depends on the ICU data Node was built with.
  let year = '';
  let month = '';
  let day = '';
  for (const part of format.formatToParts(instant)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

const dayFormats = new Map<string, Intl.DateTimeFormat | null>();

function dayFormat(timeZone: string): Intl.DateTimeFormat | null {
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'gregory' });
    } catch {
      format = null;
    }
    if (dayFormats.size < 1000) dayFormats.set(timeZone, format);
  }
  return format;
}

/** Whether the day exists in the calendar (month 1–12, day 1 to the month's last: no 30 February). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= 28 || day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Stored ISO instant (UTC, ms) → the API's `Y-m-dTH:i:sP` form, e.g. `2026-01-05T09:00:00+00:00`. */
export function apiTimestamp(iso: string): string;
export function apiTimestamp(iso: string | null): string | null;
export function apiTimestamp(iso: string | null): string | null {
  if (!iso) return null;
  return `${iso.slice(0, 19)}+00:00`;
}
