import { Type } from 'typebox';
import { Nullable, StringEnum } from '../../http/schema-kit.js';
import { employeeSyncFields, manualCapableFields } from './sync-fields.js';

export const SyncSettings = Type.Object({
  enabled: Type.Boolean({
    description:
      'While true, employee fields the feed owns are locked against manual changes (409), employees cannot be created or deleted through the API, and files are applied. Files can be dry-run while false.',
  }),
  leaverAction: StringEnum(['terminate', 'delete'] as const, {
    description: 'What happens to an active employee absent from the file (or inactive in it): terminated (default) or deleted (erased).',
  }),
  removalThresholdPercent: Type.Integer({
    minimum: 0,
    maximum: 100,
    description: 'A file that would remove more than this share of the active employees (or of the positions) is blocked until approved.',
  }),
  manualFields: Type.Array(StringEnum(manualCapableFields), {
    description: 'Sync fields the feed sets on creation only and never overwrites; they stay editable by hand while sync is enabled.',
  }),
  notificationEmails: Type.Optional(
    Type.Array(Type.String({ format: 'email' }), {
      description:
        'Recipients of the mail sent after each file (technical users receive it too). Left out of the PUT answer to a key without sync:read (a key that may not read the settings).',
    }),
  ),
  matchBy: StringEnum(['externalId', 'email'] as const, {
    description:
      '`externalId`: rows match employees by employee_id only. `email`: a row whose employee_id matches nobody matches an employee without externalId by email (which then gets the employee_id).',
  }),
  ownedFields: Type.Array(StringEnum(employeeSyncFields), {
    description:
      'Read-only: the sync fields the feed currently owns (those the last applied employee file carried, or the mandatory ones before any file, plus `manager` once a position file was applied), less the manual ones.',
  }),
  updatedAt: Nullable(Type.String({ format: 'date-time', description: 'Null until the settings are first saved.' })),
});

export const SyncSettingsBody = Type.Object({
  enabled: Type.Optional(Type.Boolean()),
  leaverAction: Type.Optional(StringEnum(['terminate', 'delete'] as const)),
  removalThresholdPercent: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  manualFields: Type.Optional(Type.Array(StringEnum(manualCapableFields), { uniqueItems: true, maxItems: manualCapableFields.length })),
  notificationEmails: Type.Optional(Type.Array(Type.String({ format: 'email', maxLength: 254 }), { maxItems: 50 })),
  matchBy: Type.Optional(StringEnum(['externalId', 'email'] as const)),
});
