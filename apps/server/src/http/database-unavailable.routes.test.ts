import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { type DatabaseHandle, openDatabase } from '../db/database.js';
import { databaseTrouble } from '../db/transient-errors.js';

/** A server whose PostgreSQL is down answers 503 with Retry-After (the client should retry), never a 500. */
let handle: DatabaseHandle;
let app: Awaited<ReturnType<typeof buildApp>>;
beforeAll(async () => {
  // Nothing listens on port 1: every connection is refused.
  handle = await openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:1/roster', poolSize: 1 });
  const config = loadConfig({}, { dataDir: '/nonexistent', logLevel: 'silent', databaseUrl: 'postgres://postgres@127.0.0.1:1/roster' });
  app = await buildApp({ config, db: handle.db, dialect: handle.dialect, logger: false });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

describe('the database cannot be reached', () => {
  it('an authenticated request is a 503 problem with Retry-After; readiness says unavailable', async () => {
    for (const [method, url] of [
      ['GET', '/core/v3/employees'],
      ['POST', '/core/v3/departments'],
    ] as const) {
      const res = await app.inject({
        method,
        url,
        headers: { authorization: 'Bearer rk_abcdefgh_0123456789abcdef0123456789abcdef0123', 'content-type': 'application/json' },
        ...(method === 'POST' ? { payload: JSON.stringify({ name: 'Sales' }) } : {}),
      });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 503 });
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.headers['retry-after']).toBe('5');
      const problem = res.json();
      expect(problem).toMatchObject({ type: '/problems/unavailable', status: 503 });
      expect(problem.detail).toMatch(/cannot be reached/);
      expect(JSON.stringify(problem)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    }
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(503);
  });
});

describe('the database accepts connections and never answers', () => {
  it('readiness is a 503 within seconds, and a request fails as unreachable once connecting times out', async () => {
    const net = await import('node:net');
    const held: import('node:net').Socket[] = [];
    const blackHole = net.createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
    const url = `postgres://postgres@127.0.0.1:${(blackHole.address() as { port: number }).port}/roster`;
    const silent = await openDatabase({ databaseUrl: url, poolSize: 1, connectTimeoutMs: 1500 });
    const config = loadConfig({}, { dataDir: '/nonexistent', logLevel: 'silent', databaseUrl: url });
    const server = await buildApp({ config, db: silent.db, dialect: silent.dialect, logger: false });
    await server.ready();
    try {
      const started = Date.now();
      const ready = await server.inject({ method: 'GET', url: '/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(Date.now() - started).toBeLessThan(5000);
      const res = await server.inject({
        method: 'GET',
        url: '/core/v3/employees',
        headers: { authorization: 'Bearer rk_abcdefgh_0123456789abcdef0123456789abcdef0123' },
      });
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
    } finally {
      for (const socket of held) socket.destroy();
      await server.close();
      await silent.close();
      await new Promise((resolve) => blackHole.close(resolve));
    }
  });
});

describe('which database errors are worth retrying', () => {
  it('lock and connection failures of both databases; not constraint violations or bugs', () => {
    expect(databaseTrouble(Object.assign(new Error('database is locked'), { name: 'SqliteError', code: 'SQLITE_BUSY' }))).toBe('busy');
    expect(databaseTrouble(Object.assign(new Error('deadlock detected'), { code: '40P01' }))).toBe('busy');
    expect(databaseTrouble(Object.assign(new Error('could not serialize access'), { code: '40001' }))).toBe('busy');
    expect(databaseTrouble(Object.assign(new Error('terminating connection'), { code: '57P01' }))).toBe('unreachable');
    expect(databaseTrouble(new Error('Connection terminated unexpectedly'))).toBe('unreachable');
    expect(databaseTrouble(Object.assign(new Error('database "roster" does not exist'), { code: '3D000' }))).toBe('unreachable');
    expect(databaseTrouble(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBeNull();
    expect(
      databaseTrouble(Object.assign(new Error('UNIQUE constraint failed'), { name: 'SqliteError', code: 'SQLITE_CONSTRAINT_UNIQUE' })),
    ).toBeNull();
    expect(databaseTrouble(new TypeError('x is undefined'))).toBeNull();
  });
});
