import { describe, expect, it } from 'vitest';
import { LinkMap } from './roster-snapshot.js';

describe('LinkMap (employee → department / office ids of the roster snapshot)', () => {
  it('answers the ids in the order added, whether the employee has none, one or several', () => {
    const links = new LinkMap();
    links.add('e1', 'd1');
    links.add('e2', 'd1');
    links.add('e2', 'd2');
    links.add('e2', 'd3');
    expect(links.get('e0')).toEqual([]);
    expect(links.get('e1')).toEqual(['d1']);
    expect(links.get('e2')).toEqual(['d1', 'd2', 'd3']);
  });

  it('isExactly: one link to that id, or none at all for null', () => {
    const links = new LinkMap();
    links.add('one', 'd1');
    links.add('two', 'd1');
    links.add('two', 'd2');
    expect(links.isExactly('one', 'd1')).toBe(true);
    expect(links.isExactly('one', 'd2')).toBe(false);
    expect(links.isExactly('one', null)).toBe(false);
    expect(links.isExactly('two', 'd1')).toBe(false);
    expect(links.isExactly('two', null)).toBe(false);
    expect(links.isExactly('none', null)).toBe(true);
    expect(links.isExactly('none', 'd1')).toBe(false);
  });
});
