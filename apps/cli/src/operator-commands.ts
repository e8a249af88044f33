import { type Command, InvalidArgumentError } from 'commander';
import { allScopes, isKnownScope } from '../../server/src/platform/api-keys/scopes.js';
import { usageFailure } from './failures.js';
import type { OperatorDeps } from './operator-actions.js';

export type { OperatorDeps } from './operator-actions.js';

const jsonOption = ['--json', 'print the result as one JSON object (for scripts)'] as const;

/**
 * The server's services, loaded when a command runs: under tsx they take seconds to import, which `--help` and
 * argument errors should not pay.
 */
const actions = () => import('./operator-actions.js');

/** The API's limits (read from its schemas): loaded when a command runs, as the services are. */
const apiLimits = () => import('./api-limits.js');

/**
 * `migrate`, `company …` and `key …`: the commands run on the server host, straight against its database. This file
 * is the command-line surface (arguments, checks that need no database); operator-actions.ts does the work.
 */
export function registerOperatorCommands(program: Command, deps: OperatorDeps): void {
  program
    .command('migrate')
    .description('run pending database migrations (the server also runs them when it starts)')
    .option(...jsonOption)
    .action(async (options: { json?: boolean }) => (await actions()).runMigrate(deps, options));

  const company = program.command('company').description('create and list companies');

  company
    .command('create')
    .description('create a company with its default roles and an admin API key holding every scope (no demo data)')
    .argument('<name>', 'company name')
    .option('--email <address>', 'notification email of the company')
    .option('--timezone <tz>', 'IANA time zone, e.g. Europe/Madrid', 'UTC')
    .option('--language <lang>', 'language tag, e.g. es-ES', 'en-GB')
    .option(...jsonOption)
    .addHelpText(
      'after',
      '\nExample:\n  npx roster company create "Acme Ltd" --email hr@acme.example --timezone Europe/Madrid --language es-ES',
    )
    .action(async (name: string, options: { email?: string; timezone: string; language: string; json?: boolean }) => {
      const input = checkedCompanyInput(name, options, await apiLimits());
      await (await actions()).runCompanyCreate(deps, input, options);
    });

  company
    .command('list')
    .description('list every company with its number of active API keys')
    .option(...jsonOption)
    .action(async (options: { json?: boolean }) => (await actions()).runCompanyList(deps, options));

  const key = program.command('key').description('create, list and revoke API keys');

  key
    .command('create')
    .description('create an API key holding exactly the given scopes; its token is shown once')
    .requiredOption('--company <id>', 'company id (see `roster company list`)', companyId)
    .requiredOption('--name <name>', 'what the key is for, e.g. "SAP export"')
    .requiredOption('--scopes <list>', 'comma-separated scopes, e.g. core:read,personal:read', commaList)
    .option('--rate-limit <n>', 'requests per minute for this key (default: the company budget)', positiveInteger)
    .option('--ip-allow <list>', 'comma-separated IP addresses or CIDR ranges the key may be used from', commaList)
    .option(...jsonOption)
    .addHelpText(
      'after',
      `\nExample:\n  npx roster key create --company <id> --name "SAP export" --scopes core:read,personal:read\n\nScopes: ${allScopes.join(', ')}`,
    )
    .action(
      async (options: { company: string; name: string; scopes: string[]; rateLimit?: number; ipAllow?: string[]; json?: boolean }) => {
        const scopes = checkedScopes(options.scopes);
        const limits = await apiLimits();
        const input = {
          companyId: options.company,
          name: checkedName('key', options.name, limits),
          scopes,
          rateLimitPerMinute: checkedRateLimit(options.rateLimit, limits),
          ipAllowList: checkedIpAllowList(options.ipAllow ?? [], limits),
        };
        await (await actions()).runKeyCreate(deps, input, options);
      },
    );

  key
    .command('list')
    .description('list the API keys of a company')
    .requiredOption('--company <id>', 'company id (see `roster company list`)', companyId)
    .option(...jsonOption)
    .action(async (options: { company: string; json?: boolean }) => (await actions()).runKeyList(deps, options.company, options));

  key
    .command('revoke')
    .description('revoke an API key by its visible prefix (or its whole token); requests with its token are refused from then on')
    .argument('<prefix>', 'the key prefix shown by `roster key list`, e.g. rk_AbCdEfGh, or the whole token')
    .option('--company <id>', 'the company of the key, when several companies have a key with this prefix', companyId)
    .option(...jsonOption)
    .action(async (prefix: string, options: { company?: string; json?: boolean }) => (await actions()).runKeyRevoke(deps, prefix, options));
}

