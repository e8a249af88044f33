import { sql } from 'kysely';
import type { Static } from 'typebox';
import { apiTimestamp, nowIso, type ServiceContext, today } from '../../context.js';
import { executeWithoutRowMapping } from '../../db/camel-case-rows.js';
import { isUniqueViolation } from '../../db/constraint-errors.js';
import { newId } from '../../db/ids.js';
import { lockCompanyTree, lockRows } from '../../db/locks.js';
import { preparedQuery } from '../../db/prepared-query.js';
import { sortKey } from '../../db/sort-key.js';
import { tenant } from '../../db/tenant.js';
import { conflict, DomainError, type FieldError, invalid, notFound, parameterError, unprocessable } from '../../http/errors.js';
import {
  countQueryOf,
  csv,
  type Ordering,
  pageOf,
  pageQueryOf,
  paginate,
  parseOrderBy,
  uuidList,
  whereInstantRange,
} from '../../http/pagination.js';
import { eraseFromHistory } from '../../platform/audit/erase-history.js';
import { changedFields, inTransaction, recordChange } from '../../platform/audit/record-change.js';
import { omitUnreadable, sensitiveFieldScopes, unwritableFields } from '../../platform/audit/sensitive-fields.js';
import { type CompanyView, getCompany } from '../../platform/companies/companies.service.js';
import { customFieldValueErrors, validateCustomFieldValues } from '../custom-fields/custom-field-values.js';
import { assignEmployeeToDepartment, removeEmployeesDepartmentAssignations } from '../org/department-assignations.service.js';
import { assignEmployeeToOffice, removeEmployeesOfficeAssignations } from '../org/office-assignations.service.js';
import { vacatePositionsHeldBy } from '../sync/positions.service.js';
import { assertSyncAllowsEmployeeChange } from '../sync/sync-lock.js';
import {
  blankEmployee,
  customFieldValuesFor,
  employeeRowsQuery,
  employeeRowsQueryOf,
  employeesQuery,
  erasedEmployeeColumns,
  findEmployeeRow,
  findEmployeeRows,
  managerOf,
} from './employees.repo.js';
import {
  type EmployeeCreateBody,
  type EmployeeListQuery,
  type EmployeeSchema,
  type EmployeeUpdateBody,
  employeeSortable,
  type TerminateBody,
} from './employees.schemas.js';
import type { EmployeesTable } from './employees.tables.js';

export type EmployeeView = Static<typeof EmployeeSchema>;
export type EmployeeCreateInput = Static<typeof EmployeeCreateBody>;
export type EmployeeUpdateInput = Static<typeof EmployeeUpdateBody>;
type CustomFieldRow = Awaited<ReturnType<typeof customFieldValuesFor>>[number];

/** Body fields stored 1:1 in a column (API name → column name). */
const columnOf = {
  description: 'description',
  gender: 'gender',
  email: 'email',
  contractId: 'contractId',
  code: 'code',
  pin: 'pin',
  nid: 'nid',
  identityNumberType: 'identityNumberType',
  ssn: 'ssn',
  phone: 'phone',
  dateOfBirth: 'dateOfBirth',
  nationality: 'nationality',
  maritalStatus: 'maritalStatus',
  address: 'address',
  postalCode: 'postalCode',
  emergencyPhone: 'emergencyPhone',
  childrenCount: 'childrenCount',
  disability: 'disability',
  personalEmail: 'personalEmail',
  city: 'city',
  province: 'province',
  country: 'country',
  salaryRange: 'salaryRange',
  studyLevel: 'studyLevel',
  professionalCategoryCode: 'professionalCategoryCode',
  professionalCategoryDescription: 'professionalCategoryDescription',
  bic: 'bic',
  accountNumber: 'accountNumber',
  imageProfileURL: 'imageProfileUrl',
  externalId: 'externalId',
  startDate: 'startDate',
  managerId: 'managerId',
  jobChargeId: 'jobChargeId',
  firstName: 'firstName',
  lastName: 'lastName',
  status: 'status',
} as const satisfies Record<string, keyof EmployeesTable>;

/** Sortable columns that may be empty (see listEmployees). */
const nullableSorts = new Set<string>(['email', 'code', 'startDate']);

/** The API view of a stored row (exported for bulk writers that already hold the rows and custom-field values). */
export function toView(row: EmployeesTable, company: CompanyView, customFields: CustomFieldRow[]): EmployeeView {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    description: row.description,
    status: row.status,
    workStatus: row.workStatus as EmployeeView['workStatus'],
    imageProfileURL: row.imageProfileUrl,
    code: row.code,
    pin: row.pin,
    phone: row.phone,
    company,
    gender: row.gender as EmployeeView['gender'],
    contractId: row.contractId,
    identityNumberType: row.identityNumberType as EmployeeView['identityNumberType'],
    customFields: customFields.map((cf) => ({
      id: cf.id,
      companyId: cf.companyId,
      name: cf.name,
      slug: cf.slug,
      type: cf.type,
      value: cf.value,
    })),
    createdAt: apiTimestamp(row.createdAt),
    updatedAt: apiTimestamp(row.updatedAt),
    children: row.childrenCount,
    disability: row.disability,
    postalCode: row.postalCode,
    city: row.city,
    province: row.province,
    country: row.country,
    nationality: row.nationality,
    personalMail: row.personalEmail,
    maritalStatus: row.maritalStatus,
    emergencyPhone: row.emergencyPhone,
    studyLevel: row.studyLevel,
    professionalCategoryCode: row.professionalCategoryCode,
    professionalCategoryDescription: row.professionalCategoryDescription,
    externalId: row.externalId,
    startDate: row.startDate,
    terminationDate: row.terminationDate,
    terminationReason: row.terminationReason,
    managerId: row.managerId,
    jobChargeId: row.jobChargeId,
    // The sensitive fields last, in the schema's order (the list is serialized with JSON.stringify: plainJson).
    nid: row.nid,
    ssn: row.ssn,
    pricePerHour: row.pricePerHour === null ? null : Number(row.pricePerHour),
    accountNumber: row.accountNumber,
    dateOfBirth: row.dateOfBirth,
    address: row.address,
    salaryRange: row.salaryRange,
    bic: row.bic,
    ...(row.deletedAt ? { deletedAt: apiTimestamp(row.deletedAt) } : {}),
  };
}

