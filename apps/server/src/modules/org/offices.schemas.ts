import { Type } from 'typebox';
import { DateTime, Nullable, OrderByQuery, PageQuery, UpdatedAtQuery, Uuid } from '../../http/schema-kit.js';
import { NameQuery } from './names.js';

const OfficeName = Type.String({ minLength: 1, maxLength: 200, examples: ['Madrid HQ'] });

const Latitude = Type.Number({ minimum: -90, maximum: 90, examples: [40.4465] });
const Longitude = Type.Number({ minimum: -180, maximum: 180, examples: [-3.6916] });

/** As read: both keys always there, a coordinate not recorded is null (the whole object is null when neither is). */
export const Coordinates = Type.Object({ latitude: Nullable(Latitude), longitude: Nullable(Longitude) });

/** As written: Sesame requires neither coordinate. */
const CoordinatesInput = Type.Object(
  { latitude: Type.Optional(Nullable(Latitude)), longitude: Type.Optional(Nullable(Longitude)) },
  {
    description:
      'Either coordinate may come alone. Sent, the object replaces both: a coordinate left out or null becomes null (a PUT with only `latitude` clears a stored longitude); `null` or `{}` clears both.',
  },
);

/** Sesame's Office, plus the time zone and timestamps as extensions. */
export const Office = Type.Object({
  id: Uuid(),
  name: Type.String({ examples: ['Madrid HQ'] }),
  description: Nullable(Type.String()),
  address: Nullable(Type.String({ examples: ['Paseo de la Castellana 100, 28046 Madrid'] })),
  coordinates: Nullable(Coordinates),
  radio: Nullable(Type.Integer({ description: 'Radius in metres around the coordinates that counts as at the office.', examples: [100] })),
  timezone: Nullable(Type.String({ description: 'Extension: IANA time zone of the office.', examples: ['Europe/Madrid'] })),
  createdAt: DateTime('Extension.'),
  updatedAt: DateTime('Extension.'),
});

export const officeSortable = { name: ['nameKey', 'name'], createdAt: 'createdAt', updatedAt: 'updatedAt', id: 'id' } as const;

export const OfficeListQuery = Type.Object({
  ...NameQuery('offices'),
  orderBy: OrderByQuery(Object.keys(officeSortable)),
  ...UpdatedAtQuery,
  ...PageQuery,
});

const officeFields = {
  description: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  name: OfficeName,
  address: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  coordinates: Type.Optional(Nullable(CoordinatesInput)),
  radio: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1000000, description: 'Radius in metres.' }))),
  timezone: Type.Optional(
    Nullable(Type.String({ minLength: 1, maxLength: 64, description: 'Extension: IANA time zone, e.g. Europe/Madrid.' })),
  ),
};

export const OfficeCreateBody = Type.Object({
  companyId: Type.Optional(Uuid('Your company (Sesame sends it); another company’s id is a 404.')),
  ...officeFields,
});

/** PUT: name is required; other fields sent replace their values, fields not sent keep theirs. */
export const OfficeUpdateBody = Type.Object(officeFields);

export const OfficeDeleteQuery = Type.Object({
  reassignTo: Type.Optional(
    Uuid('Extension: move the employees of the deleted office to this office (otherwise an office with employees is a 409).'),
  ),
});
