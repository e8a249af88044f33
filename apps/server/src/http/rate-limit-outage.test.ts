import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { redisProxy } from '../test/redis-proxy.js';
import { checkRedis, type RateLimitResult, redisClientOptions, redisRateLimiter } from './rate-limit.js';

/**
 * The circuit breaker of the Redis rate limiter: while Redis is known to be down, requests are counted in this process
 * at once (no request waits for Redis), one probe at a time asks whether it is back, and the shared budget is used
 * again once it answers. The switches are reported once each, not per request.
 */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(20);
  }
}

/** Runs `hit` and says how long it took. */
async function timed(hit: () => Promise<RateLimitResult>): Promise<{ ms: number; result: RateLimitResult }> {
  const started = performance.now();
  const result = await hit();
  return { ms: performance.now() - started, result };
}

/** An error Redis answered, as ioredis reports it. */
function replyError(message: string): Error {
  const err = new Error(message);
  err.name = 'ReplyError';
  return err;
}

/** A stand-in for the ioredis client: each MULTI/EXEC and PING answers as `mode` says, and is counted. */
function fakeRedis(db?: number) {
  const counts = new Map<string, number>();
  const listeners = new Map<string, ((arg?: unknown) => void)[]>();
  const fake = {
    options: { db },
    mode: 'up' as 'up' | 'down' | 'hang',
    /** Whether this Redis has the database `select` asks for. */
    hasDb: true,
    /** Redis answers PING but refuses the budget writes. */
    refuseWrites: false,
    execs: 0,
    pings: 0,
    selects: 0,
    answer<T>(value: () => T): Promise<T> {
      if (fake.mode === 'up') return Promise.resolve(value());
      if (fake.mode === 'down') return Promise.reject(new Error('connect ECONNREFUSED'));
      return new Promise<T>(() => {});
    },
    multi() {
      let key = '';
      const chain = {
        incr(k: string) {
          key = k;
          return chain;
        },
        pexpire() {
          return chain;
        },
        exec() {
          fake.execs += 1;
          if (fake.refuseWrites && fake.mode === 'up') return Promise.reject(replyError('OOM command not allowed'));
          return fake.answer(() => {
            counts.set(key, (counts.get(key) ?? 0) + 1);
            return [
              [null, counts.get(key)],
              [null, 1],
            ];
          });
        },
      };
      return chain;
    },
    ping() {
      fake.pings += 1;
      return fake.answer(() => 'PONG');
    },
    select() {
      fake.selects += 1;
      return fake.answer(() => {
        if (!fake.hasDb) throw replyError('ERR DB index is out of range');
        return 'OK';
      });
    },
    on(event: string, fn: (arg?: unknown) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), fn]);
    },
    off(event: string, fn: (arg?: unknown) => void) {
      listeners.set(
        event,
        (listeners.get(event) ?? []).filter((f) => f !== fn),
      );
    },
    emit(event: string, arg?: unknown) {
      for (const fn of listeners.get(event) ?? []) fn(arg);
    },
    disconnect() {},
  };
  return fake;
}

