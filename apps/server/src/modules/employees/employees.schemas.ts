import { type Static, Type } from 'typebox';
import { DateString, DateTime, Nullable, OrderByQuery, PageQuery, StringEnum, UpdatedAtQuery, Uuid } from '../../http/schema-kit.js';
import { Company } from '../core/core.schemas.js';

export const employeeStatuses = ['active', 'inactive'] as const;
export const genders = ['female', 'male', 'no_response'] as const;
export const identityNumberTypes = ['dni', 'nie', 'rut', 'other'] as const;
export const workStatuses = ['online', 'offline', 'paused', 'remote'] as const;

export const EmployeeCustomField = Type.Object({
  id: Uuid(),
  companyId: Uuid(),
  name: Type.String(),
  slug: Type.String({ examples: ['cf_preferred_os'] }),
  type: Type.String({ examples: ['text'] }),
  value: Nullable(Type.String()),
});

const sensitive = (what: string) => `${what} Omitted unless the key holds the matching scope (see the scopes table).`;

/** The Sesame Employee object, plus the ERP extensions (externalId, startDate, terminationDate, …). */
export const EmployeeSchema = Type.Object(
  {
    id: Uuid(),
    firstName: Type.String({ examples: ['Lucas'] }),
    lastName: Type.String({ examples: ['García'] }),
    email: Nullable(Type.String({ format: 'email' })),
    description: Nullable(Type.String()),
    status: StringEnum(employeeStatuses),
    workStatus: StringEnum(workStatuses),
    imageProfileURL: Nullable(Type.String()),
    code: Nullable(Type.Integer({ examples: [1] })),
    pin: Nullable(Type.Integer({ examples: [1000] })),
    phone: Nullable(Type.String({ examples: ['+34 111 11 11 11'] })),
    company: Company,
    gender: Nullable(StringEnum(genders)),
    contractId: Nullable(Type.String()),
    nid: Type.Optional(Nullable(Type.String({ description: sensitive('National id.') }))),
    identityNumberType: Nullable(StringEnum(identityNumberTypes)),
    ssn: Type.Optional(Nullable(Type.String({ description: sensitive('Social security number.') }))),
    pricePerHour: Type.Optional(Nullable(Type.Number({ description: sensitive('Cost per hour.') }))),
    accountNumber: Type.Optional(Nullable(Type.String({ description: sensitive('Bank account (IBAN).') }))),
    dateOfBirth: Type.Optional(Nullable(DateString(sensitive('Date of birth.')))),
    customFields: Type.Array(EmployeeCustomField),
    createdAt: DateTime(),
    updatedAt: DateTime(),
    children: Nullable(Type.Integer({ examples: [2] })),
    disability: Nullable(Type.Integer({ examples: [25] })),
    address: Type.Optional(Nullable(Type.String({ description: sensitive('Postal address.') }))),
    postalCode: Nullable(Type.String()),
    city: Nullable(Type.String()),
    province: Nullable(Type.String()),
    country: Nullable(Type.String()),
    nationality: Nullable(Type.String()),
    personalMail: Nullable(Type.String()),
    maritalStatus: Nullable(Type.String()),
    emergencyPhone: Nullable(Type.String()),
    salaryRange: Type.Optional(Nullable(Type.String({ description: sensitive('Salary range.') }))),
    studyLevel: Nullable(Type.String()),
    professionalCategoryCode: Nullable(Type.String()),
    professionalCategoryDescription: Nullable(Type.String()),
    bic: Type.Optional(Nullable(Type.String({ description: sensitive('Bank BIC.') }))),
    externalId: Nullable(Type.String({ description: 'Extension: the key of this employee in the ERP/HRIS; unique per company.' })),
    startDate: Nullable(DateString('Extension: first working day.')),
    terminationDate: Nullable(DateString('Extension: last working day, set by terminate.')),
    terminationReason: Nullable(Type.String({ description: 'Extension: reason given on termination.' })),
    managerId: Nullable(Uuid('Extension: the organisation-chart manager.')),
    jobChargeId: Nullable(Uuid('Extension: the job title.')),
    deletedAt: Type.Optional(
      DateTime(
        'Extension: when the employee was deleted (personal data erased). Present only on deleted employees, which only `onlyReturn=deleted|all` lists.',
      ),
    ),
  },
  { $id: 'Employee', title: 'Employee' },
);

/** A reference to the shared Employee schema (registered once with the app), for every route that returns one. */
export const Employee = Type.Unsafe<Static<typeof EmployeeSchema>>({ $ref: 'Employee#' });

const CustomFieldValueInput = Type.Object({
  id: Uuid('Custom field id.'),
  value: Nullable(Type.String({ maxLength: 2000, examples: ['My custom value'] })),
});

