import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { type DatabaseHandle, openDatabase } from '../../server/src/db/database.js';
import { allScopes } from '../../server/src/platform/api-keys/scopes.js';

// biome-ignore lint/suspicious/noExplicitAny: parsed `--json` answers are asserted field by field
type Json = any;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const rosterBin = path.join(repoRoot, 'apps/cli/bin/roster.mjs');

let dataDir: string;
let databaseUrl: string | undefined;
let dbName: string | undefined;
let database: DatabaseHandle | undefined;
let app: FastifyInstance | undefined;

/** Runs the real binary from the repository root, configured like the server: DATA_DIR, and DATABASE_URL when testing PostgreSQL. */
function roster(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [rosterBin, ...args],
      { cwd: repoRoot, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '', ...env } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

async function rosterJson(args: string[]): Promise<Json> {
  const run = await roster([...args, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

/** The API on the database the command wrote to, built in-process. */
async function api(): Promise<FastifyInstance> {
  if (app) return app;
  database = await openDatabase({ databaseUrl, sqliteFile: path.join(dataDir, 'roster.sqlite'), poolSize: 2 });
  const config = loadConfig({}, { dataDir, logLevel: 'silent', ...(databaseUrl ? { databaseUrl } : {}) });
  app = await buildApp({ config, db: database.db, dialect: database.dialect, logger: false });
  await app.ready();
  return app;
}

async function info(token: string) {
  const res = await (await api()).inject({ method: 'GET', url: '/core/v3/info', headers: { authorization: `Bearer ${token}` } });
  return { status: res.statusCode, json: JSON.parse(res.body) as Json };
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-cli-'));
  if (process.env.DATABASE_URL) {
    dbName = `roster_cli_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  }
});

afterAll(async () => {
  await app?.close();
  await database?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (dbName) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
});

describe('roster operator commands (the real binary)', () => {
  let acme: { id: string; adminToken: string };
  let sapKey: { prefix: string; token: string };

  it('--help exits 0 on every command', async () => {
    const commands = [[], ['migrate'], ['company', 'create'], ['company', 'list'], ['key', 'create'], ['key', 'list'], ['key', 'revoke']];
    const runs = await Promise.all(commands.map((c) => roster([...c, '--help'])));
    for (const [i, run] of runs.entries()) {
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: roster ${commands[i]?.join(' ')}`.trimEnd());
      if (i > 0) expect(run.stdout).toContain('--json');
    }
    expect(runs[4]?.stdout).toContain('--scopes <list>');
  });

  it('exits 1 with one line naming the setting when the configuration cannot be used', async () => {
    const [level, worker] = await Promise.all([
      roster(['company', 'list'], { LOG_LEVEL: 'bogus' }),
      roster(['company', 'list'], { SYNC_WORKER: 'threads' }),
    ]);
    expect(level.code).toBe(1);
    expect(level.stderr).toContain('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "bogus"');
    expect(level.stderr).not.toMatch(/\n\s+at /);
    expect(worker.code).toBe(1);
    expect(worker.stderr).toContain('SYNC_WORKER must be one of thread, inline');
  });

  it('exits 1 naming the environment variable for a switch it cannot read or a value out of range', async () => {
    const [proxy, rate, body] = await Promise.all([
      roster(['company', 'list'], { TRUST_PROXY: 'disabled' }),
      roster(['company', 'list', '--json'], { RATE_LIMIT_PER_MINUTE: '-1' }),
      roster(['company', 'list'], { BODY_LIMIT_BYTES: '10' }),
    ]);
    expect(proxy.code).toBe(1);
    expect(proxy.stderr).toContain('TRUST_PROXY must be true or false (also 1/0, yes/no, on/off), got "disabled"');
    expect(rate.code).toBe(1);
    expect(JSON.parse(rate.stderr).error).toMatchObject({
      reason: 'invalid_configuration',
      message: 'Invalid configuration: RATE_LIMIT_PER_MINUTE must be >= 1, got -1',
    });
    expect(body.code).toBe(1);
    expect(body.stderr).toContain('BODY_LIMIT_BYTES must be >= 1024, got 10');
    expect(body.stderr).not.toContain('bodyLimitBytes');
  });

  it('exits 3 when the database cannot be reached or has no schema yet', async () => {
    const [unreachable, beforeMigrate] = await Promise.all([
      roster(['company', 'list'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/roster' }),
      roster(['company', 'list', '--json']),
    ]);
    expect(unreachable.code).toBe(3);
    expect(unreachable.stderr).toContain('Cannot reach the database');
    expect(beforeMigrate.code).toBe(3);
    expect(JSON.parse(beforeMigrate.stderr).error.message).toContain('roster migrate');
  });

  it('migrate runs the migrations once, then says the schema is up to date', async () => {
    const first = await roster(['migrate']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('0001-platform-and-core');
    const second = await rosterJson(['migrate']);
    expect(second).toMatchObject({ migrations: [], upToDate: true });
  });

  it('company create prints the id and an admin key that authenticates, with no demo data', async () => {
    const created = await rosterJson(['company', 'create', 'Acme Ltd', '--email', 'hr@acme.example', '--timezone', 'Europe/Madrid']);
    expect(created.company).toMatchObject({
      name: 'Acme Ltd',
      region: 'eu1',
      timezone: 'Europe/Madrid',
      notificationEmail: 'hr@acme.example',
    });
    acme = { id: created.company.id, adminToken: created.adminKey.token };

    const answer = await info(acme.adminToken);
    expect(answer.status).toBe(200);
    expect(answer.json.data.company.id).toBe(acme.id);
    expect([...answer.json.data.apiKey.scopes].sort()).toEqual([...allScopes].sort());
    const employees = await (await api()).inject({
      method: 'GET',
      url: '/core/v3/employees',
      headers: { authorization: `Bearer ${acme.adminToken}` },
    });
    expect(JSON.parse(employees.body).meta.total).toBe(0);

    const human = await roster(['company', 'create', 'Beta GmbH']);
    expect(human.code).toBe(0);
    const token = human.stdout.match(/rk_[A-Za-z0-9_-]{40,}/)?.[0];
    expect(human.stdout).toMatch(/id: [0-9a-f-]{36}/);
    expect((await info(token ?? '')).json.data.company.name).toBe('Beta GmbH');

    const list = await rosterJson(['company', 'list']);
    expect(list.companies.map((c: Json) => [c.name, c.activeKeys])).toEqual([
      ['Acme Ltd', 1],
      ['Beta GmbH', 1],
    ]);
  }, 90_000); // three runs of the binary and the first build of the API, on a busy machine

  it('key create gives the key exactly the scopes asked for', async () => {
    const created = await rosterJson([
      'key',
      'create',
      '--company',
      acme.id,
      '--name',
      'SAP export',
      '--scopes',
      'core:read,personal:read',
      '--rate-limit',
      '60',
      '--ip-allow',
      '127.0.0.1/32',
    ]);
    expect(created.key).toMatchObject({ name: 'SAP export', scopes: ['core:read', 'personal:read'], rateLimitPerMinute: 60 });
    sapKey = { prefix: created.key.prefix, token: created.token };
    expect(sapKey.token.startsWith(sapKey.prefix)).toBe(true);

    const answer = await info(sapKey.token);
    expect(answer.status).toBe(200);
    expect(answer.json.data.apiKey.scopes).toEqual(['core:read', 'personal:read']);
    expect(answer.json.data.apiKey.rateLimitPerMinute).toBe(60);

    // Ids are read in either case, as the API reads them.
    const listed = await roster(['key', 'list', '--company', acme.id.toUpperCase()]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(sapKey.prefix);
    expect(listed.stdout).toContain('core:read,personal:read');
    expect(listed.stdout).not.toContain(sapKey.token);
  });

  it('refuses an unknown scope or an unknown company with exit 1 and a message naming it', async () => {
    const [badScope, badCompany] = await Promise.all([
      roster(['key', 'create', '--company', acme.id, '--name', 'x', '--scopes', 'core:read,core:reed']),
      roster(['key', 'create', '--company', 'no-such-company', '--name', 'x', '--scopes', 'core:read', '--json']),
    ]);
    expect(badScope.code).toBe(1);
    expect(badScope.stderr).toContain('"core:reed"');
    expect(badCompany.code).toBe(1);
    expect(JSON.parse(badCompany.stderr).error.message).toContain('no-such-company');
    expect(badCompany.stdout).toBe('');
  });

  it("refuses what the API's schemas refuse, so that what it creates can be read and sent back whole", async () => {
    const long = 'N'.repeat(201);
    const ips = (n: number) => Array.from({ length: n }, (_, i) => `10.0.${Math.floor(i / 250)}.${i % 250}`).join(',');
    const key = (...extra: string[]) => ['key', 'create', '--company', acme.id, '--name', 'x', '--scopes', 'core:read', ...extra];
    const runs = await Promise.all([
      roster(['company', 'create', long, '--json']),
      roster(['company', 'create', 'Intl', '--email', 'josé@exämple.com']),
      roster(['company', 'create', 'Long tag', '--language', 'en-GB-u-ca-gregory-co-phonebk-nu-latn-x']),
      roster(['key', 'create', '--company', acme.id, '--name', long, '--scopes', 'core:read']),
      roster([...key('--rate-limit', '5000000'), '--json']),
      roster(key('--ip-allow', ips(101))),
    ]);
    expect(runs.map((r) => r.code)).toEqual([1, 1, 1, 1, 1, 1]);
    const [companyName, email, language, keyName, rate, ipAllow] = runs;
    expect(JSON.parse(companyName?.stderr ?? '').error).toMatchObject({
      reason: 'invalid_name',
      message: 'The company name is 201 characters long; the API takes at most 200.',
    });
    expect(email?.stderr).toContain('"josé@exämple.com" is not an email address the API accepts');
    expect(language?.stderr).toContain('is not a language tag of 2 to 35 characters');
    expect(keyName?.stderr).toContain('The key name is 201 characters long; the API takes at most 200.');
    expect(JSON.parse(rate?.stderr ?? '').error).toMatchObject({ reason: 'invalid_rate_limit', maximum: 1_000_000 });
    expect(ipAllow?.stderr).toContain('--ip-allow lists 101 entries; the API takes at most 100.');
    expect((await rosterJson(['company', 'list'])).companies).toHaveLength(2);

    // At the limits: created, then read and sent back whole with one change, as docs/api.md says a client may.
    const company = await rosterJson(['company', 'create', 'C'.repeat(200)]);
    const auth = { authorization: `Bearer ${company.adminKey.token}` };
    const info = await (await api()).inject({ method: 'GET', url: '/core/v3/info', headers: auth });
    const { name, notificationEmail, language: lang, timezone } = JSON.parse(info.body).data.company;
    const put = await (await api()).inject({
      method: 'PUT',
      url: `/core/v3/companies/${company.company.id}`,
      headers: auth,
      payload: { name, notificationEmail, language: lang, timezone },
    });
    expect(put.statusCode, put.body).toBe(200);
    const created = await rosterJson([
      ...['key', 'create', '--company', acme.id, '--name', 'K'.repeat(200), '--scopes', 'core:read'],
      ...['--rate-limit', '1000000', '--ip-allow', ips(100)],
    ]);
    const url = `/security/v1/api-keys/${created.key.id}`;
    const got = JSON.parse(
      (await (await api()).inject({ method: 'GET', url, headers: { authorization: `Bearer ${acme.adminToken}` } })).body,
    );
    const { rateLimitPerMinute, ipAllowList, scopes } = got.data;
    expect(ipAllowList).toHaveLength(100);
    const sentBack = await (await api()).inject({
      method: 'PUT',
      url,
      headers: { authorization: `Bearer ${acme.adminToken}` },
      payload: { name: 'Renamed', scopes, rateLimitPerMinute, ipAllowList },
    });
    expect(sentBack.statusCode, sentBack.body).toBe(200);
  }, 90_000);

  it('key revoke by prefix makes the token fail; revoking again says so and exits 0', async () => {
    const revoked = await roster(['key', 'revoke', sapKey.prefix]);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain('Revoked');
    expect((await info(sapKey.token)).status).toBe(401);

    const [again, keys, unknown] = await Promise.all([
      rosterJson(['key', 'revoke', sapKey.prefix]),
      rosterJson(['key', 'list', '--company', acme.id]),
      roster(['key', 'revoke', 'rk_unknown']),
    ]);
    expect(again.alreadyRevoked).toBe(true);
    expect(again.key.status).toBe('revoked');
    expect(keys.keys.find((k: Json) => k.prefix === sapKey.prefix).status).toBe('revoked');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('rk_unknown');
  });

  it('key revoke also takes the whole token (as an operator pastes a leaked one)', async () => {
    const created = await rosterJson(['key', 'create', '--company', acme.id, '--name', 'Leaked', '--scopes', 'core:read']);
    expect((await info(created.token)).status).toBe(200);
    const revoked = await roster(['key', 'revoke', created.token]);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toContain(created.key.prefix);
    expect((await info(created.token)).status).toBe(401);
    const wrong = await roster(['key', 'revoke', `${created.key.prefix}notthetoken`]);
    expect(wrong.code).toBe(1);
  });
});
