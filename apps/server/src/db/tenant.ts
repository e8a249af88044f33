import type { DeleteQueryBuilder, DeleteResult, Insertable, SelectQueryBuilder, UpdateQueryBuilder, UpdateResult } from 'kysely';
import type { ServiceContext } from '../context.js';
import type { Database } from './schema.js';

/** Tables that belong to a company; every query on them goes through `tenant(ctx)`. */
export type TenantTable = {
  [K in keyof Database]: Database[K] extends { companyId: string } ? K : never;
}[keyof Database];

/**
 * Tenant isolation by construction: each builder is already filtered by the caller's company, and inserts take the
 * company from the context, so another company's id simply is not found.
 */
export function tenant(ctx: Pick<ServiceContext, 'db' | 'companyId'>) {
  // biome-ignore lint/suspicious/noExplicitAny: Kysely cannot type a column shared by a union of tables
  const db = ctx.db as any;
  return {
    selectFrom<T extends TenantTable>(table: T): SelectQueryBuilder<Database, T, object> {
      return db.selectFrom(table).where(`${table}.companyId`, '=', ctx.companyId);
    },
    updateTable<T extends TenantTable>(table: T): UpdateQueryBuilder<Database, T, T, UpdateResult> {
      return db.updateTable(table).where(`${table}.companyId`, '=', ctx.companyId);
    },
    deleteFrom<T extends TenantTable>(table: T): DeleteQueryBuilder<Database, T, DeleteResult> {
      return db.deleteFrom(table).where(`${table}.companyId`, '=', ctx.companyId);
    },
    async insert<T extends TenantTable>(
      table: T,
      values: Omit<Insertable<Database[T]>, 'companyId'> | Omit<Insertable<Database[T]>, 'companyId'>[],
    ) {
      const rows = (Array.isArray(values) ? values : [values]).map((v) => ({ ...v, companyId: ctx.companyId }));
      if (rows.length === 0) return;
      await db.insertInto(table).values(rows).execute();
    },
  };
}
