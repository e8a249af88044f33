import { Type } from 'typebox';
import { DateTime, Nullable, Uuid } from '../../http/schema-kit.js';

export const Company = Type.Object({
  id: Uuid(),
  name: Type.String(),
  notificationEmail: Nullable(Type.String({ format: 'email' })),
  language: Type.String({ examples: ['es-ES'] }),
  timezone: Type.String({ description: 'IANA time zone (extension).', examples: ['Europe/Madrid'] }),
  region: Type.String({ description: 'Region the company is served from (extension).', examples: ['eu1'] }),
  createdAt: DateTime(),
  updatedAt: DateTime(),
});

export const TokenInfo = Type.Object({
  company: Company,
  apiKey: Type.Object(
    {
      id: Uuid(),
      name: Type.String(),
      prefix: Type.String(),
      scopes: Type.Array(Type.String()),
      rateLimitPerMinute: Type.Integer(),
    },
    { description: 'The calling key (extension).' },
  ),
});

export const CompanyUpdateBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  notificationEmail: Nullable(
    Type.String({ format: 'email', description: 'Where Roster writes to the company (webhook and sync notices); null: nowhere.' }),
  ),
  language: Type.String({
    minLength: 2,
    maxLength: 35,
    description: 'A BCP 47 language tag (`es-ES`, `en`, `ca-ES`); anything else is a 400.',
    examples: ['es-ES'],
  }),
  timezone: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone (extension).' })),
});
