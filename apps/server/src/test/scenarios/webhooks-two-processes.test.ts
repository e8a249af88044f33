import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareScenarioDatabase, queueDepartmentEvents } from '../scenario-database.js';
import { freshPostgresDatabase, type ServerProcess, startServerProcess } from '../server-process.js';
import { startWebhookReceiver, type WebhookReceiver } from '../webhook-receiver.js';

// Several server processes need PostgreSQL (SQLite serves one process): this scenario runs with DATABASE_URL only.
const isPostgres = Boolean(process.env.DATABASE_URL);
const EVENTS = 1000;

let dataDir: string;
let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
let rx: WebhookReceiver;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  if (!isPostgres) return;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-webhooks-two-'));
  database = await freshPostgresDatabase('roster_wh_two');
  rx = await startWebhookReceiver();
});

afterAll(async () => {
  for (const s of servers) await s.kill();
  await rx?.close();
  await database?.drop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe.runIf(isPostgres)('two server processes on PostgreSQL', () => {
  it('deliver 1,000 events to each subscription exactly once, sharing the work', { timeout: 120_000 }, async () => {
    const env = {
      DATA_DIR: dataDir,
      DATABASE_URL: database.url!,
      ROSTER_DEMO: 'false',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      WEBHOOK_ALLOW_HTTP: 'true',
      WEBHOOK_POLL_INTERVAL_MS: '20',
      RATE_LIMIT_PER_MINUTE: '100000',
    };
    // The company exists before the servers start, so both start at once (neither has a first start to do).
    const store = { databaseUrl: database.url, sqliteFile: path.join(dataDir, 'roster.sqlite') };
    const { companyId, token } = await prepareScenarioDatabase(store);
    const [one, two] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    servers.push(one, two);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    const paths = ['/one', '/two', '/three', '/four'];
    for (const p of paths) {
      rx.respond(p, { status: 200, body: 'ok', delayMs: 1 });
      const res = await fetch(`${one.base}/webhook/v1/subscriptions`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ url: rx.url(p), events: ['department.created'] }),
      });
      expect(res.status).toBe(200);
      rx.setSecrets(p, [(await res.json()).data.secret]);
    }

    // Which process holds each lease, sampled while the deliveries run.
    const owners = new Set<string>();
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { rows } = await db.query('select lease_owner from webhook_subscriptions where lease_owner is not null');
        for (const r of rows) owners.add(String(r.lease_owner));
        await new Promise((r) => setTimeout(r, 10));
      }
    })();

    // 1,000 events: a few through each server's API, the rest written in batches beside them.
    for (const [i, server] of [one, two, one, two].entries()) {
      const res = await fetch(`${server.base}/core/v3/departments`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: `Twice api ${i}` }),
      });
      expect(res.status).toBe(200);
    }
    const names = Array.from({ length: EVENTS - 4 }, (_, i) => `Twice ${i}`);
    await queueDepartmentEvents(store, companyId, names, 50);
    await rx.waitUntil(() => paths.every((p) => new Set(rx.at(p).map((r) => r.headers['webhook-id'])).size >= EVENTS), 60_000);
    // Anything sent twice would arrive right behind; give it time to show up.
    await new Promise((r) => setTimeout(r, 500));
    sampling = false;
    await sampler;

    const outbox = new Set((await db.query("select id from events where type = 'department.created'")).rows.map((r) => String(r.id)));
    await db.end();
    expect(outbox.size).toBe(EVENTS);
    for (const p of paths) {
      const got = rx.at(p);
      expect(got.every((r) => r.verified)).toBe(true);
      expect(got).toHaveLength(EVENTS);
      expect(new Set(got.map((r) => r.headers['webhook-id']))).toEqual(outbox);
    }
    // Both processes held leases: the work was shared, not done by one while the other idled.
    expect(owners.size).toBe(2);
    expect(await one.stop()).toBe(0);
    expect(await two.stop()).toBe(0);
  });
});
