import type { Config } from '../../server/src/config.js';
import { systemContext } from '../../server/src/context.js';
import type { DatabaseHandle } from '../../server/src/db/database.js';
import { migrateToLatest } from '../../server/src/db/migrate.js';
import {
  type ApiKeyView,
  createApiKey,
  findKeysByPrefix,
  getApiKey,
  listApiKeys,
  revokeApiKey,
} from '../../server/src/platform/api-keys/api-keys.service.js';
import { allScopes } from '../../server/src/platform/api-keys/scopes.js';
import { createCompany, getCompany, listCompaniesWithActiveKeyCounts } from '../../server/src/platform/companies/companies.service.js';
import { usageFailure } from './failures.js';
import { describeDatabase, openOperatorDatabase } from './operator-database.js';
import { type CommandOutput, commandOutput, formatTable, type OutputStreams } from './output.js';

/** What the operator commands need from outside: the server's configuration and where to print. */
export interface OperatorDeps {
  /** Read when a command runs (not when the program is built), so `--help` works with a broken environment. */
  loadConfig(): Promise<Config>;
  streams: OutputStreams;
}

interface JsonFlag {
  json?: boolean;
}

export async function runMigrate(deps: OperatorDeps, options: JsonFlag): Promise<void> {
  await withDatabase(deps, options, { create: true }, async ({ config, handle, out }) => {
    const ran = await migrateToLatest(handle.db, handle.dialect);
    out.result({ database: describeDatabase(config), migrations: ran, upToDate: ran.length === 0 }, () =>
      ran.length
        ? [`Ran ${ran.length} migration(s) on ${describeDatabase(config)}:`, ...ran.map((name) => `  ${name}`)]
        : [`The schema of ${describeDatabase(config)} is up to date; no migration ran.`],
    );
  });
}

export async function runCompanyCreate(
  deps: OperatorDeps,
  input: { name: string; notificationEmail: string | null; timezone: string; language: string },
  options: JsonFlag,
): Promise<void> {
  await withDatabase(deps, options, { create: true }, async ({ config, handle, out }) => {
    const ran = await migrateToLatest(handle.db, handle.dialect);
    if (ran.length) out.note(`Ran migration(s) first: ${ran.join(', ')}`);
    const created = await createCompany(handle, { ...input, region: config.region });
    out.result({ company: created.company, adminKey: { id: created.adminKeyId, token: created.adminToken }, migrations: ran }, () => [
      `Created company "${created.company.name}" in region ${created.company.region}.`,
      `  id: ${created.company.id}`,
      'Admin API key (holds every scope; shown once, store it now):',
      `  ${created.adminToken}`,
    ]);
  });
}

export async function runCompanyList(deps: OperatorDeps, options: JsonFlag): Promise<void> {
  await withDatabase(deps, options, { create: false }, async ({ handle, out }) => {
    const companies = await listCompaniesWithActiveKeyCounts(handle.db);
    out.result({ companies }, () =>
      formatTable(
        ['ID', 'NAME', 'REGION', 'CREATED', 'ACTIVE KEYS'],
        companies.map((c) => [c.id, c.name, c.region, c.createdAt.slice(0, 10), String(c.activeKeys)]),
      ),
    );
  });
}

export async function runKeyCreate(
  deps: OperatorDeps,
  input: { companyId: string; name: string; scopes: string[]; rateLimitPerMinute: number | null; ipAllowList: string[] },
  options: JsonFlag,
): Promise<void> {
  await withDatabase(deps, options, { create: false }, async ({ handle, out }) => {
    await getCompany({ db: handle.db, companyId: input.companyId });
    const { companyId, ...keyInput } = input;
    const { token, ...key } = await createApiKey(systemContext(handle, companyId, allScopes), keyInput);
    out.result({ key, token }, () => [
      `Created API key "${key.name}" for company ${companyId}.`,
      `  id:     ${key.id}`,
      `  prefix: ${key.prefix}`,
      `  scopes: ${key.scopes.join(', ')}`,
      ...(key.rateLimitPerMinute ? [`  rate limit: ${key.rateLimitPerMinute}/min`] : []),
      ...(key.ipAllowList.length ? [`  allowed from: ${key.ipAllowList.join(', ')}`] : []),
      'Token (shown once, store it now):',
      `  ${token}`,
    ]);
  });
}

