import { describe, expect, it } from 'vitest';
import { jsonSyntaxErrorAt, readJson } from './format-json.js';
import { FileRejection } from './sync-records.js';

describe('JSON syntax errors', () => {
  const v8Position = (text: string) => {
    try {
      JSON.parse(text);
      return null;
    } catch (err) {
      return /at position (\d+)/.exec((err as Error).message)?.[1] ?? 'unsaid';
    }
  };

  it('are found where JSON.parse finds them, and only where it finds one', () => {
    const texts = [
      '[{"a":1985-03-15}]',
      '[{"a":"1985-03-15"',
      '[{"a":"1985-03-15"}] x',
      '[{"a":"19\u0001"}]',
      '{"a" "1985"}',
      '[{"a":"x"}]]',
      '[01]',
      '[1.]',
      '[-]',
      '{"a":1,}',
      '"x',
      `${'['.repeat(100_000)}${']'.repeat(99_999)}`,
      // Valid.
      '[{"a":{"b":[1,2,{"c":3}]},"d":[]} , {}]',
      '[1e5, -0.5E-3, "\\u00e9\\n", true, false, null]',
      ` ${'['.repeat(100_000)}${']'.repeat(100_000)} `,
    ];
    for (const text of texts) {
      const v8 = v8Position(text);
      const at = jsonSyntaxErrorAt(text);
      expect(at === null, text.slice(0, 40)).toBe(v8 === null);
      if (v8 !== null && v8 !== 'unsaid') expect(at, text.slice(0, 40)).toBe(Number(v8));
    }
    // Where V8 says no position, it quotes the text instead.
    expect(jsonSyntaxErrorAt(`[{"date_of_birth":'1985-03-15'}]`)).toBe(18);
    expect(jsonSyntaxErrorAt('[1,]')).toBe(3);
    expect(jsonSyntaxErrorAt('[{"a":tru}]')).toBe(6);
    expect(jsonSyntaxErrorAt('')).toBe(0);
  });

  it('are told by position, line and column, without the text around them', () => {
    const err = (() => {
      try {
        readJson(Buffer.from(`[\n  {"employee_id": "E1",\n   "date_of_birth": '1985-03-15'}\n]`), 'employees');
      } catch (e) {
        return e;
      }
    })() as FileRejection;
    expect(err).toBeInstanceOf(FileRejection);
    expect(err.message).toBe('The file is not valid JSON: Unexpected character in JSON at position 46 (line 3 column 21)');
  });
});
