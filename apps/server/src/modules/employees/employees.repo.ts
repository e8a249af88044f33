import type { ServiceContext } from '../../context.js';
import { camelCaseColumns, executeWithoutRowMapping } from '../../db/camel-case-rows.js';
import { preparedQuery } from '../../db/prepared-query.js';
import { tenant } from '../../db/tenant.js';
import type { EmployeesTable } from './employees.tables.js';

type RepoContext = Pick<ServiceContext, 'db' | 'companyId'>;

/** Queries on employees; every one is scoped to the caller's company and skips erased (deleted) rows. */
export function employeesQuery(ctx: RepoContext) {
  return tenant(ctx).selectFrom('employees').where('employees.deletedAt', 'is', null);
}

/** Every column of EmployeesTable; the compiler checks that none is missing. */
const employeeColumnNames = Object.keys({
  id: true,
  companyId: true,
  externalId: true,
  code: true,
  firstName: true,
  lastName: true,
  email: true,
  emailNormalized: true,
  description: true,
  status: true,
  workStatus: true,
  imageProfileUrl: true,
  gender: true,
  contractId: true,
  pin: true,
  nid: true,
  identityNumberType: true,
  ssn: true,
  phone: true,
  dateOfBirth: true,
  nationality: true,
  maritalStatus: true,
  address: true,
  postalCode: true,
  city: true,
  province: true,
  country: true,
  emergencyPhone: true,
  childrenCount: true,
  disability: true,
  personalEmail: true,
  salaryRange: true,
  studyLevel: true,
  professionalCategoryCode: true,
  professionalCategoryDescription: true,
  bic: true,
  accountNumber: true,
  pricePerHour: true,
  startDate: true,
  terminationDate: true,
  terminationReason: true,
  managerId: true,
  jobChargeId: true,
  invitation: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
} satisfies Record<keyof EmployeesTable, true>) as (keyof EmployeesTable)[];

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

const customFieldValues = preparedQuery((db, p: { companyId: string; employeeIds: string[] }) =>
  tenant({ db, companyId: p.companyId })
    .selectFrom('customFieldValues')
    .innerJoin('customFields', 'customFields.id', 'customFieldValues.customFieldId')
    .select([
      'customFieldValues.employeeId',
      'customFields.id',
      'customFields.companyId',
      'customFields.name',
      'customFields.slug',
      'customFields.type',
      'customFieldValues.value',
    ])
    .where('customFieldValues.employeeId', 'in', p.employeeIds)
    .orderBy('customFields.name'),
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
