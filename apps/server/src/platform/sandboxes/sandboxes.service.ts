import type { Static } from 'typebox';
import { apiTimestamp, type ServiceContext, systemContext } from '../../context.js';
import { insertRows } from '../../db/bulk-write.js';
import type { Executor } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import { lockResource } from '../../db/locks.js';
import { tenant } from '../../db/tenant.js';
import { conflict, notFound } from '../../http/errors.js';
import { type Page, paginate, parseOrderBy, whereInstantRange } from '../../http/pagination.js';
import { requiredName } from '../../modules/org/names.js';
import { copyMappings, loadSyncSettings, writeSyncSettings } from '../../modules/sync/index.js';
import { allScopes } from '../api-keys/scopes.js';
import { inTransaction, recordChange } from '../audit/record-change.js';
import { sensitiveFieldScopes } from '../audit/sensitive-fields.js';
import { createCompany } from '../companies/companies.service.js';
import type { CompaniesTable } from '../companies/companies.tables.js';
import { type Sandbox, type SandboxCreateBody, type SandboxListQuery, type SandboxWithKey, sandboxSortable } from './sandboxes.schemas.js';

export type SandboxView = Static<typeof Sandbox>;

function toView(row: CompaniesTable, employeesCopied: number): SandboxView {
  return {
    id: row.id,
    name: row.name,
    liveCompanyId: row.liveCompanyId as string,
    employeesCopied,
    createdAt: apiTimestamp(row.createdAt),
    updatedAt: apiTimestamp(row.updatedAt),
  };
}

/**
 * The number of employees copied when the sandbox was created, as its creation recorded it (the audit row written
 * with `sandbox.created`): the sandbox's own roster moves on as its files are applied, this number does not.
 */
async function employeesCopied(db: Executor, liveCompanyId: string, sandboxId: string): Promise<number> {
  const row = await db
    .selectFrom('auditLogs')
    .select('after')
    .where('companyId', '=', liveCompanyId)
    .where('resourceType', '=', 'sandbox')
    .where('resourceId', '=', sandboxId)
    .where('action', '=', 'sandbox.created')
    .executeTakeFirst();
  try {
    const copied = row?.after ? (JSON.parse(row.after) as { employeesCopied?: unknown }).employeesCopied : undefined;
    return typeof copied === 'number' ? copied : 0;
  } catch {
    return 0;
  }
}

export async function listSandboxes(ctx: ServiceContext, query: Static<typeof SandboxListQuery>): Promise<Page<SandboxView>> {
  let q = ctx.db.selectFrom('companies').selectAll().where('liveCompanyId', '=', ctx.companyId);
  q = whereInstantRange(q, 'updatedAt', query, 'updatedAt');
  const result = await paginate(q, query, parseOrderBy(query.orderBy, sandboxSortable, [['createdAt', 'asc']]));
  const data: SandboxView[] = [];
  for (const row of result.data) data.push(toView(row, await employeesCopied(ctx.db, ctx.companyId, row.id)));
  return { data, meta: result.meta };
}

async function requireSandbox(ctx: ServiceContext, id: string): Promise<CompaniesTable> {
  const row = await ctx.db
    .selectFrom('companies')
    .selectAll()
    .where('id', '=', id)
    .where('liveCompanyId', '=', ctx.companyId)
    .executeTakeFirst();
  if (!row) throw notFound('Sandbox', id);
  return row;
}

type Row = Record<string, unknown>;

/** Inserts copied rows (camelCase objects) with Kysely in chunks. */
async function insertCopies(db: Executor, table: string, rows: Row[]) {
  for (let i = 0; i < rows.length; i += 200) {
    // biome-ignore lint/suspicious/noExplicitAny: tables are copied generically, row shapes come from the same table
    await (db as any)
      .insertInto(table)
      .values(rows.slice(i, i + 200))
      .execute();
  }
}

/** Parents (or managers) before the rows that point at them: foreign keys are checked per statement. */
function parentsFirst<T extends Row>(rows: T[], parentKey: string): T[] {
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  const depth = new Map<string, number>();
  const depthOf = (r: T): number => {
    const id = r.id as string;
    const known = depth.get(id);
    if (known !== undefined) return known;
    depth.set(id, 0);
    const parent = r[parentKey] ? byId.get(r[parentKey] as string) : undefined;
    const d = parent ? depthOf(parent) + 1 : 0;
    depth.set(id, d);
    return d;
  };
  for (const r of rows) depthOf(r);
  return [...rows].sort((a, b) => (depth.get(a.id as string) as number) - (depth.get(b.id as string) as number));
}

