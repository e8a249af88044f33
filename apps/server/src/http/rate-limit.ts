import type { Redis, RedisOptions } from 'ioredis';

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

/**
 * A fixed one-minute window per budget key. The headers we must send (IETF `RateLimit-Policy` / `RateLimit`) need the
 * remaining count and reset time of the shared budget, which is why this is a small limiter of our own rather than a
 * plugin: with Redis, INCR + PEXPIRE on one key per window makes every server process share one budget.
 */
export interface RateLimiter {
  hit(key: string, limit: number): Promise<RateLimitResult>;
  close(): Promise<void>;
}

const WINDOW_MS = 60_000;

export function memoryRateLimiter(now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    async hit(key, limit) {
      const t = now();
      const start = t - (t % WINDOW_MS);
      let w = windows.get(key);
      if (!w || w.start !== start) {
        if (windows.size > 10_000) windows.clear();
        w = { start, count: 0 };
        windows.set(key, w);
      }
      w.count += 1;
      return {
        allowed: w.count <= limit,
        limit,
        remaining: Math.max(0, limit - w.count),
        resetSeconds: Math.max(1, Math.ceil((start + WINDOW_MS - t) / 1000)),
      };
    },
    async close() {},
  };
}

/** How long a budget check waits for Redis before it counts in this process instead. */
const REDIS_TIMEOUT_MS = 250;
/** After Redis failed, how long the limiter leaves it alone before one probe; doubled while Redis stays down. */
const REDIS_PAUSE_MS = 2_000;
const REDIS_MAX_PAUSE_MS = 30_000;

/**
 * Options of the server's Redis client (main.ts). A command is refused at once while the client is not connected
 * (no offline queue) and a command in flight when the connection drops fails at once (no retries), instead of
 * waiting for a reconnection; the client reconnects by itself in the background. Not connected until `checkRedis`.
 */
export const redisClientOptions = {
  lazyConnect: true,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
} satisfies RedisOptions;

