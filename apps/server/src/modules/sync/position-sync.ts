import type { ServiceContext } from '../../context.js';
import { type BulkColumns, deleteRowsIn, insertRows, updateRows } from '../../db/bulk-write.js';
import { newId } from '../../db/ids.js';
import { tenant } from '../../db/tenant.js';
import { changedFields } from '../../platform/audit/record-change.js';
import { type BulkChange, recordChanges } from '../../platform/audit/record-changes.js';
import { redactSensitive } from '../../platform/audit/sensitive-fields.js';
import type { EmployeesTable } from '../employees/employees.tables.js';
import { type EmployeeView, employeeViewOfRow } from '../employees/index.js';
import type { FieldChange } from './employee-diff.js';
import { assertPositionTree } from './position-tree.js';
import { type PositionView, positionViewOf } from './positions.view.js';
import { loadCustomFields, loadFullRows, type RosterEmployee, type RosterSnapshot } from './roster-snapshot.js';
import type { PositionsTable } from './sync.tables.js';
import type { PositionSyncField } from './sync-fields.js';
import type { RowError, SyncRecord } from './sync-records.js';
import type { EffectiveSyncSettings } from './sync-settings.service.js';

export interface PositionChange {
  action: 'created' | 'updated' | 'deleted';
  row: number | null;
  before: PositionsTable | null;
  after: PositionsTable;
  fieldChanges: FieldChange[];
}

export interface ManagerChange {
  before: RosterEmployee;
  after: RosterEmployee;
  fieldChanges: FieldChange[];
}

export interface PositionPlan {
  changes: PositionChange[];
  managerChanges: ManagerChange[];
  unchanged: number;
  rowErrors: RowError[];
  existing: number;
  removals: number;
}

type Rec = SyncRecord<PositionSyncField>;

/**
 * Checks the tree (one root; every parent exists; following parents reaches the root) and compares it with the stored
 * positions. A broken tree rejects the file. A holder who is not an active employee, or holds another position
 * already, leaves the position vacant (listed as a row error): rows are never dropped, or the tree would break.
 * Each holder's org-chart manager becomes the holder of the nearest filled position above.
 */
