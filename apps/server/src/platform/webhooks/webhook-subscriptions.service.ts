import type { Static } from 'typebox';
import { apiTimestamp, nowIso, type ServiceContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import { tenant } from '../../db/tenant.js';
import { conflict, DomainError, invalid, notFound } from '../../http/errors.js';
import { type Page, paginate, parseOrderBy, whereInstantRange } from '../../http/pagination.js';
import { queryBoolean } from '../../http/schema-kit.js';
import { moduleScopes } from '../api-keys/scopes.js';
import { changedFields, changesNothing, inTransaction, recordChange } from '../audit/record-change.js';
import { sensitiveFieldScopes } from '../audit/sensitive-fields.js';
import type { EventCatalogue } from '../events/event-catalogue.js';
import { sequenceCommittedEvents, sequencedHorizon } from '../events/event-sequencer.js';
import { type SubscriptionFilter, validateFilter } from './subscription-filter.js';
import { checkTarget, type Resolver, TargetError, type TargetPolicy } from './url-guard.js';
import type { WebhookSender } from './webhook-sender.js';
import {
  generateSecret,
  MAX_PREVIOUS_SECRETS,
  rotatedSecretColumns,
  signedHeaders,
  signingSecrets,
  unexpiredPreviousSecrets,
} from './webhook-signing.js';
import {
  subscriptionSortable,
  type WebhookSubscription,
  type WebhookSubscriptionCreateBody,
  type WebhookSubscriptionListQuery,
  type WebhookSubscriptionUpdateBody,
  type WebhookTestResult,
} from './webhook-subscriptions.schemas.js';
import type { WebhookSubscriptionsTable } from './webhooks.tables.js';

export type WebhookSubscriptionView = Static<typeof WebhookSubscription>;
export type WebhookSubscriptionCreateInput = Static<typeof WebhookSubscriptionCreateBody>;
export type WebhookSubscriptionUpdateInput = Static<typeof WebhookSubscriptionUpdateBody>;
export type WebhookTestResultView = Static<typeof WebhookTestResult>;

/** What the subscription use cases need besides the context. */
export interface WebhookServiceDeps {
  catalogue: EventCatalogue;
  policy: TargetPolicy;
  sender: WebhookSender;
  /** DNS resolution for the SSRF check (the system resolver by default). */
  resolve?: Resolver;
}

export function toSubscriptionView(row: WebhookSubscriptionsTable): WebhookSubscriptionView {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: JSON.parse(row.events),
    fields: JSON.parse(row.fields),
    enabled: row.enabled === 1,
    disabledReason: row.disabledReason,
    disabledAt: apiTimestamp(row.disabledAt),
    ownerKeyId: row.ownerKeyId,
    previousSecretExpiresAt: apiTimestamp(row.previousSecretExpiresAt),
    createdAt: apiTimestamp(row.createdAt),
    updatedAt: apiTimestamp(row.updatedAt),
  };
}

export function filterOf(row: Pick<WebhookSubscriptionsTable, 'events' | 'fields'>): SubscriptionFilter {
  return { events: JSON.parse(row.events), fields: JSON.parse(row.fields) };
}

export async function requireSubscription(ctx: ServiceContext, id: string): Promise<WebhookSubscriptionsTable> {
  const row = await tenant(ctx).selectFrom('webhookSubscriptions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Webhook subscription', id);
  return row;
}

export async function getSubscription(ctx: ServiceContext, id: string): Promise<WebhookSubscriptionView> {
  return toSubscriptionView(await requireSubscription(ctx, id));
}

export async function listSubscriptions(
  ctx: ServiceContext,
  query: Static<typeof WebhookSubscriptionListQuery>,
): Promise<Page<WebhookSubscriptionView>> {
  let q = tenant(ctx).selectFrom('webhookSubscriptions').selectAll();
  const enabled = queryBoolean(query.enabled);
  if (enabled !== undefined) q = q.where('enabled', '=', enabled ? 1 : 0);
  q = whereInstantRange(q, 'updatedAt', query, 'updatedAt');
  const page = await paginate(q, query, parseOrderBy(query.orderBy, subscriptionSortable, [['createdAt', 'asc']]));
  return { data: page.data.map(toSubscriptionView), meta: page.meta };
}

