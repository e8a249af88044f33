import { apiTimestamp, type ServiceContext, today } from '../../context.js';
import { type BulkColumns, deleteRowsIn, insertRows, updateRows } from '../../db/bulk-write.js';
import { newId } from '../../db/ids.js';
import { sortKey } from '../../db/sort-key.js';
import { tenant } from '../../db/tenant.js';
import { changedFields } from '../../platform/audit/record-change.js';
import { type BulkChange, recordChanges } from '../../platform/audit/record-changes.js';
import { sensitiveFieldNames } from '../../platform/audit/sensitive-fields.js';
import { createCustomField } from '../custom-fields/index.js';
import { erasedEmployeeColumns, withNameKeys } from '../employees/employees.repo.js';
import type { EmployeesTable } from '../employees/employees.tables.js';
import {
  type EmployeeView,
  employeeLinks,
  employeeViewOfRow,
  eraseEmployeesFromHistory,
  removeEmployeesLinks,
} from '../employees/index.js';
import { createDepartment, createJobCharge, createOffice } from '../org/index.js';
import { toOfficeView } from '../org/office-view.js';
import { CreatedChange, type EmployeeChange, type EmployeePlan } from './employee-diff.js';
import { type CustomFieldValueRow, loadCustomFields, loadFullRows, type RosterSnapshot } from './roster-snapshot.js';
import { employeeTypeName, employeeTypeSlug } from './sync-fields.js';

/** Every column of an employee row, in table order (snake_case), for bulk inserts. */
const employeeColumns: [keyof EmployeesTable, string, 'text' | 'integer' | 'timestamp'][] = [
  ['id', 'id', 'text'],
  ['companyId', 'company_id', 'text'],
  ['externalId', 'external_id', 'text'],
  ['code', 'code', 'integer'],
  ['firstName', 'first_name', 'text'],
  ['lastName', 'last_name', 'text'],
  ['firstNameKey', 'first_name_key', 'text'],
  ['lastNameKey', 'last_name_key', 'text'],
  ['email', 'email', 'text'],
  ['emailNormalized', 'email_normalized', 'text'],
  ['description', 'description', 'text'],
  ['status', 'status', 'text'],
  ['workStatus', 'work_status', 'text'],
  ['imageProfileUrl', 'image_profile_url', 'text'],
  ['gender', 'gender', 'text'],
  ['contractId', 'contract_id', 'text'],
  ['pin', 'pin', 'integer'],
  ['nid', 'nid', 'text'],
  ['identityNumberType', 'identity_number_type', 'text'],
  ['ssn', 'ssn', 'text'],
  ['phone', 'phone', 'text'],
  ['dateOfBirth', 'date_of_birth', 'text'],
  ['nationality', 'nationality', 'text'],
  ['maritalStatus', 'marital_status', 'text'],
  ['address', 'address', 'text'],
  ['postalCode', 'postal_code', 'text'],
  ['city', 'city', 'text'],
  ['province', 'province', 'text'],
  ['country', 'country', 'text'],
  ['emergencyPhone', 'emergency_phone', 'text'],
  ['childrenCount', 'children_count', 'integer'],
  ['disability', 'disability', 'integer'],
  ['personalEmail', 'personal_email', 'text'],
  ['salaryRange', 'salary_range', 'text'],
  ['studyLevel', 'study_level', 'text'],
  ['professionalCategoryCode', 'professional_category_code', 'text'],
  ['professionalCategoryDescription', 'professional_category_description', 'text'],
  ['bic', 'bic', 'text'],
  ['accountNumber', 'account_number', 'text'],
  ['pricePerHour', 'price_per_hour', 'text'],
  ['startDate', 'start_date', 'text'],
  ['terminationDate', 'termination_date', 'text'],
  ['terminationReason', 'termination_reason', 'text'],
  ['managerId', 'manager_id', 'text'],
  ['jobChargeId', 'job_charge_id', 'text'],
  ['invitation', 'invitation', 'integer'],
  ['createdAt', 'created_at', 'timestamp'],
  ['updatedAt', 'updated_at', 'timestamp'],
  ['deletedAt', 'deleted_at', 'timestamp'],
];
const insertColumns: BulkColumns = employeeColumns.map(([, name, type]) => [name, type] as const);

