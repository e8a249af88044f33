import type { Static } from 'typebox';
import { apiTimestamp, nowIso, type ServiceContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { lockRows } from '../../db/locks.js';
import { sortKey } from '../../db/sort-key.js';
import { tenant } from '../../db/tenant.js';
import { conflict, notFound } from '../../http/errors.js';
import { type Page, paginate, parseOrderBy, whereInstantRange } from '../../http/pagination.js';
import { changedFields, changesNothing, inTransaction, recordChange } from '../../platform/audit/record-change.js';
import { type JobCharge, type JobChargeBody, type JobChargeListQuery, jobChargeSortable } from './job-charges.schemas.js';
import { requiredName, whereName } from './names.js';
import type { JobChargesTable } from './org.tables.js';

export type JobChargeView = Static<typeof JobCharge>;
export type JobChargeInput = Static<typeof JobChargeBody>;

function toView(row: JobChargesTable): JobChargeView {
  return {
    id: row.id,
    companyId: row.companyId,
    name: row.name,
    description: row.description,
    createdAt: apiTimestamp(row.createdAt),
    updatedAt: apiTimestamp(row.updatedAt),
  };
}

export async function requireJobCharge(ctx: ServiceContext, id: string): Promise<JobChargesTable> {
  const row = await tenant(ctx).selectFrom('jobCharges').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Job charge', id);
  return row;
}

export async function getJobCharge(ctx: ServiceContext, id: string): Promise<JobChargeView> {
  return toView(await requireJobCharge(ctx, id));
}

export async function listJobCharges(ctx: ServiceContext, query: Static<typeof JobChargeListQuery>): Promise<Page<JobChargeView>> {
  let q = tenant(ctx).selectFrom('jobCharges').selectAll();
  q = whereName(q, 'jobCharges.name', query);
  q = whereInstantRange(q, 'updatedAt', query, 'updatedAt');
  const page = await paginate(q, query, parseOrderBy(query.orderBy, jobChargeSortable, [['name', 'asc']]));
  return { data: page.data.map(toView), meta: page.meta };
}

export async function createJobCharge(
  ctx: ServiceContext,
  input: JobChargeInput,
  /** HR data sync names the id it planned with. */
  options: { id?: string } = {},
): Promise<JobChargeView> {
  if (input.companyId && input.companyId !== ctx.companyId) throw notFound('Company', input.companyId);
  const at = nowIso(ctx);
  const name = requiredName(input.name);
  const row: JobChargesTable = {
    id: options.id ?? newId(),
    companyId: ctx.companyId,
    name,
    nameKey: sortKey(name),
    description: input.description ?? null,
    createdAt: at,
    updatedAt: at,
  };
  return inTransaction(ctx, async (tx) => {
    await tenant(tx).insert('jobCharges', row);
    const view = toView(row);
    await recordChange(tx, {
      resourceType: 'job_charge',
      resourceId: row.id,
      after: view,
      event: { type: 'job_charge.created', data: view },
    });
    return view;
  });
}

/** PUT: name is required; description keeps its value when not sent. */
export async function updateJobCharge(ctx: ServiceContext, id: string, input: JobChargeInput): Promise<JobChargeView> {
  if (input.companyId && input.companyId !== ctx.companyId) throw notFound('Company', input.companyId);
  const name = requiredName(input.name);
  return inTransaction(ctx, async (tx) => {
    const current = await requireJobCharge(tx, id);
    const values = {
      name,
      nameKey: sortKey(name),
      description: input.description === undefined ? current.description : input.description,
      updatedAt: nowIso(tx),
    };
    const before = toView(current);
    const after = toView({ ...current, ...values });
    const changes = changedFields(before, after);
    // The same job charge sent again is not a write (see changesNothing).
    if (changesNothing(changes, current, values)) return before;
    await tenant(tx).updateTable('jobCharges').set(values).where('id', '=', id).execute();
    await recordChange(tx, {
      resourceType: 'job_charge',
      resourceId: id,
      before,
      after,
      event: { type: 'job_charge.updated', data: after, changes },
    });
    return after;
  });
}

/** A job charge that an employee still holds (jobChargeId) cannot be deleted: 409. */
export async function deleteJobCharge(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await lockRows(tx, 'jobCharges', [id], 'update');
    const current = await requireJobCharge(tx, id);
    // Erased employees have no job charge any more, so every row counts (and the foreign key would refuse anyway).
    const holders = await tenant(tx)
      .selectFrom('employees')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('jobChargeId', '=', id)
      .executeTakeFirst();
    const count = Number(holders?.count ?? 0);
    if (count > 0) {
      throw conflict(`Job charge ${id} is held by ${count} employee(s) (jobChargeId); change their job charge first.`);
    }
    await tenant(tx).deleteFrom('jobCharges').where('id', '=', id).execute();
    const before = toView(current);
    await recordChange(tx, { resourceType: 'job_charge', resourceId: id, before, event: { type: 'job_charge.deleted', data: before } });
  });
}