/** Full (unredacted) views of rows, with custom fields and the company, in three queries whatever the count. */
export async function viewsOf(ctx: ServiceContext, rows: EmployeesTable[], company?: CompanyView): Promise<EmployeeView[]> {
  if (rows.length === 0) return [];
  const [co, values] = await Promise.all([
    company ?? ctx.company ?? getCompany(ctx),
    customFieldValuesFor(
      ctx,
      rows.map((r) => r.id),
    ),
  ]);
  const byEmployee = new Map<string, CustomFieldRow[]>();
  for (const v of values) {
    const list = byEmployee.get(v.employeeId) ?? [];
    list.push(v);
    byEmployee.set(v.employeeId, list);
  }
  return rows.map((row) => toView(row, co, byEmployee.get(row.id) ?? []));
}

export async function requireEmployee(ctx: ServiceContext, id: string): Promise<EmployeesTable> {
  const row = await findEmployeeRow(ctx, id);
  if (!row) throw notFound('Employee', id);
  return row;
}

/** Full views by id (for embedding an employee in other resources); unknown ids are simply absent. */
export async function employeeViewsByIds(ctx: ServiceContext, ids: string[]): Promise<Map<string, EmployeeView>> {
  const rows = await findEmployeeRows(ctx, ids);
  const views = await viewsOf(ctx, rows);
  return new Map(views.map((v) => [v.id, v]));
}

/** Drops the sensitive fields the caller's key may not read. */
export function redactEmployee(view: EmployeeView, scopes: ReadonlySet<string>): EmployeeView {
  return omitUnreadable(view, scopes);
}

export async function getEmployee(ctx: ServiceContext, id: string): Promise<EmployeeView> {
  const row = await requireEmployee(ctx, id);
  const [view] = await viewsOf(ctx, [row]);
  return view as EmployeeView;
}

export async function listEmployees(ctx: ServiceContext, query: Static<typeof EmployeeListQuery>) {
  // Finding an employee by national id tells whose id it is: the same scope as reading it.
  if (query.dni !== undefined && !sensitiveFieldScopes.nid?.read.some((s) => ctx.scopes.has(s))) {
    throw new DomainError('forbidden', 'Filtering by dni (the national id) needs personal:read; this key does not hold it.', {
      errors: [parameterError('query', 'dni', 'needs personal:read')],
    });
  }
  if (isUnfilteredList(query)) {
    const companyId = ctx.companyId;
    const page = await pageOf(
      query,
      async () => Number((await allEmployeesCount(ctx.db, { companyId }))[0]?.total ?? 0),
      (limit, offset) => allEmployeesPage(ctx.db, { companyId, limit, offset }),
    );
    return { data: await listViews(ctx, page.data), meta: page.meta };
  }
  let q = employeeRowsQueryOf(ctx, query.onlyReturn ?? 'not_deleted');
  if (query.code !== undefined) q = q.where('employees.code', '=', query.code);
  if (query.dni) q = q.where('employees.nid', '=', query.dni);
  if (query.email) q = q.where('employees.emailNormalized', '=', query.email.trim().toLowerCase());
  if (query.externalId) q = q.where('employees.externalId', '=', query.externalId.trim());
  // `status` and `status[in]` are two filters and combine with AND like the others (both: the status must satisfy both).
  const statuses = csv(query['status[in]']);
  const badStatus = statuses.find((s) => s !== 'active' && s !== 'inactive');
  if (badStatus) {
    throw new DomainError('validation', `status "${badStatus}" is not one of active, inactive.`, {
      errors: [parameterError('query', 'status[in]', 'must be one of: active, inactive')],
    });
  }
  if (query.status) q = q.where('employees.status', '=', query.status);
  if (statuses.length) q = q.where('employees.status', 'in', statuses as ('active' | 'inactive')[]);
  const departmentIds = uuidList(query.departmentIds, 'departmentIds');
  if (departmentIds.length) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('employeeDepartments')
          .select('employeeDepartments.id')
          .whereRef('employeeDepartments.employeeId', '=', 'employees.id')
          .where('employeeDepartments.departmentId', 'in', departmentIds),
      ),
    );
  }
  const officeIds = uuidList(query.officeIds, 'officeIds');
  if (officeIds.length) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('employeeOffices')
          .select('employeeOffices.id')
          .whereRef('employeeOffices.employeeId', '=', 'employees.id')
          .where('employeeOffices.officeId', 'in', officeIds),
      ),
    );
  }
  q = whereInstantRange(q, 'employees.updatedAt', query, 'updatedAt');
  const ordered = orderEmployees(q, query.orderBy);
  const page = await paginate(ordered.query, query, ordered.ordering, 'id', (rows) => executeWithoutRowMapping(ctx.db, rows));
  return { data: await listViews(ctx, page.data), meta: page.meta };
}

