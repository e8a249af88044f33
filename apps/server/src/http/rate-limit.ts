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

/** How long a budget check waits for Redis before it counts in this process instead. */
const REDIS_TIMEOUT_MS = 250;

/**
 * Budgets shared by every server process through Redis. When Redis does not answer in time (down, restarting,
 * unreachable), the request is counted by this process alone (`memoryRateLimiter`) instead of failing: the API stays
 * up, and each process enforces the limit on its own share of the traffic until Redis is back. `onError` hears of
 * each such fallback (the server logs it).
 */
export function redisRateLimiter(
  redis: Redis,
  options: { now?: () => number; onError?: (err: unknown) => void; timeoutMs?: number } = {},
): RateLimiter {
  const now = options.now ?? Date.now;
  const fallback = memoryRateLimiter(now);
  const timeoutMs = options.timeoutMs ?? REDIS_TIMEOUT_MS;
  async function shared(key: string, limit: number): Promise<RateLimitResult> {
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
  }
  return {
    async hit(key, limit) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        return await Promise.race([shared(key, limit), timeout]);
      } catch (err) {
        options.onError?.(err);
        return fallback.hit(key, limit);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}
