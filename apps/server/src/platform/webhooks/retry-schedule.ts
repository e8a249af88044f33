const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Delays before each retry of a failed delivery, counted from the failed attempt: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h,
 * 14 h, 20 h, 24 h. Ten attempts in all over about three days; when the last fails the delivery is failed and the
 * subscription disabled.
 */
export const retryDelaysMs = [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 14 * HOUR, 20 * HOUR, 24 * HOUR] as const;

/** Delay before the next attempt after `failures` failed attempts in this run of the schedule; null when it is spent. */
export function retryDelayAfter(failures: number): number | null {
  return retryDelaysMs[failures - 1] ?? null;
}
