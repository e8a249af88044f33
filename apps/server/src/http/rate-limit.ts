import type { Redis } from 'ioredis';

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

export function redisRateLimiter(redis: Redis, now: () => number = Date.now): RateLimiter {
  return {
    async hit(key, limit) {
      const t = now();
      const start = t - (t % WINDOW_MS);
      const redisKey = `roster:rl:${key}:${start}`;
      const results = await redis
        .multi()
        .incr(redisKey)
        .pexpire(redisKey, WINDOW_MS + 1000)
        .exec();
      const count = Number(results?.[0]?.[1] ?? 1);
      return {
        allowed: count <= limit,
        limit,
        remaining: Math.max(0, limit - count),
        resetSeconds: Math.max(1, Math.ceil((start + WINDOW_MS - t) / 1000)),
      };
    },
    async close() {
      redis.disconnect();
    },
  };
}
