import { describe, expect, it } from 'vitest';
import { changesNothing } from './record-change.js';

describe('changesNothing', () => {
  const row = { id: 'r1', name: 'Research', nameKey: 'research', parentId: null, updatedAt: '2026-03-02T08:00:00.000Z' };

  it('holds when neither the view nor the columns set change; updatedAt and unset columns do not count', () => {
    const sentAgain = { name: 'Research', nameKey: 'research', parentId: null, updatedAt: '2026-03-03T08:00:00.000Z' };
    expect(changesNothing([], row, sentAgain)).toBe(true);
    expect(changesNothing([], row, { name: 'Research', parentId: undefined })).toBe(true);
  });

  it('fails when the view changes, or when only the stored row would (a column the API does not show)', () => {
    expect(changesNothing(['name'], row, { name: 'R&D' })).toBe(false);
    expect(changesNothing([], row, { name: 'Research', nameKey: 'research ' })).toBe(false);
    expect(changesNothing([], row, { parentId: 'p1' })).toBe(false);
  });
});