async function listViews(ctx: ServiceContext, rows: EmployeesTable[]): Promise<EmployeeView[]> {
  const views = await viewsOf(ctx, rows);
  return views.map((v) => redactEmployee(v, ctx.scopes));
}

/** A list's order as `orderBy` asks (lastName, firstName by default), with the flags that put empty values first. */
function orderEmployees(q: ReturnType<typeof employeeRowsQuery>, orderBy: string | undefined) {
  let query = q;
  const ordering: Ordering = [];
  for (const [column, direction] of parseOrderBy(orderBy, employeeSortable, [
    ['lastName', 'asc'],
    ['firstName', 'asc'],
  ])) {
    // Empty values sort first ascending and last descending on both databases (PostgreSQL's default is the reverse).
    if (nullableSorts.has(column)) {
      const flag = `${column}Present`;
      query = query.select(sql<number>`case when ${sql.ref(`employees.${column}`)} is null then 0 else 1 end`.as(flag) as never);
      ordering.push([flag, direction]);
    }
    ordering.push([column, direction]);
  }
  return { query, ordering };
}

/**
 * The list without filters or `orderBy` (an integrator paging through every employee: the most frequent read) as
 * prepared queries: the same SQL as the general path, built and compiled once (db/prepared-query.ts).
 */
const allEmployeesCount = preparedQuery((db, p: { companyId: string }) => countQueryOf(employeeRowsQuery({ db, companyId: p.companyId })));
const allEmployeesPage = preparedQuery(
  (db, p: { companyId: string; limit: number; offset: number }) => {
    const { query, ordering } = orderEmployees(employeeRowsQuery({ db, companyId: p.companyId }), undefined);
    return pageQueryOf(query, ordering, 'id').limit(p.limit).offset(p.offset);
  },
  { mapRows: false },
);

/** Query parameters that only choose the page: any other one present makes the list a filtered (or ordered) one. */
const pageOnlyParameters = new Set(['page', 'limit']);

function isUnfilteredList(query: Static<typeof EmployeeListQuery>): boolean {
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || pageOnlyParameters.has(name)) continue;
    if (name === 'onlyReturn' && value === 'not_deleted') continue;
    return false;
  }
  return true;
}

/**
 * 403 for sensitive fields the key may not write. With `current` (an update), a field sent back with the value it has
 * is not a write: a client that reads an employee with personal:read and PUTs it back with one field changed keeps
 * working without personal:write. Only for fields the key may read (otherwise the answer would tell their value).
 */
function assertWritable(ctx: ServiceContext, body: object, current?: EmployeeView) {
  const fields = unwritableFields(body, ctx.scopes).filter((field) => {
    if (!current || !sensitiveFieldScopes[field]?.read.some((s) => ctx.scopes.has(s))) return true;
    const sent = (body as Record<string, unknown>)[field];
    const stored = (current as unknown as Record<string, unknown>)[field];
    return (sent ?? null) !== (stored ?? null);
  });
  if (fields.length) {
    const needs = (field: string) => sensitiveFieldScopes[field]?.write.join(' or ') ?? 'a sensitive-data scope';
    throw new DomainError('forbidden', `Writing ${fields.map((f) => `${f} needs ${needs(f)}`).join('; ')}; this key does not hold it.`, {
      errors: fields.map((f) => ({ pointer: `/${f}`, message: `needs ${needs(f)}` })),
    });
  }
}

async function assertUnique(ctx: ServiceContext, values: Partial<EmployeesTable>, selfId: string | null) {
  const checks: [keyof EmployeesTable, unknown, string][] = [];
  if (values.externalId != null) checks.push(['externalId', values.externalId, 'externalId']);
  if (values.code != null) checks.push(['code', values.code, 'code']);
  for (const [column, value, field] of checks) {
    let q = employeesQuery(ctx)
      .select('employees.id')
      .where(column, '=', value as never);
    if (selfId) q = q.where('employees.id', '!=', selfId);
    if (await q.executeTakeFirst()) throw conflict(`Another employee already has ${field} ${JSON.stringify(value)}.`, field);
  }
  if (values.emailNormalized && values.status === 'active') {
    let q = employeesQuery(ctx)
      .select('employees.id')
      .where('employees.emailNormalized', '=', values.emailNormalized)
      .where('employees.status', '=', 'active');
    if (selfId) q = q.where('employees.id', '!=', selfId);
    if (await q.executeTakeFirst()) {
      throw conflict(`Another active employee already uses the email ${values.email ?? values.emailNormalized}.`, 'email');
    }
  }
}

/**
 * A new org-chart manager must exist (404), be active (422) and must not be the employee or one of the employee's
 * reports (422). Call it when the manager changes: a manager who was terminated after being set stays until changed.
 */
export async function assertManagerAllowed(ctx: ServiceContext, employeeId: string | null, managerId: string | null) {
  if (!managerId) return;
  await lockCompanyTree(ctx, 'managers');
  if (managerId === employeeId) throw unprocessable('An employee cannot be their own manager.', 'managerId');
  // Ordered with the manager's termination or erasure: the one that comes second sees what the first did.
  await lockRows(ctx, 'employees', [managerId], 'share');
  const manager = await findEmployeeRow(ctx, managerId);
  if (!manager) throw notFound('Manager employee', managerId);
  if (manager.status !== 'active') throw unprocessable(`Employee ${managerId} is inactive and cannot be a manager.`, 'managerId');
  if (!employeeId) return;
  const seen = new Set<string>();
  let cursor: string | null = managerId;
  while (cursor && !seen.has(cursor)) {
    if (cursor === employeeId) {
      throw unprocessable('This manager is (directly or indirectly) managed by the employee: it would create a cycle.', 'managerId');
    }
    seen.add(cursor);
    cursor = await managerOf(ctx, cursor);
  }
}

