import { defineEvents } from '../../platform/events/event-catalogue.js';
import { Role, RoleAssignation } from './roles.schemas.js';

export const roleEvents = defineEvents('roles', [
  { type: 'role.created', scope: 'core:read', data: Role, description: 'A role was created.' },
  { type: 'role.updated', scope: 'core:read', data: Role, changes: true, description: 'A role was renamed.' },
  { type: 'role.deleted', scope: 'core:read', data: Role, description: 'A role was deleted, with its assignations.' },
  { type: 'role_assignation.created', scope: 'core:read', data: RoleAssignation, description: 'A role was given to an employee.' },
  {
    type: 'role_assignation.deleted',
    scope: 'core:read',
    data: RoleAssignation,
    description: 'A role was taken from an employee (also when the department or office it applied to is deleted).',
  },
]);
