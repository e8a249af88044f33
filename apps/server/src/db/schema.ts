import type { CustomFieldsTable, CustomFieldValuesTable } from '../modules/custom-fields/custom-fields.tables.js';
import type { EmployeesTable } from '../modules/employees/employees.tables.js';
import type {
  DepartmentsTable,
  EmployeeDepartmentsTable,
  EmployeeManagersTable,
  EmployeeOfficesTable,
  JobChargesTable,
  OfficesTable,
  RoleAssignationsTable,
  RolesTable,
} from '../modules/org/org.tables.js';
import type {
  PositionsTable,
  SyncFileChangesTable,
  SyncFileErrorsTable,
  SyncFilePartsTable,
  SyncFilesTable,
  SyncMappingsTable,
  SyncSettingsTable,
} from '../modules/sync/sync.tables.js';
import type { ApiKeysTable } from '../platform/api-keys/api-keys.tables.js';
import type { AuditLogsTable } from '../platform/audit/audit.tables.js';
import type { CompaniesTable } from '../platform/companies/companies.tables.js';
import type { EventPurgeMarksTable, EventSequenceMarkTable, EventsTable, InstanceSecretsTable } from '../platform/events/events.tables.js';
import type { IdempotencyKeysTable } from '../platform/idempotency/idempotency.tables.js';
import type { TechnicalUsersTable } from '../platform/technical-users/technical-users.tables.js';
import type {
  WebhookDeliveriesTable,
  WebhookDeliveryAttemptsTable,
  WebhookSubscriptionsTable,
} from '../platform/webhooks/webhooks.tables.js';

/** Every table, composed from the modules that own them. */
export interface Database {
  companies: CompaniesTable;
  apiKeys: ApiKeysTable;
  auditLogs: AuditLogsTable;
  events: EventsTable;
  eventPurgeMarks: EventPurgeMarksTable;
  eventSequenceMark: EventSequenceMarkTable;
  instanceSecrets: InstanceSecretsTable;
  idempotencyKeys: IdempotencyKeysTable;
  departments: DepartmentsTable;
  offices: OfficesTable;
  jobCharges: JobChargesTable;
  employees: EmployeesTable;
  employeeDepartments: EmployeeDepartmentsTable;
  employeeOffices: EmployeeOfficesTable;
  employeeManagers: EmployeeManagersTable;
  roles: RolesTable;
  roleAssignations: RoleAssignationsTable;
  customFields: CustomFieldsTable;
  customFieldValues: CustomFieldValuesTable;
  webhookSubscriptions: WebhookSubscriptionsTable;
  webhookDeliveries: WebhookDeliveriesTable;
  webhookDeliveryAttempts: WebhookDeliveryAttemptsTable;
  technicalUsers: TechnicalUsersTable;
  syncSettings: SyncSettingsTable;
  syncMappings: SyncMappingsTable;
  syncFiles: SyncFilesTable;
  syncFileParts: SyncFilePartsTable;
  syncFileErrors: SyncFileErrorsTable;
  syncFileChanges: SyncFileChangesTable;
  positions: PositionsTable;
}
