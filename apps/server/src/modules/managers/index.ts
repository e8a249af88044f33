import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { managerEvents } from './managers.events.js';
import { registerManagerRoutes } from './managers.routes.js';

export {
  assignEmployeeManager,
  type EmployeeManagerView,
  getEmployeeManager,
  listEmployeeManagers,
  removeEmployeeManager,
} from './employee-managers.service.js';

export function registerManagersModule(app: FastifyInstance, deps: AppDeps) {
  deps.eventCatalogue.register(managerEvents);
  registerManagerRoutes(app, deps);
}
export { getOrganizationChartManager, updateOrganizationChartManager } from './org-chart-managers.service.js';
