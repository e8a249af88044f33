import type { TSchema } from 'typebox';
import { isKnownScope } from '../api-keys/scopes.js';

/** One event type a module emits. */
export interface EventDefinition {
  /** `<resource>.<past-tense verb>`, snake_case: `employee.updated`, `employee.terminated`. */
  type: string;
  description: string;
  /** Scope a key needs to receive the event (the feed: the caller; a webhook: the subscription's owner key). */
  scope: string;
  /** Schema of `data`: the object as the API's GET returns it. */
  data: TSchema;
  /** The payload carries `changes` (names of the fields that changed). */
  changes?: boolean;
  /**
   * Not written to the outbox: sent on request only (`webhook.test`). Listed in the catalogue (`inFeed: false`), never
   * in the feed, the delivery log or a subscription's filter (naming it there is a 400 that says so, see whyNoMatch).
   */
  synthetic?: boolean;
}

/** The events of one module, registered by the module itself when the app is built. */
export interface EventGroup {
  module: string;
  events: EventDefinition[];
  /** Shared schemas (with an `$id`) that `data` refers to with `$ref: '<Id>#'`, such as Employee. */
  sharedSchemas?: TSchema[];
}

const typePattern = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/;

/** Declares a module's events; the names are checked here so that a typo fails when the app is built. */
export function defineEvents(module: string, events: EventDefinition[], options: { sharedSchemas?: TSchema[] } = {}): EventGroup {
  for (const e of events) {
    if (!typePattern.test(e.type)) throw new Error(`Event type "${e.type}" of ${module} is not <resource>.<verb> in snake_case`);
    if (!isKnownScope(e.scope)) throw new Error(`Event type "${e.type}" of ${module} names an unknown scope "${e.scope}"`);
  }
  return { module, events, sharedSchemas: options.sharedSchemas };
}

/** `*`, `employee.*` or an exact name. */
export function eventPatternMatches(pattern: string, type: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('.*')) return type.startsWith(pattern.slice(0, -1));
  return pattern === type;
}

export function isWildcard(pattern: string): boolean {
  return pattern === '*' || pattern.endsWith('.*');
}

type Json = Record<string, unknown>;

/**
 * Every event type of every module, with the JSON schema of its payload. Modules add their own group while the app is
 * built (`deps.eventCatalogue.register(...)` in their register function), so there is no central list to maintain.
 */
export class EventCatalogue {
  private readonly byType = new Map<string, EventDefinition & { module: string }>();
  private readonly shared = new Map<string, Json>();

  register(group: EventGroup): void {
    for (const schema of group.sharedSchemas ?? []) {
      const json = JSON.parse(JSON.stringify(schema)) as Json;
      if (typeof json.$id !== 'string') throw new Error(`A shared schema of ${group.module} has no $id`);
      this.shared.set(json.$id, json);
    }
    for (const e of group.events) {
      const existing = this.byType.get(e.type);
      if (existing) throw new Error(`Event type "${e.type}" is registered by both ${existing.module} and ${group.module}`);
      this.byType.set(e.type, { ...e, module: group.module });
    }
  }

  has(type: string): boolean {
    return this.byType.has(type);
  }

  get(type: string): (EventDefinition & { module: string }) | undefined {
    return this.byType.get(type);
  }

  /** Every definition, sorted by type. */
  list(): (EventDefinition & { module: string })[] {
    return [...this.byType.values()].sort((a, b) => a.type.localeCompare(b.type));
  }

  /** Types written to the outbox (what the feed and subscriptions can see). */
  outboxTypes(): string[] {
    return this.list()
      .filter((e) => !e.synthetic)
      .map((e) => e.type);
  }

  /** Outbox types a pattern matches. */
  typesMatching(pattern: string): string[] {
    return this.outboxTypes().filter((t) => eventPatternMatches(pattern, t));
  }