/** The job charge and custom fields a body names, taken `share` (db/locks.ts): ordered with their deletes. */
async function lockReferences(
  ctx: ServiceContext,
  input: { jobChargeId?: string | null; customFields?: { id: string; value: string | null }[] | null },
) {
  await lockRows(ctx, 'jobCharges', [input.jobChargeId], 'share');
  await lockRows(
    ctx,
    'customFields',
    (input.customFields ?? []).map((f) => f.id),
    'share',
  );
}

async function assertReferences(
  ctx: ServiceContext,
  input: { jobChargeId?: string | null; customFields?: { id: string; value: string | null }[] | null },
  /**
   * Checks the custom-field values against their types again, now that the fields are locked (create: assertFieldRules
   * checked them before the transaction). An update checks them under the locks already, in assertFieldRules.
   */
  recheckValues: boolean,
) {
  await lockReferences(ctx, input);
  if (input.jobChargeId) {
    const found = await tenant(ctx).selectFrom('jobCharges').select('id').where('id', '=', input.jobChargeId).executeTakeFirst();
    if (!found) throw notFound('Job charge', input.jobChargeId);
  }
  if (recheckValues && input.customFields?.length) await validateCustomFieldValues(ctx, input.customFields);
}

function columnsFrom(body: Record<string, unknown>): Partial<EmployeesTable> {
  const values: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(columnOf)) {
    if (body[field] !== undefined) values[column] = body[field];
  }
  if (typeof values.firstName === 'string') values.firstNameKey = sortKey(values.firstName);
  if (typeof values.lastName === 'string') values.lastNameKey = sortKey(values.lastName);
  if (body.pricePerHour !== undefined) values.pricePerHour = body.pricePerHour === null ? null : String(body.pricePerHour);
  // The ERP's key is matched exactly (HR data sync trims `employee_id`): spaces around it are not part of it.
  if (typeof values.externalId === 'string') values.externalId = values.externalId.trim();
  if (body.email !== undefined) {
    const email = body.email as string | null;
    values.email = email ? email.trim() : null;
    values.emailNormalized = email ? email.trim().toLowerCase() : null;
  }
  return values as Partial<EmployeesTable>;
}

async function writeCustomFieldValues(ctx: ServiceContext, employeeId: string, values: { id: string; value: string | null }[]) {
  for (const { id, value } of values) {
    await tenant(ctx).deleteFrom('customFieldValues').where('employeeId', '=', employeeId).where('customFieldId', '=', id).execute();
    if (value !== null) await tenant(ctx).insert('customFieldValues', { employeeId, customFieldId: id, value });
  }
}

/** The field of a unique index of employees a violation names (PostgreSQL: the index; SQLite: its columns). */
function uniqueFieldOf(err: unknown): 'externalId' | 'code' | 'email' | null {
  const e = err as { constraint?: unknown; message?: unknown };
  const said = `${typeof e.constraint === 'string' ? e.constraint : ''} ${typeof e.message === 'string' ? e.message : ''}`;
  if (/employees_external_id_unique|employees\.external_id/.test(said)) return 'externalId';
  if (/employees_code_unique|employees\.code/.test(said)) return 'code';
  if (/employees_active_email_unique|employees\.email_normalized/.test(said)) return 'email';
  return null;
}

/**
 * Maps a unique-index race (two writers at once, the pre-check passed for both) to the same 409 the pre-checks give,
 * naming the field.
 */
async function mapUniqueViolation<T>(values: Partial<EmployeesTable>, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const field = uniqueFieldOf(err);
    if (field === 'email')
      throw conflict(`Another active employee already uses the email ${values.email ?? values.emailNormalized}.`, 'email');
    if (field) throw conflict(`Another employee already has ${field} ${JSON.stringify(values[field])}.`, field);
    throw conflict('Another employee already has this externalId, code or active email.');
  }
}

/**
 * `status: inactive` terminates today, except an employee whose start date is still ahead (a pre-hire, or a hire
 * called off): inactive without a termination date, which is never before the start date.
 */
function inactiveSince(ctx: ServiceContext, startDate: string | null): string | null {
  const day = today(ctx);
  return startDate && startDate > day ? null : day;
}

/**
 * Fields whose null means "nothing to do" rather than "empty it", as generated clients send every optional field:
 * `customFields: null` sets no value, `departmentId` / `officeId: null` on create assign nothing.
 */
function nullAsNotSent<T extends { customFields?: unknown; departmentId?: unknown; officeId?: unknown }>(input: T) {
  const copy = { ...input };
  for (const field of ['customFields', 'departmentId', 'officeId'] as const) if (copy[field] === null) delete copy[field];
  return copy as T & { customFields?: Exclude<T['customFields'], null>; departmentId?: string; officeId?: string };
}

/** The input without the named fields (PUT keeps the stored value of a field not sent). */
function withoutFields<T extends object>(input: T, fields: readonly string[]): T {
  const copy = { ...input } as Record<string, unknown>;
  for (const field of fields) delete copy[field];
  return copy as T;
}

/**
 * A date of birth is a day of the past, from 1900 on (`9999-12-31` and `0000-01-01` are typing slips, not people); a
 * stored one sent back as it is passes, as a PUT of the record as read always does.
 */
function birthDateErrors(ctx: ServiceContext, input: { dateOfBirth?: string | null }, stored?: string | null): FieldError[] {
  const day = input.dateOfBirth;
  if (!day || day === stored) return [];
  const problem = day < '1900-01-01' ? 'must be 1900-01-01 or later' : day > today(ctx) ? 'must not be in the future' : null;
  return problem ? [{ pointer: '/dateOfBirth', message: `${problem} (${day})` }] : [];
}

