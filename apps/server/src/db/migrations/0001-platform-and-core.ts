import { type ColumnDataType, type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.js';

/**
 * Platform tables (companies, keys, audit, outbox, idempotency) and the core/v3 organisation.
 * Timestamps are timestamptz on PostgreSQL and ISO-8601 text on SQLite; both read back as ISO strings.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = (dialect === 'postgres' ? 'timestamptz' : 'text') as ColumnDataType;
  const json = 'text' as ColumnDataType;

  await db.schema
    .createTable('companies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('notification_email', 'text')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en-GB'))
    .addColumn('timezone', 'text', (c) => c.notNull().defaultTo('UTC'))
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('live_company_id', 'text', (c) => c.references('companies.id').onDelete('cascade'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('scopes', json, (c) => c.notNull())
    .addColumn('rate_limit_per_minute', 'integer')
    .addColumn('ip_allow_list', json, (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_by_key_id', 'text')
    .addColumn('last_used_at', ts)
    .addColumn('revoked_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('api_keys_company').on('api_keys').columns(['company_id', 'created_at']).execute();
  await db.schema.createIndex('api_keys_prefix').on('api_keys').column('prefix').execute();

  await db.schema
    .createTable('audit_logs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text')
    .addColumn('before', json)
    .addColumn('after', json)
    .addColumn('request_id', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_logs_company_time').on('audit_logs').columns(['company_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('audit_logs_resource').on('audit_logs').columns(['company_id', 'resource_type', 'resource_id']).execute();

  await db.schema
    .createTable('events')
    .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text')
    .addColumn('data', json, (c) => c.notNull())
    .addColumn('changes', json)
    .addColumn('request_id', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('events_company_seq').on('events').columns(['company_id', 'seq']).execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('response_status', 'integer')
    .addColumn('response_headers', json)
    .addColumn('response_body', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['company_id', 'key'])
    .execute();

  await db.schema
    .createTable('departments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('departments.id'))
    .addColumn('external_id', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('departments_company_name').on('departments').columns(['company_id', 'name']).execute();

  await db.schema
    .createTable('offices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('address', 'text')
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('radio', 'integer')
    .addColumn('timezone', 'text')
    .addColumn('external_id', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('offices_company_name').on('offices').columns(['company_id', 'name']).execute();

  await db.schema
    .createTable('job_charges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('job_charges_company_name').on('job_charges').columns(['company_id', 'name']).execute();

  await db.schema
    .createTable('employees')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('external_id', 'text')
    .addColumn('code', 'integer')
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('email_normalized', 'text')
    .addColumn('description', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('work_status', 'text', (c) => c.notNull().defaultTo('offline'))
    .addColumn('image_profile_url', 'text')
    .addColumn('gender', 'text')
    .addColumn('contract_id', 'text')
    .addColumn('pin', 'integer')
    .addColumn('nid', 'text')
    .addColumn('identity_number_type', 'text')
    .addColumn('ssn', 'text')
    .addColumn('phone', 'text')
    .addColumn('date_of_birth', 'text')
    .addColumn('nationality', 'text')
    .addColumn('marital_status', 'text')
    .addColumn('address', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('province', 'text')
    .addColumn('country', 'text')
    .addColumn('emergency_phone', 'text')
    .addColumn('children_count', 'integer')
    .addColumn('disability', 'integer')
    .addColumn('personal_email', 'text')
    .addColumn('salary_range', 'text')
    .addColumn('study_level', 'text')
    .addColumn('professional_category_code', 'text')
    .addColumn('professional_category_description', 'text')
    .addColumn('bic', 'text')
    .addColumn('account_number', 'text')
    .addColumn('price_per_hour', 'text')
    .addColumn('start_date', 'text')
    .addColumn('termination_date', 'text')
    .addColumn('termination_reason', 'text')
    .addColumn('manager_id', 'text', (c) => c.references('employees.id'))
    .addColumn('job_charge_id', 'text', (c) => c.references('job_charges.id'))
    .addColumn('invitation', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('deleted_at', ts)
    .execute();
  await db.schema.createIndex('employees_company_name').on('employees').columns(['company_id', 'last_name', 'first_name', 'id']).execute();
  await db.schema.createIndex('employees_company_updated').on('employees').columns(['company_id', 'updated_at']).execute();
  await db.schema.createIndex('employees_manager').on('employees').columns(['company_id', 'manager_id']).execute();
  await db.schema
    .createIndex('employees_external_id_unique')
    .on('employees')
    .columns(['company_id', 'external_id'])
    .unique()
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('employees_code_unique')
    .on('employees')
    .columns(['company_id', 'code'])
    .unique()
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('employees_active_email_unique')
    .on('employees')
    .columns(['company_id', 'email_normalized'])
    .unique()
    .where(sql.ref('status'), '=', 'active')
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();

  for (const [table, column, target] of [
    ['employee_departments', 'department_id', 'departments'],
    ['employee_offices', 'office_id', 'offices'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
      .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id').onDelete('cascade'))
      .addColumn(column, 'text', (c) => c.notNull().references(`${target}.id`).onDelete('cascade'))
      .addColumn('created_at', ts, (c) => c.notNull())
      .addColumn('updated_at', ts, (c) => c.notNull())
      .execute();
    await db.schema.createIndex(`${table}_unique`).on(table).columns(['employee_id', column]).unique().execute();
    await db.schema.createIndex(`${table}_target`).on(table).columns([column, 'employee_id']).execute();
  }

  await db.schema
    .createTable('employee_managers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id').onDelete('cascade'))
    .addColumn('manager_id', 'text', (c) => c.notNull().references('employees.id').onDelete('cascade'))
    .addColumn('permission', 'text', (c) => c.notNull())
    .addColumn('order', 'integer', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('employee_managers_slot')
    .on('employee_managers')
    .columns(['employee_id', 'permission', 'order'])
    .unique()
    .execute();
  await db.schema.createIndex('employee_managers_manager').on('employee_managers').columns(['manager_id']).execute();

  await db.schema
    .createTable('roles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('roles_company').on('roles').columns(['company_id', 'name']).execute();

  await db.schema
    .createTable('role_assignations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id').onDelete('cascade'))
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id').onDelete('cascade'))
    .addColumn('affected_entity_type', 'text', (c) => c.notNull())
    .addColumn('affected_entity_id', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('role_assignations_unique')
    .on('role_assignations')
    .columns(['employee_id', 'role_id', 'affected_entity_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('custom_fields')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('custom_fields_slug').on('custom_fields').columns(['company_id', 'slug']).unique().execute();

  await db.schema
    .createTable('custom_field_values')
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id').onDelete('cascade'))
    .addColumn('custom_field_id', 'text', (c) => c.notNull().references('custom_fields.id').onDelete('cascade'))
    .addColumn('value', 'text')
    .addPrimaryKeyConstraint('custom_field_values_pk', ['employee_id', 'custom_field_id'])
    .execute();
}