/** What the feed may change on an existing employee (every other column keeps its value). */
const updatableColumns: [keyof EmployeesTable, string, 'text' | 'timestamp'][] = [
  ['externalId', 'external_id', 'text'],
  ['firstName', 'first_name', 'text'],
  ['lastName', 'last_name', 'text'],
  ['firstNameKey', 'first_name_key', 'text'],
  ['lastNameKey', 'last_name_key', 'text'],
  ['email', 'email', 'text'],
  ['emailNormalized', 'email_normalized', 'text'],
  ['status', 'status', 'text'],
  ['gender', 'gender', 'text'],
  ['phone', 'phone', 'text'],
  ['dateOfBirth', 'date_of_birth', 'text'],
  ['country', 'country', 'text'],
  ['startDate', 'start_date', 'text'],
  ['terminationDate', 'termination_date', 'text'],
  ['terminationReason', 'termination_reason', 'text'],
  ['managerId', 'manager_id', 'text'],
  ['jobChargeId', 'job_charge_id', 'text'],
  ['updatedAt', 'updated_at', 'timestamp'],
];
const updateColumns: BulkColumns = updatableColumns.map(([, name, type]) => [name, type] as const);

/** Rows for a bulk insert, made as they are written (not 100,000 arrays at once). */
function* rowsOf<T>(items: Iterable<T>, row: (item: T) => unknown[]): Generator<unknown[]> {
  for (const item of items) yield row(item);
}

/** New employees whose manager is also new go after their manager (the foreign key is checked per statement). */
function managersFirst(created: CreatedChange[]): CreatedChange[] {
  const byId = new Map(created.map((c) => [c.id, c]));
  const depth = new Map<string, number>();
  const depthOf = (c: CreatedChange): number => {
    const known = depth.get(c.id);
    if (known !== undefined) return known;
    depth.set(c.id, 0);
    const manager = c.managerId ? byId.get(c.managerId) : undefined;
    const d = manager ? depthOf(manager) + 1 : 0;
    depth.set(c.id, d);
    return d;
  };
  for (const c of created) depthOf(c);
  return [...created].sort((a, b) => (depth.get(a.id) as number) - (depth.get(b.id) as number));
}

/** The audit copy of an employee view: sensitive values replaced (as redactSensitive does, without walking the whole object). */
function auditJson(view: EmployeeView | null): string | null {
  if (!view) return null;
  const copy: Record<string, unknown> = { ...view };
  for (const field of sensitiveFieldNames) if (copy[field] !== null && copy[field] !== undefined) copy[field] = '[redacted]';
  return JSON.stringify(copy);
}

/**
 * An existing employee's whole row before the file and, made again on each use, after it: a 5 % re-sync of 100,000
 * employees holds ~7,000 changed rows, and a second full copy of each for the whole transaction cost ~12 MB.
 */
class ExistingRows {
  constructor(
    readonly before: EmployeesTable,
    private readonly patch: Partial<EmployeesTable>,
  ) {}

  get after(): EmployeesTable {
    return withNameKeys({ ...this.before, ...this.patch });
  }
}

/**
 * Writes an employee plan inside the caller's transaction: new departments / offices / job charges / the employee
 * type field, leavers, updates, new employees, assignments, custom-field values, then the audit rows and events of
 * every change (as the manual endpoints write them).
 */
