import type { ColumnDataType, Kysely } from 'kysely';
import type { Dialect } from '../database.js';

/**
 * HR data sync: settings, column mappings, uploaded files (bytes, row errors, diff), the position tree, technical
 * users (who own API keys and receive the sync mail). Every table belongs to a company and goes with it (sandboxes are
 * deleted with their rows).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = (dialect === 'postgres' ? 'timestamptz' : 'text') as ColumnDataType;
  const json = 'text' as ColumnDataType;
  const bytes = (dialect === 'postgres' ? 'bytea' : 'blob') as ColumnDataType;

  await db.schema
    .createTable('technical_users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('technical_users_company_name').on('technical_users').columns(['company_id', 'name']).unique().execute();

  await db.schema
    .alterTable('api_keys')
    .addColumn('technical_user_id', 'text', (c) => c.references('technical_users.id').onDelete('set null'))
    .execute();

  await db.schema
    .createTable('sync_settings')
    .addColumn('company_id', 'text', (c) => c.primaryKey().references('companies.id').onDelete('cascade'))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('leaver_action', 'text', (c) => c.notNull().defaultTo('terminate'))
    .addColumn('removal_threshold_percent', 'integer', (c) => c.notNull().defaultTo(75))
    .addColumn('manual_fields', json, (c) => c.notNull())
    .addColumn('notification_emails', json, (c) => c.notNull().defaultTo('[]'))
    .addColumn('match_by', 'text', (c) => c.notNull().defaultTo('externalId'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sync_mappings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('columns', json, (c) => c.notNull())
    .addColumn('value_maps', json, (c) => c.notNull())
    .addColumn('date_format', 'text', (c) => c.notNull())
    .addColumn('date_formats', json, (c) => c.notNull())
    .addColumn('constants', json, (c) => c.notNull())
    .addColumn('delimiter', 'text')
    .addColumn('encoding', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sync_mappings_company').on('sync_mappings').columns(['company_id', 'name']).execute();

  await db.schema
    .createTable('sync_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('dry_run', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('filename', 'text')
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('mapping_id', 'text')
    .addColumn('fields', json)
    .addColumn('created_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('terminated_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('deleted_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unchanged_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rejected_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('process_at', ts)
    .addColumn('approved_at', ts)
    .addColumn('approved_by', 'text')
    .addColumn('uploaded_by_type', 'text', (c) => c.notNull())
    .addColumn('uploaded_by_id', 'text')
    .addColumn('uploaded_by_name', 'text')
    .addColumn('request_id', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('heartbeat_at', ts)
    .addColumn('notified_at', ts)
    .addColumn('notification_error', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('started_at', ts)
    .addColumn('finished_at', ts)
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sync_files_queue').on('sync_files').columns(['status', 'created_at', 'id']).execute();
  await db.schema.createIndex('sync_files_company_time').on('sync_files').columns(['company_id', 'created_at', 'id']).execute();
  await db.schema
    .createIndex('sync_files_company_kind')
    .on('sync_files')
    .columns(['company_id', 'kind', 'status', 'finished_at'])
    .execute();

  await db.schema
    .createTable('sync_file_contents')
    .addColumn('file_id', 'text', (c) => c.primaryKey().references('sync_files.id').onDelete('cascade'))
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('bytes', bytes, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sync_file_errors')
    .addColumn('file_id', 'text', (c) => c.notNull().references('sync_files.id').onDelete('cascade'))
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('row', 'integer')
    .addColumn('external_id', 'text')
    .addColumn('field', 'text')
    .addColumn('message', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sync_file_errors_pk', ['file_id', 'seq'])
    .execute();

  await db.schema
    .createTable('sync_file_changes')
    .addColumn('file_id', 'text', (c) => c.notNull().references('sync_files.id').onDelete('cascade'))
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text')
    .addColumn('external_id', 'text')
    .addColumn('name', 'text')
    .addColumn('row', 'integer')
    .addColumn('changes', json)
    .addPrimaryKeyConstraint('sync_file_changes_pk', ['file_id', 'seq'])
    .execute();
  await db.schema.createIndex('sync_file_changes_action').on('sync_file_changes').columns(['file_id', 'action', 'seq']).execute();

  await db.schema
    .createTable('positions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('positions.id'))
    .addColumn('holder_employee_id', 'text', (c) => c.references('employees.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('positions_external_id').on('positions').columns(['company_id', 'external_id']).unique().execute();
  await db.schema.createIndex('positions_parent').on('positions').columns(['company_id', 'parent_id']).execute();
  await db.schema.createIndex('positions_holder').on('positions').column('holder_employee_id').execute();
  await db.schema.createIndex('positions_company_updated').on('positions').columns(['company_id', 'updated_at']).execute();
}
