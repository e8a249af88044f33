import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { SyncSettings, SyncSettingsBody } from './sync-settings.schemas.js';
import { getSyncSettings, updateSyncSettings } from './sync-settings.service.js';

export function registerSyncSettingsRoutes(app: FastifyInstance, deps: AppDeps) {
  const tags = ['HR Data Sync'];
  defineRoute(app, deps, {
    method: 'GET',
    url: '/sync/v1/settings',
    operationId: 'SyncSettings_get',
    summary: 'Get the HR data sync settings',
    tags,
    scope: 'sync:read',
    kind: 'item',
    etag: true,
    response: SyncSettings,
    handler: (ctx) => getSyncSettings(ctx),
  });
  defineRoute(app, deps, {
    method: 'PUT',
    url: '/sync/v1/settings',
    operationId: 'SyncSettings_update',
    summary: 'Update the HR data sync settings',
    description:
      'Fields sent replace their values; fields not sent keep theirs. Enabling sync locks the fields the feed owns (see `ownedFields`) against manual changes.',
    tags,
    scope: 'sync:write',
    body: SyncSettingsBody,
    kind: 'item',
    response: SyncSettings,
    current: (ctx) => getSyncSettings(ctx),
    handler: async (ctx, { body }) => {
      const saved = await updateSyncSettings(ctx, body);
      // A key that may change the settings but not read them learns nothing from the answer it need not know: not
      // the addresses the mail (with its error report) goes to.
      if (ctx.scopes.has('sync:read')) return saved;
      const { notificationEmails: _hidden, ...rest } = saved;
      return rest;
    },
  });
}