/**
 * Copies the live company's configuration — offices, departments, job charges, roles, custom fields, HR data sync
 * settings and mappings — and, on request, its employees into the sandbox, with new ids.
 */
async function copyInto(
  live: ServiceContext,
  sandbox: ServiceContext,
  copyEmployees: boolean,
  creatorScopes: ReadonlySet<string>,
): Promise<number> {
  const ids = new Map<string, string>();
  const remap = (id: unknown) => (typeof id === 'string' ? (ids.get(id) ?? null) : null);
  const fresh = <T extends Row>(rows: T[]) =>
    rows.map((r) => {
      const id = newId();
      ids.set(r.id as string, id);
      return { ...r, id, companyId: sandbox.companyId };
    });
  const t = tenant(live);
  const db = sandbox.db;
  await insertCopies(db, 'offices', fresh(await t.selectFrom('offices').selectAll().execute()));
  const departments = fresh(await t.selectFrom('departments').selectAll().execute());
  for (const d of departments) d.parentId = remap(d.parentId);
  await insertCopies(db, 'departments', parentsFirst(departments, 'parentId'));
  await insertCopies(db, 'jobCharges', fresh(await t.selectFrom('jobCharges').selectAll().execute()));
  const existingRoles = new Map(
    (await tenant(sandbox).selectFrom('roles').select(['id', 'name']).execute()).map((r) => [r.name, r.id] as const),
  );
  const liveRoles = await t.selectFrom('roles').selectAll().execute();
  for (const r of liveRoles) {
    const same = existingRoles.get(r.name);
    if (same) ids.set(r.id, same);
  }
  await insertCopies(db, 'roles', fresh(liveRoles.filter((r) => !existingRoles.has(r.name))));
  await insertCopies(db, 'customFields', fresh(await t.selectFrom('customFields').selectAll().execute()));
  await writeSyncSettings(sandbox, await loadSyncSettings(live));
  await copyMappings(live, sandbox);
  if (!copyEmployees) return 0;

  const employees = fresh(await t.selectFrom('employees').selectAll().where('deletedAt', 'is', null).execute());
  // Sensitive values the creator may not read are not copied (empty in the sandbox): a copy is no way to read them.
  const withheld = Object.entries(sensitiveFieldScopes)
    .filter(([, need]) => !need.read.some((s) => creatorScopes.has(s)))
    .map(([field]) => field);
  for (const e of employees) {
    e.managerId = remap(e.managerId);
    e.jobChargeId = remap(e.jobChargeId);
    for (const field of withheld) (e as Row)[field] = null;
  }
  const columns = Object.keys(employees[0] ?? {});
  const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const types = new Map<string, 'text' | 'integer' | 'timestamp'>([
    ['code', 'integer'],
    ['pin', 'integer'],
    ['childrenCount', 'integer'],
    ['disability', 'integer'],
    ['invitation', 'integer'],
    ['createdAt', 'timestamp'],
    ['updatedAt', 'timestamp'],
    ['deletedAt', 'timestamp'],
  ]);
  await insertRows(
    db,
    sandbox.dialect,
    'employees',
    columns.map((c) => [snake(c), types.get(c) ?? 'text'] as const),
    parentsFirst(employees, 'managerId').map((e) => columns.map((c) => (e as Row)[c])),
  );
  const links = async (table: 'employeeDepartments' | 'employeeOffices', target: 'departmentId' | 'officeId') => {
    const rows = (await t.selectFrom(table).selectAll().execute()) as Row[];
    const copies = rows
      .filter((r) => ids.has(r.employeeId as string))
      .map((r) => ({ ...r, id: newId(), companyId: sandbox.companyId, employeeId: remap(r.employeeId), [target]: remap(r[target]) }));
    await insertCopies(db, table, copies);
  };
  await links('employeeDepartments', 'departmentId');
  await links('employeeOffices', 'officeId');
  const managers = (await t.selectFrom('employeeManagers').selectAll().execute()).filter(
    (r) => ids.has(r.employeeId) && ids.has(r.managerId),
  );
  await insertCopies(
    db,
    'employeeManagers',
    managers.map((r) => ({
      ...r,
      id: newId(),
      companyId: sandbox.companyId,
      employeeId: remap(r.employeeId),
      managerId: remap(r.managerId),
    })),
  );
  const values = (await t.selectFrom('customFieldValues').selectAll().execute()).filter(
    (r) => ids.has(r.employeeId) && ids.has(r.customFieldId),
  );
  await insertCopies(
    db,
    'customFieldValues',
    values.map((r) => ({ ...r, companyId: sandbox.companyId, employeeId: remap(r.employeeId), customFieldId: remap(r.customFieldId) })),
  );
  return employees.length;
}

