export interface CompaniesTable {
  id: string;
  name: string;
  notificationEmail: string | null;
  language: string;
  timezone: string;
  region: string;
  liveCompanyId: string | null;
  createdAt: string;
  updatedAt: string;
}