/**
 * A picture is an http(s) URL (a `javascript:` or `data:` one would run in portals that show it); a stored value sent
 * back as read passes, as values stored before this rule are not refused on a PUT that does not change them.
 */
function imageUrlErrors(input: { imageProfileURL?: string | null }, stored?: string | null): FieldError[] {
  const url = input.imageProfileURL;
  if (!url || url === stored) return [];
  return /^https?:\/\/\S+$/i.test(url) ? [] : [{ pointer: '/imageProfileURL', message: 'must be an http(s) URL' }];
}

/** A name (or ERP key) of only spaces is as missing as an empty one (400 naming each). */
function blankNameErrors(input: { firstName?: string; lastName?: string; externalId?: string | null }): FieldError[] {
  return (['firstName', 'lastName', 'externalId'] as const)
    .filter((field) => typeof input[field] === 'string' && !input[field].trim())
    .map((field) => ({ pointer: `/${field}`, message: 'must not be blank' }));
}

/**
 * The field rules checked once the body has passed its schema (blank names, the date of birth, the picture's URL,
 * custom-field values against their types), all at once: the 400 lists every field that fails them, not the first.
 * On update, `stored` holds the employee's values: one sent back as it is passes.
 */
async function assertFieldRules(
  ctx: ServiceContext,
  input: EmployeeCreateInput | EmployeeUpdateInput,
  stored?: { employeeId: string; dateOfBirth: string | null; imageProfileUrl: string | null },
): Promise<void> {
  const errors = [
    ...blankNameErrors(input),
    ...birthDateErrors(ctx, input, stored?.dateOfBirth),
    ...imageUrlErrors(input, stored?.imageProfileUrl),
  ];
  if (input.customFields?.length) errors.push(...(await customFieldValueErrors(ctx, input.customFields, stored?.employeeId)));
  if (errors.length) throw invalid(errors);
}

export async function createEmployee(ctx: ServiceContext, body: EmployeeCreateInput): Promise<EmployeeView> {
  const input = nullAsNotSent(body);
  if (input.companyId && input.companyId !== ctx.companyId) throw notFound('Company', input.companyId);
  await assertFieldRules(ctx, input);
  assertWritable(ctx, input);
  const at = nowIso(ctx);
  const status = input.status ?? 'active';
  const row: EmployeesTable = {
    ...blankEmployee(newId(), ctx.companyId, at),
    firstName: input.firstName,
    lastName: input.lastName,
    status,
    terminationDate: null,
    invitation: input.invitation ? 1 : 0,
    ...columnsFrom(input),
  };
  if (status === 'inactive') row.terminationDate = inactiveSince(ctx, row.startDate);
  return inTransaction(ctx, async (tx) => {
    await assertSyncAllowsEmployeeChange(tx, { kind: 'create' });
    await assertUnique(tx, row, null);
    await assertManagerAllowed(tx, null, row.managerId);
    await assertReferences(tx, input, true);
    if (input.departmentId) {
      const dep = await tenant(tx).selectFrom('departments').select('id').where('id', '=', input.departmentId).executeTakeFirst();
      if (!dep) throw notFound('Department', input.departmentId);
    }
    if (input.officeId) {
      const office = await tenant(tx).selectFrom('offices').select('id').where('id', '=', input.officeId).executeTakeFirst();
      if (!office) throw notFound('Office', input.officeId);
    }
    await mapUniqueViolation(row, () => tx.db.insertInto('employees').values(row).execute());
    if (input.customFields?.length) await writeCustomFieldValues(tx, row.id, input.customFields);
    const view = await getEmployee(tx, row.id);
    await recordChange(tx, {
      resourceType: 'employee',
      resourceId: row.id,
      after: view,
      event: { type: 'employee.created', data: view },
    });
    // The department and office given with the employee are assignations like any other: their own audit rows and
    // events (employee_department_assignation.created, …) follow employee.created, in the same transaction.
    if (input.departmentId) await assignEmployeeToDepartment(tx, { employeeId: row.id, departmentId: input.departmentId });
    if (input.officeId) await assignEmployeeToOffice(tx, { employeeId: row.id, officeId: input.officeId });
    return view;
  });
}

/**
 * PUT: fields sent replace their values, fields not sent keep theirs (firstName, lastName and status are required by
 * Sesame's spec). Moving status active → inactive terminates today; inactive → active reactivates.
 */
