import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../http/app-deps.js';
import { defineRoute } from '../../http/define-route.js';
import { invalid } from '../../http/errors.js';
import { IdParams } from '../../http/schema-kit.js';
import { getCompany, updateCompany } from '../../platform/companies/companies.service.js';
import { Company, CompanyUpdateBody, TokenInfo } from './core.schemas.js';

/** The canonical IANA name of a time zone (`europe/madrid` → `Europe/Madrid`, as offices store it), or null. */
function canonicalTimeZone(tz: string): string | null {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function registerCoreRoutes(app: FastifyInstance, deps: AppDeps) {
  defineRoute(app, deps, {
    method: 'GET',
    url: '/core/v3/info',
    operationId: 'Security_getTokenInfo',
    summary: 'Show token info',
    description: 'The company of the calling key and, as an extension, the key’s name, scopes and rate limit.',
    tags: ['Info'],
    scope: null,
    kind: 'item',
    response: TokenInfo,
    handler: async (ctx, { request }) => {
      const company = await getCompany(ctx);
      const key = request.apiKey;
      return {
        company,
        apiKey: { id: key.id, name: key.name, prefix: key.prefix, scopes: key.scopes, rateLimitPerMinute: key.rateLimitPerMinute },
      };
    },
  });

  defineRoute(app, deps, {
    method: 'PUT',
    url: '/core/v3/companies/:id',
    operationId: 'Company_updateById',
    summary: 'Update a company',
    tags: ['Companies'],
    scope: 'core:write',
    params: IdParams,
    body: CompanyUpdateBody,
    kind: 'item',
    response: Company,
    current: (ctx) => getCompany(ctx),
    handler: async (ctx, { params, body }) => {
      // A language tag as `roster company create --language` takes it (Intl's reading of BCP 47); the stored one sent
      // back as read passes.
      if (body.language !== ctx.company?.language && !isLanguageTag(body.language)) {
        throw invalid([{ pointer: '/language', message: `"${body.language}" is not a language tag (e.g. es-ES, en)` }]);
      }
      if (body.timezone === undefined) return updateCompany(ctx, params.id, body);
      const timezone = canonicalTimeZone(body.timezone);
      if (!timezone) throw invalid([{ pointer: '/timezone', message: `"${body.timezone}" is not an IANA time zone` }]);
      return updateCompany(ctx, params.id, { ...body, timezone });
    },
  });
}

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
