import type { TSchema } from 'typebox';
import { defineEvents, type EventDefinition } from '../../platform/events/event-catalogue.js';
import { DepartmentAssignation, OfficeAssignation } from './assignations.schemas.js';
import { Department } from './departments.schemas.js';
import { JobCharge } from './job-charges.schemas.js';
import { Office } from './offices.schemas.js';

function crud(resource: string, label: string, data: TSchema, extra: Partial<Record<'updated', string>> = {}): EventDefinition[] {
  return [
    { type: `${resource}.created`, scope: 'core:read', data, description: `A ${label} was created.` },
    {
      type: `${resource}.updated`,
      scope: 'core:read',
      data,
      changes: true,
      description: extra.updated ?? `A ${label} changed; \`changes\` names the fields.`,
    },
    { type: `${resource}.deleted`, scope: 'core:read', data, description: `A ${label} was deleted; \`data\` is its last state.` },
  ];
}

export const orgEvents = defineEvents('org', [
  ...crud('department', 'department', Department, {
    updated: 'A department changed, or moved up the tree because its parent was deleted (`changes: ["parentId"]`).',
  }),
  ...crud('office', 'office', Office),
  ...crud('job_charge', 'job charge', JobCharge),
  {
    type: 'employee_department_assignation.created',
    scope: 'core:read',
    data: DepartmentAssignation,
    description: 'An employee was assigned to a department (also when a deleted department’s employees are moved).',
  },
  {
    type: 'employee_department_assignation.deleted',
    scope: 'core:read',
    data: DepartmentAssignation,
    description: 'An employee was removed from a department.',
  },
  {
    type: 'employee_office_assignation.created',
    scope: 'core:read',
    data: OfficeAssignation,
    description: 'An employee was assigned to an office (also when a deleted office’s employees are moved).',
  },
  {
    type: 'employee_office_assignation.deleted',
    scope: 'core:read',
    data: OfficeAssignation,
    description: 'An employee was removed from an office.',
  },
]);
