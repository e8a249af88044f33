import { type ColumnDataType, type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.js';

/**
 * Webhooks and the change feed: the commit-ordered sequence of the outbox (`events.commit_seq`, see
 * platform/events/event-sequencer.ts), webhook subscriptions, their deliveries and every delivery attempt.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = (dialect === 'postgres' ? 'timestamptz' : 'text') as ColumnDataType;
  const json = 'text' as ColumnDataType;
  const bigint = (dialect === 'postgres' ? 'bigint' : 'integer') as ColumnDataType;

  // Null until the sequencer numbers the committed event; from then on the order of the feed and of webhook fan-out.
  await db.schema.alterTable('events').addColumn('commit_seq', bigint).execute();
  await db.schema.createIndex('events_commit_seq').on('events').column('commit_seq').unique().execute();
  await db.schema.createIndex('events_company_commit_seq').on('events').columns(['company_id', 'commit_seq']).execute();
  await db.schema.createIndex('events_unsequenced').on('events').column('seq').where(sql.ref('commit_seq'), 'is', null).execute();
  await db.schema.createIndex('events_created_at').on('events').column('created_at').execute();

  await db.schema
    .createTable('webhook_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('events', json, (c) => c.notNull())
    .addColumn('fields', json, (c) => c.notNull().defaultTo('[]'))
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('disabled_reason', 'text')
    .addColumn('disabled_at', ts)
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('previous_secret', 'text')
    .addColumn('previous_secret_expires_at', ts)
    .addColumn('owner_key_id', 'text')
    // Fan-out cursor: the last events.commit_seq of the company already turned into deliveries (or skipped).
    .addColumn('cursor_seq', bigint, (c) => c.notNull())
    // Lease: the dispatcher process delivering this subscription right now, and until when (renewed while it works).
    .addColumn('lease_owner', 'text')
    .addColumn('lease_expires_at', ts)
    // Notification mail after automatic disabling: due time (null when none is pending) and attempts so far.
    .addColumn('notice_due_at', ts)
    .addColumn('notice_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('webhook_subscriptions_company')
    .on('webhook_subscriptions')
    .columns(['company_id', 'created_at', 'id'])
    .execute();
  await db.schema.createIndex('webhook_subscriptions_lease').on('webhook_subscriptions').columns(['enabled', 'lease_expires_at']).execute();
  await db.schema
    .createIndex('webhook_subscriptions_notice')
    .on('webhook_subscriptions')
    .column('notice_due_at')
    .where(sql.ref('notice_due_at'), 'is not', null)
    .execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('subscription_id', 'text', (c) => c.notNull().references('webhook_subscriptions.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('event_seq', bigint, (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempt_count', 'integer', (c) => c.notNull().defaultTo(0))
    // Failed attempts in the current run of the retry schedule (a redelivery starts a new run).
    .addColumn('retry_step', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', ts)
    .addColumn('last_status_code', 'integer')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_once')
    .on('webhook_deliveries')
    .columns(['subscription_id', 'event_id'])
    .unique()
    .execute();
  // A lane reads its subscription's pending deliveries in event order, skipping those not due yet (waiting to retry).
  await db.schema
    .createIndex('webhook_deliveries_due')
    .on('webhook_deliveries')
    .columns(['subscription_id', 'status', 'event_seq', 'next_attempt_at'])
    .execute();
  await db.schema.createIndex('webhook_deliveries_company').on('webhook_deliveries').columns(['company_id', 'created_at']).execute();
  await db.schema
    .createIndex('webhook_deliveries_subscription')
    .on('webhook_deliveries')
    .columns(['company_id', 'subscription_id', 'created_at'])
    .execute();
  await db.schema.createIndex('webhook_deliveries_event').on('webhook_deliveries').columns(['event_id', 'status']).execute();

  await db.schema
    .createTable('webhook_delivery_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('delivery_id', 'text', (c) => c.notNull().references('webhook_deliveries.id').onDelete('cascade'))
    .addColumn('attempted_at', ts, (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('response', 'text')
    .addColumn('error', 'text')
    .execute();
  await db.schema
    .createIndex('webhook_delivery_attempts_delivery')
    .on('webhook_delivery_attempts')
    .columns(['delivery_id', 'attempted_at', 'id'])
    .execute();
}
