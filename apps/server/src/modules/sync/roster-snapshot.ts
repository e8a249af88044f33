import { sql } from 'kysely';
import type { ServiceContext } from '../../context.js';
import { camelCaseColumns } from '../../db/camel-case-rows.js';
import { eachRawRow } from '../../db/database.js';
import { tenant } from '../../db/tenant.js';
import { type CompanyView, getCompany } from '../../platform/companies/companies.service.js';
import type { CustomFieldsTable } from '../custom-fields/custom-fields.tables.js';
import { blankEmployee, type CustomFieldValueRow, customFieldValuesFor } from '../employees/employees.repo.js';
import type { EmployeesTable } from '../employees/employees.tables.js';
import { employeeTypeSlug } from './sync-fields.js';
import { interner } from './sync-records.js';

export type { CustomFieldValueRow };

export interface NamedRow {
  id: string;
  name: string;
}

/** The columns of an employee the feed compares (reading every column of 100,000 rows costs seconds). */
export const rosterColumns = [
  'id',
  'externalId',
  'code',
  'firstName',
  'lastName',
  'email',
  'emailNormalized',
  'status',
  'gender',
  'phone',
  'dateOfBirth',
  'country',
  'startDate',
  'terminationDate',
  'terminationReason',
  'managerId',
  'jobChargeId',
] as const satisfies readonly (keyof EmployeesTable)[];
export type RosterEmployee = Pick<EmployeesTable, (typeof rosterColumns)[number]>;

/** Everything the feed compares a file with, read once per file. */
export interface RosterSnapshot {
  company: CompanyView;
  employees: RosterEmployee[];
  byId: Map<string, RosterEmployee>;
  byExternalId: Map<string, RosterEmployee>;
  /** Lower-cased trimmed name → the oldest department / office / job charge of that name. */
  departments: Map<string, NamedRow>;
  offices: Map<string, NamedRow>;
  jobCharges: Map<string, NamedRow>;
  departmentName: Map<string, string>;
  officeName: Map<string, string>;
  jobChargeName: Map<string, string>;
  employeeDepartments: LinkMap;
  employeeOffices: LinkMap;
  /** The employee type (custom field cf_employee_type) per employee; other custom fields are read only for the
   * employees that change (loadCustomFields). */
  employeeTypes: Map<string, string | null>;
  employeeTypeField: CustomFieldsTable | null;
}

export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

function byName(rows: { id: string; name: string }[]): { index: Map<string, NamedRow>; names: Map<string, string> } {
  const index = new Map<string, NamedRow>();
  const names = new Map<string, string>();
  for (const row of rows) {
    names.set(row.id, row.name);
    const key = nameKey(row.name);
    if (!index.has(key)) index.set(key, { id: row.id, name: row.name });
  }
  return { index, names };
}

/**
 * Employee → linked ids (departments or offices). Nearly every employee has one link: it is held as the id string
 * itself, not as a one-element array (~40 bytes less per employee and table, 8 MB for 100,000 employees).
 */
export class LinkMap {
  readonly #links = new Map<string, string | string[]>();

  add(employeeId: string, targetId: string): void {
    const current = this.#links.get(employeeId);
    if (current === undefined) this.#links.set(employeeId, targetId);
    else if (typeof current === 'string') this.#links.set(employeeId, [current, targetId]);
    else current.push(targetId);
  }

  /** The employee's linked ids (empty when none). */
  get(employeeId: string): readonly string[] {
    const current = this.#links.get(employeeId);
    return current === undefined ? [] : typeof current === 'string' ? [current] : current;
  }

  /** Whether the employee has exactly one link, to `targetId`; or, for `null`, none at all. Allocates nothing. */
  isExactly(employeeId: string, targetId: string | null): boolean {
    const current = this.#links.get(employeeId);
    if (targetId === null) return current === undefined;
    return current === targetId;
  }
}

/** Employee → department (or office) ids, read as arrays (one row per assignment); keys are the roster's id strings. */
async function readLinks(
  ctx: ServiceContext,
  table: 'employee_departments' | 'employee_offices',
  column: string,
  employeeId: (id: string) => string,
): Promise<LinkMap> {
  const target = interner();
  const links = new LinkMap();
  await eachRawRow<[string, string, string]>(
    ctx.db,
    (after, limit) =>
      sql`select id, employee_id as e, ${sql.ref(column)} as t from ${sql.table(table)} where company_id = ${ctx.companyId}${
        after === null ? sql`` : sql` and id > ${after}`
      } order by id limit ${limit}`,
    (r) => links.add(employeeId(r[1]), target(r[2]) as string),
  );
  return links;
}

const rosterSelect = camelCaseColumns('employees', rosterColumns);

/**
 * The compared columns of every employee, read as arrays a page at a time (`eachRawRow`: on SQLite no 17-key object per row from the
 * driver) and turned into objects of one shape by a literal, in the order of `rosterColumns`.
 */
