import { Type } from 'typebox';
import { BooleanQuery, DateTime, Nullable, OrderByQuery, PageQuery, StringEnum, UpdatedAtQuery, Uuid } from '../../http/schema-kit.js';
import { employeeStatuses } from '../employees/employees.schemas.js';

const PositionRef = Type.Object({
  id: Uuid(),
  externalId: Type.String({ description: 'position_id in the position file.' }),
  title: Type.String(),
});

const Holder = Type.Object(
  {
    id: Uuid(),
    externalId: Nullable(Type.String()),
    firstName: Type.String(),
    lastName: Type.String(),
    email: Nullable(Type.String()),
    status: StringEnum(employeeStatuses, {
      description: 'inactive: the holder was terminated since the last position file (the next one names a new holder).',
    }),
  },
  { description: 'The employee holding the position (GET /core/v3/employees/{id} for the full record).' },
);

export const Position = Type.Object({
  id: Uuid(),
  externalId: Type.String({ description: 'position_id in the position file (unique per company).', examples: ['P-100'] }),
  title: Type.String({ examples: ['Head of Sales'] }),
  parentId: Nullable(Uuid('The parent position; null for the root.')),
  parent: Nullable(PositionRef),
  holder: Nullable(Holder),
  createdAt: DateTime(),
  updatedAt: DateTime(),
});

export const positionSortable = { externalId: 'externalId', title: 'title', createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;

export const PositionListQuery = Type.Object({
  parentId: Type.Optional(Uuid('Children of this position.')),
  holderId: Type.Optional(Uuid('The position(s) this employee holds.')),
  externalId: Type.Optional(Type.String({ description: 'position_id in the file.' })),
  root: Type.Optional(BooleanQuery('true: only the root position; false: every position but the root.')),
  ...UpdatedAtQuery,
  orderBy: OrderByQuery(Object.keys(positionSortable)),
  ...PageQuery,
});