describe('Redis rate limiter: circuit breaker (a stand-in client)', () => {
  it('stops asking Redis after a failure, probes once per pause (doubling up to the most), and shares budgets again when it answers', async () => {
    const redis = fakeRedis();
    let clock = 960_000; // the start of a one-minute window
    const events: string[] = [];
    const limiter = redisRateLimiter(redis as unknown as Redis, {
      now: () => clock,
      timeoutMs: 50,
      pauseMs: 2_000,
      maxPauseMs: 8_000,
      onDown: () => events.push('down'),
      onUp: () => events.push('up'),
    });
    cleanups.push(() => limiter.close());

    expect((await limiter.hit('b', 100)).remaining).toBe(99);
    expect(redis.execs).toBe(1);

    // Redis hangs: the first request waits for the time limit, the next ones not at all and ask nothing of Redis.
    redis.mode = 'hang';
    const first = await timed(() => limiter.hit('b', 100));
    expect(first.ms).toBeGreaterThanOrEqual(45);
    expect(first.result.remaining).toBe(99); // counted in this process (its own first request)
    for (let i = 0; i < 20; i++) {
      const next = await timed(() => limiter.hit('b', 100));
      expect(next.ms).toBeLessThan(20);
    }
    expect(redis.execs).toBe(2);
    expect(redis.pings).toBe(0);
    expect(events).toEqual(['down']);

    // After the pause, one request starts one probe in the background (it does not wait for it); requests meanwhile
    // start no other.
    redis.mode = 'down';
    clock += 2_000;
    const probing = await timed(() => limiter.hit('b', 100));
    expect(probing.ms).toBeLessThan(20);
    await limiter.hit('b', 100);
    await sleep(10);
    expect(redis.pings).toBe(1);
    // Still down: the next pause is twice as long (4 s), then 8 s, and no longer.
    clock += 3_999;
    await limiter.hit('b', 100);
    expect(redis.pings).toBe(1);
    clock += 1;
    await limiter.hit('b', 100);
    await sleep(10);
    expect(redis.pings).toBe(2);
    clock += 8_000;
    await limiter.hit('b', 100);
    await sleep(10);
    expect(redis.pings).toBe(3);
    clock += 8_000;
    await limiter.hit('b', 100);
    await sleep(10);
    expect(redis.pings).toBe(4);
    expect(redis.execs).toBe(2);

    // Redis answers again: the next probe brings the shared budget back, said once.
    redis.mode = 'up';
    clock += 8_000;
    const local = await limiter.hit('b', 100);
    await sleep(10);
    expect(events).toEqual(['down', 'up']);
    expect(local.remaining).toBeLessThan(90); // this process's own count of the outage's requests
    // The shared count goes on from where Redis left it (the same window: 30 s have passed).
    const shared = await limiter.hit('b', 100);
    expect(shared.remaining).toBe(98);
    expect(redis.execs).toBe(3);
  });

  it('keeps the longer pause for a Redis that answers probes but fails again soon after (no switch every 2 s)', async () => {
    const redis = fakeRedis();
    let clock = 960_000;
    const events: string[] = [];
    const limiter = redisRateLimiter(redis as unknown as Redis, {
      now: () => clock,
      pauseMs: 2_000,
      maxPauseMs: 8_000,
      onDown: () => events.push('down'),
      onUp: () => events.push('up'),
    });
    cleanups.push(() => limiter.close());
    const probeAfter = async (ms: number) => {
      clock += ms;
      await limiter.hit('b', 100);
      await sleep(10);
    };
    redis.refuseWrites = true;
    await limiter.hit('b', 100);
    expect(events).toEqual(['down']);
    await probeAfter(2_000); // PING answers
    expect(events).toEqual(['down', 'up']);
    await limiter.hit('b', 100); // the write fails again at once: the pause is 4 s now, not 2
    expect(events).toEqual(['down', 'up', 'down']);
    await probeAfter(2_000);
    expect(redis.pings).toBe(1);
    await probeAfter(2_000);
    expect(redis.pings).toBe(2);
    expect(events).toEqual(['down', 'up', 'down', 'up']);
    await limiter.hit('b', 100); // 8 s
    await probeAfter(7_999);
    expect(redis.pings).toBe(2);
    await probeAfter(1);
    expect(redis.pings).toBe(3);
    // Fixed, and up for longer than the longest pause: a new outage starts with the short pause again.
    redis.refuseWrites = false;
    clock += 9_000;
    await limiter.hit('b', 100);
    redis.mode = 'down';
    await limiter.hit('b', 100);
    expect(events.at(-1)).toBe('down');
    await probeAfter(2_000);
    expect(redis.pings).toBe(4);
  });

  it('probes at once when the client reconnects, and starts counting locally when Redis was down at start', async () => {
    const redis = fakeRedis();
    redis.mode = 'down';
    const events: string[] = [];
    const limiter = redisRateLimiter(redis as unknown as Redis, {
      down: true,
      pauseMs: 60_000,
      onDown: () => events.push('down'),
      onUp: () => events.push('up'),
    });
    cleanups.push(() => limiter.close());
    // Down at start: no request waits and none goes to Redis (the first starts one probe).
    for (let i = 0; i < 5; i++) expect((await timed(() => limiter.hit('b', 10))).ms).toBeLessThan(20);
    await sleep(10);
    expect(redis.execs).toBe(0);
    expect(redis.pings).toBe(1);
    // The next probe would be a minute away, but the client's 'ready' (reconnected) probes at once.
    redis.mode = 'up';
    redis.emit('ready');
    await until(() => events.length > 0);
    expect(events).toEqual(['up']);
    expect((await limiter.hit('b', 10)).remaining).toBe(9);
    expect(redis.execs).toBe(1);
  });
});