async function readRoster(ctx: ServiceContext): Promise<RosterEmployee[]> {
  const out: RosterEmployee[] = [];
  const status = interner();
  const gender = interner();
  const country = interner();
  const date = interner();
  const reason = interner();
  const manager = interner();
  const jobCharge = interner();
  // First and last names repeat across a large company (as they do in the parsed file: sync-records.ts).
  const name = interner();
  const read = (r: (string | number | null)[]) => {
    const email = r[5] as string | null;
    const emailNormalized = r[6] as string | null;
    out.push({
      id: r[0] as string,
      externalId: r[1] as string | null,
      code: typeof r[2] === 'string' ? Number(r[2]) : (r[2] as number | null),
      firstName: name(r[3] as string) as string,
      lastName: name(r[4] as string) as string,
      email,
      emailNormalized: emailNormalized === email ? email : emailNormalized,
      status: status(r[7] as string) as RosterEmployee['status'],
      gender: gender(r[8] as string | null) as RosterEmployee['gender'],
      phone: r[9] as string | null,
      dateOfBirth: date(r[10] as string | null),
      country: country(r[11] as string | null),
      startDate: date(r[12] as string | null),
      terminationDate: date(r[13] as string | null),
      terminationReason: reason(r[14] as string | null),
      managerId: manager(r[15] as string | null),
      jobChargeId: jobCharge(r[16] as string | null),
    });
  };
  await eachRawRow<(string | number | null)[]>(
    ctx.db,
    (after, limit) =>
      sql`select ${rosterSelect} from employees where company_id = ${ctx.companyId} and deleted_at is null${
        after === null ? sql`` : sql` and id > ${after}`
      } order by id limit ${limit}`,
    read,
  );
  return out;
}

/** Employee → employee type (the value of the custom field cf_employee_type), read as arrays. */
async function readEmployeeTypes(ctx: ServiceContext, employeeId: (id: string) => string): Promise<Map<string, string | null>> {
  const type = interner();
  const map = new Map<string, string | null>();
  await eachRawRow<[string, string | null]>(
    ctx.db,
    (after, limit) =>
      sql`select v.employee_id as e, v.value as v from custom_field_values v
    join custom_fields f on f.id = v.custom_field_id
    where v.company_id = ${ctx.companyId} and f.company_id = ${ctx.companyId} and f.slug = ${employeeTypeSlug}${
      after === null ? sql`` : sql` and v.employee_id > ${after}`
    } order by v.employee_id limit ${limit}`,
    (r) => map.set(employeeId(r[0]), type(r[1])),
  );
  return map;
}

export async function loadRosterSnapshot(ctx: ServiceContext): Promise<RosterSnapshot> {
  const t = tenant(ctx);
  const employees = await readRoster(ctx);
  const byId = new Map<string, RosterEmployee>();
  const byExternalId = new Map<string, RosterEmployee>();
  for (const e of employees) {
    byId.set(e.id, e);
    if (e.externalId) byExternalId.set(e.externalId, e);
  }
  // The links' employee ids are the roster's own strings (not a second copy of 100,000 ids per table).
  const employeeId = (id: string) => byId.get(id)?.id ?? id;
  const [company, departments, offices, jobCharges, empDeps, empOffices, employeeTypes, typeField] = await Promise.all([
    getCompany(ctx),
    t.selectFrom('departments').select(['id', 'name']).orderBy('createdAt').orderBy('id').execute(),
    t.selectFrom('offices').select(['id', 'name']).orderBy('createdAt').orderBy('id').execute(),
    t.selectFrom('jobCharges').select(['id', 'name']).orderBy('createdAt').orderBy('id').execute(),
    readLinks(ctx, 'employee_departments', 'department_id', employeeId),
    readLinks(ctx, 'employee_offices', 'office_id', employeeId),
    readEmployeeTypes(ctx, employeeId),
    t.selectFrom('customFields').selectAll().where('slug', '=', employeeTypeSlug).executeTakeFirst(),
  ]);
  const d = byName(departments);
  const o = byName(offices);
  const j = byName(jobCharges);
  return {
    company,
    employees,
    byId,
    byExternalId,
    departments: d.index,
    offices: o.index,
    jobCharges: j.index,
    departmentName: d.names,
    officeName: o.names,
    jobChargeName: j.names,
    employeeDepartments: empDeps,
    employeeOffices: empOffices,
    employeeTypes,
    employeeTypeField: typeField ?? null,
  };
}

/**
 * Full rows of some employees (for the views of the audit rows and events of those that change). The driver's row of
 * 49 columns is an object in dictionary mode (~3.5 KB); each is copied into an object literal of the row's shape
 * (~0.4 KB), which matters when a re-sync holds the rows of thousands of changed employees for its whole transaction.
 */
export async function loadFullRows(ctx: ServiceContext, ids: string[]): Promise<Map<string, EmployeesTable>> {
  const out = new Map<string, EmployeesTable>();
  // PostgreSQL: the file writes these rows back whole, so it takes them (FOR NO KEY UPDATE, as the API's employee
  // writes do: db/locks.ts) before reading them. A PUT committed before is read and kept (its phone, its start date);
  // one that comes after waits for the file's commit and then sees it. Without the lock, a PUT committed between this
  // read and the file's write was overwritten with no event saying so. In id order, as every multi-row lock here.
  const sorted = ctx.dialect === 'postgres' ? [...ids].sort() : ids;
  for (let i = 0; i < sorted.length; i += 500) {
    const query = tenant(ctx)
      .selectFrom('employees')
      .selectAll()
      .where('id', 'in', sorted.slice(i, i + 500));
    const rows = await (ctx.dialect === 'postgres' ? query.orderBy('id').forNoKeyUpdate() : query).execute();
    for (const r of rows) out.set(r.id, compactRow(r));
  }
  return out;
}

function compactRow(row: EmployeesTable): EmployeesTable {
  const out = blankEmployee(row.id, row.companyId, row.createdAt) as unknown as Record<string, unknown>;
  for (const key in out) out[key] = row[key as keyof EmployeesTable];
  return out as unknown as EmployeesTable;
}

/** Custom-field values of some employees, ordered by field name (as the employee view lists them). */
export async function loadCustomFields(ctx: ServiceContext, ids: string[]): Promise<Map<string, CustomFieldValueRow[]>> {
  const out = new Map<string, CustomFieldValueRow[]>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const v of await customFieldValuesFor(ctx, ids.slice(i, i + 500))) {
      const list = out.get(v.employeeId);
      if (list) list.push(v);
      else out.set(v.employeeId, [v]);
    }
  }
  return out;
}
