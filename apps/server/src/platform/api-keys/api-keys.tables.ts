export interface ApiKeysTable {
  id: string;
  companyId: string;
  name: string;
  prefix: string;
  tokenHash: string;
  /** JSON array of scope names. */
  scopes: string;
  rateLimitPerMinute: number | null;
  /** JSON array of IPs or CIDR ranges; empty means any address. */
  ipAllowList: string;
  createdByKeyId: string | null;
  /** The technical user (non-person account) that owns the key, if any. */
  technicalUserId: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
  updatedAt: string;
}