/** The SSRF check of a target URL, as a 400 (malformed, http) or a 422 (where it points) with the reason. */
async function assertTargetAllowed(deps: WebhookServiceDeps, url: string): Promise<void> {
  try {
    await checkTarget(url, deps.policy, deps.resolve);
  } catch (err) {
    if (!(err instanceof TargetError)) throw err;
    if (err.problem === 'invalid') throw invalid([{ pointer: '/url', message: err.message }], `url: ${err.message}`);
    throw new DomainError('unprocessable', `The webhook target is refused: ${err.message}`, {
      errors: [{ pointer: '/url', message: err.message }],
      reason: err.message,
    });
  }
}

/**
 * The scopes a subscription acts with: those of its owner key now (a key whose scopes are narrowed narrows its
 * subscriptions; a revoked key keeps its last scopes, so revoking it does not silently stop deliveries). Without an
 * owner key (created by the system), the module read scopes and no sensitive scope.
 */
export async function subscriptionScopes(db: Executor, companyId: string, ownerKeyId: string | null): Promise<Set<string>> {
  if (!ownerKeyId) return new Set(moduleScopes.map(([m]) => `${m}:read`));
  const row = await db
    .selectFrom('apiKeys')
    .select('scopes')
    .where('companyId', '=', companyId)
    .where('id', '=', ownerKeyId)
    .executeTakeFirst();
  return new Set(row ? (JSON.parse(row.scopes) as string[]) : []);
}

async function ownerScopesOf(ctx: ServiceContext, row: Pick<WebhookSubscriptionsTable, 'ownerKeyId'>): Promise<ReadonlySet<string>> {
  // The caller's own subscription: its scopes are at hand.
  if (ctx.actor.type === 'api_key' && ctx.actor.id === row.ownerKeyId) return ctx.scopes;
  return subscriptionScopes(ctx.db, ctx.companyId, row.ownerKeyId);
}

/** The changes that could hand a key what a subscription carries, and why each is refused, for the 403. */
const guardedChanges = {
  url: "to change this subscription's url: its deliveries carry what its owner key may read, so only a key that may read the same can send them elsewhere.",
  filter:
    "to change this subscription's events or fields: a key other than its owner may change what it delivers only if it may read it, before and after the change, or it could send it to a url or sign it with a secret that key set while the subscription carried less.",
  secret:
    "to rotate this subscription's secret: whoever holds the secret can sign messages its receiver takes for Roster's, about what its owner key may read, so only a key that may read the same may have it.",
} as const;

/**
 * Sending a subscription's deliveries somewhere else hands whoever receives them what its owner key may read, and its
 * signing secret lets whoever holds it send the owner's receiver messages it takes for genuine ones. So a key that
 * changes the url, the events or the fields, or rotates the secret, must itself hold the read scope of every event type
 * the subscription delivers, before the change and after it (`filters`: the current filter, and the new one), and the
 * sensitive scopes (personal, compensation) the owner key holds. Checking the filter before and after, on every one of
 * these changes, is what makes the rule hold over a series of changes: a key could otherwise narrow the events to what
 * it may read, point the url at its own server (or take the secret), then widen the events again. The owner key itself
 * always passes (what it delivers is what it may read). A 403 naming the first missing scope (`requiredScope`) and all
 * of them (`missingScopes`).
 */
function assertMayChange(
  ctx: ServiceContext,
  catalogue: EventCatalogue,
  ownerScopes: ReadonlySet<string>,
  filters: SubscriptionFilter[],
  change: keyof typeof guardedChanges,
): void {
  const delivered = new Set(catalogue.readableTypes(ownerScopes));
  const needed = new Set<string>();
  for (const filter of filters) {
    for (const pattern of filter.events) {
      for (const type of catalogue.typesMatching(pattern)) if (delivered.has(type)) needed.add(catalogue.get(type)!.scope);
    }
  }
  for (const need of Object.values(sensitiveFieldScopes)) for (const scope of need.read) if (ownerScopes.has(scope)) needed.add(scope);
  const missing = [...needed].filter((scope) => !ctx.scopes.has(scope));
  if (missing.length === 0) return;
  throw new DomainError(
    'forbidden',
    `This API key lacks the scope${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} ${guardedChanges[change]}`,
    { requiredScope: missing[0], missingScopes: missing },
  );
}

/**
 * The checks of a PUT on the subscription as it is, returning the filter it results in: a changed filter must suit the
 * owner key (validateFilter), and a change of the url or of the filter needs a key that may read what the subscription
 * delivers, before and after (assertMayChange). Run before the transaction, so that a refused change is answered
 * before the DNS lookup of a new url, and again inside it on the row being changed, which a concurrent change may have
 * changed meanwhile.
 */
