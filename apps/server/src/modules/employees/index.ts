import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { employeeEvents } from './employees.events.js';
import { registerEmployeeRoutes } from './employees.routes.js';

export function registerEmployeesModule(app: FastifyInstance, deps: AppDeps) {
  deps.eventCatalogue.register(employeeEvents);
  registerEmployeeRoutes(app, deps);
}

export { Employee } from './employees.schemas.js';
export {
  assertManagerAllowed,
  createEmployee,
  type EmployeeView,
  employeeLinks,
  employeeViewsByIds,
  eraseEmployeesFromHistory,
  getEmployee,
  redactEmployee,
  removeEmployeesLinks,
  requireEmployee,
  setOrganizationChartManager,
  toView as employeeViewOfRow,
  viewsOf,
  withEmployeeUpdates,
} from './employees.service.js';
