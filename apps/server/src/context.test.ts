import { describe, expect, it } from 'vitest';
import { dayIn, today } from './context.js';

describe('the calendar day of an instant in a time zone', () => {
  it('is the zone’s day in the ISO layout, UTC when there is no zone or an unknown one', () => {
    const at = new Date('2026-12-06T20:30:00Z');
    expect(dayIn(at, 'Pacific/Kiritimati')).toBe('2026-12-07');
    expect(dayIn(at, 'America/Los_Angeles')).toBe('2026-12-06');
    expect(dayIn(at, 'Europe/Madrid')).toBe('2026-12-06');
    expect(dayIn(new Date('2026-12-06T23:30:00Z'), 'Europe/Madrid')).toBe('2026-12-07');
    expect(dayIn(at, 'UTC')).toBe('2026-12-06');
    expect(dayIn(at, null)).toBe('2026-12-06');
    expect(dayIn(at, 'Mars/Olympus_Mons')).toBe('2026-12-06');
    // Years before 1000 keep four digits, as ISO dates do.
    expect(dayIn(new Date('0050-05-31T20:30:00Z'), 'Etc/GMT-14')).toBe('0050-06-01');
  });

  it("today(ctx) is the day where the context's company is", () => {
    const clock = { now: () => new Date('2026-12-06T20:30:00Z') };
    expect(today({ clock })).toBe('2026-12-06');
    expect(today({ clock, company: { timezone: 'Pacific/Kiritimati' } })).toBe('2026-12-07');
  });
});