async function checkUpdate(
  ctx: ServiceContext,
  catalogue: EventCatalogue,
  row: WebhookSubscriptionsTable,
  input: WebhookSubscriptionUpdateInput,
): Promise<SubscriptionFilter> {
  const current = filterOf(row);
  const filter = { events: input.events ?? current.events, fields: input.fields ?? current.fields };
  // A filter sent back as it is stays valid, even if the owner key has lost a scope since (it is not a change).
  const filterChanged = JSON.stringify(filter.events) !== row.events || JSON.stringify(filter.fields) !== row.fields;
  const urlChanged = input.url !== undefined && input.url !== row.url;
  if (!filterChanged && !urlChanged) return filter;
  const ownerScopes = await ownerScopesOf(ctx, row);
  if (filterChanged) validateFilter(catalogue, ownerScopes, filter);
  assertMayChange(ctx, catalogue, ownerScopes, [current, filter], urlChanged ? 'url' : 'filter');
  return filter;
}

export async function createSubscription(
  ctx: ServiceContext,
  deps: WebhookServiceDeps,
  input: WebhookSubscriptionCreateInput,
): Promise<WebhookSubscriptionView & { secret: string }> {
  const filter = { events: input.events, fields: input.fields ?? [] };
  validateFilter(deps.catalogue, ctx.scopes, filter);
  await assertTargetAllowed(deps, input.url);
  // Deliveries start with the events that commit after the subscription is created. PostgreSQL: events are numbered in
  // commit order after they commit (event-sequencer.ts); those committed before this request are numbered first, so
  // that they fall at or below the start, not after it.
  // A round numbers at most 10,000 events: a backlog (a large sync file just applied) takes a few.
  if (ctx.dialect === 'postgres' && !ctx.db.isTransaction)
    for (let round = 0; round < 100 && (await sequenceCommittedEvents(ctx.db, ctx.dialect)) >= 10_000; round++);
  return inTransaction(ctx, async (tx) => {
    const at = nowIso(tx);
    // SQLite numbers events with their seq (one writer: seq order is commit order), so the start is the last seq
    // written, numbered or not; PostgreSQL's is the last number handed out.
    const start =
      tx.dialect === 'sqlite'
        ? Number(
            (
              await tx.db
                .selectFrom('events')
                .select((eb) => eb.fn.max('seq').as('top'))
                .executeTakeFirst()
            )?.top ?? 0,
          )
        : await sequencedHorizon(tx.db);
    const enabled = input.enabled ?? true;
    const row: WebhookSubscriptionsTable = {
      id: newId(),
      companyId: tx.companyId,
      url: input.url,
      description: input.description ?? null,
      events: JSON.stringify(filter.events),
      fields: JSON.stringify(filter.fields),
      enabled: enabled ? 1 : 0,
      disabledReason: enabled ? null : 'manual',
      disabledAt: enabled ? null : at,
      secret: generateSecret(),
      previousSecret: null,
      previousSecretExpiresAt: null,
      ownerKeyId: tx.actor.type === 'api_key' ? tx.actor.id : null,
      cursorSeq: start,
      leaseOwner: null,
      leaseExpiresAt: null,
      noticeDueAt: null,
      noticeAttempts: 0,
      createdAt: at,
      updatedAt: at,
    };
    await tenant(tx).insert('webhookSubscriptions', row);
    const view = toSubscriptionView(row);
    await recordChange(tx, {
      resourceType: 'webhook_subscription',
      resourceId: row.id,
      after: view,
      event: { type: 'webhook_subscription.created', data: view },
    });
    return { ...view, secret: row.secret };
  });
}

/**
 * PUT: fields not sent keep their value. `enabled: true` clears the disabling; `false` disables it (`manual`). A PUT
 * that changes nothing (the subscription sent back as read) is not a write: no audit row, no event, and updatedAt stays.
 */
