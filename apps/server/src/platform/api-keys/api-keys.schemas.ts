import { Type } from 'typebox';
import { DateTime, Nullable, OrderByQuery, PageQuery, StringEnum, UpdatedAtQuery, Uuid } from '../../http/schema-kit.js';
import { allScopes } from './scopes.js';

const Scope = StringEnum(allScopes, { description: 'A scope name; see the API description for the list.' });

export const ApiKey = Type.Object({
  id: Uuid(),
  name: Type.String(),
  prefix: Type.String({ description: 'First characters of the token, to recognise it; the token itself is never shown again.' }),
  scopes: Type.Array(Type.String()),
  rateLimitPerMinute: Nullable(Type.Integer({ description: 'Own per-minute budget; null shares the company’s.' })),
  ipAllowList: Type.Array(Type.String(), { description: 'Allowed caller IPs or CIDR ranges; empty allows any.' }),
  technicalUserId: Nullable(Uuid('The technical user (non-person account) that owns this key; null for none.')),
  status: StringEnum(['active', 'revoked'] as const),
  lastUsedAt: Nullable(Type.String({ format: 'date-time' })),
  revokedAt: Nullable(Type.String({ format: 'date-time' })),
  createdAt: DateTime(),
  updatedAt: DateTime(),
});

export const ApiKeyWithToken = Type.Evaluate(
  Type.Intersect([
    ApiKey,
    Type.Object({ token: Type.String({ description: 'The secret token. Shown only in this answer: store it now.' }) }),
  ]),
);

export const ApiKeyCreateBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  scopes: Type.Array(Scope, { minItems: 1, uniqueItems: true }),
  rateLimitPerMinute: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1_000_000 }))),
  ipAllowList: Type.Optional(Type.Array(Type.String({ maxLength: 64, format: 'ip-or-cidr' }), { maxItems: 100 })),
  technicalUserId: Type.Optional(Nullable(Uuid('Technical user that owns the key (see /security/v1/technical-users); 404 if unknown.'))),
});

export const ApiKeyUpdateBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  scopes: Type.Optional(Type.Array(Scope, { minItems: 1, uniqueItems: true })),
  rateLimitPerMinute: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1_000_000 }))),
  ipAllowList: Type.Optional(Type.Array(Type.String({ maxLength: 64, format: 'ip-or-cidr' }), { maxItems: 100 })),
  technicalUserId: Type.Optional(Nullable(Uuid('Technical user that owns the key (see /security/v1/technical-users); 404 if unknown.'))),
});

/** `lastUsedAt` sorts on an alias in which a key never used counts as the least recently used (same on both databases). */
export const apiKeySortable = {
  name: 'name',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  lastUsedAt: 'lastUsedOrder',
  id: 'id',
} as const;

export const ApiKeyListQuery = Type.Object({
  orderBy: OrderByQuery(Object.keys(apiKeySortable)),
  ...UpdatedAtQuery,
  ...PageQuery,
});
