import { Type } from 'typebox';
import { DateTime, Nullable, OrderByQuery, PageQuery, StringEnum, UpdatedAtQuery, Uuid } from '../../http/schema-kit.js';

/** Sesame knows `text`; number, date and boolean are extensions whose values are checked on every employee write. */
export const customFieldTypes = ['text', 'number', 'date', 'boolean'] as const;

const slugPattern = '^cf_[a-z0-9_]+$';
const Slug = (description: string) => Type.String({ pattern: slugPattern, maxLength: 64, examples: ['cf_preferred_os'], description });

export const CustomField = Type.Object({
  id: Uuid(),
  companyId: Uuid(),
  name: Type.String({ examples: ['Preferred OS'] }),
  slug: Type.String({ examples: ['cf_preferred_os'], description: 'Stable machine name, `cf_[a-z0-9_]+`, unique per company.' }),
  type: StringEnum(customFieldTypes, {
    description: 'Value type: `text` (Sesame); `number`, `date` (YYYY-MM-DD) and `boolean` ("true"/"false") are extensions.',
  }),
  createdAt: DateTime(),
  updatedAt: DateTime(),
});

export const customFieldSortable = {
  name: ['nameKey', 'name'],
  slug: 'slug',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  id: 'id',
} as const;

export const CustomFieldListQuery = Type.Object({
  orderBy: OrderByQuery(Object.keys(customFieldSortable)),
  ...UpdatedAtQuery,
  ...PageQuery,
});

const FieldName = Type.String({ minLength: 1, maxLength: 100, examples: ['Preferred OS'] });

export const CustomFieldCreateBody = Type.Object({
  companyId: Type.Optional(Uuid('Your company (Sesame sends it); another company’s id is a 404.')),
  name: FieldName,
  slug: Type.Optional(
    Nullable(Slug('Derived from the name when omitted or null (`Preferred OS` → `cf_preferred_os`). A slug in use is a 409.')),
  ),
  type: StringEnum(customFieldTypes),
});

export const CustomFieldUpdateBody = Type.Object({
  name: FieldName,
  slug: Type.Optional(Nullable(Slug('Omitted or null keeps the slug. A slug in use is a 409.'))),
});