function checkedScopes(scopes: string[]): string[] {
  if (scopes.length === 0) throw usageFailure('no_scopes', `Give at least one scope with --scopes. Known scopes: ${allScopes.join(', ')}`);
  const unknown = scopes.filter((s) => !isKnownScope(s));
  if (unknown.length) {
    throw usageFailure(
      'unknown_scope',
      `Unknown scope${unknown.length > 1 ? 's' : ''}: ${unknown.map((s) => `"${s}"`).join(', ')}. Known scopes: ${allScopes.join(', ')}`,
      { unknownScopes: unknown },
    );
  }
  return scopes;
}

type ApiLimits = Awaited<ReturnType<typeof apiLimits>>;

/*
 * The checks below hold what the commands store to the API's own limits: a company or key made here is read and sent
 * back whole by clients (GET then PUT), and the PUT would refuse a value its schema does not take.
 */

/** A name, trimmed (as stored), not empty and no longer than the API takes. */
function checkedName(what: 'company' | 'key', value: string, limits: ApiLimits): string {
  const name = value.trim();
  if (!name) throw usageFailure('invalid_name', `The ${what} name must not be empty.`);
  const max = what === 'company' ? limits.companyLimits.nameMaxLength : limits.apiKeyLimits.nameMaxLength;
  const length = limits.characters(name);
  if (length > max) {
    throw usageFailure('invalid_name', `The ${what} name is ${length} characters long; the API takes at most ${max}.`, {
      maxLength: max,
    });
  }
  return name;
}

function checkedRateLimit(value: number | undefined, { apiKeyLimits: l }: ApiLimits): number | null {
  if (value === undefined) return null;
  if (value < l.rateLimitMin || value > l.rateLimitMax) {
    throw usageFailure(
      'invalid_rate_limit',
      `--rate-limit ${value} is out of the API's range: ${l.rateLimitMin} to ${l.rateLimitMax} requests per minute.`,
      { minimum: l.rateLimitMin, maximum: l.rateLimitMax },
    );
  }
  return value;
}

/** The count and length limits; whether each entry is an IP address or range is the service's check, as for the API. */
function checkedIpAllowList(entries: string[], { apiKeyLimits: l }: ApiLimits): string[] {
  if (entries.length > l.ipAllowListMaxItems) {
    throw usageFailure('invalid_ip_allow', `--ip-allow lists ${entries.length} entries; the API takes at most ${l.ipAllowListMaxItems}.`, {
      maxItems: l.ipAllowListMaxItems,
    });
  }
  const tooLong = entries.find((entry) => entry.length > l.ipAllowEntryMaxLength);
  if (tooLong !== undefined) {
    throw usageFailure(
      'invalid_ip_allow',
      `"${tooLong}" is longer than the ${l.ipAllowEntryMaxLength} characters the API takes for an IP address or range.`,
    );
  }
  return entries;
}

function checkedCompanyInput(name: string, options: { email?: string; timezone: string; language: string }, limits: ApiLimits) {
  const checkedCompanyName = checkedName('company', name, limits);
  // The API's own email format: a PUT sends the stored address back and must pass it.
  if (options.email !== undefined && !limits.isApiEmail(options.email)) {
    throw usageFailure('invalid_email', `"${options.email}" is not an email address the API accepts (e.g. hr@acme.example).`);
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: options.timezone });
  } catch {
    throw usageFailure('invalid_timezone', `"${options.timezone}" is not an IANA time zone (e.g. Europe/Madrid, UTC).`);
  }
  const { languageMinLength: min, languageMaxLength: max } = limits.companyLimits;
  const { length } = options.language;
  if (!isLanguageTag(options.language) || length < min || length > max) {
    throw usageFailure(
      'invalid_language',
      `"${options.language}" is not a language tag of ${min} to ${max} characters (e.g. es-ES, en-GB).`,
    );
  }
  return { name: checkedCompanyName, notificationEmail: options.email ?? null, timezone: options.timezone, language: options.language };
}

/** As PUT /core/v3/companies/{id} reads one (Intl's reading of BCP 47). */
function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

function commaList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A company id as the API reads ids: a UUID, in either case (ids are stored in lower case). */
function companyId(value: string): string {
  const id = value.trim().toLowerCase();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) {
    throw new InvalidArgumentError(`"${value}" is not a company id: expected a UUID, as \`roster company create\` printed it.`);
  }
  return id;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('Expected a whole number of requests per minute, 1 or more.');
  return n;
}
