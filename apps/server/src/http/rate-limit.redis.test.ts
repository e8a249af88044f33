import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { redisRateLimiter } from './rate-limit.js';

const redisUrl = process.env.REDIS_URL;

describe.skipIf(!redisUrl)('Redis rate limiter', () => {
  it('two limiters (two server processes) share one budget', async () => {
    const a = redisRateLimiter(new Redis(redisUrl as string));
    const b = redisRateLimiter(new Redis(redisUrl as string));
    const budget = `test:${randomBytes(6).toString('hex')}`;
    try {
      const results = [];
      for (let i = 0; i < 3; i++) {
        results.push(await a.hit(budget, 5));
        results.push(await b.hit(budget, 5));
      }
      expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false]);
      expect(results.map((r) => r.remaining)).toEqual([4, 3, 2, 1, 0, 0]);
      expect(results[5]?.resetSeconds).toBeGreaterThan(0);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('Redis rate limiter when Redis does not answer', () => {
  it('counts in this process instead of failing the request, and says so once', async () => {
    // Nothing listens on port 1; no retries, no reconnection noise.
    const redis = new Redis({ port: 1, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    redis.on('error', () => {});
    const errors: unknown[] = [];
    const limiter = redisRateLimiter(redis, { onDown: (err) => errors.push(err), timeoutMs: 200 });
    try {
      const started = Date.now();
      const results = [await limiter.hit('budget', 2), await limiter.hit('budget', 2), await limiter.hit('budget', 2)];
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(results.map((r) => r.allowed)).toEqual([true, true, false]);
      expect(results.map((r) => r.remaining)).toEqual([1, 0, 0]);
      expect(errors).toHaveLength(1);
    } finally {
      await limiter.close();
    }
  });
});
