import { sql } from 'kysely';
import type { ServiceContext } from '../../context.js';
import { camelCaseColumnList, camelCaseColumns, executeWithoutRowMapping } from '../../db/camel-case-rows.js';
import { preparedQuery } from '../../db/prepared-query.js';
import { sortKey } from '../../db/sort-key.js';
import { tenant } from '../../db/tenant.js';
import type { CustomFieldsTable } from '../custom-fields/custom-fields.tables.js';
import type { EmployeesTable } from './employees.tables.js';

type RepoContext = Pick<ServiceContext, 'db' | 'companyId'>;

/** Queries on employees; every one is scoped to the caller's company and skips erased (deleted) rows. */
export function employeesQuery(ctx: RepoContext) {
  return tenant(ctx).selectFrom('employees').where('employees.deletedAt', 'is', null);
}

/**
 * Personal data erased by a delete (DELETE /core/v3/employees/{id}, and HR data sync's `leaverAction: delete`): every
 * column but the ids, names (replaced), status and employment dates; the row and its id stay for history.
 */
export const erasedEmployeeColumns: (keyof EmployeesTable)[] = [
  'description',
  'gender',
  'email',
  'emailNormalized',
  'contractId',
  'pin',
  'nid',
  'identityNumberType',
  'ssn',
  'phone',
  'dateOfBirth',
  'nationality',
  'maritalStatus',
  'address',
  'postalCode',
  'emergencyPhone',
  'childrenCount',
  'disability',
  'personalEmail',
  'city',
  'province',
  'country',
  'salaryRange',
  'studyLevel',
  'professionalCategoryCode',
  'professionalCategoryDescription',
  'bic',
  'accountNumber',
  'imageProfileUrl',
  'managerId',
  'jobChargeId',
  'pricePerHour',
];

/** Sets a whole row's name sort keys from its names (db/sort-key.ts); answers the row. */
export function withNameKeys<T extends Pick<EmployeesTable, 'firstName' | 'lastName' | 'firstNameKey' | 'lastNameKey'>>(row: T): T {
  row.firstNameKey = sortKey(row.firstName);
  row.lastNameKey = sortKey(row.lastName);
  return row;
}

/** A new employee's row with every optional column empty: active, offline, no names yet (callers set them). */
export const blankEmployee = (id: string, companyId: string, at: string): EmployeesTable => ({
  id,
  companyId,
  externalId: null,
  code: null,
  firstName: '',
  lastName: '',
  firstNameKey: '',
  lastNameKey: '',
  email: null,
  emailNormalized: null,
  description: null,
  status: 'active',
  workStatus: 'offline',
  imageProfileUrl: null,
  gender: null,
  contractId: null,
  pin: null,
  nid: null,
  identityNumberType: null,
  ssn: null,
  phone: null,
  dateOfBirth: null,
  nationality: null,
  maritalStatus: null,
  address: null,
  postalCode: null,
  city: null,
  province: null,
  country: null,
  emergencyPhone: null,
  childrenCount: null,
  disability: null,
  personalEmail: null,
  salaryRange: null,
  studyLevel: null,
  professionalCategoryCode: null,
  professionalCategoryDescription: null,
  bic: null,
  accountNumber: null,
  pricePerHour: null,
  startDate: null,
  terminationDate: null,
  terminationReason: null,
  managerId: null,
  jobChargeId: null,
  invitation: 0,
  createdAt: at,
  updatedAt: at,
  deletedAt: null,
});

/** Every column of EmployeesTable (blankEmployee is typed as the whole row, so the compiler checks none is missing). */
const employeeColumnNames = Object.keys(blankEmployee('', '', '')) as (keyof EmployeesTable)[];

const employeeColumns = camelCaseColumns('employees', employeeColumnNames);

/**
 * Whole employee rows, the columns aliased to their camelCase names: run with `executeWithoutRowMapping` (or a
 * prepared query with `mapRows: false`), the driver's rows are EmployeesTable as they are.
 */
export function employeeRowsQuery(ctx: RepoContext) {
  // Kysely types a selection by its alias; this raw one names every column, so the row type is given instead.
  return employeesQuery(ctx)
    .select(employeeColumns as never)
    .$castTo<EmployeesTable>();
}

/** Which employees a list covers: Sesame's `onlyReturn` (deleted = erased rows, kept so deletions can be synced). */
export type DeletedFilter = 'not_deleted' | 'deleted' | 'all';

/** Like employeeRowsQuery, with the erased rows included or alone as asked (the list's `onlyReturn`). */
export function employeeRowsQueryOf(ctx: RepoContext, which: DeletedFilter) {
  if (which === 'not_deleted') return employeeRowsQuery(ctx);
  let q = tenant(ctx).selectFrom('employees');
  if (which === 'deleted') q = q.where('employees.deletedAt', 'is not', null);
  return q.select(employeeColumns as never).$castTo<EmployeesTable>();
}

const employeeById = preparedQuery(
  (db, p: { companyId: string; id: string }) => employeeRowsQuery({ db, companyId: p.companyId }).where('employees.id', '=', p.id),
  { mapRows: false },
);

export async function findEmployeeRow(ctx: RepoContext, id: string): Promise<EmployeesTable | undefined> {
  const [row] = await employeeById(ctx.db, { companyId: ctx.companyId, id });
  return row;
}

export async function findEmployeeRows(ctx: RepoContext, ids: string[]): Promise<EmployeesTable[]> {
  if (ids.length === 0) return [];
  return executeWithoutRowMapping(ctx.db, employeeRowsQuery(ctx).where('employees.id', 'in', [...new Set(ids)]));
}

/** A custom field's value with the field, as an employee's `customFields` shows it. */
export interface CustomFieldValueRow {
  employeeId: string;
  id: string;
  companyId: string;
  name: string;
  slug: string;
  type: CustomFieldsTable['type'];
  value: string | null;
}

const customFieldValueColumns = sql.raw(
  [
    camelCaseColumnList('custom_field_values', ['employeeId']),
    camelCaseColumnList('custom_fields', ['id', 'companyId', 'name', 'slug', 'type']),
    camelCaseColumnList('custom_field_values', ['value']),
  ].join(', '),
);

// The selection names its columns in camelCase: the rows need no mapping (a page of 100 employees has 200 values).
const customFieldValues = preparedQuery(
  (db, p: { companyId: string; employeeIds: string[] }) =>
    tenant({ db, companyId: p.companyId })
      .selectFrom('customFieldValues')
      .innerJoin('customFields', 'customFields.id', 'customFieldValues.customFieldId')
      .select(customFieldValueColumns as never)
      .$castTo<CustomFieldValueRow>()
      .where('customFieldValues.employeeId', 'in', p.employeeIds)
      .orderBy('customFields.name'),
  { mapRows: false },
);

export async function customFieldValuesFor(ctx: RepoContext, employeeIds: string[]) {
  if (employeeIds.length === 0) return [];
  return customFieldValues(ctx.db, { companyId: ctx.companyId, employeeIds });
}

/** The org-chart manager of each employee up the chain, for cycle checks. */
export async function managerOf(ctx: RepoContext, id: string): Promise<string | null> {
  const row = await employeesQuery(ctx).select('managerId').where('id', '=', id).executeTakeFirst();
  return row?.managerId ?? null;
}
