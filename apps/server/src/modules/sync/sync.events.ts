import { defineEvents } from '../../platform/events/event-catalogue.js';
import { Mapping } from './mappings.schemas.js';
import { Position } from './positions.schemas.js';
import { SyncFile } from './sync-files.schemas.js';
import { SyncSettings } from './sync-settings.schemas.js';

/** Events of HR data sync. Employee, department, office, job charge and custom field events are those of their modules. */
export const syncEvents = defineEvents('sync', [
  { type: 'sync_file.created', scope: 'sync:read', data: SyncFile, description: 'A file was uploaded (queued or scheduled).' },
  {
    type: 'sync_file.completed',
    scope: 'sync:read',
    data: SyncFile,
    description: 'A file was processed: status complete or complete_with_errors (dry runs too); `counts` says what changed.',
  },
  {
    type: 'sync_file.failed',
    scope: 'sync:read',
    data: SyncFile,
    description: 'A file was rejected (status error): nothing changed; `error` says why.',
  },
  {
    type: 'sync_file.blocked',
    scope: 'sync:read',
    data: SyncFile,
    description: 'A file would remove more than the threshold and waits for POST /sync/v1/files/{id}/approve.',
  },
  { type: 'sync_file.skipped', scope: 'sync:read', data: SyncFile, description: 'A file identical to the last applied one was skipped.' },
  { type: 'sync_file.cancelled', scope: 'sync:read', data: SyncFile, description: 'A waiting file was cancelled.' },
  { type: 'sync_file.approved', scope: 'sync:read', data: SyncFile, description: 'A blocked file was approved and queued again.' },
  {
    type: 'sync_settings.updated',
    scope: 'sync:read',
    data: SyncSettings,
    changes: true,
    description: 'The HR data sync settings changed.',
  },
  { type: 'sync_mapping.created', scope: 'sync:read', data: Mapping, description: 'A column mapping was created.' },
  { type: 'sync_mapping.updated', scope: 'sync:read', data: Mapping, changes: true, description: 'A column mapping changed.' },
  {
    type: 'sync_mapping.deleted',
    scope: 'sync:read',
    data: Mapping,
    description: 'A column mapping was deleted; `data` is its last state.',
  },
  { type: 'position.created', scope: 'core:read', data: Position, description: 'A position file added a position.' },
  {
    type: 'position.updated',
    scope: 'core:read',
    data: Position,
    changes: true,
    description:
      'A position file changed a position’s title, parent or holder, or its holder was deleted (erased), which leaves it vacant.',
  },
  {
    type: 'position.deleted',
    scope: 'core:read',
    data: Position,
    description: 'A position file removed a position; `data` is its last state.',
  },
]);
