import { newId } from '../../db/ids.js';
import { blankEmployee, withNameKeys } from '../employees/employees.repo.js';
import type { EmployeesTable } from '../employees/employees.tables.js';
import { type LinkMap, type NamedRow, nameKey, type RosterEmployee, type RosterSnapshot } from './roster-snapshot.js';
import type { EmployeeSyncField } from './sync-fields.js';
import { leaves, type RowError, type SyncRecord } from './sync-records.js';
import type { EffectiveSyncSettings } from './sync-settings.service.js';

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export type EmployeeAction = 'created' | 'updated' | 'reactivated' | 'terminated' | 'deleted';

export interface EmployeeChange {
  action: EmployeeAction;
  row: number | null;
  /** The employee's id. */
  id: string;
  /** The compared columns before (null for new employees). */
  before: RosterEmployee | null;
  /** The compared columns after (a whole new row for new employees, made on each read: see CreatedChange). */
  after: RosterEmployee;
  /** The columns that change (a whole row for new employees, made on each read). */
  patch: Partial<EmployeesTable>;
  /** Whole rows, filled in when the change is applied (views for the audit rows and events). */
  full?: { before: EmployeesTable | null; after: EmployeesTable };
  fieldChanges: FieldChange[];
  /** New department / office assignment (null: none); undefined when unchanged. */
  departmentId?: string | null;
  officeId?: string | null;
  /** New employee type value (null: cleared); undefined when unchanged. */
  employeeType?: string | null;
}

export interface EmployeePlan {
  changes: EmployeeChange[];
  unchanged: number;
  rowErrors: RowError[];
  /** Active employees before the file, and how many the file removes (terminated or deleted). */
  activeBefore: number;
  removals: number;
  newDepartments: NamedRow[];
  newOffices: NamedRow[];
  newJobCharges: NamedRow[];
  /** The employee-type custom field must be created (the file carries types and the company has no such field). */
  createEmployeeTypeField: boolean;
}

type Rec = SyncRecord<EmployeeSyncField>;

interface Candidate {
  record: Rec;
  employee: RosterEmployee | null;
  id: string;
}

/**
 * A new employee, held as its record and the ids it was given: its row and its field changes are made again from the
 * record each time they are read (when the row is inserted, its audit row and event written, its diff row written), not
 * held for the whole file — a first load plans 100,000 of them.
 */
export class CreatedChange implements EmployeeChange {
  readonly row: number | null;
  readonly id: string;
  /** The new employee's org-chart manager (the writes put managers first). */
  readonly managerId: string | null;
  departmentId?: string | null;
  officeId?: string | null;
  employeeType?: string | null;
  private described: FieldChange[] | null = null;

  constructor(
    private readonly candidate: Candidate,
    managerId: string | null,
    links: { departmentId?: string | null; officeId?: string | null; employeeType?: string | null },
    private readonly make: { row(c: Candidate): EmployeesTable; fieldChanges(c: Candidate): FieldChange[] },
  ) {
    this.row = candidate.record.row;
    this.id = candidate.id;
    this.managerId = managerId;
    if (links.departmentId !== undefined) this.departmentId = links.departmentId;
    if (links.officeId !== undefined) this.officeId = links.officeId;
    if (links.employeeType !== undefined) this.employeeType = links.employeeType;
  }

  get action(): 'created' {
    return 'created';
  }

  get before(): null {
    return null;
  }

  /** The whole new row, sort keys included (a new object on each read). */
  get after(): EmployeesTable {
    return this.make.row(this.candidate);
  }

  get patch(): EmployeesTable {
    return this.make.row(this.candidate);
  }

  get fieldChanges(): FieldChange[] {
    return this.described ?? this.make.fieldChanges(this.candidate);
  }

  set fieldChanges(list: FieldChange[]) {
    this.described = list;
  }
}

/** Columns an employee file writes directly (sync field → employee column). */
const directColumns: [EmployeeSyncField, keyof EmployeesTable][] = [
  ['firstName', 'firstName'],
  ['lastName', 'lastName'],
  ['country', 'country'],
  ['phone', 'phone'],
  ['startDate', 'startDate'],
  ['dateOfBirth', 'dateOfBirth'],
  ['gender', 'gender'],
];

const orNull = (v: string | undefined | null): string | null => (v === undefined || v === null || v === '' ? null : v);

