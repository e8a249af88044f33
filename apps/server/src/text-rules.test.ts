import { describe, expect, it } from 'vitest';
import { escapeInvalidText, invalidTextProblem } from './text-rules.js';

describe('text no stored value may hold', () => {
  it('is the NUL character and half of a surrogate pair alone, worded as the API words them', () => {
    expect(invalidTextProblem('Ana López 𝄞')).toBeNull();
    expect(invalidTextProblem('An\u0000a')).toBe('must not contain the NUL character (\\u0000)');
    for (const lone of ['\ud800', 'a\ud800b', 'a\udc00', '\udc00\ud800'])
      expect(invalidTextProblem(lone), JSON.stringify(lone)).toBe(
        'must be valid Unicode: it has half of a surrogate pair (\\ud800–\\udfff) alone',
      );
  });

  it('is written as its JSON escape when a message quotes it', () => {
    expect(escapeInvalidText('plain 𝄞')).toBe('plain 𝄞');
    expect(escapeInvalidText('a\u0000b\ud800c\udfff𝄞')).toBe('a\\u0000b\\ud800c\\udfff𝄞');
  });
});