export function diffPositions(input: {
  snapshot: RosterSnapshot;
  positions: PositionsTable[];
  records: Rec[];
  parseErrors: RowError[];
  settings: EffectiveSyncSettings;
  now: string;
}): PositionPlan {
  const { snapshot: s, records, now } = input;
  assertPositionTree(records, input.parseErrors);
  const byKey = new Map(records.map((r) => [r.values.positionId as string, r]));

  const rowErrors: RowError[] = [];
  const holders = new Map<string, string>();
  const holderOf = new Map<string, string | null>();
  for (const r of records) {
    const ref = r.values.holderExternalId;
    const key = r.values.positionId as string;
    holderOf.set(key, null);
    if (!ref) continue;
    const employee = s.byExternalId.get(ref);
    if (employee?.status !== 'active') {
      rowErrors.push({
        row: r.row,
        externalId: key,
        field: 'holderExternalId',
        message: `no active employee with employee_id ${ref}; the position is left vacant`,
      });
      continue;
    }
    const other = holders.get(employee.id);
    if (other) {
      rowErrors.push({
        row: r.row,
        externalId: key,
        field: 'holderExternalId',
        message: `employee ${ref} already holds position ${other}; the position is left vacant`,
      });
      continue;
    }
    holders.set(employee.id, key);
    holderOf.set(key, employee.id);
  }

  const existing = new Map(input.positions.map((p) => [p.externalId, p]));
  const idOf = new Map<string, string>();
  for (const r of records) idOf.set(r.values.positionId as string, existing.get(r.values.positionId as string)?.id ?? newId());
  const parentKeyOf = (id: string | null) => (id ? (input.positions.find((p) => p.id === id)?.externalId ?? null) : null);
  const label = (employeeId: string | null) => (employeeId ? (s.byId.get(employeeId)?.externalId ?? employeeId) : null);
  const changes: PositionChange[] = [];
  let unchanged = 0;
  for (const r of records) {
    const key = r.values.positionId as string;
    const current = existing.get(key) ?? null;
    const parentKey = r.values.parentPositionId || null;
    const next: PositionsTable = {
      id: idOf.get(key) as string,
      companyId: s.company.id,
      externalId: key,
      title: r.values.title as string,
      parentId: parentKey ? (idOf.get(parentKey) as string) : null,
      holderEmployeeId: holderOf.get(key) ?? null,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    };
    const fieldChanges: FieldChange[] = [];
    const note = (field: string, before: string | null, after: string | null) => {
      if (before !== after) fieldChanges.push({ field, before, after });
    };
    note('title', current?.title ?? null, next.title);
    note('parentPositionId', current ? parentKeyOf(current.parentId) : null, parentKey);
    note('holderExternalId', label(current?.holderEmployeeId ?? null), label(next.holderEmployeeId));
    if (current && fieldChanges.length === 0) {
      unchanged += 1;
      continue;
    }
    changes.push({ action: current ? 'updated' : 'created', row: r.row, before: current, after: next, fieldChanges });
  }
  for (const p of input.positions) {
    if (!byKey.has(p.externalId)) {
      changes.push({
        action: 'deleted',
        row: null,
        before: p,
        after: p,
        fieldChanges: [{ field: 'positionId', before: p.externalId, after: null }],
      });
    }
  }

  // Org chart: the manager of each holder is the holder of the nearest filled position above theirs.
  const managerChanges: ManagerChange[] = [];
  if (!input.settings.manualFields.includes('manager')) {
    for (const r of records) {
      const key = r.values.positionId as string;
      const holder = holderOf.get(key);
      if (!holder) continue;
      let parent = r.values.parentPositionId || null;
      let manager: string | null = null;
      while (parent && !manager) {
        manager = holderOf.get(parent) ?? null;
        parent = byKey.get(parent)?.values.parentPositionId || null;
      }
      const employee = s.byId.get(holder) as RosterEmployee;
      if (employee.managerId === manager) continue;
      managerChanges.push({
        before: employee,
        after: { ...employee, managerId: manager },
        fieldChanges: [{ field: 'manager', before: label(employee.managerId), after: label(manager) }],
      });
    }
  }
  return {
    changes,
    managerChanges,
    unchanged,
    rowErrors,
    existing: input.positions.length,
    removals: changes.filter((c) => c.action === 'deleted').length,
  };
}

const positionColumns: BulkColumns = [
  ['id', 'text'],
  ['company_id', 'text'],
  ['external_id', 'text'],
  ['title', 'text'],
  ['parent_id', 'text'],
  ['holder_employee_id', 'text'],
  ['created_at', 'timestamp'],
  ['updated_at', 'timestamp'],
];