export async function runKeyList(deps: OperatorDeps, companyId: string, options: JsonFlag): Promise<void> {
  await withDatabase(deps, options, { create: false }, async ({ handle, out }) => {
    const owner = await getCompany({ db: handle.db, companyId });
    const keys = await allKeysOf(handle, companyId);
    out.result({ company: { id: owner.id, name: owner.name }, keys }, () => [
      `API keys of "${owner.name}" (${owner.id}):`,
      ...formatTable(
        ['PREFIX', 'NAME', 'SCOPES', 'LAST USED', 'REVOKED'],
        keys.map((k) => [k.prefix, k.name, scopeSummary(k.scopes), shortTime(k.lastUsedAt) ?? 'never', shortTime(k.revokedAt) ?? 'no']),
      ),
    ]);
  });
}

export async function runKeyRevoke(deps: OperatorDeps, prefix: string, options: JsonFlag & { company?: string }): Promise<void> {
  await withDatabase(deps, options, { create: false }, async ({ handle, out }) => {
    const matches = (await findKeysByPrefix(handle.db, prefix)).filter((k) => !options.company || k.companyId === options.company);
    const match = matches[0];
    if (!match) {
      throw usageFailure(
        'key_not_found',
        `No API key has the prefix "${prefix}"${options.company ? ` in company ${options.company}` : ''}. \`npx roster key list --company <id>\` shows the prefixes.`,
      );
    }
    if (matches.length > 1) {
      const companies = [...new Set(matches.map((k) => k.companyId))];
      throw usageFailure(
        'ambiguous_prefix',
        companies.length > 1
          ? `Keys of ${companies.length} companies have the prefix "${prefix}" (${companies.join(', ')}): add --company <id>.`
          : `${matches.length} keys of company ${companies[0]} have the prefix "${prefix}" (${matches.map((k) => k.id).join(', ')}): revoke one through the API (DELETE /security/v1/api-keys/{id}).`,
        { companies, keyIds: matches.map((k) => k.id) },
      );
    }
    const ctx = systemContext(handle, match.companyId, allScopes);
    const alreadyRevoked = match.revokedAt !== null;
    // revokeApiKey writes the change and its audit row in one transaction.
    if (!alreadyRevoked) await revokeApiKey(ctx, match.id);
    const key = await getApiKey(ctx, match.id);
    out.result({ key, companyId: match.companyId, alreadyRevoked }, () => [
      alreadyRevoked
        ? `API key ${key.prefix} "${key.name}" (company ${match.companyId}) was already revoked on ${shortTime(key.revokedAt)}; nothing changed.`
        : `Revoked API key ${key.prefix} "${key.name}" (company ${match.companyId}); requests with its token are now refused.`,
    ]);
  });
}

interface CommandScope {
  config: Config;
  handle: DatabaseHandle;
  out: CommandOutput;
}

/** Runs a command body with the server's configuration and database, and always closes the database. */
async function withDatabase(
  deps: OperatorDeps,
  options: JsonFlag,
  access: { create: boolean },
  body: (scope: CommandScope) => Promise<void>,
): Promise<void> {
  const config = await readConfig(deps);
  const handle = await openOperatorDatabase(config, access);
  try {
    await body({ config, handle, out: commandOutput(deps.streams, options.json === true) });
  } finally {
    await handle.close();
  }
}

async function readConfig(deps: OperatorDeps): Promise<Config> {
  try {
    return await deps.loadConfig();
  } catch (err) {
    throw usageFailure('invalid_configuration', err instanceof Error ? err.message : String(err));
  }
}

async function allKeysOf(handle: DatabaseHandle, companyId: string): Promise<ApiKeyView[]> {
  const ctx = systemContext(handle, companyId, allScopes);
  const keys: ApiKeyView[] = [];
  for (let page = 1; ; page++) {
    const result = await listApiKeys(ctx, { page, limit: 500 });
    keys.push(...result.data);
    if (page >= result.meta.lastPage) return keys;
  }
}

function scopeSummary(scopes: string[]): string {
  return scopes.length === allScopes.length && allScopes.every((s) => scopes.includes(s))
    ? `every scope (${scopes.length})`
    : scopes.join(',');
}

/** API timestamps (`2026-01-05T09:00:00+00:00`) as `2026-01-05 09:00 UTC`. */
function shortTime(timestamp: string | null): string | null {
  return timestamp ? `${timestamp.slice(0, 16).replace('T', ' ')} UTC` : null;
}
