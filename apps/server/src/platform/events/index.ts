export { defineEvents, EventCatalogue, type EventDefinition, type EventGroup } from './event-catalogue.js';
export { registerEventRoutes as registerEventsModule } from './events.routes.js';
