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

  it('names the environment variable, not the setting inside the server, when a value is out of range', () => {
    expect(failure({ RATE_LIMIT_PER_MINUTE: '-1' })).toBe('Invalid configuration: RATE_LIMIT_PER_MINUTE must be >= 1, got -1');
    expect(failure({ BODY_LIMIT_BYTES: '10' })).toBe('Invalid configuration: BODY_LIMIT_BYTES must be >= 1024, got 10');
    expect(failure({ PORT: '70000' })).toContain('PORT must be <= 65535');
    expect(failure({ PUBLIC_URL: 'hr.example.com' })).toContain('PUBLIC_URL must match pattern');
    const several = failure({ WEBHOOK_TIMEOUT_MS: '50', EVENT_RETENTION_DAYS: '0' });
    expect(several).toContain('WEBHOOK_TIMEOUT_MS must be >= 100, got 50');
    expect(several).toContain('EVENT_RETENTION_DAYS must be >= 1, got 0');
    expect(several).not.toMatch(/\/[a-z]+[A-Z]/);
  });
});