export async function updateEmployee(ctx: ServiceContext, id: string, sent: EmployeeUpdateInput): Promise<EmployeeView> {
  const body = nullAsNotSent(sent);
  return inTransaction(ctx, async (tx) => {
    // PostgreSQL: the rows the body refers to first (as every write takes them: a custom field or job charge being
    // deleted rewrites its holders, and must not wait for this write while this one waits for it), then the employee's
    // own, so that it is read as the last writer left it (a sync file applying it commits first), not as it was.
    await lockRows(tx, 'employees', [body.managerId], 'share');
    await lockReferences(tx, body);
    await lockRows(tx, 'employees', [id], 'write');
    const current = await requireEmployee(tx, id);
    const before = await getEmployee(tx, id);
    await assertFieldRules(tx, body, { employeeId: id, dateOfBirth: current.dateOfBirth, imageProfileUrl: current.imageProfileUrl });
    assertWritable(ctx, body, before);
    // Fields HR data sync owns, sent back as they are (give or take spaces or the email's case), keep the feed's value.
    const kept = await assertSyncAllowsEmployeeChange(tx, { kind: 'update', current, input: body });
    const input = kept.length ? withoutFields(body, kept) : body;
    const values = columnsFrom(input);
    const merged = { ...current, ...values };
    const statusChange = current.status !== merged.status ? merged.status : null;
    if (statusChange === 'inactive') {
      values.terminationDate = current.terminationDate ?? inactiveSince(tx, merged.startDate);
    } else if (statusChange === 'active') {
      values.terminationDate = null;
      values.terminationReason = null;
    }
    const terminationDate = values.terminationDate !== undefined ? values.terminationDate : current.terminationDate;
    // Checked when the start date changes: a PUT that sends back an unchanged start date never fails on it.
    if (input.startDate && input.startDate !== current.startDate && terminationDate && terminationDate < input.startDate) {
      throw unprocessable(`The start date ${input.startDate} is after the termination date ${terminationDate}.`, 'startDate');
    }
    await assertUnique(tx, merged, id);
    if (values.managerId !== undefined && values.managerId !== current.managerId) await assertManagerAllowed(tx, id, values.managerId);
    await assertReferences(tx, input, false);
    await mapUniqueViolation(merged, () =>
      tenant(tx)
        .updateTable('employees')
        .set({ ...values, updatedAt: nowIso(tx) })
        .where('id', '=', id)
        .execute(),
    );
    if (input.customFields?.length) await writeCustomFieldValues(tx, id, input.customFields);
    const after = await getEmployee(tx, id);
    const changes = changedFields(before, after);
    if (changes.length === 0) {
      // A PUT that sends the employee as it is (an ERP pushing its whole record every night) changes nothing: no
      // audit row, no employee.updated event for webhooks and feeds, and updatedAt stays, so incremental readers
      // (updatedAt[gte]) do not fetch it again.
      await tenant(tx).updateTable('employees').set({ updatedAt: current.updatedAt }).where('id', '=', id).execute();
      return before;
    }
    await recordChange(tx, {
      // A PUT that changes the status is audited as the termination or reactivation it is (its events say both).
      ...(statusChange ? { action: statusChange === 'inactive' ? 'employee.terminated' : 'employee.reactivated' } : {}),
      resourceType: 'employee',
      resourceId: id,
      before,
      after,
      event: { type: 'employee.updated', data: after, changes },
      extraEvents: statusChange
        ? [{ type: statusChange === 'inactive' ? 'employee.terminated' : 'employee.reactivated', data: after }]
        : [],
    });
    return after;
  });
}

export async function terminateEmployee(ctx: ServiceContext, id: string, input: Static<typeof TerminateBody>): Promise<EmployeeView> {
  return inTransaction(ctx, async (tx) => {
    await lockRows(tx, 'employees', [id], 'write');
    const current = await requireEmployee(tx, id);
    if (current.status === 'inactive') {
      throw new DomainError('conflict', `Employee ${id} is already terminated (status inactive); reactivate first.`);
    }
    await assertSyncAllowsEmployeeChange(tx, { kind: 'terminate' });
    const date = input.date ?? today(tx);
    if (current.startDate && date < current.startDate) {
      throw unprocessable(`The termination date ${date} is before the start date ${current.startDate}.`, 'date');
    }
    const before = await getEmployee(tx, id);
    await tenant(tx)
      .updateTable('employees')
      .set({ status: 'inactive', terminationDate: date, terminationReason: input.reason ?? null, updatedAt: nowIso(tx) })
      .where('id', '=', id)
      .execute();
    const after = await getEmployee(tx, id);
    await recordChange(tx, {
      action: 'employee.terminated',
      resourceType: 'employee',
      resourceId: id,
      before,
      after,
      event: { type: 'employee.terminated', data: after, changes: changedFields(before, after) },
    });
    return after;
  });
}

export async function reactivateEmployee(ctx: ServiceContext, id: string): Promise<EmployeeView> {
  return inTransaction(ctx, async (tx) => {
    await lockRows(tx, 'employees', [id], 'write');
    const current = await requireEmployee(tx, id);
    if (current.status === 'active') throw new DomainError('conflict', `Employee ${id} is already active.`);
    await assertSyncAllowsEmployeeChange(tx, { kind: 'reactivate' });
    await assertUnique(tx, { ...current, status: 'active' }, id);
    const before = await getEmployee(tx, id);
    await mapUniqueViolation(current, () =>
      tenant(tx)
        .updateTable('employees')
        .set({ status: 'active', terminationDate: null, terminationReason: null, updatedAt: nowIso(tx) })
        .where('id', '=', id)
        .execute(),
    );
    const after = await getEmployee(tx, id);
    await recordChange(tx, {
      action: 'employee.reactivated',
      resourceType: 'employee',
      resourceId: id,
      before,
      after,
      event: { type: 'employee.reactivated', data: after, changes: changedFields(before, after) },
    });
    return after;
  });
}

/** Personal data erased by delete (GDPR); the row and its id stay for history, hidden from the API. */
const erasedColumns = Object.fromEntries(erasedEmployeeColumns.map((c) => [c, null]));

/** What an erased employee's snapshots keep (as the erased row does): ids, employment status and dates, timestamps. */
const keptOnErasure = new Set([
  'id',
  'companyId',
  'company',
  'externalId',
  'code',
  'status',
  'startDate',
  'terminationDate',
  'terminationReason',
  'createdAt',
  'updatedAt',
  'deletedAt',
]);

/**
 * An employee snapshot (a view as the API answered it, or its audit copy) as it reads once the employee is erased:
 * the ids, status, dates and timestamps it had then, every other field as the erased employee reads now.
 */
