import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { customFieldEvents } from './custom-fields.events.js';
import { registerCustomFieldRoutes } from './custom-fields.routes.js';

export { validateCustomFieldValues } from './custom-field-values.js';

export function registerCustomFieldsModule(app: FastifyInstance, deps: AppDeps) {
  deps.eventCatalogue.register(customFieldEvents);
  registerCustomFieldRoutes(app, deps);
}
export {
  type CustomFieldView,
  createCustomField,
  deleteCustomField,
  getCustomField,
  listCustomFields,
  slugFromName,
  updateCustomField,
} from './custom-fields.service.js';
