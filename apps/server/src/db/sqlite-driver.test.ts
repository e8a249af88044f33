import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/app-fixture.js';
import { holdSqliteWriter } from './writer-gate.js';

/**
 * SQLite: while the HR data sync worker thread holds the database's writer (a large file takes seconds), the server's
 * thread must not ask for it: better-sqlite3 would wait inside the call, blocking the event loop, and fail after
 * busy_timeout. Here a second connection plays the worker: it takes the write lock the way the worker's transaction
 * does, after the server's thread has marked the writer held.
 */
describe.skipIf(!!process.env.DATABASE_URL)('SQLite writes while the sync worker holds the writer', () => {
  let dir: string;
  let t: TestApp;
  let worker: SQLite.Database;
  let release: (() => void) | null = null;

  async function setUp(writeWaitMs: number) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-gate-'));
    const file = path.join(dir, 'roster.sqlite');
    t = await createTestApp({ sqlite: { file, writeWaitMs } });
    worker = new SQLite(file);
    worker.pragma('busy_timeout = 5000');
  }

  /** What the sync worker does: the writer is marked held in the server's thread, then its transaction takes it. */
  function holdWriter() {
    release = holdSqliteWriter();
    worker.exec('begin immediate');
    worker.prepare('update companies set name = name where id = ?').run(t.a.company.id);
  }

  function releaseWriter() {
    worker.exec('commit');
    release?.();
    release = null;
  }

  afterEach(async () => {
    if (worker.inTransaction) worker.exec('rollback');
    release?.();
    release = null;
    worker.close();
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a write waits without blocking reads, and goes through once the writer is released', async () => {
    await setUp(30_000);
    holdWriter();
    const started = Date.now();
    const write = t.call('POST', '/core/v3/departments', { body: { name: 'Waited' } });
    // Reads are answered meanwhile: the event loop is free and the connection is not held by the waiting write.
    const read = await t.call('GET', '/core/v3/departments');
    expect(read.statusCode).toBe(200);
    const feed = await t.call('GET', '/event/v1/events');
    expect(feed.statusCode).toBe(200);
    expect(Date.now() - started).toBeLessThan(2_000);
    await new Promise((r) => setTimeout(r, 300));
    releaseWriter();
    const res = await write;
    expect(res.statusCode).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    const list = await t.call('GET', '/core/v3/departments');
    expect(list.json.data.map((d: { name: string }) => d.name)).toContain('Waited');
  });

  it('a write that would wait longer than SQLITE_WRITE_WAIT_MS is a 503 with Retry-After and changes nothing', async () => {
    await setUp(200);
    holdWriter();
    const started = Date.now();
    const res = await t.call('POST', '/core/v3/departments', { body: { name: 'Too late' } });
    expect(res.statusCode).toBe(503);
    // After the configured wait, not after SQLite's busy_timeout (5 s) spent blocking the event loop.
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json).toMatchObject({ type: '/problems/unavailable', status: 503 });
    expect(res.json.detail).toMatch(/HR data sync/);
    releaseWriter();
    const list = await t.call('GET', '/core/v3/departments');
    expect(list.json.data.map((d: { name: string }) => d.name)).not.toContain('Too late');
    const audit = await t.call('GET', '/security/v1/audit-logs?resourceType=department');
    expect(audit.json.data.filter((r: { after?: { name?: string } }) => r.after?.name === 'Too late')).toHaveLength(0);
    // Afterwards writes go through at once.
    const again = await t.call('POST', '/core/v3/departments', { body: { name: 'Now' } });
    expect(again.statusCode).toBe(200);
  });
});