export async function applyEmployeePlan(
  tx: ServiceContext,
  plan: EmployeePlan,
  snapshot: RosterSnapshot,
  progress: (fraction: number) => void,
): Promise<void> {
  const companyId = tx.companyId;
  const dialect = tx.dialect;
  const now = tx.clock.now().toISOString();

  // Reference data first, with the ids the plan gave them (the new employees' rows already name them).
  const officeViews = new Map<string, ReturnType<typeof toOfficeView>>();
  for (const d of plan.newDepartments) await createDepartment(tx, { name: d.name }, { id: d.id });
  for (const o of plan.newOffices) officeViews.set(o.id, await createOffice(tx, { name: o.name }, { id: o.id }));
  for (const j of plan.newJobCharges) await createJobCharge(tx, { name: j.name }, { id: j.id });
  let typeField = snapshot.employeeTypeField;
  if (plan.createEmployeeTypeField) {
    const created = await createCustomField(tx, { name: employeeTypeName, slug: employeeTypeSlug, type: 'text' });
    typeField = { ...created, nameKey: sortKey(created.name), companyId, type: 'text', createdAt: now, updatedAt: now };
  }
  // Whole rows of the employees that exist (a new employee's row is made from its record where it is needed).
  const fullRows = await loadFullRows(
    tx,
    plan.changes.filter((c) => c.before).map((c) => c.id),
  );
  for (const c of plan.changes) {
    if (!c.before) continue;
    c.full = new ExistingRows(fullRows.get(c.id) as EmployeesTable, c.patch);
  }
  fullRows.clear();
  progress(0.1);

  const created = plan.changes.filter((c): c is CreatedChange => c instanceof CreatedChange);
  const terminated = plan.changes.filter((c) => c.action === 'terminated');
  const updated = plan.changes.filter((c) => c.action === 'updated' || c.action === 'reactivated');
  const deleted = plan.changes.filter((c) => c.action === 'deleted');

  // Leavers that are erased: their personal data and links go, as with DELETE.
  let erased: { ids: string[]; links: Awaited<ReturnType<typeof employeeLinks>> } | null = null;
  if (deleted.length) {
    const ids = deleted.map((c) => c.id);
    // Their links go with an audit row and event each, as through the API; their history is erased after the
    // employees' own audit rows and events are written (below).
    erased = { ids, links: await employeeLinks(tx, ids) };
    await removeEmployeesLinks(tx, ids);
    for (const table of ['employee_departments', 'employee_offices', 'role_assignations', 'custom_field_values'] as const) {
      await deleteRowsIn(tx.db, dialect, table, 'employee_id', ids, companyId);
    }
    await deleteRowsIn(tx.db, dialect, 'employee_managers', 'employee_id', ids, companyId);
    await deleteRowsIn(tx.db, dialect, 'employee_managers', 'manager_id', ids, companyId);
    for (const c of deleted) {
      const after = (c.full as { after: EmployeesTable }).after;
      c.full = { before: (c.full as ExistingRows).before, after };
      const erased = Object.fromEntries(erasedEmployeeColumns.map((k) => [k, null])) as Partial<EmployeesTable>;
      Object.assign(after, erased, {
        firstName: 'Deleted',
        lastName: 'Employee',
        firstNameKey: sortKey('Deleted'),
        lastNameKey: sortKey('Employee'),
        status: 'inactive',
        // As an erasure through the API: a pre-hire (start date still ahead) gets no termination date.
        terminationDate: c.before?.terminationDate ?? (c.before?.startDate && c.before.startDate > today(tx) ? null : today(tx)),
        deletedAt: now,
        updatedAt: now,
      });
      const values = Object.fromEntries(
        [
          ...erasedEmployeeColumns,
          'firstName',
          'lastName',
          'firstNameKey',
          'lastNameKey',
          'status',
          'terminationDate',
          'deletedAt',
          'updatedAt',
        ].map((k) => [k, after[k as keyof EmployeesTable]]),
      );
      await tenant(tx).updateTable('employees').set(values).where('id', '=', c.id).execute();
    }
  }
  progress(0.2);

  const writeUpdates = (changes: EmployeeChange[]) =>
    updateRows(
      tx.db,
      dialect,
      'employees',
      ['id', 'text'],
      updateColumns,
      changes.map((c) => {
        const row = c.full?.after as EmployeesTable;
        return [row.id, ...updatableColumns.map(([key]) => row[key])];
      }),
      companyId,
    );
  // Leavers first: their emails are free for new employees once they are inactive.
  await writeUpdates(terminated);
  // Emails that move between employees: free them first so the unique index never sees two at once.
  const freed = updated.filter((c) => c.before?.emailNormalized && c.before.emailNormalized !== c.full?.after.emailNormalized);
  await updateRows(
    tx.db,
    dialect,
    'employees',
    ['id', 'text'],
    [['email_normalized', 'text']],
    freed.map((c) => [c.id, null]),
    companyId,
  );

  await insertRows(
    tx.db,
    dialect,
    'employees',
    insertColumns,
    rowsOf(managersFirst(created), (c) => {
      const row = c.after;
      return employeeColumns.map(([key]) => row[key]);
    }),
  );
  progress(0.4);
  await writeUpdates(updated);
  progress(0.5);

  // Department and office assignments: exactly the one the file names (none when empty).
  const assignationEvents: BulkChange[] = [];
  const departmentNames = new Map(snapshot.departmentName);
  for (const d of plan.newDepartments) departmentNames.set(d.id, d.name);
  const officeRows = await tenant(tx).selectFrom('offices').selectAll().execute();
  for (const o of officeRows) officeViews.set(o.id, toOfficeView(o));
  const departmentChanges = plan.changes.filter((c) => c.departmentId !== undefined);
  const officeChanges = plan.changes.filter((c) => c.officeId !== undefined);
  // Assignments that stay are kept (same id); the others go; the named one is added when missing.
  const removedDepartments = departmentChanges
    .filter((c) => c.before)
    .flatMap((c) =>
      snapshot.employeeDepartments
        .get(c.id)
        .filter((id) => id !== c.departmentId)
        .map((departmentId) => ({ change: c, departmentId })),
    );
  const removedOffices = officeChanges
    .filter((c) => c.before)
    .flatMap((c) =>
      snapshot.employeeOffices
        .get(c.id)
        .filter((id) => id !== c.officeId)
        .map((officeId) => ({ change: c, officeId })),
    );
  const removedAssignationRows = new Map<string, { id: string; createdAt: string; updatedAt: string }>();
  if (removedDepartments.length || removedOffices.length) {
    const ids = [...new Set([...removedDepartments, ...removedOffices].map((r) => r.change.id))];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      for (const r of await tenant(tx).selectFrom('employeeDepartments').selectAll().where('employeeId', 'in', chunk).execute()) {
        removedAssignationRows.set(`d:${r.employeeId}:${r.departmentId}`, r);
      }
      for (const r of await tenant(tx).selectFrom('employeeOffices').selectAll().where('employeeId', 'in', chunk).execute()) {
        removedAssignationRows.set(`o:${r.employeeId}:${r.officeId}`, r);
      }
    }
  }
  const rowIds = (keys: string[]) => keys.map((k) => removedAssignationRows.get(k)?.id).filter((id): id is string => !!id);
  await deleteRowsIn(
    tx.db,
    dialect,
    'employee_departments',
    'id',
    rowIds(removedDepartments.map((r) => `d:${r.change.id}:${r.departmentId}`)),
    companyId,
  );
  await deleteRowsIn(
    tx.db,
    dialect,
    'employee_offices',
    'id',
    rowIds(removedOffices.map((r) => `o:${r.change.id}:${r.officeId}`)),
    companyId,
  );
  // The assignments added: a new employee's are made as they are written (their ids appear in no event of their own);
  // an existing employee's are kept for the assignation events.
  const newDepartmentRows = departmentChanges
    .filter((c) => c.before && c.departmentId && !snapshot.employeeDepartments.get(c.id).includes(c.departmentId))
    .map((c) => ({ id: newId(), change: c, departmentId: c.departmentId as string }));
  const newOfficeRows = officeChanges
    .filter((c) => c.before && c.officeId && !snapshot.employeeOffices.get(c.id).includes(c.officeId))
    .map((c) => ({ id: newId(), change: c, officeId: c.officeId as string }));
  function* assignationRows(kind: 'department' | 'office'): Generator<unknown[]> {
    for (const r of kind === 'department' ? newDepartmentRows : newOfficeRows) {
      yield [r.id, companyId, r.change.id, 'departmentId' in r ? r.departmentId : r.officeId, now, now];
    }
    for (const c of created) {
      const target = kind === 'department' ? c.departmentId : c.officeId;
      if (target) yield [newId(), companyId, c.id, target, now, now];
    }
  }
  const assignColumns = (target: string): BulkColumns => [
    ['id', 'text'],
    ['company_id', 'text'],
    ['employee_id', 'text'],
    [target, 'text'],
    ['created_at', 'timestamp'],
    ['updated_at', 'timestamp'],
  ];
  await insertRows(tx.db, dialect, 'employee_departments', assignColumns('department_id'), assignationRows('department'));
  await insertRows(tx.db, dialect, 'employee_offices', assignColumns('office_id'), assignationRows('office'));
  progress(0.6);

  // The employee type lives in a custom field.
  const typeChanges = plan.changes.filter((c) => c.employeeType !== undefined);
  if (typeField && typeChanges.length) {
    const existing = typeChanges.filter((c) => c.before).map((c) => c.id);
    for (let i = 0; i < existing.length; i += 500) {
      await tenant(tx)
        .deleteFrom('customFieldValues')
        .where('customFieldId', '=', typeField.id)
        .where('employeeId', 'in', existing.slice(i, i + 500))
        .execute();
    }
    await insertRows(
      tx.db,
      dialect,
      'custom_field_values',
      [
        ['company_id', 'text'],
        ['employee_id', 'text'],
        ['custom_field_id', 'text'],
        ['value', 'text'],
      ],
      rowsOf(
        typeChanges.filter((c) => c.employeeType),
        (c) => [companyId, c.id, typeField.id, c.employeeType],
      ),
    );
  }
  progress(0.7);

  // Audit rows and events, as the manual endpoints write them, serialized batch by batch.
  const company = snapshot.company;
  const customFields = await loadCustomFields(
    tx,
    plan.changes.filter((c) => c.before).map((c) => c.id),
  );
  const customFieldsAfter = (c: EmployeeChange): CustomFieldValueRow[] => {
    const current = customFields.get(c.id) ?? [];
    if (c.action === 'deleted') return [];
    if (c.employeeType === undefined || !typeField) return current;
    const others = current.filter((v) => v.id !== typeField.id);
    if (!c.employeeType) return others;
    const value: CustomFieldValueRow = {
      employeeId: c.id,
      id: typeField.id,
      companyId,
      name: typeField.name,
      slug: typeField.slug,
      type: typeField.type,
      value: c.employeeType,
    };
    return [...others, value].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  };
  /** Existing employees that move department or office: their views go into the assignation events. */
  const afterViews = new Map<string, EmployeeView>();
  function* employeeChanges(): Generator<BulkChange> {
    for (const c of plan.changes) {
      // A new employee's row is made here again from its record (see CreatedChange).
      const full = c.full ?? { before: null, after: c.after as EmployeesTable };
      const afterView = employeeViewOfRow(full.after, company, customFieldsAfter(c));
      if (full.before && (c.departmentId !== undefined || c.officeId !== undefined)) afterViews.set(c.id, afterView);
      const beforeView = full.before ? employeeViewOfRow(full.before, company, customFields.get(full.before.id) ?? []) : null;
      const afterJson = JSON.stringify(afterView);
      switch (c.action) {
        case 'created':
          yield {
            action: 'employee.created',
            resourceType: 'employee',
            resourceId: c.id,
            afterJson: auditJson(afterView),
            events: [{ type: 'employee.created', dataJson: afterJson }],
          };
          break;
        case 'updated':
        case 'reactivated': {
          const fields = changedFields(beforeView as EmployeeView, afterView);
          if (fields.length === 0) break;
          yield {
            // The audit row is named after the larger change (a reactivation may change other fields too).
            action: c.action === 'reactivated' ? 'employee.reactivated' : 'employee.updated',
            resourceType: 'employee',
            resourceId: c.id,
            beforeJson: auditJson(beforeView),
            afterJson: auditJson(afterView),
            events: [
              { type: 'employee.updated', dataJson: afterJson, changes: fields },
              ...(c.action === 'reactivated' ? [{ type: 'employee.reactivated', dataJson: afterJson, changes: fields }] : []),
            ],
          };
          break;
        }
        case 'terminated': {
          const fields = changedFields(beforeView as EmployeeView, afterView);
          yield {
            action: 'employee.terminated',
            resourceType: 'employee',
            resourceId: c.id,
            beforeJson: auditJson(beforeView),
            afterJson: auditJson(afterView),
            // As a PUT setting status inactive, and as the feed's reactivation above: employee.updated with the fields
            // that changed, then employee.terminated. A subscription to employee.updated (or to changes of `status`)
            // hears of the people the feed terminates as of those terminated by hand.
            events: [
              { type: 'employee.updated', dataJson: afterJson, changes: fields },
              { type: 'employee.terminated', dataJson: afterJson, changes: fields },
            ],
          };
          break;
        }
        case 'deleted': {
          const data = {
            id: c.id,
            externalId: c.before?.externalId ?? null,
            code: full.before?.code ?? null,
            deletedAt: apiTimestamp(now),
          };
          yield {
            action: 'employee.deleted',
            resourceType: 'employee',
            resourceId: c.id,
            beforeJson: auditJson(beforeView),
            after: data,
            events: [{ type: 'employee.deleted', data }],
          };
          break;
        }
      }
    }
  }
  await recordChanges(tx, employeeChanges());
  if (erased) await eraseEmployeesFromHistory(tx, erased.ids, erased.links);
  progress(0.85);
  // Assignations of existing employees that moved (new employees' first assignment is part of employee.created).
  const assignation = (
    kind: 'department' | 'office',
    action: 'created' | 'deleted',
    id: string,
    employeeId: string,
    targetId: string,
    at: { createdAt: string; updatedAt: string },
  ) => {
    const employee = afterViews.get(employeeId) as EmployeeView;
    const target =
      kind === 'department'
        ? { department: { id: targetId, name: departmentNames.get(targetId) ?? '' } }
        : { office: officeViews.get(targetId) };
    const data = { id, employee, ...target, createdAt: apiTimestamp(at.createdAt), updatedAt: apiTimestamp(at.updatedAt) };
    const type = `employee_${kind}_assignation.${action}`;
    assignationEvents.push({
      action: type,
      resourceType: `employee_${kind}_assignation`,
      resourceId: id,
      ...(action === 'created' ? { after: data } : { before: data }),
      events: [{ type, data }],
    });
  };
  for (const r of removedDepartments) {
    const row = removedAssignationRows.get(`d:${r.change.id}:${r.departmentId}`);
    if (row && r.change.departmentId !== r.departmentId) assignation('department', 'deleted', row.id, r.change.id, r.departmentId, row);
  }
  for (const r of newDepartmentRows) {
    if (r.change.before) assignation('department', 'created', r.id, r.change.id, r.departmentId, { createdAt: now, updatedAt: now });
  }
  for (const r of removedOffices) {
    const row = removedAssignationRows.get(`o:${r.change.id}:${r.officeId}`);
    if (row) assignation('office', 'deleted', row.id, r.change.id, r.officeId, row);
  }
  for (const r of newOfficeRows) {
    if (r.change.before) assignation('office', 'created', r.id, r.change.id, r.officeId, { createdAt: now, updatedAt: now });
  }
  await recordChanges(tx, assignationEvents);
  progress(1);
}
