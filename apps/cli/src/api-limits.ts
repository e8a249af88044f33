import { fullFormats } from 'ajv-formats/dist/formats.js';
import { CompanyUpdateBody } from '../../server/src/modules/core/core.schemas.js';
import { ApiKeyCreateBody, ApiKeyUpdateBody } from '../../server/src/platform/api-keys/api-keys.schemas.js';

/**
 * The API's limits on what the operator commands store, read from the API's own schemas. What `company create` and
 * `key create` write must be something a client can read and send back whole (GET then PUT, docs/api.md): the
 * company's PUT requires its name, and a key's PUT re-checks whatever it is sent, so a value the API would refuse must
 * not get in through the command line either.
 */

type Keywords = Record<string, unknown>;

/** A numeric keyword of a schema; a schema that lost it is a bug here, not a value to guess. */
function keyword(schema: unknown, name: string): number {
  const value = (schema as Keywords)[name];
  if (typeof value !== 'number') throw new Error(`api-limits: the API schema has no ${name}`);
  return value;
}

/**
 * A limit of a key field, the stricter of POST and PUT: a key the command creates must pass both. `path` leads from
 * the body's properties to the subschema (`ipAllowList.items`).
 */
function keyLimit(path: string, name: string, bound: 'min' | 'max'): number {
  const at = (body: { properties: object }) => path.split('.').reduce<unknown>((node, step) => (node as Keywords)[step], body.properties);
  const both = [keyword(at(ApiKeyCreateBody), name), keyword(at(ApiKeyUpdateBody), name)];
  return bound === 'max' ? Math.min(...both) : Math.max(...both);
}

export const apiKeyLimits = {
  nameMaxLength: keyLimit('name', 'maxLength', 'max'),
  rateLimitMin: keyLimit('rateLimitPerMinute', 'minimum', 'min'),
  rateLimitMax: keyLimit('rateLimitPerMinute', 'maximum', 'max'),
  ipAllowListMaxItems: keyLimit('ipAllowList', 'maxItems', 'max'),
  ipAllowEntryMaxLength: keyLimit('ipAllowList.items', 'maxLength', 'max'),
};

const company = CompanyUpdateBody.properties;

export const companyLimits = {
  nameMaxLength: keyword(company.name, 'maxLength'),
  languageMinLength: keyword(company.language, 'minLength'),
  languageMaxLength: keyword(company.language, 'maxLength'),
};

/** `format: 'email'` as the API checks it (ajv-formats' full format, as app.ts sets it up). */
export function isApiEmail(value: string): boolean {
  return (fullFormats.email as RegExp).test(value);
}

/** JSON Schema's `maxLength` counts characters (code points), not UTF-16 units: an emoji is one. */
export function characters(value: string): number {
  return [...value].length;
}
