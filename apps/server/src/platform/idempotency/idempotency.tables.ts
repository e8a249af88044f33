export interface IdempotencyKeysTable {
  companyId: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
  status: 'running' | 'done';
  responseStatus: number | null;
  responseHeaders: string | null;
  responseBody: string | null;
  createdAt: string;
  expiresAt: string;
}
