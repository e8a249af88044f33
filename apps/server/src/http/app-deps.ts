import type { Config } from '../config.js';
import type { Clock } from '../context.js';
import type { Db, Dialect } from '../db/database.js';
import type { EventCatalogue } from '../platform/events/event-catalogue.js';
import type { Mailer } from '../platform/mail/index.js';
import type { RateLimiter } from './rate-limit.js';

/** What buildApp receives; passed to every module's route registration. */
export interface AppDeps {
  config: Config;
  db: Db;
  dialect: Dialect;
  clock: Clock;
  rateLimiter: RateLimiter;
  defaultRateLimitPerMinute: number;
  /** Notification mail (SMTP when SMTP_URL is set, otherwise the log). */
  mailer: Mailer;
  /** Every event type; each module registers its own when it is registered (GET /event/v1/event-types). */
  eventCatalogue: EventCatalogue;
  /** The webhook dispatcher's own pool (PostgreSQL), so that a pool saturated by writes does not hold deliveries back. */
  webhookDb?: Db;
}
