import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { technicalUserEvents } from './technical-users.events.js';
import { registerTechnicalUserRoutes } from './technical-users.routes.js';

export function registerTechnicalUsersModule(app: FastifyInstance, deps: AppDeps) {
  deps.eventCatalogue.register(technicalUserEvents);
  registerTechnicalUserRoutes(app, deps);
}

export { requireTechnicalUser, technicalUserEmails } from './technical-users.service.js';
