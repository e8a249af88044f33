import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { roleEvents } from './roles.events.js';
import { registerRoleRoutes } from './roles.routes.js';

export {
  assignRole,
  listRoleAssignationsOfEmployee,
  type RoleAssignationView,
  removeRoleAssignationsOn,
  unassignRole,
} from './role-assignations.service.js';

export function registerRolesModule(app: FastifyInstance, deps: AppDeps) {
  deps.eventCatalogue.register(roleEvents);
  registerRoleRoutes(app, deps);
}
export { createRole, deleteRole, getRole, listRoles, type RoleView, requireRole, updateRole } from './roles.service.js';