export function erasedEmployeeSnapshot(snapshot: Record<string, unknown>, erased: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(snapshot)) {
    if (keptOnErasure.has(key)) out[key] = value;
    else if (key in erased) out[key] = erased[key];
    else out[key] = Array.isArray(value) ? [] : null;
  }
  return out;
}

/**
 * The history of erased employees (GDPR): their own audit rows and events, and those of their links (assignations,
 * approval managers, roles), whose snapshots embed them, are rewritten as the erased employees now read. Runs after
 * the employees' rows are erased, in the same transaction.
 */
export async function eraseEmployeesFromHistory(tx: ServiceContext, ids: string[], links: { resourceType: string; ids: string[] }[]) {
  const erased = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await tenant(tx)
      .selectFrom('employees')
      .selectAll()
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const view of await viewsOf(tx, rows)) erased.set(view.id, view as unknown as Record<string, unknown>);
  }
  // The sync diffs that name them: the name and the values before and after go, the fields that changed stay.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await tenant(tx)
      .selectFrom('syncFileChanges')
      .select(['fileId', 'seq', 'changes'])
      .where('resourceType', '=', 'employee')
      .where('resourceId', 'in', ids.slice(i, i + 500))
      .execute();
    for (const row of rows) {
      const changes = row.changes
        ? JSON.stringify((JSON.parse(row.changes) as { field: string }[]).map((c) => ({ field: c.field, before: null, after: null })))
        : null;
      await tenant(tx)
        .updateTable('syncFileChanges')
        .set({ name: 'Deleted Employee', changes })
        .where('fileId', '=', row.fileId)
        .where('seq', '=', row.seq)
        .execute();
    }
  }
  await eraseFromHistory(tx, {
    resources: [{ resourceType: 'employee', ids }, ...links],
    personIds: new Set(ids),
    isPerson: (value) => 'firstName' in value && 'lastName' in value,
    erase: (value) => erasedEmployeeSnapshot(value, erased.get(value.id as string) ?? {}),
  });
}

/** The links of employees about to be erased, by the resource type their audit rows and events carry. */
export async function employeeLinks(tx: ServiceContext, ids: string[]): Promise<{ resourceType: string; ids: string[] }[]> {
  const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id);
  const links: { resourceType: string; ids: string[] }[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    links.push(
      {
        resourceType: 'employee_department_assignation',
        ids: idsOf(await tenant(tx).selectFrom('employeeDepartments').select('id').where('employeeId', 'in', chunk).execute()),
      },
      {
        resourceType: 'employee_office_assignation',
        ids: idsOf(await tenant(tx).selectFrom('employeeOffices').select('id').where('employeeId', 'in', chunk).execute()),
      },
      {
        resourceType: 'employee_manager',
        ids: idsOf(
          await tenant(tx)
            .selectFrom('employeeManagers')
            .select('id')
            .where((eb) => eb.or([eb('employeeId', 'in', chunk), eb('managerId', 'in', chunk)]))
            .execute(),
        ),
      },
      {
        resourceType: 'role_assignation',
        ids: idsOf(await tenant(tx).selectFrom('roleAssignations').select('id').where('employeeId', 'in', chunk).execute()),
      },
      {
        // The positions they hold: position events and audit rows embed their holder.
        resourceType: 'position',
        ids: idsOf(await tenant(tx).selectFrom('positions').select('id').where('holderEmployeeId', 'in', chunk).execute()),
      },
    );
  }
  // Links and positions of theirs that are gone already (unassigned, held by someone else since): their audit rows
  // still embed them. Found by the employee's id in those rows (a text search, among the link and position rows only).
  for (let i = 0; i < ids.length; i += 20) {
    const chunk = ids.slice(i, i + 20);
    const rows = await tenant(tx)
      .selectFrom('auditLogs')
      .select(['resourceType', 'resourceId'])
      .distinct()
      .where('resourceType', 'in', linkResourceTypes)
      .where('resourceId', 'is not', null)
      .where((eb) => eb.or(chunk.flatMap((id) => [eb('before', 'like', `%${id}%`), eb('after', 'like', `%${id}%`)])))
      .execute();
    for (const row of rows) links.push({ resourceType: row.resourceType, ids: [row.resourceId as string] });
  }
  // One entry per resource type, each id once.
  const byType = new Map<string, Set<string>>();
  for (const link of links) for (const id of link.ids) byType.set(link.resourceType, (byType.get(link.resourceType) ?? new Set()).add(id));
  return [...byType].map(([resourceType, set]) => ({ resourceType, ids: [...set] }));
}

/** Resources whose snapshots embed employees: their history is erased with them. */
const linkResourceTypes = [
  'employee_department_assignation',
  'employee_office_assignation',
  'employee_manager',
  'role_assignation',
  'position',
];

/** Removes the links of employees being erased, with their audit rows and events. */
export async function removeEmployeesLinks(tx: ServiceContext, ids: string[]): Promise<void> {
  // Loaded when first needed: the managers and roles modules build their schemas from this module's at load time.
  const [{ removeEmployeesManagerLinks }, { removeEmployeesRoleAssignations }] = await Promise.all([
    import('../managers/employee-managers.service.js'),
    import('../roles/role-assignations.service.js'),
  ]);
  await removeEmployeesDepartmentAssignations(tx, ids);
  await removeEmployeesOfficeAssignations(tx, ids);
  await removeEmployeesManagerLinks(tx, ids);
  await removeEmployeesRoleAssignations(tx, ids);
  await vacatePositionsHeldBy(tx, ids);
}

