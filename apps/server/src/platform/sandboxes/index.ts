import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { sandboxEvents } from './sandboxes.events.js';
import { registerSandboxRoutes } from './sandboxes.routes.js';

export function registerSandboxesModule(app: FastifyInstance, deps: AppDeps) {
  deps.eventCatalogue.register(sandboxEvents);
  registerSandboxRoutes(app, deps);
}