export async function updateSubscription(
  ctx: ServiceContext,
  deps: WebhookServiceDeps,
  id: string,
  input: WebhookSubscriptionUpdateInput,
): Promise<WebhookSubscriptionView> {
  const current = await requireSubscription(ctx, id);
  await checkUpdate(ctx, deps.catalogue, current, input);
  if (input.url !== undefined && input.url !== current.url) await assertTargetAllowed(deps, input.url);
  return inTransaction(ctx, async (tx) => {
    const row = await requireSubscription(tx, id);
    const filter = await checkUpdate(tx, deps.catalogue, row, input);
    const at = nowIso(tx);
    const patch: Partial<WebhookSubscriptionsTable> = { updatedAt: at };
    if (input.url !== undefined) patch.url = input.url;
    if (input.description !== undefined) patch.description = input.description;
    if (input.events !== undefined) patch.events = JSON.stringify(filter.events);
    if (input.fields !== undefined) patch.fields = JSON.stringify(filter.fields);
    if (input.enabled === true && row.enabled === 0) {
      Object.assign(patch, { enabled: 1, disabledReason: null, disabledAt: null, noticeDueAt: null, noticeAttempts: 0 });
    } else if (input.enabled === false && row.enabled === 1) {
      Object.assign(patch, { enabled: 0, disabledReason: 'manual', disabledAt: at });
    }
    const before = toSubscriptionView(row);
    const after = toSubscriptionView({ ...row, ...patch });
    const changes = changedFields(before, after);
    // The same subscription sent again is not a write (see changesNothing).
    if (changesNothing(changes, row, patch)) return before;
    await tenant(tx).updateTable('webhookSubscriptions').set(patch).where('id', '=', id).execute();
    await recordChange(tx, {
      resourceType: 'webhook_subscription',
      resourceId: id,
      before,
      after,
      event: { type: 'webhook_subscription.updated', data: after, changes },
    });
    return after;
  });
}

/** Deletes the subscription with its deliveries and their attempts. */
export async function deleteSubscription(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await requireSubscription(tx, id);
    await tenant(tx).deleteFrom('webhookSubscriptions').where('id', '=', id).execute();
    const before = toSubscriptionView(row);
    await recordChange(tx, {
      resourceType: 'webhook_subscription',
      resourceId: id,
      before,
      event: { type: 'webhook_subscription.deleted', data: before },
    });
  });
}

/**
 * A new secret; the one it replaces keeps signing for 24 h, and so does every secret replaced before within the last
 * 24 h (each message carries one signature per secret meanwhile). Needs a key that may read what the subscription
 * delivers (see assertMayChange); at most MAX_PREVIOUS_SECRETS rotations within 24 h (409 beyond).
 */
export async function rotateSubscriptionSecret(
  ctx: ServiceContext,
  deps: Pick<WebhookServiceDeps, 'catalogue'>,
  id: string,
): Promise<WebhookSubscriptionView & { secret: string }> {
  return inTransaction(ctx, async (tx) => {
    const row = await requireSubscription(tx, id);
    assertMayChange(tx, deps.catalogue, await ownerScopesOf(tx, row), [filterOf(row)], 'secret');
    const now = tx.clock.now();
    const previous = unexpiredPreviousSecrets(row, now);
    if (previous.length >= MAX_PREVIOUS_SECRETS) {
      const oldest = previous[previous.length - 1]!;
      throw conflict(
        `The secret of subscription ${id} was rotated ${previous.length} times in the last 24 h, the most allowed: each replaced secret keeps signing for 24 h after its rotation, so that receivers still using it keep working, and every message carries one signature per secret meanwhile. The next rotation is possible from ${apiTimestamp(oldest.expiresAt)}, when the oldest of them stops signing.`,
      );
    }
    const patch = { ...rotatedSecretColumns(row, generateSecret(), now), updatedAt: now.toISOString() };
    await tenant(tx).updateTable('webhookSubscriptions').set(patch).where('id', '=', id).execute();
    const before = toSubscriptionView(row);
    const after = toSubscriptionView({ ...row, ...patch });
    await recordChange(tx, {
      resourceType: 'webhook_subscription',
      resourceId: id,
      before,
      after,
      event: { type: 'webhook_subscription.secret_rotated', data: after, changes: ['previousSecretExpiresAt'] },
    });
    return { ...after, secret: patch.secret };
  });
}

/** Sends a signed `webhook.test` message now (whatever the filter, enabled or not) and reports the receiver's answer. */
export async function testSubscription(ctx: ServiceContext, deps: WebhookServiceDeps, id: string): Promise<WebhookTestResultView> {
  const row = await requireSubscription(ctx, id);
  await assertTargetAllowed(deps, row.url);
  const now = ctx.clock.now();
  const eventId = newId();
  const body = JSON.stringify({
    id: eventId,
    type: 'webhook.test',
    timestamp: apiTimestamp(now.toISOString()),
    companyId: ctx.companyId,
    data: { subscriptionId: row.id, message: 'A test message from Roster: your endpoint receives and can verify webhooks.' },
  });
  const result = await deps.sender.send(row.url, body, signedHeaders(signingSecrets(row, now), eventId, now, body));
  return {
    success: result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300,
    eventId,
    statusCode: result.statusCode,
    durationMs: result.durationMs,
    response: result.response,
    error: result.error,
  };
}
