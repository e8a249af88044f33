import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { companyEvents } from './core.events.js';
import { registerCoreRoutes } from './core.routes.js';

export function registerCoreModule(app: FastifyInstance, deps: AppDeps) {
  deps.eventCatalogue.register(companyEvents);
  registerCoreRoutes(app, deps);
}
