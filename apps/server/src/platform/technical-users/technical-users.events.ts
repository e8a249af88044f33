import { Type } from 'typebox';
import { defineEvents } from '../events/event-catalogue.js';
import { TechnicalUser } from './technical-users.schemas.js';

const DeletedTechnicalUser = Type.Object({
  ...TechnicalUser.properties,
  revokedApiKeyIds: Type.Array(Type.String({ format: 'uuid' }), { description: 'Keys revoked with the user.' }),
});

export const technicalUserEvents = defineEvents('technical-users', [
  { type: 'technical_user.created', scope: 'security:read', data: TechnicalUser, description: 'A technical user was created.' },
  { type: 'technical_user.updated', scope: 'security:read', data: TechnicalUser, changes: true, description: 'A technical user changed.' },
  {
    type: 'technical_user.deleted',
    scope: 'security:read',
    data: DeletedTechnicalUser,
    description: 'A technical user was deleted; the keys it owned were revoked (api_key.revoked each).',
  },
]);
