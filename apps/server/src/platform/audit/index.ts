export { registerAuditRoutes as registerAuditModule } from './audit.routes.js';
export { changedFields, inTransaction, recordChange } from './record-change.js';
