export interface DepartmentsTable {
  id: string;
  companyId: string;
  name: string;
  /** sortKey(name): lists sort by it (db/sort-key.ts). */
  nameKey: string;
  parentId: string | null;
  externalId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface OfficesTable {
  id: string;
  companyId: string;
  name: string;
  /** sortKey(name): lists sort by it (db/sort-key.ts). */
  nameKey: string;
  description: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  radio: number | null;
  timezone: string | null;
  externalId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface JobChargesTable {
  id: string;
  companyId: string;
  name: string;
  /** sortKey(name): lists sort by it (db/sort-key.ts). */
  nameKey: string;
  description: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface EmployeeDepartmentsTable {
  id: string;
  companyId: string;
  employeeId: string;
  departmentId: string;
  createdAt: string;
  updatedAt: string;
}

export interface EmployeeOfficesTable {
  id: string;
  companyId: string;
  employeeId: string;
  officeId: string;
  createdAt: string;
  updatedAt: string;
}

export interface EmployeeManagersTable {
  id: string;
  companyId: string;
  employeeId: string;
  managerId: string;
  permission: 'check' | 'vacation';
  order: number;
  createdAt: string;
  updatedAt: string;
}

export interface RolesTable {
  id: string;
  companyId: string;
  name: string;
  /** sortKey(name): lists sort by it (db/sort-key.ts). */
  nameKey: string;
  createdAt: string;
  updatedAt: string;
}

export interface RoleAssignationsTable {
  id: string;
  companyId: string;
  roleId: string;
  employeeId: string;
  affectedEntityType: string;
  affectedEntityId: string;
  createdAt: string;
  updatedAt: string;
}