describe('Redis rate limiter: a Redis that refuses the database number after a reconnection (a stand-in client)', () => {
  it('counts in this process (not in database 0) until Redis has the database again, probing with its SELECT', async () => {
    const redis = fakeRedis(5);
    const events: string[] = [];
    const limiter = redisRateLimiter(redis as unknown as Redis, {
      pauseMs: 60_000,
      onDown: () => events.push('down'),
      onUp: () => events.push('up'),
    });
    cleanups.push(() => limiter.close());
    expect((await limiter.hit('b', 10)).remaining).toBe(9);
    // An error event that is no answer of Redis (a connection error of the client) changes nothing by itself.
    redis.emit('error', new Error('connect ECONNREFUSED'));
    expect(events).toEqual([]);
    expect((await limiter.hit('b', 10)).remaining).toBe(8);
    // Redis restarted with fewer databases: the client's own SELECT failed (an 'error' event) and it would go on in
    // database 0.
    redis.hasDb = false;
    redis.emit('error', replyError('ERR DB index is out of range'));
    expect(events).toEqual(['down']);
    expect((await limiter.hit('b', 10)).remaining).toBe(9); // this process's own count
    expect(redis.execs).toBe(2);
    // The probe selects database 5 (not a PING, which database 0 would answer) and fails: still counted here.
    redis.emit('ready');
    await sleep(10);
    expect([redis.selects, redis.pings]).toEqual([1, 0]);
    expect(events).toEqual(['down']);
    await limiter.hit('b', 10);
    expect(redis.execs).toBe(2);
    redis.hasDb = true;
    redis.emit('ready');
    await until(() => events.length === 2);
    expect(events).toEqual(['down', 'up']);
    expect((await limiter.hit('b', 10)).remaining).toBe(7);
    expect(redis.execs).toBe(3);
  });
});

