import type { ServiceContext } from '../../context.js';
import { tenant } from '../../db/tenant.js';
import type { OfficesTable } from './org.tables.js';

type Ctx = Pick<ServiceContext, 'db' | 'companyId'>;

export async function findOfficeRow(ctx: Ctx, id: string): Promise<OfficesTable | undefined> {
  return tenant(ctx).selectFrom('offices').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findOfficeRows(ctx: Ctx, ids: string[]): Promise<OfficesTable[]> {
  if (ids.length === 0) return [];
  return tenant(ctx)
    .selectFrom('offices')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
}
