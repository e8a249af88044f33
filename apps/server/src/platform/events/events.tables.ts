import type { Generated } from 'kysely';

export interface EventsTable {
  seq: Generated<number>;
  id: string;
  companyId: string;
  type: string;
  resourceType: string;
  resourceId: string | null;
  /** JSON: the resource as the API's GET returns it, with every field. */
  data: string;
  /** JSON array of changed field names (updates only). */
  changes: string | null;
  requestId: string | null;
  createdAt: string;
  /**
   * Commit-ordered number, assigned after commit by the sequencer (platform/events/event-sequencer.ts); null until then.
   * The change feed and webhook fan-out read events in this order.
   */
  commitSeq: number | null;
}

/** Secrets of the installation, made on first use (migration 0010): `feed-cursor-key` seals change-feed cursors. */
export interface InstanceSecretsTable {
  name: string;
  /** base64 */
  value: string;
  createdAt: string;
}

/** Per company, the last commit position whose events the retention deleted (migration 0013; event-retention.ts). */
export interface EventPurgeMarksTable {
  companyId: string;
  commitSeq: number;
}

/** One row (id 1): the largest commit position ever handed out (migration 0014; event-sequencer.ts). */
export interface EventSequenceMarkTable {
  id: number;
  top: number;
}
