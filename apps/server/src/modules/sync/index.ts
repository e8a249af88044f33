import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { trimAllocator } from '../../native-memory.js';
import { registerMappingRoutes } from './mappings.routes.js';
import { registerPositionRoutes } from './positions.routes.js';
import { syncEvents } from './sync.events.js';
import { registerSyncFileRoutes } from './sync-files.routes.js';
import { SyncRunner } from './sync-runner.js';
import { registerSyncSettingsRoutes } from './sync-settings.routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The HR data sync job runner of this process: main.ts starts it after listen; tests start or drain it. */
    syncRunner: SyncRunner;
  }
}

/** HR data sync (/sync/v1), the position tree (/core/v3/positions) and the Workstars aliases. */
export function registerSyncModule(app: FastifyInstance, deps: AppDeps) {
  deps.eventCatalogue.register(syncEvents);
  const runner = new SyncRunner({
    db: deps.db,
    dialect: deps.dialect,
    clock: deps.clock,
    mailer: deps.mailer,
    publicUrl: deps.config.publicUrl,
    pollIntervalMs: deps.config.syncPollIntervalMs,
    workerRecycleBytes: deps.config.syncWorkerRecycleMb * 1024 * 1024,
    trimMemory: deps.config.allocatorTuning ? trimAllocator : undefined,
    releaseMemory: deps.config.allocatorTuning,
    workerNice: deps.config.syncWorkerNice,
    log: app.log,
  });
  app.decorate('syncRunner', runner);
  app.addHook('onClose', async () => runner.stop());
  registerSyncSettingsRoutes(app, deps);
  registerMappingRoutes(app, deps);
  registerSyncFileRoutes(app, deps, runner);
  registerPositionRoutes(app, deps);
}

export { copyMappings } from './mappings.service.js';
export { assertSyncAllowsAssignationChange, assertSyncAllowsEmployeeChange } from './sync-lock.js';
export { SyncRunner } from './sync-runner.js';
export { loadSyncSettings, writeSyncSettings } from './sync-settings.service.js';
export type { DatabaseLocation } from './sync-worker-protocol.js';