export async function deleteEmployee(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    // Before its links are read: a link made meanwhile (an assignation, an approval manager) waits, then finds it erased.
    await lockRows(tx, 'employees', [id], 'update');
    await requireEmployee(tx, id);
    await assertSyncAllowsEmployeeChange(tx, { kind: 'delete' });
    const before = await getEmployee(tx, id);
    const at = nowIso(tx);
    // Reports of the deleted employee lose their org-chart manager; they are told by employee.updated.
    // Taken, then read again: a report whose manager a PUT changed meanwhile keeps the new one (no new report can come:
    // naming this employee as manager waits for the lock above, then finds it erased).
    const reportIds = (await employeesQuery(tx).select('employees.id').where('employees.managerId', '=', id).execute()).map((r) => r.id);
    await lockRows(tx, 'employees', reportIds, 'write');
    const reports = reportIds.length
      ? await employeesQuery(tx)
          .select('employees.id')
          .where('employees.managerId', '=', id)
          .where('employees.id', 'in', reportIds)
          .execute()
      : [];
    for (const report of reports) {
      const reportBefore = await getEmployee(tx, report.id);
      await tenant(tx).updateTable('employees').set({ managerId: null, updatedAt: at }).where('id', '=', report.id).execute();
      const reportAfter = await getEmployee(tx, report.id);
      await recordChange(tx, {
        resourceType: 'employee',
        resourceId: report.id,
        before: reportBefore,
        after: reportAfter,
        event: { type: 'employee.updated', data: reportAfter, changes: ['managerId'] },
      });
    }
    const links = await employeeLinks(tx, [id]);
    // Its links go as they would one by one through the API: an audit row and a `….deleted` event each, so that
    // subscribers that mirror them drop them too; the positions it held become vacant (position.updated). (What is left
    // after them is a link the views cannot show.)
    await removeEmployeesLinks(tx, [id]);
    await tenant(tx)
      .deleteFrom('employeeManagers')
      .where((eb) => eb.or([eb('employeeId', '=', id), eb('managerId', '=', id)]))
      .execute();
    await tenant(tx).deleteFrom('employeeDepartments').where('employeeId', '=', id).execute();
    await tenant(tx).deleteFrom('employeeOffices').where('employeeId', '=', id).execute();
    await tenant(tx).deleteFrom('roleAssignations').where('employeeId', '=', id).execute();
    await tenant(tx).deleteFrom('customFieldValues').where('employeeId', '=', id).execute();
    await tenant(tx)
      .updateTable('employees')
      .set({
        ...erasedColumns,
        firstName: 'Deleted',
        lastName: 'Employee',
        firstNameKey: sortKey('Deleted'),
        lastNameKey: sortKey('Employee'),
        status: 'inactive',
        terminationDate: before.terminationDate ?? inactiveSince(tx, before.startDate),
        terminationReason: before.terminationReason,
        deletedAt: at,
        updatedAt: at,
      })
      .where('id', '=', id)
      .execute();
    const data = { id, externalId: before.externalId, code: before.code, deletedAt: apiTimestamp(at) };
    await recordChange(tx, {
      resourceType: 'employee',
      resourceId: id,
      before,
      after: data,
      event: { type: 'employee.deleted', data },
    });
    await eraseEmployeesFromHistory(tx, [id], links);
  });
}

/**
 * Sets (or, with null, removes) the organisation-chart manager: the manager must be an active employee of the company
 * who is not the employee and does not report to them, directly or indirectly (422). Emits employee.updated.
 */
export async function setOrganizationChartManager(ctx: ServiceContext, id: string, managerId: string | null): Promise<EmployeeView> {
  return inTransaction(ctx, async (tx) => {
    await lockRows(tx, 'employees', [managerId], 'share');
    await lockRows(tx, 'employees', [id], 'write');
    const current = await requireEmployee(tx, id);
    await assertSyncAllowsEmployeeChange(tx, { kind: 'manager', current, managerId });
    if (current.managerId === managerId) return getEmployee(tx, id);
    await assertManagerAllowed(tx, id, managerId);
    const before = await getEmployee(tx, id);
    await tenant(tx)
      .updateTable('employees')
      .set({ managerId, updatedAt: nowIso(tx) })
      .where('id', '=', id)
      .execute();
    const after = await getEmployee(tx, id);
    await recordChange(tx, {
      resourceType: 'employee',
      resourceId: id,
      before,
      after,
      event: { type: 'employee.updated', data: after, changes: ['managerId'] },
    });
    return after;
  });
}

/**
 * Runs a change made elsewhere that alters how some employees read (e.g. a custom field deleted), inside the caller's
 * transaction, and records employee.updated for each employee whose view changed, with the changed field names.
 */
export async function withEmployeeUpdates(tx: ServiceContext, employeeIds: string[], change: () => Promise<void>): Promise<void> {
  const rows = await findEmployeeRows(tx, employeeIds);
  const before = await viewsOf(tx, rows);
  await change();
  if (rows.length === 0) return;
  const at = nowIso(tx);
  await tenant(tx)
    .updateTable('employees')
    .set({ updatedAt: at })
    .where(
      'id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  const after = new Map((await viewsOf(tx, await findEmployeeRows(tx, employeeIds))).map((v) => [v.id, v]));
  for (const old of before) {
    const now = after.get(old.id);
    if (!now) continue;
    const changes = changedFields(old, now);
    if (changes.length === 0) continue;
    await recordChange(tx, {
      resourceType: 'employee',
      resourceId: old.id,
      before: old,
      after: now,
      event: { type: 'employee.updated', data: now, changes },
    });
  }
}