/** A TCP server that accepts connections and never answers (a Redis that hangs, or something else on its port). */
async function blackHole(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The server's client (`redisClientOptions`), quiet. */
function client(url: string): Redis {
  const redis = new Redis(url, redisClientOptions);
  redis.on('error', () => {});
  return redis;
}

describe('Redis rate limiter: the server client when Redis cannot be reached', () => {
  for (const kind of ['a port where nothing listens', 'a port that accepts and never answers'] as const) {
    it(`answers at once after the first failure, ${kind}`, async () => {
      let port: number;
      if (kind === 'a port where nothing listens') {
        port = await closedPort();
      } else {
        const hole = await blackHole();
        cleanups.push(() => hole.close());
        port = hole.port;
      }
      const redis = client(`redis://127.0.0.1:${port}`);
      // The start check says Redis is down (an error, no exception) within its time limit.
      const started = Date.now();
      expect(await checkRedis(redis, 1_000)).toBeInstanceOf(Error);
      expect(Date.now() - started).toBeLessThan(3_000);
      const downs: unknown[] = [];
      const limiter = redisRateLimiter(redis, { timeoutMs: 250, pauseMs: 100, onDown: (err) => downs.push(err) });
      cleanups.push(() => limiter.close());
      const first = await timed(() => limiter.hit('b', 3));
      expect(first.ms).toBeLessThan(400);
      const times: number[] = [];
      const results: RateLimitResult[] = [first.result];
      for (let i = 0; i < 30; i++) {
        const next = await timed(() => limiter.hit('b', 3));
        times.push(next.ms);
        results.push(next.result);
        if (i % 10 === 0) await sleep(150); // past the pause: probes run (in the background) and fail
      }
      expect(Math.max(...times)).toBeLessThan(30);
      expect(results.slice(0, 4).map((r) => [r.allowed, r.remaining])).toEqual([
        [true, 2],
        [true, 1],
        [true, 0],
        [false, 0],
      ]);
      expect(downs).toHaveLength(1);
    });
  }
});

const redisUrl = process.env.REDIS_URL;

/** REDIS_URL's server, in a database of this file's own (13). */
function ownDatabase(url: string): string {
  const u = new URL(url);
  u.pathname = '/13';
  u.search = '';
  return u.toString();
}

describe.skipIf(!redisUrl)('Redis rate limiter: an outage of a real Redis', () => {
  for (const outage of ['hang', 'refuse'] as const) {
    it(`counts locally without waiting while Redis ${outage === 'hang' ? 'hangs' : 'is stopped'}, then shares the budget again`, async () => {
      const url = new URL(ownDatabase(redisUrl as string));
      const proxy = await redisProxy({ host: url.hostname, port: Number(url.port || 6379) });
      cleanups.push(() => proxy.close());
      const throughProxy = new URL(url);
      throughProxy.hostname = '127.0.0.1';
      throughProxy.port = String(proxy.port);
      // This process reaches Redis through the proxy; "another process" reaches it directly and sees the shared count.
      const redis = client(throughProxy.toString());
      expect(await checkRedis(redis)).toBeUndefined();
      const events: string[] = [];
      // Real time, shifted so that the test starts a one-minute window: its counts never straddle two windows.
      const skew = Date.now() % 60_000;
      const now = () => Date.now() - skew;
      const limiter = redisRateLimiter(redis, {
        now,
        timeoutMs: 250,
        pauseMs: 200,
        maxPauseMs: 400,
        onDown: () => events.push('down'),
        onUp: () => events.push('up'),
      });
      cleanups.push(() => limiter.close());
      const otherClient = client(url.toString());
      expect(await checkRedis(otherClient)).toBeUndefined();
      const other = redisRateLimiter(otherClient, { now });
      cleanups.push(() => other.close());
      const budget = `outage:${randomBytes(6).toString('hex')}`;
      const limit = 1_000;

      expect((await limiter.hit(budget, limit)).remaining).toBe(999);
      expect((await other.hit(budget, limit)).remaining).toBe(998);

      proxy.set(outage);
      const first = await timed(() => limiter.hit(budget, limit));
      expect(first.ms).toBeLessThan(400); // at most the time limit (a stopped Redis: at once)
      expect(first.result.remaining).toBe(limit - 1); // this process's own count
      const times: number[] = [];
      for (let i = 0; i < 40; i++) {
        times.push((await timed(() => limiter.hit(budget, limit))).ms);
        if (i % 10 === 0) await sleep(250); // past the pause: a probe runs in the background, and fails
      }
      expect(Math.max(...times)).toBeLessThan(30);
      expect(events).toEqual(['down']);
      // None of them reached Redis.
      expect((await other.hit(budget, limit)).remaining).toBe(997);

      proxy.set('pass');
      // Requests go on (counted here) until a probe finds Redis back.
      await until(() => {
        if (events.length === 2) return true;
        void limiter.hit(budget, limit);
        return false;
      });
      expect(events).toEqual(['down', 'up']);
      // The shared budget again: this process's next request is counted in Redis, after the other's.
      expect((await limiter.hit(budget, limit)).remaining).toBe(996);
      expect((await other.hit(budget, limit)).remaining).toBe(995);
    });
  }

  it('the start check: a database number Redis does not have is refused, not counted in database 0', async () => {
    const u = new URL(redisUrl as string);
    u.pathname = '/99';
    const redis = client(u.toString());
    cleanups.push(() => redis.disconnect());
    await expect(checkRedis(redis)).rejects.toThrow(/DB index is out of range/);
    const fine = client(ownDatabase(redisUrl as string));
    cleanups.push(() => fine.disconnect());
    expect(await checkRedis(fine)).toBeUndefined();
  });
});
