import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { registerDeliveryRoutes } from './webhook-deliveries.routes.js';
import { createWebhookDispatcher, type WebhookDispatcher } from './webhook-dispatcher.js';
import { createWebhookSender } from './webhook-sender.js';
import { registerSubscriptionRoutes } from './webhook-subscriptions.routes.js';
import { webhookEvents } from './webhooks.events.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Delivers the outbox to subscriptions; main.ts starts it after listen (tests start it themselves). */
    webhookDispatcher: WebhookDispatcher;
  }
}

/**
 * Subscriptions, the delivery log and the dispatcher. The dispatcher is created here but started by the caller
 * (main.ts, after listen), and stopped before the app closes.
 */
export function registerWebhooksModule(app: FastifyInstance, deps: AppDeps) {
  deps.eventCatalogue.register(webhookEvents);
  const { config } = deps;
  const policy = { allowPrivate: config.webhookAllowPrivateTargets, allowHttp: config.webhookAllowHttp };
  const sender = createWebhookSender({ policy, timeoutMs: config.webhookTimeoutMs });
  registerSubscriptionRoutes(app, deps, { catalogue: deps.eventCatalogue, policy, sender });
  registerDeliveryRoutes(app, deps);
  const dispatcher = createWebhookDispatcher({
    db: deps.webhookDb ?? deps.db,
    dialect: deps.dialect,
    clock: deps.clock,
    catalogue: deps.eventCatalogue,
    mailer: deps.mailer,
    sender,
    log: app.log,
    concurrency: config.webhookConcurrency,
    pollIntervalMs: config.webhookPollIntervalMs,
    retentionDays: config.eventRetentionDays,
    publicUrl: config.publicUrl,
  });
  app.decorate('webhookDispatcher', dispatcher);
  app.addHook('preClose', async () => {
    await dispatcher.stop();
    sender.close();
  });
}

export { createWebhookDispatcher, type WebhookDispatcher } from './webhook-dispatcher.js';