/**
 * Creates a sandbox: a company linked to the caller's (live) company, with a copy of its configuration and optionally
 * of its employees, and an admin key that works only there. A sandbox cannot have sandboxes of its own.
 */
/** Sandboxes a live company may have at once. */
export const maxSandboxes = 10;

export async function createSandbox(ctx: ServiceContext, input: Static<typeof SandboxCreateBody>): Promise<Static<typeof SandboxWithKey>> {
  // A name sent blank is refused like any other name, not replaced by the default (which is for a name not sent).
  const name = input.name === undefined ? undefined : requiredName(input.name);
  const live = await ctx.db.selectFrom('companies').selectAll().where('id', '=', ctx.companyId).executeTakeFirstOrThrow();
  if (live.liveCompanyId) throw conflict('This company is a sandbox: create sandboxes from the live company.');
  // One transaction: the company, its copy, its audit row and event; a failure or a crash midway leaves no sandbox.
  return inTransaction(ctx, async (tx) => {
    // Each sandbox is a copy of the company (its employees too, if asked): a bounded number of them.
    await lockResource(tx, 'sandboxes');
    const count = await tx.db
      .selectFrom('companies')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('liveCompanyId', '=', tx.companyId)
      .executeTakeFirstOrThrow();
    if (Number(count.n) >= maxSandboxes) {
      throw conflict(`A company has at most ${maxSandboxes} sandboxes: delete one (DELETE /security/v1/sandboxes/{id}) first.`);
    }
    const created = await createCompany(
      { db: tx.db, dialect: tx.dialect, clock: tx.clock },
      {
        name: name ?? `${live.name} (sandbox)`,
        region: live.region,
        notificationEmail: live.notificationEmail,
        language: live.language,
        timezone: live.timezone,
        liveCompanyId: live.id,
        // A key cannot grant scopes it does not hold: the sandbox's admin key has its creator's (a sandbox is no way
        // round personal:read or compensation:read).
        adminScopes: allScopes.filter((s) => ctx.scopes.has(s)),
      },
    );
    const sandbox = systemContext({ db: tx.db, dialect: tx.dialect, clock: tx.clock }, created.company.id, allScopes);
    const copied = await copyInto(tx, sandbox, input.copyEmployees ?? false, ctx.scopes);
    const view = toView(await requireSandbox(tx, created.company.id), copied);
    await recordChange(tx, { resourceType: 'sandbox', resourceId: view.id, after: view, event: { type: 'sandbox.created', data: view } });
    const key = await tx.db.selectFrom('apiKeys').select(['id', 'prefix']).where('id', '=', created.adminKeyId).executeTakeFirstOrThrow();
    return { ...view, adminKey: { id: key.id, prefix: key.prefix, token: created.adminToken } };
  });
}

export async function getSandbox(ctx: ServiceContext, id: string): Promise<SandboxView> {
  const row = await requireSandbox(ctx, id);
  return toView(row, await employeesCopied(ctx.db, ctx.companyId, id));
}

/** Deletes the sandbox company and everything in it (its keys stop working at once). */
export async function deleteSandbox(ctx: ServiceContext, id: string): Promise<void> {
  const before = await getSandbox(ctx, id);
  await inTransaction(ctx, async (tx) => {
    await tx.db.deleteFrom('companies').where('id', '=', id).where('liveCompanyId', '=', tx.companyId).execute();
    await recordChange(tx, { resourceType: 'sandbox', resourceId: id, before, event: { type: 'sandbox.deleted', data: before } });
  });
}
