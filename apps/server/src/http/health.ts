import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { AppDeps } from './app-deps.js';

const HealthResponse = Type.Object({ status: Type.String(), checks: Type.Optional(Type.Record(Type.String(), Type.String())) });

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
      try {
        await sql`select 1`.execute(deps.db);
        return { status: 'ok', checks: { database: 'ok' } };
      } catch (err) {
        request.log.error({ err }, 'readiness check failed');
        return reply.code(503).send({ status: 'unavailable', checks: { database: 'unreachable' } });
      }
    },
  );
}
