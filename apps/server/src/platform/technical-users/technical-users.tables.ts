export interface TechnicalUsersTable {
  id: string;
  companyId: string;
  name: string;
  email: string;
  description: string | null;
  createdAt: string;
  updatedAt: string;
}
