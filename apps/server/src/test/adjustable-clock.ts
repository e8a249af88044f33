import type { Clock } from '../context.js';

export interface AdjustableClock extends Clock {
  /** Moves the clock forward (it keeps running with real time from there). */
  advance(ms: number): void;
  /** Milliseconds since the epoch on this clock. */
  nowMs(): number;
}

/** Real time plus an offset that tests move forward, e.g. to make a retry due hours later without waiting. */
export function adjustableClock(): AdjustableClock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    nowMs: () => Date.now() + offset,
    advance(ms) {
      offset += ms;
    },
  };
}
