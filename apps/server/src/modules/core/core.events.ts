import { defineEvents } from '../../platform/events/event-catalogue.js';
import { Company } from './core.schemas.js';

export const companyEvents = defineEvents('core', [
  { type: 'company.created', scope: 'core:read', data: Company, description: 'The company was created.' },
  { type: 'company.updated', scope: 'core:read', data: Company, changes: true, description: 'The company’s settings changed.' },
]);
