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
  notificationEmail: Type.String({ format: 'email' }),
  language: Type.String({ minLength: 2, maxLength: 16, examples: ['es-ES'] }),
  timezone: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone (extension).' })),
});
