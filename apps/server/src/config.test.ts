import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const failure = (env: NodeJS.ProcessEnv): string => {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
};

describe('loadConfig', () => {
  it('reads a switch as true/false, 1/0, yes/no or on/off, in any case and with spaces around; empty is the default', () => {
    for (const word of ['true', '1', 'yes', 'on', 'TRUE', ' Yes ', 'On']) {
      expect(loadConfig({ TRUST_PROXY: word }).trustProxy, word).toBe(true);
    }
    for (const word of ['false', '0', 'no', 'off', 'FALSE', ' Off ']) {
      expect(loadConfig({ ROSTER_DEMO: word }).demo, word).toBe(false);
    }
    const defaults = loadConfig({ TRUST_PROXY: '', ROSTER_DEMO: ' ', WEBHOOK_ALLOW_PRIVATE_TARGETS: undefined });
    expect([defaults.trustProxy, defaults.demo, defaults.webhookAllowPrivateTargets]).toEqual([false, true, false]);
  });

  it('stops on a switch it cannot read instead of turning it on (security switches included)', () => {
    expect(failure({ TRUST_PROXY: 'disabled' })).toBe(
      'Configuration: TRUST_PROXY must be true or false (also 1/0, yes/no, on/off), got "disabled"',
    );
    expect(failure({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'never' })).toContain('WEBHOOK_ALLOW_PRIVATE_TARGETS must be true or false');
    for (const name of ['ROSTER_DEMO', 'ALLOCATOR_TUNING', 'PG_NAMED_STATEMENTS', 'WEBHOOK_ALLOW_HTTP']) {
      expect(failure({ [name]: 'enabled' })).toContain(`${name} must be true or false`);
    }
  });

  it('stops on numbers not in decimal digits, URLs its clients cannot use, a HOST that is no address and a DATA_DIR that is a file', () => {
    expect(failure({ PORT: '0x1C' })).toBe('Configuration: PORT must be an integer in decimal digits, got "0x1C"');
    expect(failure({ PORT: '1e4' })).toContain('PORT must be an integer in decimal digits');
    expect(loadConfig({ PORT: ' 8080 ' }).port).toBe(8080);
    expect(failure({ SMTP_URL: 'mail.example.com' })).toContain('SMTP_URL must be a URL such as smtp://');
    expect(failure({ SMTP_URL: 'http://mail.example.com' })).toContain('SMTP_URL must be a URL');
    expect(failure({ SMTP_URL: 'smtp://user:secret@' })).not.toContain('secret');
    expect(loadConfig({ SMTP_URL: 'smtps://user:pw@mail.example.com:465' }).smtpUrl).toContain('mail.example.com');
    expect(failure({ DATABASE_URL: 'notaurl' })).toContain('DATABASE_URL must be a URL such as postgres://');
    expect(failure({ DATABASE_URL: 'mysql://root@db/roster' })).toContain('DATABASE_URL must be a URL');
    expect(loadConfig({ DATABASE_URL: 'postgresql:///roster?host=/var/run/postgresql' }).databaseUrl).toContain('roster');
    expect(failure({ HOST: 'my host' })).toContain('HOST must be an address or host name');
    expect(loadConfig({ HOST: '::' }).host).toBe('::');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'roster-cfg-')), 'not-a-dir');
    fs.writeFileSync(file, 'x');
    expect(failure({ DATA_DIR: file })).toContain('DATA_DIR must be a directory');
  });

  it('names the environment variable, not the setting inside the server, when a value is out of range', () => {
    expect(failure({ RATE_LIMIT_PER_MINUTE: '-1' })).toBe('Invalid configuration: RATE_LIMIT_PER_MINUTE must be >= 1, got -1');
    expect(failure({ BODY_LIMIT_BYTES: '10' })).toBe('Invalid configuration: BODY_LIMIT_BYTES must be >= 1024, got 10');
    expect(failure({ REQUEST_TIMEOUT_MS: '500' })).toBe('Invalid configuration: REQUEST_TIMEOUT_MS must be >= 1000, got 500');
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '900000' }).requestTimeoutMs).toBe(900_000);
    expect(loadConfig({}).requestTimeoutMs).toBe(300_000);
    expect(failure({ PORT: '70000' })).toContain('PORT must be <= 65535');
    expect(failure({ PUBLIC_URL: 'hr.example.com' })).toContain('PUBLIC_URL must match pattern');
    const several = failure({ WEBHOOK_TIMEOUT_MS: '50', EVENT_RETENTION_DAYS: '0' });
    expect(several).toContain('WEBHOOK_TIMEOUT_MS must be >= 100, got 50');
    expect(several).toContain('EVENT_RETENTION_DAYS must be >= 1, got 0');
    expect(several).not.toMatch(/\/[a-z]+[A-Z]/);
  });

  it('takes a redis:// or rediss:// URL with a host and a database number for REDIS_URL, and names REDIS_URL otherwise', () => {
    for (const url of [
      'redis://127.0.0.1:6379',
      'redis://redis',
      'redis://127.0.0.1:6379/',
      'redis://:p%40ss@cache.internal:6380/15',
      'rediss://user:pw@cache.example.com/0',
      'REDIS://[::1]:6379/2',
      'redis://cache?db=3',
    ]) {
      expect(loadConfig({ REDIS_URL: url }).redisUrl, url).toBe(url);
    }
    expect(loadConfig({ REDIS_URL: '' }).redisUrl).toBeUndefined();
    expect(failure({ REDIS_URL: 'not a url' })).toBe(
      'Configuration: REDIS_URL must start with redis:// or rediss:// (redis://host:6379 or rediss://user:password@host:6379/0), got "not a url"',
    );
    // Another scheme is no Unix socket path; a path is not one either.
    expect(failure({ REDIS_URL: 'foo://127.0.0.1:6379' })).toContain('REDIS_URL must start with redis:// or rediss://');
    expect(failure({ REDIS_URL: '/var/run/redis.sock' })).toContain('REDIS_URL must start with redis:// or rediss://');
    expect(failure({ REDIS_URL: 'redis://host:99999' })).toContain('REDIS_URL must be a URL such as');
    expect(failure({ REDIS_URL: 'redis:///3' })).toContain('REDIS_URL must name a host');
    for (const db of ['x', '-1', '1.5', '0x1', '1/2', '%31']) {
      expect(failure({ REDIS_URL: `redis://127.0.0.1:6379/${db}` }), db).toContain('REDIS_URL database must be a number 0 or more');
    }
    expect(failure({ REDIS_URL: 'redis://cache?db=two' })).toContain('REDIS_URL database must be a number 0 or more');
    // A database number Redis does not have (16 by default) is refused by Redis at start (main.ts), not here.
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379/99' }).redisUrl).toBe('redis://127.0.0.1:6379/99');
  });

  it('leaves the password out of a REDIS_URL it names', () => {
    const message = failure({ REDIS_URL: 'redis://admin:s3cr@t@127.0.0.1:6379/db' });
    expect(message).toBe(
      'Configuration: REDIS_URL database must be a number 0 or more (the path, as in redis://host:6379/0), got "redis://…@127.0.0.1:6379/db"',
    );
    expect(failure({ REDIS_URL: 'http://u:hunter2@h' })).not.toContain('hunter2');
  });
});
