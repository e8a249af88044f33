import { Type } from 'typebox';
import { DateTime, Nullable, Uuid } from '../../http/schema-kit.js';
import { defineEvents } from '../../platform/events/event-catalogue.js';
import { Employee, EmployeeSchema } from './employees.schemas.js';

/** What remains of an employee after erasure (DELETE): identifiers only, so receivers can find and remove their copy. */
const DeletedEmployee = Type.Object({
  id: Uuid(),
  externalId: Nullable(Type.String()),
  code: Nullable(Type.Integer()),
  deletedAt: DateTime(),
});

export const employeeEvents = defineEvents(
  'employees',
  [
    { type: 'employee.created', scope: 'core:read', data: Employee, description: 'An employee was created.' },
    {
      type: 'employee.updated',
      scope: 'core:read',
      data: Employee,
      changes: true,
      description:
        'An employee changed: a PUT, a new org-chart manager, a custom field value, or the removal of a custom field or of their manager. `changes` names the fields.',
    },
    {
      type: 'employee.terminated',
      scope: 'core:read',
      data: Employee,
      changes: true,
      description:
        'An employee became inactive (terminate, or a PUT setting status inactive); comes with employee.updated in the latter case.',
    },
    {
      type: 'employee.reactivated',
      scope: 'core:read',
      data: Employee,
      changes: true,
      description: 'An inactive employee became active again (reactivate, or a PUT setting status active).',
    },
    {
      type: 'employee.deleted',
      scope: 'core:read',
      data: DeletedEmployee,
      description: 'An employee was erased: their personal data is gone; `data` keeps the identifiers.',
    },
  ],
  { sharedSchemas: [EmployeeSchema] },
);
