import { defineEvents } from '../../platform/events/event-catalogue.js';
import { EmployeeManager } from './managers.schemas.js';

/** Org-chart manager changes are employee.updated events (`changes: ["managerId"]`) of the employees module. */
export const managerEvents = defineEvents('managers', [
  {
    type: 'employee_manager.created',
    scope: 'core:read',
    data: EmployeeManager,
    description: 'A manager was assigned to an employee for a permission (`check` or `vacation`).',
  },
  {
    type: 'employee_manager.deleted',
    scope: 'core:read',
    data: EmployeeManager,
    description: 'A manager assignment was removed (also when the manager or the employee is erased).',
  },
]);
