import { defineEvents } from '../events/event-catalogue.js';
import { ApiKey } from './api-keys.schemas.js';

/** The token is never part of an event. */
export const apiKeyEvents = defineEvents('api-keys', [
  { type: 'api_key.created', scope: 'security:read', data: ApiKey, description: 'An API key was created.' },
  {
    type: 'api_key.updated',
    scope: 'security:read',
    data: ApiKey,
    changes: true,
    description: 'An API key’s name, scopes, rate limit or IP allow-list changed.',
  },
  { type: 'api_key.revoked', scope: 'security:read', data: ApiKey, description: 'An API key was revoked.' },
]);
