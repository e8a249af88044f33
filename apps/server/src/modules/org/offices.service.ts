import type { Static } from 'typebox';
import { nowIso, type ServiceContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { lockRows } from '../../db/locks.js';
import { sortKey } from '../../db/sort-key.js';
import { tenant } from '../../db/tenant.js';
import { conflict, DomainError, invalid, notFound, parameterError } from '../../http/errors.js';
import { type Page, paginate, parseOrderBy, whereInstantRange } from '../../http/pagination.js';
import { changedFields, changesNothing, inTransaction, recordChange } from '../../platform/audit/record-change.js';
import { removeRoleAssignationsOn } from '../roles/role-assignations.service.js';
import { assertSyncAllowsAssignationChange } from '../sync/sync-lock.js';
import { requiredName, whereName } from './names.js';
import { moveOfficeAssignations } from './office-assignations.service.js';
import { type OfficeView, toOfficeView } from './office-view.js';
import { findOfficeRow } from './offices.repo.js';
import { type OfficeCreateBody, type OfficeListQuery, type OfficeUpdateBody, officeSortable } from './offices.schemas.js';
import type { OfficesTable } from './org.tables.js';

export type { OfficeView } from './office-view.js';
export type OfficeCreateInput = Static<typeof OfficeCreateBody>;
export type OfficeUpdateInput = Static<typeof OfficeUpdateBody>;

export async function requireOffice(ctx: ServiceContext, id: string): Promise<OfficesTable> {
  const row = await findOfficeRow(ctx, id);
  if (!row) throw notFound('Office', id);
  return row;
}

export async function getOffice(ctx: ServiceContext, id: string): Promise<OfficeView> {
  return toOfficeView(await requireOffice(ctx, id));
}

export async function listOffices(ctx: ServiceContext, query: Static<typeof OfficeListQuery>): Promise<Page<OfficeView>> {
  let q = tenant(ctx).selectFrom('offices').selectAll();
  q = whereName(q, 'offices.name', query);
  q = whereInstantRange(q, 'updatedAt', query, 'updatedAt');
  const page = await paginate(q, query, parseOrderBy(query.orderBy, officeSortable, [['name', 'asc']]));
  return { data: page.data.map(toOfficeView), meta: page.meta };
}

/** The canonical IANA name of a time zone (`europe/madrid` → `Europe/Madrid`), or a 400 when it is not one. */
function canonicalTimeZone(tz: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    throw invalid([{ pointer: '/timezone', message: `"${tz}" is not an IANA time zone (e.g. Europe/Madrid)` }]);
  }
}

/** Columns for the body fields that were sent (PUT keeps the others). */
function columnsFrom(input: OfficeUpdateInput): Partial<OfficesTable> {
  const name = requiredName(input.name);
  const values: Partial<OfficesTable> = { name, nameKey: sortKey(name) };
  if (input.description !== undefined) values.description = input.description;
  if (input.address !== undefined) values.address = input.address;
  if (input.radio !== undefined) values.radio = input.radio;
  if (input.coordinates !== undefined) {
    values.latitude = input.coordinates?.latitude ?? null;
    values.longitude = input.coordinates?.longitude ?? null;
  }
  if (input.timezone !== undefined) values.timezone = input.timezone === null ? null : canonicalTimeZone(input.timezone);
  return values;
}

export async function createOffice(
  ctx: ServiceContext,
  input: OfficeCreateInput,
  /** HR data sync names the id it planned with. */
  options: { id?: string } = {},
): Promise<OfficeView> {
  if (input.companyId && input.companyId !== ctx.companyId) throw notFound('Company', input.companyId);
  const at = nowIso(ctx);
  const row: OfficesTable = {
    id: options.id ?? newId(),
    companyId: ctx.companyId,
    name: input.name,
    nameKey: sortKey(input.name),
    description: null,
    address: null,
    latitude: null,
    longitude: null,
    radio: null,
    timezone: null,
    externalId: null,
    createdAt: at,
    updatedAt: at,
    ...columnsFrom(input),
  };
  return inTransaction(ctx, async (tx) => {
    await tenant(tx).insert('offices', row);
    const view = toOfficeView(row);
    await recordChange(tx, { resourceType: 'office', resourceId: row.id, after: view, event: { type: 'office.created', data: view } });
    return view;
  });
}

/** PUT: name is required; other fields sent replace their values, fields not sent keep theirs. */
export async function updateOffice(ctx: ServiceContext, id: string, input: OfficeUpdateInput): Promise<OfficeView> {
  const values = { ...columnsFrom(input), updatedAt: nowIso(ctx) };
  return inTransaction(ctx, async (tx) => {
    const current = await requireOffice(tx, id);
    const before = toOfficeView(current);
    const after = toOfficeView({ ...current, ...values });
    const changes = changedFields(before, after);
    // The same office sent again is not a write (see changesNothing).
    if (changesNothing(changes, current, values)) return before;
    await tenant(tx).updateTable('offices').set(values).where('id', '=', id).execute();
    await recordChange(tx, {
      resourceType: 'office',
      resourceId: id,
      before,
      after,
      event: { type: 'office.updated', data: after, changes },
    });
    return after;
  });
}

/**
 * Deletes an office. An office that still has employees is a 409, unless `reassignTo` names another office: then
 * its employees move there in the same transaction.
 */
export async function deleteOffice(ctx: ServiceContext, id: string, options: { reassignTo?: string } = {}): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    // Before its employees are counted or moved: an assignation made meanwhile waits, then finds the office gone.
    // With the reassignTo target, in one call (ids in order): two deletes that reassign to each other cannot deadlock.
    await lockRows(tx, 'offices', [id, options.reassignTo], 'update');
    const current = await requireOffice(tx, id);
    if (options.reassignTo !== undefined) {
      if (options.reassignTo === id) {
        throw new DomainError('unprocessable', 'reassignTo must name another office than the one being deleted.', {
          errors: [parameterError('query', 'reassignTo', 'must differ from the deleted office')],
        });
      }
      if (!(await findOfficeRow(tx, options.reassignTo))) throw notFound('Office (reassignTo)', options.reassignTo);
    }
    const assigned = await tenant(tx)
      .selectFrom('employeeOffices')
      .innerJoin('employees', 'employees.id', 'employeeOffices.employeeId')
      .where('employees.deletedAt', 'is', null)
      .where('employeeOffices.officeId', '=', id)
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirst();
    const count = Number(assigned?.count ?? 0);
    if (options.reassignTo !== undefined) {
      // Moving employees is changing their office: while HR data sync owns it, the file decides (409 naming the field).
      if (count > 0) await assertSyncAllowsAssignationChange(tx, 'office', 'assign');
      await moveOfficeAssignations(tx, id, options.reassignTo);
    } else {
      if (count > 0) {
        throw conflict(
          `Office ${id} still has ${count} employee(s) assigned: unassign them first, or delete with reassignTo=<officeId> to move them.`,
        );
      }
    }
    // Rows of erased employees (none are expected) go with the office (ON DELETE CASCADE).
    await removeRoleAssignationsOn(tx, id);
    await tenant(tx).deleteFrom('offices').where('id', '=', id).execute();
    const before = toOfficeView(current);
    await recordChange(tx, { resourceType: 'office', resourceId: id, before, event: { type: 'office.deleted', data: before } });
  });
}
