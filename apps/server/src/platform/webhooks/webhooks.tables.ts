export type DisabledReason = 'manual' | 'gone' | 'failing';
export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

export interface WebhookSubscriptionsTable {
  id: string;
  companyId: string;
  url: string;
  description: string | null;
  /** JSON array of event names and wildcards (`employee.*`, `*`). */
  events: string;
  /** JSON array of field names: `*.updated` events are delivered only when one of them changed (empty: always). */
  fields: string;
  /** 1 or 0. */
  enabled: number;
  disabledReason: DisabledReason | null;
  disabledAt: string | null;
  /** `whsec_…`; needed in clear to sign. */
  secret: string;
  /**
   * The secrets replaced by rotations in the last 24 h, each still signing until its own expiry: a JSON array of
   * `{secret, expiresAt}`, newest first (webhook-signing.ts reads it; a row rotated before several were kept holds one
   * secret in clear, expiring at previousSecretExpiresAt).
   */
  previousSecret: string | null;
  /** The latest expiry of the previous secrets: until then messages carry more than one signature. */
  previousSecretExpiresAt: string | null;
  /** The API key that created the subscription: what it may read is what the subscription receives. */
  ownerKeyId: string | null;
  /** Fan-out cursor on events.commit_seq. */
  cursorSeq: number;
  leaseOwner: string | null;
  leaseExpiresAt: string | null;
  noticeDueAt: string | null;
  noticeAttempts: number;
  createdAt: string;
  updatedAt: string;
}

export interface WebhookDeliveriesTable {
  id: string;
  companyId: string;
  subscriptionId: string;
  eventId: string;
  /** events.commit_seq of the event: deliveries of a subscription go out in this order. */
  eventSeq: number;
  eventType: string;
  status: DeliveryStatus;
  attemptCount: number;
  retryStep: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface WebhookDeliveryAttemptsTable {
  id: string;
  companyId: string;
  deliveryId: string;
  attemptedAt: string;
  /** Null when no HTTP answer came (refused target, connection error, timeout). */
  statusCode: number | null;
  durationMs: number;
  /** The first 1 KB of the answer's body. */
  response: string | null;
  /** Why the attempt failed without an HTTP answer, or what a non-2xx meant. */
  error: string | null;
}
