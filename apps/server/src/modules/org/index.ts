import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { registerAssignationRoutes } from './assignations.routes.js';
import { registerDepartmentRoutes } from './departments.routes.js';
import { registerJobChargeRoutes } from './job-charges.routes.js';
import { registerOfficeRoutes } from './offices.routes.js';
import { orgEvents } from './org.events.js';

export function registerOrgModule(app: FastifyInstance, deps: AppDeps) {
  deps.eventCatalogue.register(orgEvents);
  registerDepartmentRoutes(app, deps);
  registerOfficeRoutes(app, deps);
  registerJobChargeRoutes(app, deps);
  registerAssignationRoutes(app, deps);
}

export {
  assignEmployeeToDepartment,
  type DepartmentAssignationView,
  listDepartmentAssignations,
  unassignEmployeeFromDepartment,
} from './department-assignations.service.js';
export {
  createDepartment,
  type DepartmentCreateInput,
  type DepartmentView,
  deleteDepartment,
  getDepartment,
  listDepartments,
  requireDepartment,
  updateDepartment,
} from './departments.service.js';
export {
  createJobCharge,
  deleteJobCharge,
  getJobCharge,
  type JobChargeInput,
  type JobChargeView,
  listJobCharges,
  requireJobCharge,
  updateJobCharge,
} from './job-charges.service.js';
export {
  assignEmployeeToOffice,
  listOfficeAssignations,
  type OfficeAssignationView,
  unassignEmployeeFromOffice,
} from './office-assignations.service.js';
export {
  createOffice,
  deleteOffice,
  getOffice,
  listOffices,
  type OfficeCreateInput,
  type OfficeView,
  requireOffice,
  updateOffice,
} from './offices.service.js';
