import { Type } from 'typebox';
import { DateTime, Nullable, OrderByQuery, PageQuery, StringEnum, UpdatedAtQuery, Uuid } from '../../http/schema-kit.js';

const fieldNote =
  'Sync fields: employees — externalId, firstName, lastName, email, employeeType, department, startDate, country, jobTitle, manager, office, phone, dateOfBirth, gender, endDate, status, middleName, preferredName; positions — positionId, title, parentPositionId, holderExternalId.';

const Columns = Type.Record(Type.String({ minLength: 1, maxLength: 200 }), Type.String(), {
  description: `Source column (header or JSON key, compared trimmed and case-insensitively; not empty, and two names that differ only by case or spaces must give the same field) → sync field. Merged over the default column names (the XSD element names), so only the columns that differ need listing. ${fieldNote}`,
  examples: [{ PERNR: 'externalId', VORNA: 'firstName', NACHN: 'lastName' }],
});
const ValueMaps = Type.Record(Type.String(), Type.Record(Type.String({ maxLength: 200 }), Type.String({ maxLength: 200 })), {
  description:
    'Sync field → { source value → Roster value }, e.g. `{"status": {"A": "active", "I": "inactive"}}`. Matched exactly, then case-insensitively. A target must be a value the field accepts: `status` active or inactive, `gender` female, male or no_response (or empty); a date field, a date in its format.',
});
const DateFormats = Type.Record(Type.String(), Type.String({ maxLength: 40 }), {
  description: 'Sync field → date format, overriding `dateFormat` for that field.',
});
const Constants = Type.Record(Type.String(), Type.String({ maxLength: 255 }), {
  description:
    'Sync field → the value every row gets (for columns the export lacks, e.g. `{"country": "ES"}`). A field cannot have both a column and a constant; the key (`externalId`; `positionId`) and `parentPositionId` cannot be constants; the value (after the field’s value map) must be one the field accepts.',
});

export const Mapping = Type.Object({
  id: Uuid(),
  name: Type.String(),
  kind: StringEnum(['employees', 'positions'] as const),
  columns: Columns,
  valueMaps: ValueMaps,
  dateFormat: Type.String({
    description: 'Tokens YYYY, MM, M, DD, D and literals: `YYYY-MM-DD` (default), `DD.MM.YYYY` (1C), `YYYYMMDD` (SAP), `MM/DD/YYYY`.',
  }),
  dateFormats: DateFormats,
  constants: Constants,
  delimiter: Nullable(
    StringEnum([',', ';', '\t', '|'] as const, { description: 'CSV delimiter; null detects `,` `;` or tab from the header.' }),
  ),
  encoding: Type.String({
    description: 'Text encoding of CSV files: utf-8 (default, BOM or not), windows-1251, windows-1252, iso-8859-1, utf-16le, …',
  }),
  createdAt: DateTime(),
  updatedAt: DateTime(),
});

const body = {
  columns: Type.Optional(Columns),
  valueMaps: Type.Optional(ValueMaps),
  dateFormat: Type.Optional(
    Type.String({ minLength: 4, maxLength: 40, description: 'Default `YYYY-MM-DD` on create; kept when not sent on update.' }),
  ),
  dateFormats: Type.Optional(DateFormats),
  constants: Type.Optional(Constants),
  delimiter: Type.Optional(Nullable(StringEnum([',', ';', '\t', '|'] as const))),
  encoding: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
};

export const MappingCreateBody = Type.Object({
  name: Type.String({
    minLength: 1,
    maxLength: 200,
    description: 'Unique in the company, compared trimmed and case-insensitively (409 naming the existing mapping).',
  }),
  kind: Type.Optional(StringEnum(['employees', 'positions'] as const, { default: 'employees' })),
  ...body,
});

export const MappingUpdateBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Unique in the company (trimmed, case-insensitive).' })),
  kind: Type.Optional(
    StringEnum(['employees', 'positions'] as const, {
      description:
        'Changes the kind only while no file was read with the mapping (409 otherwise: create a new mapping); the whole mapping is then validated for the new kind, so send its columns too.',
    }),
  ),
  ...body,
});

export const mappingSortable = { name: 'name', kind: 'kind', createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;

export const MappingListQuery = Type.Object({
  kind: Type.Optional(StringEnum(['employees', 'positions'] as const)),
  orderBy: OrderByQuery(Object.keys(mappingSortable)),
  ...UpdatedAtQuery,
  ...PageQuery,
});
