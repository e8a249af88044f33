export interface EmployeesTable {
  id: string;
  companyId: string;
  externalId: string | null;
  code: number | null;
  firstName: string;
  lastName: string;
  /** sortKey(firstName), sortKey(lastName): lists sort by them (db/sort-key.ts). */
  firstNameKey: string;
  lastNameKey: string;
  email: string | null;
  /** Lower-cased email, for the per-company uniqueness rule among active employees. */
  emailNormalized: string | null;
  description: string | null;
  status: 'active' | 'inactive';
  workStatus: string;
  imageProfileUrl: string | null;
  gender: string | null;
  contractId: string | null;
  pin: number | null;
  nid: string | null;
  identityNumberType: string | null;
  ssn: string | null;
  phone: string | null;
  dateOfBirth: string | null;
  nationality: string | null;
  maritalStatus: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  province: string | null;
  country: string | null;
  emergencyPhone: string | null;
  childrenCount: number | null;
  disability: number | null;
  personalEmail: string | null;
  salaryRange: string | null;
  studyLevel: string | null;
  professionalCategoryCode: string | null;
  professionalCategoryDescription: string | null;
  bic: string | null;
  accountNumber: string | null;
  /** Decimal string. */
  pricePerHour: string | null;
  startDate: string | null;
  terminationDate: string | null;
  terminationReason: string | null;
  /** The organisation-chart manager. */
  managerId: string | null;
  jobChargeId: string | null;
  invitation: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}
