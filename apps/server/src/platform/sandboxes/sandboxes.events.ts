import { defineEvents } from '../events/event-catalogue.js';
import { Sandbox } from './sandboxes.schemas.js';

export const sandboxEvents = defineEvents('sandboxes', [
  {
    type: 'sandbox.created',
    scope: 'security:read',
    data: Sandbox,
    description: 'A sandbox company was created from this (live) company.',
  },
  { type: 'sandbox.deleted', scope: 'security:read', data: Sandbox, description: 'A sandbox company was deleted with everything in it.' },
]);
