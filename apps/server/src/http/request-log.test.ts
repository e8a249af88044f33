import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { buildApp, loggableUrl } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';

it('the request log leaves out the values of lookups by personal data (dni, email), in every bracket form', () => {
  expect(loggableUrl('/core/v3/employees?dni=12345678Z&limit=100')).toBe('/core/v3/employees?dni=[redacted]&limit=100');
  expect(loggableUrl('/core/v3/employees?limit=5&email=ana%40example.com')).toBe('/core/v3/employees?limit=5&email=[redacted]');
  expect(loggableUrl('/core/v3/employees?DNI[]=1&dni%5B0%5D=2')).toBe('/core/v3/employees?DNI[]=[redacted]&dni%5B0%5D=[redacted]');
  expect(loggableUrl('/core/v3/employees?externalId=E1&code=7')).toBe('/core/v3/employees?externalId=E1&code=7');
  expect(loggableUrl('/core/v3/employees')).toBe('/core/v3/employees');
});

it('a request that looks someone up by national id is logged without it', async () => {
  const { lines, app, handle } = await appWritingLog();
  try {
    await app.inject({ method: 'GET', url: '/core/v3/employees?dni=12345678Z&email=ana%40example.com' });
    const line = lines.find((l) => l.includes('request completed'));
    expect(line).toBeDefined();
    expect(line).toContain('dni=[redacted]');
    expect(line).not.toContain('12345678Z');
    expect(line).not.toContain('ana%40example.com');
  } finally {
    await app.close();
    await handle.close();
  }
});

it('a path the router cannot read (a 400 before any route) has its log line with its request id, and is counted in /metrics', async () => {
  const { lines, app, handle } = await appWritingLog();
  try {
    const res = await app.inject({ method: 'GET', url: '/security/v1/api-keys/%E0%A4%A' });
    expect(res.statusCode).toBe(400);
    const requestId = res.json().requestId as string;
    const line = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'request completed' && l.reqId === requestId);
    expect(line).toMatchObject({ statusCode: 400, method: 'GET' });
    const metrics = await app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/http_requests_total\{method="GET",route="unmatched",status="400"\} 1/);
  } finally {
    await app.close();
    await handle.close();
  }
});

/** A server on an in-memory database whose log lines (level info) are kept in `lines`. */
async function appWritingLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const handle = await openDatabase({ sqliteFile: ':memory:' });
  await migrateToLatest(handle.db, handle.dialect);
  const app = await buildApp({
    config: loadConfig({}, { dataDir: '/nonexistent', logLevel: 'info' }),
    db: handle.db,
    dialect: handle.dialect,
    logger: { level: 'info', stream },
  });
  return { lines, app, handle };
}
