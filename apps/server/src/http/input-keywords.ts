import { isIP } from 'node:net';
import type { Ajv } from 'ajv';
import { invalidTextProblem } from '../text-rules.js';

/**
 * Two rules for every string a route declares in its path, query or body, added to the schema the validator compiles
 * (the route's own schema, and so the OpenAPI document, stay as they are):
 *
 * - A UUID is read in lower case. Roster writes ids in lower case; an ERP that keeps them in a SQL Server
 *   `uniqueidentifier` column sends them back in upper case (`3F2504E0-4F89-…`), and that is the same id.
 * - No NUL character (`\u0000`): PostgreSQL cannot store it in text, and no HR value has one. It is a 400 naming
 *   the field, on either database. Nor half of a surrogate pair alone (`\ud800`), which is no character.
 */
const lowercaseUuid = 'x-lowercase-uuid';
const noNul = 'x-no-nul';

type Schema = Record<string, unknown>;

/** A copy of `schema` with the two keywords on every string subschema (UUID or not). */
export function withInputKeywords<T>(schema: T): T {
  return mark(schema, new Map()) as T;
}

function mark(node: unknown, seen: Map<object, unknown>): unknown {
  if (Array.isArray(node)) return node.map((n) => mark(n, seen));
  if (!node || typeof node !== 'object') return node;
  const done = seen.get(node);
  if (done) return done;
  const copy: Schema = {};
  seen.set(node, copy);
  for (const [key, value] of Object.entries(node as Schema)) {
    // Walk subschemas only: not `enum`/`const`/`default`/`examples` values, which are data.
    copy[key] = schemaKeys.has(key) ? markChildren(key, value, seen) : value;
  }
  const types = copy.type;
  const isString = types === 'string' || (Array.isArray(types) && types.includes('string'));
  if (isString) {
    copy[noNul] = true;
    if (copy.format === 'uuid') copy[lowercaseUuid] = true;
  }
  return copy;
}

const schemaKeys = new Set([
  'properties',
  'patternProperties',
  'additionalProperties',
  'items',
  'prefixItems',
  'anyOf',
  'oneOf',
  'allOf',
  'not',
  'if',
  'then',
  'else',
]);

function markChildren(key: string, value: unknown, seen: Map<object, unknown>): unknown {
  if (key === 'properties' || key === 'patternProperties') {
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, mark(v, seen)]));
  }
  return typeof value === 'boolean' ? value : mark(value, seen);
}

interface DataContext {
  parentData: Record<string | number, unknown>;
  parentDataProperty: string | number;
}

/** Registers the keywords on a validator instance. */
export function addInputKeywords(ajv: Ajv): void {
  ajv.addKeyword({
    keyword: lowercaseUuid,
    type: 'string',
    modifying: true,
    errors: false,
    validate(_value: unknown, data: string, _parent: unknown, ctx?: DataContext) {
      if (ctx?.parentData && data !== data.toLowerCase()) ctx.parentData[ctx.parentDataProperty] = data.toLowerCase();
      return true;
    },
  });
  // NUL and half a surrogate pair alone (text-rules.ts: the same rule and words as for HR data sync rows).
  const nulCheck = (_value: unknown, data: string) => {
    const problem = invalidTextProblem(data);
    if (problem === null) return true;
    nulCheck.errors = [{ keyword: noNul, message: problem, params: {} }];
    return false;
  };
  nulCheck.errors = null as unknown;
  ajv.addKeyword({ keyword: noNul, type: 'string', errors: true, validate: nulCheck as never });
  ajv.addFormat('ip-or-cidr', { type: 'string', validate: isIpOrCidr });
}

/** An IPv4 or IPv6 address, or a CIDR range of one (`203.0.113.0/24`, `2001:db8::/32`): format `ip-or-cidr`. */
export function isIpOrCidr(entry: string): boolean {
  const [address, bits, extra] = entry.split('/');
  const family = isIP(address ?? '');
  const maxBits = family === 6 ? 128 : 32;
  return family !== 0 && extra === undefined && (bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits));
}
