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
      const input = checkedCompanyInput(name, options);
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
    .requiredOption('--company <id>', 'company id (see `roster company list`)')
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
        const name = options.name.trim();
        if (!name) throw usageFailure('invalid_name', 'The key name must not be empty.');
        const input = {
          companyId: options.company,
          name,
          scopes,
          rateLimitPerMinute: options.rateLimit ?? null,
          ipAllowList: options.ipAllow ?? [],
        };
        await (await actions()).runKeyCreate(deps, input, options);
      },
    );

  key
    .command('list')
    .description('list the API keys of a company')
    .requiredOption('--company <id>', 'company id (see `roster company list`)')
    .option(...jsonOption)
    .action(async (options: { company: string; json?: boolean }) => (await actions()).runKeyList(deps, options.company, options));

  key
    .command('revoke')
    .description('revoke an API key by its visible prefix (or its whole token); requests with its token are refused from then on')
    .argument('<prefix>', 'the key prefix shown by `roster key list`, e.g. rk_AbCdEfGh, or the whole token')
    .option('--company <id>', 'the company of the key, when several companies have a key with this prefix')
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

function checkedCompanyInput(name: string, options: { email?: string; timezone: string; language: string }) {
  if (!name.trim()) throw usageFailure('invalid_name', 'The company name must not be empty.');
  if (options.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(options.email)) {
    throw usageFailure('invalid_email', `"${options.email}" is not an email address.`);
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: options.timezone });
  } catch {
    throw usageFailure('invalid_timezone', `"${options.timezone}" is not an IANA time zone (e.g. Europe/Madrid, UTC).`);
  }
  try {
    Intl.getCanonicalLocales(options.language);
  } catch {
    throw usageFailure('invalid_language', `"${options.language}" is not a language tag (e.g. es-ES, en-GB).`);
  }
  return { name: name.trim(), notificationEmail: options.email ?? null, timezone: options.timezone, language: options.language };
}

function commaList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('Expected a whole number of requests per minute, 1 or more.');
  return n;
}
