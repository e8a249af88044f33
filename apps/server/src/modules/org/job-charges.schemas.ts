import { Type } from 'typebox';
import { DateTime, Nullable, OrderByQuery, PageQuery, UpdatedAtQuery, Uuid } from '../../http/schema-kit.js';
import { NameQuery } from './names.js';

export const JobCharge = Type.Object({
  id: Uuid(),
  companyId: Uuid(),
  name: Type.String({ examples: ['Backend developer'] }),
  description: Nullable(Type.String()),
  createdAt: DateTime(),
  updatedAt: DateTime(),
});

export const JobChargeParams = Type.Object({ jobChargeId: Uuid('Job charge ID') });

export const jobChargeSortable = { name: ['nameKey', 'name'], createdAt: 'createdAt', updatedAt: 'updatedAt', id: 'id' } as const;

export const JobChargeListQuery = Type.Object({
  ...NameQuery('job charges'),
  orderBy: OrderByQuery(Object.keys(jobChargeSortable)),
  ...UpdatedAtQuery,
  ...PageQuery,
});

/** Create and PUT: name is required; description keeps its value when not sent on PUT. */
export const JobChargeBody = Type.Object({
  companyId: Type.Optional(Uuid('Your company (as on the other create bodies); another company’s id is a 404.')),
  name: Type.String({ minLength: 1, maxLength: 200, examples: ['Backend developer'] }),
  description: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
});
