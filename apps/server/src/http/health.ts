import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { AppDeps } from './app-deps.js';

const HealthResponse = Type.Object({ status: Type.String(), checks: Type.Optional(Type.Record(Type.String(), Type.String())) });

/** How long the readiness probe waits for the database's answer. */
const READY_TIMEOUT_MS = 3000;

/** Liveness (the process answers) and readiness (the database answers), outside the API and its auth. */
export function registerHealth(app: FastifyInstance, deps: AppDeps) {
  app.get(
    '/health/live',
    {
      schema: {
        tags: ['Operations'],
        operationId: 'Health_live',
        summary: 'Liveness probe',
        security: [],
        response: { 200: HealthResponse },
      },
    },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/health/ready',
    {
      schema: {
        tags: ['Operations'],
        operationId: 'Health_ready',
        summary: 'Readiness probe: checks the database',
        security: [],
        response: { 200: HealthResponse, 503: HealthResponse },
      },
    },
    async (request, reply) => {
      // A database that takes longer than this to say `select 1` is not ready either (a server or proxy that accepts
      // connections and never answers would otherwise leave the probe without an answer).
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), READY_TIMEOUT_MS);
      });
      try {
        const outcome = await Promise.race([sql`select 1`.execute(deps.db).then(() => 'ok' as const), timeout]);
        if (outcome === 'timeout') {
          request.log.error({ timeoutMs: READY_TIMEOUT_MS }, 'readiness check failed: the database did not answer in time');
          return reply.code(503).send({ status: 'unavailable', checks: { database: 'timeout' } });
        }
        return { status: 'ok', checks: { database: 'ok' } };
      } catch (err) {
        request.log.error({ err }, 'readiness check failed');
        return reply.code(503).send({ status: 'unavailable', checks: { database: 'unreachable' } });
      } finally {
        clearTimeout(timer);
      }
    },
  );
}
