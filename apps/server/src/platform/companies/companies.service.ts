import { apiTimestamp, type Clock, nowIso, type ServiceContext, systemClock, systemContext } from '../../context.js';
import type { Db, Dialect } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import { sortKey } from '../../db/sort-key.js';
import { notFound } from '../../http/errors.js';
import { requiredName } from '../../modules/org/names.js';
import { createApiKey } from '../api-keys/api-keys.service.js';
import { allScopes } from '../api-keys/scopes.js';
import { changedFields, changesNothing, inTransaction, recordChange } from '../audit/record-change.js';
import type { CompaniesTable } from './companies.tables.js';

export interface CompanyView {
  id: string;
  name: string;
  notificationEmail: string | null;
  language: string;
  timezone: string;
  region: string;
  createdAt: string;
  updatedAt: string;
}

export interface CompanyUpdate {
  name: string;
  notificationEmail: string | null;
  language: string;
  timezone?: string;
}

export const defaultRoles = ['Admin', 'Manager', 'Employee'];

export function toCompanyView(row: CompaniesTable): CompanyView {
  return {
    id: row.id,
    name: row.name,
    notificationEmail: row.notificationEmail,
    language: row.language,
    timezone: row.timezone,
    region: row.region,
    createdAt: apiTimestamp(row.createdAt),
    updatedAt: apiTimestamp(row.updatedAt),
  };
}

export async function getCompany(ctx: Pick<ServiceContext, 'db' | 'companyId'>): Promise<CompanyView> {
  const row = await ctx.db.selectFrom('companies').selectAll().where('id', '=', ctx.companyId).executeTakeFirst();
  if (!row) throw notFound('Company', ctx.companyId);
  return toCompanyView(row);
}

/** Operator use (CLI): every company, oldest first, with its number of active (not revoked) API keys. */
export async function listCompaniesWithActiveKeyCounts(db: Db): Promise<(CompanyView & { activeKeys: number })[]> {
  const rows = await db
    .selectFrom('companies')
    .leftJoin('apiKeys', (join) => join.onRef('apiKeys.companyId', '=', 'companies.id').on('apiKeys.revokedAt', 'is', null))
    .selectAll('companies')
    .select((eb) => eb.fn.count<number>('apiKeys.id').as('activeKeys'))
    .groupBy('companies.id')
    .orderBy('companies.createdAt')
    .orderBy('companies.id')
    .execute();
  return rows.map((row) => ({ ...toCompanyView(row), activeKeys: Number(row.activeKeys) }));
}

export async function updateCompany(ctx: ServiceContext, id: string, input: CompanyUpdate): Promise<CompanyView> {
  // Another company's id is simply not found: a key only ever sees its own company.
  if (id !== ctx.companyId) throw notFound('Company', id);
  const name = requiredName(input.name);
  return inTransaction(ctx, async (tx) => {
    const current = await tx.db.selectFrom('companies').selectAll().where('id', '=', id).executeTakeFirst();
    if (!current) throw notFound('Company', id);
    const before = toCompanyView(current);
    const values = {
      name,
      notificationEmail: input.notificationEmail,
      language: input.language,
      ...(input.timezone !== undefined ? { timezone: input.timezone } : {}),
      updatedAt: nowIso(tx),
    };
    // The same company sent again is not a write (see changesNothing).
    const viewChanges = changedFields(before as never, toCompanyView({ ...current, ...values }) as never);
    if (changesNothing(viewChanges, current, values)) return before;
    await tx.db.updateTable('companies').set(values).where('id', '=', id).execute();
    const after = await getCompany(tx);
    const changes = changedFields(before as never, after as never);
    await recordChange(tx, {
      resourceType: 'company',
      resourceId: id,
      before,
      after,
      event: { type: 'company.updated', data: after, changes },
    });
    return after;
  });
}

export interface NewCompany {
  name: string;
  region: string;
  notificationEmail?: string | null;
  language?: string;
  timezone?: string;
  liveCompanyId?: string | null;
  /** Scopes of the company's admin key (every scope unless said: a sandbox's key holds its creator's). */
  adminScopes?: readonly string[];
}

/**
 * Creates a company with its default roles and an admin key holding every scope (or `adminScopes`). Used by first start, the operator
 * CLI and tests. Returns the admin token, which is never shown again.
 */
export async function createCompany(
  base: { db: Db; dialect: Dialect; clock?: Clock },
  input: NewCompany,
): Promise<{ company: CompanyView; adminToken: string; adminKeyId: string }> {
  const clock = base.clock ?? systemClock;
  const name = requiredName(input.name);
  const id = newId();
  // Inside a caller's transaction (a sandbox is made in one) or in its own.
  const run = <T>(fn: (trx: Db) => Promise<T>): Promise<T> =>
    base.db.isTransaction ? fn(base.db) : base.db.transaction().execute((trx) => fn(trx));
  return run(async (trx) => {
    const ctx = systemContext({ db: trx, dialect: base.dialect, clock }, id, allScopes);
    const at = nowIso(ctx);
    await trx
      .insertInto('companies')
      .values({
        id,
        name,
        notificationEmail: input.notificationEmail ?? null,
        language: input.language ?? 'en-GB',
        timezone: input.timezone ?? 'UTC',
        region: input.region,
        liveCompanyId: input.liveCompanyId ?? null,
        createdAt: at,
        updatedAt: at,
      })
      .execute();
    await trx
      .insertInto('roles')
      .values(defaultRoles.map((name) => ({ id: newId(), companyId: id, name, nameKey: sortKey(name), createdAt: at, updatedAt: at })))
      .execute();
    const company = await getCompany(ctx);
    await recordChange(ctx, {
      resourceType: 'company',
      resourceId: id,
      after: company,
      event: { type: 'company.created', data: company },
    });
    const key = await createApiKey(ctx, { name: 'Admin key', scopes: [...(input.adminScopes ?? allScopes)] });
    return { company, adminToken: key.token, adminKeyId: key.id };
  });
}
