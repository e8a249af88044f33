export interface AuditLogsTable {
  id: string;
  companyId: string;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  before: string | null;
  after: string | null;
  requestId: string | null;
  createdAt: string;
}