const optional = {
  description: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  gender: Type.Optional(Nullable(StringEnum(genders))),
  email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254 }))),
  contractId: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
  code: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 2147483647 }))),
  pin: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 2147483647 }))),
  nid: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
  identityNumberType: Type.Optional(Nullable(StringEnum(identityNumberTypes))),
  ssn: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
  dateOfBirth: Type.Optional(Nullable(DateString())),
  customFields: Type.Optional(
    Nullable(Type.Array(CustomFieldValueInput, { maxItems: 200, description: 'Values to set; null or omitted: no change.' })),
  ),
  nationality: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  maritalStatus: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  address: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  postalCode: Type.Optional(Nullable(Type.String({ maxLength: 32 }))),
  emergencyPhone: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
  childrenCount: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100 }))),
  disability: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100 }))),
  personalEmail: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254 }))),
  city: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  province: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  country: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  salaryRange: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  studyLevel: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  professionalCategoryCode: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  professionalCategoryDescription: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  bic: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
  accountNumber: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
  pricePerHour: Type.Optional(Nullable(Type.Number({ minimum: 0 }))),
  imageProfileURL: Type.Optional(
    Nullable(Type.String({ maxLength: 2000, description: 'An http(s) URL of the picture (a stored value sent back as read passes).' })),
  ),
  externalId: Type.Optional(
    Nullable(Type.String({ minLength: 1, maxLength: 255, description: 'Extension: ERP/HRIS key, unique per company.' })),
  ),
  startDate: Type.Optional(Nullable(DateString('Extension: first working day.'))),
  managerId: Type.Optional(Nullable(Uuid('Extension: organisation-chart manager.'))),
  jobChargeId: Type.Optional(Nullable(Uuid('Extension: job title.'))),
};

export const EmployeeCreateBody = Type.Object({
  companyId: Type.Optional(Uuid('Your company (Sesame sends it); another company’s id is a 404.')),
  firstName: Type.String({ minLength: 1, maxLength: 100 }),
  lastName: Type.String({ minLength: 1, maxLength: 100 }),
  invitation: Type.Optional(Type.Boolean({ description: 'Sesame’s invitation flag; stored, no email is sent.', default: false })),
  status: Type.Optional(StringEnum(employeeStatuses, { default: 'active' })),
  departmentId: Type.Optional(Nullable(Uuid('Also assign the employee to this department (null: none).'))),
  officeId: Type.Optional(Nullable(Uuid('Also assign the employee to this office (null: none).'))),
  ...optional,
});

export const EmployeeUpdateBody = Type.Object({
  firstName: Type.String({ minLength: 1, maxLength: 100 }),
  lastName: Type.String({ minLength: 1, maxLength: 100 }),
  status: StringEnum(employeeStatuses),
  ...optional,
});

/** Names sort by their sort keys (db/sort-key.ts: without accents and case), then as written. */
export const employeeSortable = {
  firstName: ['firstNameKey', 'firstName'],
  lastName: ['lastNameKey', 'lastName'],
  email: 'email',
  code: 'code',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  startDate: 'startDate',
  status: 'status',
  id: 'id',
} as const;

export const EmployeeListQuery = Type.Object({
  code: Type.Optional(
    Type.Integer({ minimum: 0, maximum: 2147483647, description: 'Find employee by code (0 to 2147483647, as codes are)' }),
  ),
  dni: Type.Optional(Type.String({ description: 'Find employee by national id (nid); needs personal:read (403 without it)' })),
  email: Type.Optional(Type.String({ description: 'Find employee by email (case-insensitive)' })),
  externalId: Type.Optional(Type.String({ description: 'Extension: find employee by ERP/HRIS key' })),
  departmentIds: Type.Optional(Type.Array(Type.String(), { description: 'Department ids, comma-separated (`a,b`) or repeated' })),
  officeIds: Type.Optional(Type.Array(Type.String(), { description: 'Office ids, comma-separated (`a,b`) or repeated' })),
  status: Type.Optional(StringEnum(employeeStatuses)),
  'status[in]': Type.Optional(Type.String({ description: 'Comma-separated statuses, e.g. `active,inactive`' })),
  ...UpdatedAtQuery,
  onlyReturn: Type.Optional(
    StringEnum(['not_deleted', 'deleted', 'all'] as const, {
      description:
        'Which employees to list: `not_deleted` (default), `deleted` (erased employees, with `deletedAt`; combine with `updatedAt[gte]` to sync deletions) or `all`.',
    }),
  ),
  orderBy: OrderByQuery(Object.keys(employeeSortable)),
  ...PageQuery,
});

export const TerminateBody = Type.Object({
  date: Type.Optional(Nullable(DateString('Last working day; today when omitted or null.'))),
  reason: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
});
