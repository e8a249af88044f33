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

describe('the array of records', () => {
  const read = (doc: unknown, kind: 'employees' | 'positions' = 'employees') => readJson(Buffer.from(JSON.stringify(doc)), kind);
  const refusal = (doc: unknown) => {
    try {
      read(doc);
      return null;
    } catch (err) {
      return (err as FileRejection).message;
    }
  };

  it('is the document, its `employees` / `positions` member, or an OData response’s `value`', () => {
    const record = { employee_id: 'E1', '@odata.etag': 'W/"1"' };
    for (const doc of [[record], { employees: [record] }, { '@odata.context': 'x', '@odata.count': 1, value: [record] }]) {
      expect(
        read(doc).rows.map((r) => r.cells[0]),
        JSON.stringify(doc),
      ).toEqual(['E1']);
    }
    expect(read({ positions: [{ position_id: 'P1' }] }, 'positions').rows).toHaveLength(1);
    expect(read({ value: [{ position_id: 'P1' }] }, 'positions').rows).toHaveLength(1);
    expect(read({ value: [] }).noRecords).toBe(true);
    // The last page: a next link that is null or empty (or a member of that name outside OData) links nothing.
    for (const last of [
      { value: [{ employee_id: 'E1' }], '@odata.nextLink': null },
      { employees: [{ employee_id: 'E1' }], nextLink: '' },
    ]) {
      expect(
        read(last).rows.map((r) => r.cells[0]),
        JSON.stringify(last),
      ).toEqual(['E1']);
    }
  });

  it('is refused when the file is one page of a larger OData result, or holds two arrays, or none', () => {
    for (const link of ['@odata.nextLink', '@nextLink', 'odata.nextLink']) {
      expect(refusal({ value: [{ employee_id: 'E1' }], [link]: 'https://x/Workers?$skiptoken=2' }), link).toMatch(
        new RegExp(`one page of a larger OData result \\(it has "${link.replaceAll('.', '\\.')}"\\)`),
      );
    }
    expect(refusal({ employees: [], value: [] })).toMatch(/two arrays of records, "employees" and "value"/);
    expect(refusal({ Workers: [] })).toBe(
      'Expected a JSON array of employee records (or {"employees": [...]}, or an OData export {"value": [...]}).',
    );
  });
});