/** Writes a position plan and the managers it implies inside the caller's transaction, with audit rows and events. */
export async function applyPositionPlan(tx: ServiceContext, plan: PositionPlan, snapshot: RosterSnapshot): Promise<void> {
  const { companyId, dialect } = tx;
  const created = plan.changes.filter((c) => c.action === 'created');
  const updated = plan.changes.filter((c) => c.action === 'updated');
  const deleted = plan.changes.filter((c) => c.action === 'deleted');
  const keep = new Set(plan.changes.filter((c) => c.action !== 'deleted').map((c) => c.after.id));
  // Parents before children: the parent foreign key is checked per statement.
  const depth = new Map<string, number>();
  const byId = new Map(created.map((c) => [c.after.id, c]));
  const depthOf = (c: PositionChange): number => {
    const known = depth.get(c.after.id);
    if (known !== undefined) return known;
    const parent = c.after.parentId ? byId.get(c.after.parentId) : undefined;
    const d = parent ? depthOf(parent) + 1 : 0;
    depth.set(c.after.id, d);
    return d;
  };
  for (const c of created) depthOf(c);
  // Vacate holders first: an employee may move from one position to another.
  await updateRows(
    tx.db,
    dialect,
    'positions',
    ['id', 'text'],
    [['holder_employee_id', 'text']],
    [...updated, ...deleted].map((c) => [c.after.id, null]),
    companyId,
  );
  await insertRows(
    tx.db,
    dialect,
    'positions',
    positionColumns,
    [...created]
      .sort((a, b) => (depth.get(a.after.id) as number) - (depth.get(b.after.id) as number))
      .map((c) => [
        c.after.id,
        companyId,
        c.after.externalId,
        c.after.title,
        c.after.parentId,
        c.after.holderEmployeeId,
        c.after.createdAt,
        c.after.updatedAt,
      ]),
  );
  await updateRows(
    tx.db,
    dialect,
    'positions',
    ['id', 'text'],
    [
      ['title', 'text'],
      ['parent_id', 'text'],
      ['holder_employee_id', 'text'],
      ['updated_at', 'timestamp'],
    ],
    updated.map((c) => [c.after.id, c.after.title, c.after.parentId, c.after.holderEmployeeId, c.after.updatedAt]),
    companyId,
  );
  if (deleted.length) {
    await updateRows(
      tx.db,
      dialect,
      'positions',
      ['id', 'text'],
      [['parent_id', 'text']],
      deleted.map((c) => [c.after.id, null]),
      companyId,
    );
    await deleteRowsIn(
      tx.db,
      dialect,
      'positions',
      'id',
      deleted.map((c) => c.after.id).filter((id) => !keep.has(id)),
      companyId,
    );
  }
  await updateRows(
    tx.db,
    dialect,
    'employees',
    ['id', 'text'],
    [
      ['manager_id', 'text'],
      ['updated_at', 'timestamp'],
    ],
    plan.managerChanges.map((c) => [c.after.id, c.after.managerId, tx.clock.now().toISOString()]),
    companyId,
  );

  const holders = new Map<string, RosterEmployee>();
  for (const c of plan.changes) {
    const id = c.after.holderEmployeeId;
    if (id) holders.set(id, snapshot.byId.get(id) as RosterEmployee);
  }
  const parents = new Map<string, PositionsTable>();
  for (const c of plan.changes) parents.set(c.after.id, c.after);
  const stored = await tenant(tx).selectFrom('positions').selectAll().execute();
  for (const p of stored) if (!parents.has(p.id)) parents.set(p.id, p);
  const view = (p: PositionsTable): PositionView =>
    positionViewOf(
      p,
      p.parentId ? (parents.get(p.parentId) ?? null) : null,
      p.holderEmployeeId ? (holders.get(p.holderEmployeeId) ?? snapshot.byId.get(p.holderEmployeeId) ?? null) : null,
    );
  const changes: BulkChange[] = [];
  for (const c of plan.changes) {
    const after = view(c.after);
    if (c.action === 'created') {
      changes.push({
        action: 'position.created',
        resourceType: 'position',
        resourceId: c.after.id,
        after,
        events: [{ type: 'position.created', data: after }],
      });
    } else if (c.action === 'updated') {
      const before = view(c.before as PositionsTable);
      changes.push({
        action: 'position.updated',
        resourceType: 'position',
        resourceId: c.after.id,
        before,
        after,
        events: [{ type: 'position.updated', data: after, changes: changedFields(before, after) }],
      });
    } else {
      changes.push({
        action: 'position.deleted',
        resourceType: 'position',
        resourceId: c.after.id,
        before: after,
        events: [{ type: 'position.deleted', data: after }],
      });
    }
  }
  const full = await loadFullRows(
    tx,
    plan.managerChanges.map((c) => c.after.id),
  );
  const customFields = await loadCustomFields(
    tx,
    plan.managerChanges.map((c) => c.after.id),
  );
  for (const c of plan.managerChanges) {
    const cf = customFields.get(c.after.id) ?? [];
    const row = full.get(c.after.id) as EmployeesTable;
    const before: EmployeeView = employeeViewOfRow({ ...row, managerId: c.before.managerId }, snapshot.company, cf);
    const after: EmployeeView = employeeViewOfRow(row, snapshot.company, cf);
    changes.push({
      action: 'employee.updated',
      resourceType: 'employee',
      resourceId: c.after.id,
      beforeJson: JSON.stringify(redactSensitive(before)),
      afterJson: JSON.stringify(redactSensitive(after)),
      events: [{ type: 'employee.updated', data: after, changes: ['managerId'] }],
    });
  }
  await recordChanges(tx, changes);
}
