import { Type } from 'typebox';
import { DateTime, Nullable, OrderByQuery, PageQuery, UpdatedAtQuery, Uuid } from '../../http/schema-kit.js';

export const TechnicalUser = Type.Object({
  id: Uuid(),
  name: Type.String({ examples: ['SAP HR export'] }),
  email: Type.String({ format: 'email', description: 'Receives the HR data sync mail (status, counts, link to the error report).' }),
  description: Nullable(Type.String()),
  activeApiKeys: Type.Integer({ description: 'Number of active (not revoked) API keys this technical user owns.' }),
  createdAt: DateTime(),
  updatedAt: DateTime(),
});

export const TechnicalUserCreateBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200, description: 'Unique per company.' }),
  email: Type.String({ format: 'email', maxLength: 254 }),
  description: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
});

export const TechnicalUserUpdateBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
  description: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
});

export const technicalUserSortable = { name: 'name', email: 'email', createdAt: 'createdAt', updatedAt: 'updatedAt', id: 'id' } as const;

export const TechnicalUserListQuery = Type.Object({
  orderBy: OrderByQuery(Object.keys(technicalUserSortable)),
  ...UpdatedAtQuery,
  ...PageQuery,
});
