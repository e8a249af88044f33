import { defineEvents } from '../../platform/events/event-catalogue.js';
import { CustomField } from './custom-fields.schemas.js';

/** Values live in employees: a value that changes is an employee.updated with `changes: ["customFields"]`. */
export const customFieldEvents = defineEvents('custom-fields', [
  { type: 'custom_field.created', scope: 'core:read', data: CustomField, description: 'A custom field was defined.' },
  { type: 'custom_field.updated', scope: 'core:read', data: CustomField, changes: true, description: 'A custom field definition changed.' },
  {
    type: 'custom_field.deleted',
    scope: 'core:read',
    data: CustomField,
    description: 'A custom field was deleted; employees that had a value emit employee.updated.',
  },
]);