export interface DiffInput {
  snapshot: RosterSnapshot;
  records: Rec[];
  /** Row errors from parsing: their employees are left untouched. */
  parseErrors: RowError[];
  fields: EmployeeSyncField[];
  settings: EffectiveSyncSettings;
  today: string;
  now: string;
  fileId: string;
}

/**
 * Compares the file with the roster: who is created, updated, reactivated, terminated or deleted, and which rows are
 * rejected (listed, and their employees left as they are). Pure: nothing is written.
 */
export function diffEmployees(input: DiffInput): EmployeePlan {
  const { snapshot: s, records, settings, today, now } = input;
  const present = new Set(input.fields);
  const manual = new Set<string>(settings.manualFields);
  const rowErrors: RowError[] = [];
  /** Employees whose rows were rejected: kept exactly as they are. */
  const untouched = new Set<string>();
  const matched = new Set<string>();
  for (const e of input.parseErrors) {
    const emp = e.externalId ? s.byExternalId.get(e.externalId) : undefined;
    if (emp) {
      untouched.add(emp.id);
      matched.add(emp.id);
    }
  }

  const byEmailWithoutExternalId = new Map<string, RosterEmployee>();
  if (settings.matchBy === 'email') {
    // Several employees without an external id may share an email (one active at most): the active one is matched,
    // else the most recently created (the roster is in id order, and ids grow with time).
    for (const e of s.employees) {
      if (!e.externalId && e.emailNormalized && byEmailWithoutExternalId.get(e.emailNormalized)?.status !== 'active') {
        byEmailWithoutExternalId.set(e.emailNormalized, e);
      }
    }
  }

  // A name the file gives is matched trimmed and case-insensitively; when several departments (or offices) share it
  // (the API allows equal names under other parents, and case variants), which one the row means cannot be told: the
  // row is rejected rather than filed under one of them.
  const sharedNames = (names: Map<string, string>) => {
    const seen = new Set<string>();
    const shared = new Map<string, number>();
    for (const name of names.values()) {
      const key = nameKey(name);
      if (seen.has(key)) shared.set(key, (shared.get(key) ?? 1) + 1);
      else seen.add(key);
    }
    return shared;
  };
  const sharedDepartments = sharedNames(s.departmentName);
  const sharedOffices = sharedNames(s.officeName);
  /** The problem of a row naming a department or office that several have, for each of the two it writes. */
  const ambiguousNames = (v: Rec['values'], employee: RosterEmployee | null): { field: string; message: string }[] => {
    const out: { field: string; message: string }[] = [];
    for (const [field, shared, what] of [
      ['department', sharedDepartments, 'departments'],
      ['office', sharedOffices, 'offices'],
    ] as const) {
      if (shared.size === 0 || !present.has(field) || (employee && manual.has(field))) continue;
      const name = orNull(v[field]);
      const count = name ? shared.get(nameKey(name)) : undefined;
      if (count) {
        out.push({
          field,
          message: `"${name}" is the name of ${count} ${what} (names are matched case-insensitively): the file's ${field} must name exactly one; rename the others`,
        });
      }
    }
    return out;
  };

  const leavers: { employee: RosterEmployee; row: number | null; date: string | null }[] = [];
  // As through the API: an employee whose start date is still ahead (a pre-hire) leaves without a termination date.
  const leftOn = (employee: RosterEmployee, day: string) => (employee.startDate && employee.startDate > day ? null : day);
  let unchanged = 0;
  let candidates: Candidate[] = [];
  for (const record of records) {
    const v = record.values;
    const externalId = v.externalId as string;
    let employee = s.byExternalId.get(externalId) ?? null;
    if (!employee && settings.matchBy === 'email' && v.email) {
      const byEmail = byEmailWithoutExternalId.get(v.email.toLowerCase());
      if (byEmail && !matched.has(byEmail.id)) employee = byEmail;
    }
    if (employee) matched.add(employee.id);
    const inactive = leaves(v, today);
    if (!inactive && record.unlessLeaving) {
      // Its end date is still ahead: the row stays in the roster, and the problems the parser held back reject it.
      for (const p of record.unlessLeaving) rowErrors.push({ row: record.row, externalId, field: p.field, message: p.message });
      if (employee) untouched.add(employee.id);
      continue;
    }
    if (inactive) {
      if (employee && employee.status === 'active' && !untouched.has(employee.id)) {
        // A termination is never dated before the start (as through the API): the row is rejected, not re-dated.
        const start = (present.has('startDate') && !manual.has('startDate') && v.startDate) || employee.startDate;
        if (v.endDate && start && v.endDate < start) {
          rowErrors.push({
            row: record.row,
            externalId,
            field: 'endDate',
            message: `end_date ${v.endDate} is before the employee's start date ${start}`,
          });
          untouched.add(employee.id);
          continue;
        }
        // An empty end_date (a blank cell, JSON "" or null) is no date: terminated today.
        leavers.push({ employee, row: record.row, date: leftOn(employee, v.endDate || today) });
      } else unchanged += 1;
      continue;
    }
    const ambiguous = sharedDepartments.size || sharedOffices.size ? ambiguousNames(v, employee) : null;
    if (ambiguous?.length) {
      for (const p of ambiguous) rowErrors.push({ row: record.row, externalId, field: p.field, message: p.message });
      if (employee) untouched.add(employee.id);
      continue;
    }
    candidates.push({ record, employee, id: employee?.id ?? newId() });
  }

  const reject = (c: Candidate, field: string, message: string) => {
    rowErrors.push({ row: c.record.row, externalId: c.record.values.externalId ?? null, field, message });
    if (c.employee) untouched.add(c.employee.id);
  };
  const writes = (c: Candidate, field: EmployeeSyncField) => present.has(field) && !(c.employee && manual.has(field));

  /** External id → id of the last round's candidates and active untouched employees, when that round rejected none. */
  let settledIds: Map<string, string> | null = null;
  // Emails must stay unique among active employees and manager references must resolve (without loops). A rejected
  // row keeps its employee as it is, which may in turn collide with another row: repeat until nothing changes.
  for (let round = 0; round < 10; round++) {
    const before = candidates.length;
    /** Email → who has it: a row number, or an employee kept as it is. */
    const takenEmails = new Map<string, number | RosterEmployee>();
    for (const id of untouched) {
      const e = s.byId.get(id);
      if (e?.status === 'active' && e.emailNormalized) takenEmails.set(e.emailNormalized, e);
    }
    const idByExternalId = new Map<string, string>();
    for (const id of untouched) {
      const e = s.byId.get(id);
      if (e?.status === 'active' && e.externalId) idByExternalId.set(e.externalId, e.id);
    }
    for (const c of candidates) idByExternalId.set(c.record.values.externalId as string, c.id);
    const kept: Candidate[] = [];
    /** Manager after the file, of the kept candidates whose manager changes (new employees included); managerOf
     * falls back to the roster's for the others. */
    const finalManager = new Map<string, string | null>();
    for (const c of candidates) {
      const v = c.record.values;
      const email = writes(c, 'email') ? (orNull(v.email)?.toLowerCase() ?? null) : (c.employee?.emailNormalized ?? null);
      if (email) {
        const owner = takenEmails.get(email);
        if (owner !== undefined) {
          const who = typeof owner === 'number' ? `row ${owner}` : `employee ${owner.externalId ?? owner.id}`;
          reject(c, 'email', `the email ${email} is already used by ${who}`);
          continue;
        }
      }
      let managerId = c.employee?.managerId ?? null;
      if (writes(c, 'manager')) {
        const ref = orNull(v.manager);
        if (ref) {
          const id = idByExternalId.get(ref);
          if (!id) {
            reject(c, 'manager', `no active employee with employee_id ${ref} in the file`);
            continue;
          }
          managerId = id;
        } else managerId = null;
      }
      if (email) takenEmails.set(email, c.record.row);
      if (!c.employee || managerId !== c.employee.managerId) finalManager.set(c.id, managerId);
      kept.push(c);
    }
    // Loops in the final org chart: reject the rows that close them. A new loop has a changed link, so the walks
    // start only from employees whose manager changes.
    const state = new Map<string, number>();
    const managerOf = (id: string) => (finalManager.has(id) ? (finalManager.get(id) ?? null) : (s.byId.get(id)?.managerId ?? null));
    const inLoop = new Set<string>();
    for (const c of kept) {
      if (!finalManager.has(c.id) || finalManager.get(c.id) === (c.employee?.managerId ?? null)) continue;
      const path: string[] = [];
      let cursor: string | null = c.id;
      while (cursor && !state.has(cursor)) {
        state.set(cursor, 1);
        path.push(cursor);
        cursor = managerOf(cursor);
      }
      if (cursor && state.get(cursor) === 1) {
        const start = path.indexOf(cursor);
        for (const id of path.slice(start)) inLoop.add(id);
      }
      for (const id of path) state.set(id, 2);
    }
    candidates = [];
    for (const c of kept) {
      if (inLoop.has(c.id) && writes(c, 'manager') && c.record.values.manager) {
        reject(c, 'manager', 'the manager chain of this employee loops back to them');
      } else candidates.push(c);
    }
    if (candidates.length === before) {
      settledIds = idByExternalId;
      break;
    }
  }

  for (const e of s.employees) {
    if (e.status === 'active' && !matched.has(e.id)) leavers.push({ employee: e, row: null, date: leftOn(e, today) });
  }

  const newDepartments: NamedRow[] = [];
  const newOffices: NamedRow[] = [];
  const newJobCharges: NamedRow[] = [];
  const lookup = (index: Map<string, NamedRow>, created: NamedRow[], name: string): string => {
    const key = nameKey(name);
    let found = index.get(key);
    if (!found) {
      found = { id: newId(), name: name.trim() };
      index.set(key, found);
      created.push(found);
    }
    return found.id;
  };
  const departments = new Map(s.departments);
  const offices = new Map(s.offices);
  const jobCharges = new Map(s.jobCharges);
  const names = (ids: readonly string[] | undefined, map: Map<string, string>, extra: NamedRow[]) =>
    ids?.length ? ids.map((id) => map.get(id) ?? extra.find((r) => r.id === id)?.name ?? id).join(', ') : null;
  /** Id → external id of the candidates, built on the first use (only rows whose manager changes need it). */
  let externalIdOf: Map<string, string> | null = null;
  const managerLabel = (id: string | null) => {
    if (!id) return null;
    if (!externalIdOf) {
      externalIdOf = new Map<string, string>();
      for (const c of candidates) externalIdOf.set(c.id, c.record.values.externalId as string);
    }
    return externalIdOf.get(id) ?? s.byId.get(id)?.externalId ?? id;
  };
  const typeOf = (employeeId: string) => s.employeeTypes.get(employeeId) ?? null;

  const changes: EmployeeChange[] = [];
  let typesCarried = false;
  /**
   * When the file deletes employees, their reports lose their org-chart manager: an employee whose row changes nothing
   * may still be updated for that, and then counts as updated, not unchanged. Their rows, by id (only then).
   */
  const unchangedRows = settings.leaverAction === 'delete' && leavers.length > 0 ? new Map<string, number>() : null;
  // The settled round's map already holds the candidates (and the active untouched employees, whose external ids the
  // candidates' take precedence over, as here); the untouched employees that are not active are added below.
  const idByExternalId = settledIds ?? new Map<string, string>();
  if (!settledIds) for (const c of candidates) idByExternalId.set(c.record.values.externalId as string, c.id);
  for (const id of untouched) {
    const e = s.byId.get(id);
    if (e?.externalId && !idByExternalId.has(e.externalId)) idByExternalId.set(e.externalId, e.id);
  }

  /** The fields the file writes on existing employees, split by how they compare. */
  const existingWrites = (field: EmployeeSyncField) => present.has(field) && !manual.has(field);
  const sameNames = (name: string | null, links: LinkMap, employeeId: string, index: Map<string, NamedRow>) =>
    links.isExactly(employeeId, name ? (index.get(nameKey(name))?.id ?? '') : null);
  const fast = {
    required: (['firstName', 'lastName'] as const).filter(existingWrites),
    optional: directColumns.filter(([field]) => field !== 'firstName' && field !== 'lastName' && existingWrites(field)),
    email: existingWrites('email'),
    jobTitle: existingWrites('jobTitle'),
    manager: existingWrites('manager'),
    department: existingWrites('department'),
    office: existingWrites('office'),
    employeeType: existingWrites('employeeType'),
  };
  /**
   * The common case of a daily file, without building a patch: an active employee whose row changes nothing. The same
   * comparisons as below (true only when none of them would note a change); anything else takes the full path.
   */
  const unchangedRow = (v: Rec['values'], e: RosterEmployee): boolean => {
    if (e.status !== 'active' || e.externalId !== v.externalId) return false;
    const row = e as unknown as Record<string, string | null>;
    for (const field of fast.required) if ((row[field] ?? null) !== v[field]) return false;
    for (const [field, column] of fast.optional) if ((row[column] ?? null) !== orNull(v[field])) return false;
    if (fast.email && e.email !== orNull(v.email)) return false;
    if (fast.jobTitle) {
      const title = orNull(v.jobTitle);
      if (title ? e.jobChargeId === null || jobCharges.get(nameKey(title))?.id !== e.jobChargeId : e.jobChargeId !== null) return false;
    }
    if (fast.manager) {
      const ref = orNull(v.manager);
      if ((ref ? (idByExternalId.get(ref) ?? null) : null) !== e.managerId) return false;
    }
    if (fast.department && !sameNames(orNull(v.department), s.employeeDepartments, e.id, departments)) return false;
    if (fast.office && !sameNames(orNull(v.office), s.employeeOffices, e.id, offices)) return false;
    if (fast.employeeType && orNull(v.employeeType) !== typeOf(e.id)) return false;
    return true;
  };

  /**
   * What a row changes: the patch of the employee row, the assignments and type, with each change in the file's terms
   * told to `note` (before, after; it keeps those that differ).
   */
  const compare = (c: Candidate, note: (field: string, before: string | null, after: string | null) => void) => {
    const v = c.record.values;
    const current = c.employee;
    const patch: Partial<EmployeesTable> = {};
    /** Sets a column when it differs (and records the field change in the file's terms). */
    const set = <K extends keyof EmployeesTable>(column: K, value: EmployeesTable[K]) => {
      if (!current || (current as unknown as Record<string, unknown>)[column] !== value) patch[column] = value;
    };
    if (!current || current.externalId !== v.externalId) {
      note('externalId', current?.externalId ?? null, v.externalId as string);
      set('externalId', v.externalId as string);
    }
    for (const [field, column] of directColumns) {
      if (!writes(c, field)) continue;
      const value = field === 'firstName' || field === 'lastName' ? (v[field] as string) : orNull(v[field]);
      note(field, ((current as unknown as Record<string, string | null> | null)?.[column] as string | null) ?? null, value);
      set(column, value as never);
    }
    if (writes(c, 'email')) {
      const email = orNull(v.email);
      note('email', current?.email ?? null, email);
      set('email', email);
      set('emailNormalized', email ? email.toLowerCase() : null);
    }
    if (writes(c, 'jobTitle')) {
      const title = orNull(v.jobTitle);
      const id = title ? lookup(jobCharges, newJobCharges, title) : null;
      const before = current?.jobChargeId ? (s.jobChargeName.get(current.jobChargeId) ?? null) : null;
      if ((current?.jobChargeId ?? null) !== id) note('jobTitle', before, title && (jobCharges.get(nameKey(title))?.name ?? title));
      set('jobChargeId', id);
    }
    if (writes(c, 'manager')) {
      const ref = orNull(v.manager);
      const id = ref ? (idByExternalId.get(ref) ?? null) : null;
      if ((current?.managerId ?? null) !== id) note('manager', managerLabel(current?.managerId ?? null), ref);
      set('managerId', id);
    }
    const links: { departmentId?: string | null; officeId?: string | null; employeeType?: string | null } = {};
    if (writes(c, 'department')) {
      const name = orNull(v.department);
      const id = name ? lookup(departments, newDepartments, name) : null;
      const currentIds = current ? s.employeeDepartments.get(current.id) : [];
      const same = id ? currentIds.length === 1 && currentIds[0] === id : currentIds.length === 0;
      if (!same) {
        links.departmentId = id;
        note('department', names(currentIds, s.departmentName, newDepartments), name && (departments.get(nameKey(name))?.name ?? name));
      }
    }
    if (writes(c, 'office')) {
      const name = orNull(v.office);
      const id = name ? lookup(offices, newOffices, name) : null;
      const currentIds = current ? s.employeeOffices.get(current.id) : [];
      const same = id ? currentIds.length === 1 && currentIds[0] === id : currentIds.length === 0;
      if (!same) {
        links.officeId = id;
        note('office', names(currentIds, s.officeName, newOffices), name && (offices.get(nameKey(name))?.name ?? name));
      }
    }
    if (writes(c, 'employeeType')) {
      const type = orNull(v.employeeType);
      const before = current ? typeOf(current.id) : null;
      if (type !== before) {
        links.employeeType = type;
        note('employeeType', before, type);
      }
      if (type) typesCarried = true;
    }
    let action: EmployeeAction = current ? 'updated' : 'created';
    if (current && current.status === 'inactive') {
      action = 'reactivated';
      Object.assign(patch, { status: 'active', terminationDate: null, terminationReason: null });
      note('status', 'inactive', 'active');
    }
    return { patch, links, action };
  };
  const make = {
    /** A new employee's row, from its record. */
    row(c: Candidate): EmployeesTable {
      const { patch } = compare(c, ignore);
      return withNameKeys({ ...blankEmployee(c.id, s.company.id, now), ...patch, updatedAt: now } as EmployeesTable);
    },
    /** A row's field changes, from its record. */
    fieldChanges(c: Candidate): FieldChange[] {
      const out: FieldChange[] = [];
      compare(c, (field, before, after) => {
        if (before !== after) out.push({ field, before, after });
      });
      return out;
    },
  };
  const ignore = () => {};

  for (const c of candidates) {
    const current = c.employee;
    if (current && unchangedRow(c.record.values, current)) {
      if (fast.employeeType && c.record.values.employeeType) typesCarried = true;
      unchanged += 1;
      unchangedRows?.set(current.id, c.record.row);
      continue;
    }
    if (!current) {
      const { patch, links } = compare(c, ignore);
      changes.push(new CreatedChange(c, patch.managerId ?? null, links, make));
      continue;
    }
    const fieldChanges: FieldChange[] = [];
    const { patch, links, action } = compare(c, (field, before, after) => {
      if (before !== after) fieldChanges.push({ field, before, after });
    });
    if (fieldChanges.length === 0) {
      unchanged += 1;
      unchangedRows?.set(current.id, c.record.row);
      continue;
    }
    patch.updatedAt = now;
    changes.push({
      action,
      row: c.record.row,
      id: current.id,
      before: current,
      after: { ...current, ...patch },
      patch,
      fieldChanges,
      ...links,
    });
  }

  // The records of the file are let go with the rest of the parsed file (new employees keep theirs): `make` shares
  // this scope, and would otherwise hold every record until the file is applied.
  candidates = [];
  externalIdOf = null;

  const deleted = new Set<string>();
  for (const { employee, row, date } of leavers) {
    if (settings.leaverAction === 'delete') {
      deleted.add(employee.id);
      const patch: Partial<EmployeesTable> = { status: 'inactive', updatedAt: now };
      changes.push({
        action: 'deleted',
        row,
        id: employee.id,
        before: employee,
        after: { ...employee, ...patch },
        patch,
        fieldChanges: [{ field: 'status', before: 'active', after: 'deleted' }],
      });
    } else {
      const patch: Partial<EmployeesTable> = {
        status: 'inactive',
        terminationDate: date,
        terminationReason: `Left the HR data sync roster (file ${input.fileId})`,
        updatedAt: now,
      };
      changes.push({
        action: 'terminated',
        row,
        id: employee.id,
        before: employee,
        after: { ...employee, ...patch },
        patch,
        // The day it takes: the row's end_date, or today for an absent employee or an empty end_date.
        fieldChanges: [
          { field: 'status', before: 'active', after: 'inactive' },
          { field: 'endDate', before: employee.terminationDate, after: date },
        ],
      });
    }
  }
  // Reports of an erased employee lose their org-chart manager (as a manual DELETE does).
  if (deleted.size) {
    // Only employees of the roster can report to one (new employees are not in s.employees).
    const changed = new Map(changes.filter((c) => c.before).map((c) => [c.id, c]));
    for (const e of s.employees) {
      const change = changed.get(e.id);
      const managerId = change ? change.after.managerId : e.managerId;
      if (!managerId || !deleted.has(managerId) || deleted.has(e.id)) continue;
      if (change) {
        change.after.managerId = null;
        change.patch.managerId = null;
        change.fieldChanges = [
          ...change.fieldChanges,
          { field: 'manager', before: s.byId.get(managerId)?.externalId ?? managerId, after: null },
        ];
      } else {
        // A row of the file that changed nothing else is now an update (counted once, with its row).
        const row = unchangedRows?.get(e.id);
        if (row !== undefined) unchanged -= 1;
        changes.push({
          action: 'updated',
          row: row ?? null,
          id: e.id,
          before: e,
          after: { ...e, managerId: null },
          patch: { managerId: null, updatedAt: now },
          fieldChanges: [{ field: 'manager', before: s.byId.get(managerId)?.externalId ?? managerId, after: null }],
        });
      }
    }
  }

  return {
    changes,
    unchanged,
    rowErrors,
    activeBefore: s.employees.filter((e) => e.status === 'active').length,
    removals: leavers.length,
    newDepartments,
    newOffices,
    newJobCharges,
    createEmployeeTypeField: typesCarried && !s.employeeTypeField,
  };
}