export interface RedisRateLimiterOptions {
  now?: () => number;
  /** How long a budget check waits for Redis (default 250 ms). */
  timeoutMs?: number;
  /** First pause after a failure (default 2 s), doubled while Redis stays down, up to `maxPauseMs` (default 30 s). */
  pauseMs?: number;
  maxPauseMs?: number;
  /** Redis is known to be down already (the start check): count in this process from the first request. */
  down?: boolean;
  /** Redis stopped answering: from now on this process counts alone (once per outage, not per request). */
  onDown?: (err: unknown) => void;
  /** Redis answers again: budgets are shared again. */
  onUp?: () => void;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Budgets shared by every server process through Redis. When Redis does not answer in time (down, restarting,
 * unreachable), the request is counted by this process alone (`memoryRateLimiter`) instead of failing: the API stays
 * up, and each process enforces the limit on its own share of the traffic until Redis is back.
 *
 * A circuit breaker: after one failure the limiter stops asking Redis, so that requests do not each wait for a Redis
 * known to be down. It then sends one probe (PING, or the SELECT of the URL's database) at a time in the background
 * (never on a request's time) after a pause of 2 s, doubled while Redis stays down up to 30 s, and at once when the
 * client reconnects; the first probe answered brings the shared budgets back. `onDown` / `onUp` hear of each switch
 * (the server logs them).
 */
export function redisRateLimiter(redis: Redis, options: RedisRateLimiterOptions = {}): RateLimiter {
  const now = options.now ?? Date.now;
  const fallback = memoryRateLimiter(now);
  const timeoutMs = options.timeoutMs ?? REDIS_TIMEOUT_MS;
  const firstPause = options.pauseMs ?? REDIS_PAUSE_MS;
  const maxPause = options.maxPauseMs ?? REDIS_MAX_PAUSE_MS;
  let down = options.down ?? false;
  let pause = firstPause;
  let probeAt = now();
  let probing = false;
  let closed = false;

  async function shared(key: string, limit: number): Promise<RateLimitResult> {
    const t = now();
    const start = t - (t % WINDOW_MS);
    const redisKey = `roster:rl:${key}:${start}`;
    const results = await redis
      .multi()
      .incr(redisKey)
      .pexpire(redisKey, WINDOW_MS + 1000)
      .exec();
    const failed = results?.find(([err]) => err)?.[0];
    if (failed) throw failed;
    const count = Number(results?.[0]?.[1] ?? 1);
    return {
      allowed: count <= limit,
      limit,
      remaining: Math.max(0, limit - count),
      resetSeconds: Math.max(1, Math.ceil((start + WINDOW_MS - t) / 1000)),
    };
  }

  let upSince = Number.NEGATIVE_INFINITY;

  function failed(err: unknown) {
    if (down) return;
    down = true;
    // A Redis that answers probes but fails again soon after (a budget write it refuses) keeps the longer pause, so
    // that the switches (and their log lines) do not come every 2 s.
    pause = now() - upSince > maxPause ? firstPause : Math.min(pause * 2, maxPause);
    probeAt = now() + pause;
    options.onDown?.(err);
  }

  // The probe selects the URL's database again where it is not 0: a Redis back without it (restarted with fewer
  // databases) stays unused, where the client, whose own SELECT failed, would count in database 0.
  const db = Number(redis.options?.db ?? 0);
  async function probe() {
    if (probing || closed) return;
    probing = true;
    try {
      await withTimeout(db ? redis.select(db) : redis.ping(), timeoutMs);
      if (down && !closed) {
        down = false;
        upSince = now();
        options.onUp?.();
      }
    } catch {
      pause = Math.min(pause * 2, maxPause);
      probeAt = now() + pause;
    } finally {
      probing = false;
    }
  }

  // A reconnected client is worth a probe at once rather than at the end of the pause.
  const reconnected = () => {
    if (down) void probe();
  };
  // An error Redis answered while the client (re)connected (a password or a database it refuses): the connection does
  // not count where it should, so this process counts alone until a probe succeeds.
  const refused = (err: Error) => {
    if (err?.name === 'ReplyError') failed(err);
  };
  redis.on('ready', reconnected);
  redis.on('error', refused);

  return {
    async hit(key, limit) {
      if (down) {
        if (now() >= probeAt) void probe();
        return fallback.hit(key, limit);
      }
      try {
        return await withTimeout(shared(key, limit), timeoutMs);
      } catch (err) {
        failed(err);
        return fallback.hit(key, limit);
      }
    },
    async close() {
      closed = true;
      redis.off('ready', reconnected);
      redis.off('error', refused);
      redis.disconnect();
    },
  };
}

/**
 * The start check of the server's Redis client (`redisClientOptions`, so not yet connected): connects and selects the
 * URL's database. Resolves undefined when Redis is ready, or the error when it cannot be reached in `timeoutMs` (the
 * client goes on reconnecting in the background). Rejects with Redis's own answer when Redis refused the connection
 * (a password it does not accept, a database number it does not have), which no reconnection mends.
 */
export async function checkRedis(redis: Redis, timeoutMs = 3_000): Promise<unknown> {
  let refused: unknown;
  let lastError: unknown;
  const heard = (err: unknown) => {
    if ((err as Error)?.name === 'ReplyError') refused ??= err;
    else lastError = err;
  };
  redis.on('error', heard);
  try {
    await withTimeout(redis.connect(), timeoutMs);
    const db = Number(redis.options.db ?? 0);
    // ioredis sends the SELECT itself once connected but only emits its failure and goes on in database 0.
    if (db !== 0) await withTimeout(redis.select(db), timeoutMs);
    await withTimeout(redis.ping(), timeoutMs);
    return undefined;
  } catch (err) {
    if ((err as Error)?.name === 'ReplyError') refused ??= err;
    if (refused) throw refused;
    return lastError ?? err;
  } finally {
    redis.off('error', heard);
  }
}