  /**
   * Why a type or wildcard that typesMatching finds nothing for is refused, for the 400 of the feed's `types`, a
   * subscription's `events` and the delivery log's `eventType`: a type sent on request only (in the catalogue, so
   * "unknown" would contradict GET /event/v1/event-types), a wildcard that matches nothing, or an unknown name, with
   * the types of its resource when there are any (a wrong verb is the usual typo).
   */
  whyNoMatch(pattern: string): string {
    const def = this.byType.get(pattern);
    if (def?.synthetic) {
      return `"${pattern}" is never in the change feed, the delivery log or a subscription's filter (inFeed: false in GET /event/v1/event-types): ${def.description}`;
    }
    if (isWildcard(pattern)) return `"${pattern}" matches no event type; GET /event/v1/event-types lists them`;
    const resource = pattern.split('.')[0];
    const siblings = this.outboxTypes().filter((t) => t.startsWith(`${resource}.`));
    return siblings.length
      ? `unknown event type "${pattern}"; those of ${resource} are ${siblings.join(', ')}`
      : `unknown event type "${pattern}"; GET /event/v1/event-types lists them`;
  }

  /** Outbox types a holder of these scopes may receive. */
  readableTypes(scopes: ReadonlySet<string>): string[] {
    return this.list()
      .filter((e) => !e.synthetic && scopes.has(e.scope))
      .map((e) => e.type);
  }

  /** Top-level field names of the data of an event type (for field filters). */
  dataFields(type: string): string[] {
    const def = this.byType.get(type);
    if (!def) return [];
    const data = this.resolve(JSON.parse(JSON.stringify(def.data)) as Json, 'inline');
    return Object.keys((data.properties as Json | undefined) ?? {});
  }

  /**
   * JSON schema of the whole payload of an event type. `inline` resolves shared schemas in place (a self-contained
   * document, for GET /event/v1/event-types); `openapi` points at `#/components/schemas/<Id>` (for /openapi.json).
   */
  payloadSchema(type: string, refs: 'inline' | 'openapi' = 'inline'): Json {
    const def = this.byType.get(type);
    if (!def) throw new Error(`Unknown event type ${type}`);
    const properties: Json = {
      id: { type: 'string', format: 'uuid', description: 'Event id; also the `webhook-id` header, stable across retries.' },
      type: { type: 'string', const: def.type },
      timestamp: { type: 'string', format: 'date-time', description: 'When the change happened.' },
      companyId: { type: 'string', format: 'uuid' },
      data: this.resolve(JSON.parse(JSON.stringify(def.data)) as Json, refs),
    };
    const required = ['id', 'type', 'timestamp', 'companyId', 'data'];
    if (def.changes) {
      properties.changes = {
        type: 'array',
        items: { type: 'string' },
        description: 'Names of the fields of `data` that changed (when the change is an update of fields).',
      };
    }
    return { type: 'object', title: def.type, description: def.description, required, properties };
  }

  /** The OpenAPI 3.1 `webhooks` section: one POST per event type, with its payload as the request body. */
  openApiWebhooks(): Json {
    const out: Json = {};
    for (const def of this.list()) {
      out[def.type] = {
        post: {
          operationId: `webhook_${def.type.replace('.', '_')}`,
          summary: def.type,
          description: `${def.description}\n\nSent to subscriptions whose event filter matches (and whose owner key holds \`${def.scope}\`), signed per Standard Webhooks (headers \`webhook-id\`, \`webhook-timestamp\`, \`webhook-signature\`). Answer any 2xx; 410 disables the subscription.`,
          tags: ['Webhooks'],
          // Sent by Roster, not called on it: no API key; receivers check the signature instead.
          security: [],
          requestBody: { required: true, content: { 'application/json': { schema: this.payloadSchema(def.type, 'openapi') } } },
          responses: { '2XX': { description: 'Received. Anything else is retried on the schedule; 410 disables the subscription.' } },
        },
      };
    }
    return out;
  }

  private resolve(node: Json, refs: 'inline' | 'openapi', depth = 0): Json {
    if (depth > 32) return node;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.endsWith('#')) {
      const id = ref.slice(0, -1);
      const target = this.shared.get(id);
      if (target) {
        if (refs === 'openapi') return { $ref: `#/components/schemas/${id}` };
        const { $id: _id, ...rest } = target;
        return this.resolve(JSON.parse(JSON.stringify(rest)) as Json, refs, depth + 1);
      }
    }
    const out: Json = {};
    for (const [k, v] of Object.entries(node)) {
      if (Array.isArray(v)) out[k] = v.map((item) => (isObject(item) ? this.resolve(item, refs, depth + 1) : item));
      else if (isObject(v)) out[k] = this.resolve(v, refs, depth + 1);
      else out[k] = v;
    }
    return out;
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
