import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');

describe('the server with a setting it cannot use', () => {
  it('exits 1 with one line naming the setting, before it touches the data directory', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-config-'));
    try {
      const run = (env: Record<string, string>) =>
        new Promise<{ code: number; stderr: string }>((resolve) => {
          execFile(
            process.execPath,
            ['--import', 'tsx', path.join(repoRoot, 'apps/server/src/main.ts')],
            { cwd: repoRoot, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', ...env }, timeout: 60_000 },
            (err, _stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stderr }),
          );
        });
      const [level, port, proxy, rate] = await Promise.all([
        run({ LOG_LEVEL: 'bogus', PORT: '0' }),
        run({ PORT: 'abc' }),
        // A switch it cannot read is not taken as on (TRUST_PROXY would let X-Forwarded-For pass IP allow-lists).
        run({ TRUST_PROXY: 'disabled', PORT: '0' }),
        run({ RATE_LIMIT_PER_MINUTE: '-1', PORT: '0' }),
      ]);
      expect(level.code).toBe(1);
      expect(level.stderr.trim()).toBe(
        'Configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "bogus"',
      );
      expect(port.code).toBe(1);
      expect(port.stderr.trim()).toBe('Configuration: PORT must be an integer in decimal digits, got "abc"');
      expect(proxy.code).toBe(1);
      expect(proxy.stderr.trim()).toBe('Configuration: TRUST_PROXY must be true or false (also 1/0, yes/no, on/off), got "disabled"');
      expect(rate.code).toBe(1);
      expect(rate.stderr.trim()).toBe('Invalid configuration: RATE_LIMIT_PER_MINUTE must be >= 1, got -1');
      expect(fs.readdirSync(dataDir)).toEqual([]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
