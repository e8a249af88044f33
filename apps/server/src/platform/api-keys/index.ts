import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { apiKeyEvents } from './api-keys.events.js';
import { registerApiKeyRoutes } from './api-keys.routes.js';

export function registerSecurityModule(app: FastifyInstance, deps: AppDeps) {
  deps.eventCatalogue.register(apiKeyEvents);
  registerApiKeyRoutes(app, deps);
}

export { createApiKey, findKeysByPrefix, revokeApiKey } from './api-keys.service.js';
export { allScopes } from './scopes.js';
