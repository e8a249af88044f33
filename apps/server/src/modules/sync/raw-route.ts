import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TSchema } from 'typebox';
import type { ServiceContext } from '../../context.js';
import type { AppDeps } from '../../http/app-deps.js';
import { authenticate } from '../../http/auth.js';
import { queryGuard } from '../../http/define-route.js';
import { ProblemRef } from '../../http/schema-kit.js';

/**
 * A route whose success body is not the JSON envelope (a CSV report, the original upload, an XSD): the same
 * authentication and documented errors as defineRoute, with the content types it produces.
 */
export function defineRawRoute(
  app: FastifyInstance,
  deps: AppDeps,
  def: {
    url: string;
    operationId: string;
    summary: string;
    description?: string;
    tags: string[];
    /** null: any valid key; 'public': no key at all (documents such as the XSDs). */
    scope: string | null | 'public';
    params?: TSchema;
    querystring?: TSchema;
    /** The route answers a paged list (the error report's `format=json`): `onlyReturn=deleted` is refused, as on lists. */
    list?: boolean;
    produces: Record<string, { description: string; schema?: object }>;
    handler: (ctx: ServiceContext | null, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
  },
): void {
  const errors = def.scope === 'public' ? [404, 500] : [400, 401, 403, 404, 429, 500];
  const content = Object.fromEntries(Object.entries(def.produces).map(([type, d]) => [type, { schema: d.schema ?? { type: 'string' } }]));
  const response: Record<string, unknown> = {
    200: { description: Object.values(def.produces)[0]?.description ?? 'Success', content },
  };
  for (const status of errors) response[status] = { description: 'Error', content: { 'application/problem+json': { schema: ProblemRef } } };
  const scopeNote =
    def.scope === 'public' ? 'No key needed.' : def.scope ? `Requires scope \`${def.scope}\`.` : 'Requires any valid API key.';
  app.route({
    method: 'GET',
    url: def.url,
    schema: {
      operationId: def.operationId,
      summary: def.summary,
      description: [def.description, scopeNote].filter(Boolean).join('\n\n'),
      tags: def.tags,
      ...(def.scope === 'public' ? { security: [] } : { security: [{ bearer: [] }, { apiKey: [] }, { basic: [] }] }),
      ...(def.params ? { params: def.params } : {}),
      ...(def.querystring ? { querystring: def.querystring } : {}),
      response,
    },
    ...(def.scope === 'public' ? {} : { onRequest: authenticate(deps, def.scope) }),
    // The query rules of every other route (define-route.ts): numbers in decimal digits, no bracketed parameter the
    // route does not have, no empty values.
    ...(def.querystring ? { preValidation: queryGuard(def.querystring, def.list ? 'list' : 'item', () => null) } : {}),
    handler: async (request, reply) => {
      const body = await def.handler(def.scope === 'public' ? null : request.ctx, request, reply);
      return reply.send(body);
    },
  });
}
