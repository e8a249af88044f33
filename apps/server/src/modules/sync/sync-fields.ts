/**
 * The vocabulary of HR data sync: the fields a file can carry (sync fields), the default column names (Workstars'
 * XML element names, also the default CSV header and JSON keys), which columns a file must have, and which employee
 * API fields each sync field writes (what the lock protects).
 */

export const employeeSyncFields = [
  'externalId',
  'firstName',
  'lastName',
  'email',
  'employeeType',
  'department',
  'startDate',
  'country',
  'jobTitle',
  'manager',
  'office',
  'phone',
  'dateOfBirth',
  'gender',
  'endDate',
  'status',
  'middleName',
  'preferredName',
] as const;
export type EmployeeSyncField = (typeof employeeSyncFields)[number];

export const positionSyncFields = ['positionId', 'title', 'parentPositionId', 'holderExternalId'] as const;
export type PositionSyncField = (typeof positionSyncFields)[number];

export type SyncField = EmployeeSyncField | PositionSyncField;

/** Default column (XML element) → sync field. Several columns may name the same field (aliases). */
export const employeeColumns: Record<string, EmployeeSyncField> = {
  employee_id: 'externalId',
  forename: 'firstName',
  surname: 'lastName',
  email: 'email',
  employee_type: 'employeeType',
  department: 'department',
  start_date: 'startDate',
  country: 'country',
  job_title: 'jobTitle',
  line_manager_id: 'manager',
  manager_id: 'manager',
  office: 'office',
  phone: 'phone',
  date_of_birth: 'dateOfBirth',
  gender: 'gender',
  end_date: 'endDate',
  status: 'status',
  middle_name: 'middleName',
  preferred_name: 'preferredName',
};

export const positionColumns: Record<string, PositionSyncField> = {
  position_id: 'positionId',
  position_title: 'title',
  parent_position_id: 'parentPositionId',
  employee_id: 'holderExternalId',
};

/** Columns every employee file must have (Workstars' mandatory elements); a cell may still be empty where allowed. */
export const requiredEmployeeFields: EmployeeSyncField[] = [
  'externalId',
  'firstName',
  'lastName',
  'email',
  'employeeType',
  'department',
  'startDate',
  'country',
];
/** Columns every position file must have; `employee_id` (the holder) may be absent: every position is then vacant. */
export const requiredPositionFields: PositionSyncField[] = ['positionId', 'title', 'parentPositionId'];

/** Fields that take a date (parsed with the mapping's date format; YYYY-MM-DD by default). */
export const dateFields: EmployeeSyncField[] = ['startDate', 'dateOfBirth', 'endDate'];

/** Accepted (Workstars files carry them) but not stored: Roster's employee has no such fields. */
export const ignoredFields: EmployeeSyncField[] = ['middleName', 'preferredName'];

/** Fields a company may declare always-manual: the feed sets them on creation only and never overwrites them. */
export const manualCapableFields = [
  'firstName',
  'lastName',
  'email',
  'employeeType',
  'department',
  'startDate',
  'country',
  'jobTitle',
  'manager',
  'office',
  'phone',
  'dateOfBirth',
  'gender',
] as const;
export type ManualCapableField = (typeof manualCapableFields)[number];

export const defaultManualFields: ManualCapableField[] = ['startDate', 'dateOfBirth'];

/** The employee API field (body of POST/PUT /core/v3/employees) each sync field writes. */
export const apiFieldOf: Partial<Record<EmployeeSyncField, string>> = {
  externalId: 'externalId',
  firstName: 'firstName',
  lastName: 'lastName',
  email: 'email',
  employeeType: 'customFields',
  department: 'departmentId',
  startDate: 'startDate',
  country: 'country',
  jobTitle: 'jobChargeId',
  manager: 'managerId',
  office: 'officeId',
  phone: 'phone',
  dateOfBirth: 'dateOfBirth',
  gender: 'gender',
  endDate: 'status',
  status: 'status',
};

/** The custom field that holds the employee type (created by the first file that carries one). */
export const employeeTypeSlug = 'cf_employee_type';
export const employeeTypeName = 'Employee type';

export const genderValues = ['female', 'male', 'no_response'] as const;
export const statusValues = ['active', 'inactive'] as const;
