import { describe, expect, it } from 'vitest';
import { parseFullCsv, readCsv, simpleCsvLines, splitSimpleCsv, utf8CsvLines } from './format-csv.js';

// The reference for the simple splitter is the csv-parse path readCsv falls back to (same options).

describe('splitSimpleCsv', () => {
  const simple = [
    'a,b\n1,2\n3,4\n',
    'a,b\n1,2\n\n\n3,4',
    'a,b\r\n1,2\r\n\r\n3,4\r\n',
    '\na,b\n1,2\n',
    'a,b\n1,2,3\n4\n,\n',
    'a,b\n  \n 1 ,\t2 \n',
    'a;b\nx;y\n',
    'a\tb\nx\ty\n',
    'a,b',
    'a,b\n\n\n',
    'employee_id,forename\nE1,Lucía\nE2,Zoë 🙂\n',
  ];
  for (const text of simple) {
    it(`splits ${JSON.stringify(text)} as csv-parse does`, () => {
      const delimiter = text.includes(';') ? ';' : text.includes('\t') && !text.includes(',') ? '\t' : ',';
      expect(splitSimpleCsv(text, delimiter)).toEqual(parseFullCsv(text, delimiter));
    });
  }

  it('leaves quotes, lone carriage returns and mixed line endings to csv-parse', () => {
    expect(splitSimpleCsv('a,b\n"1,2",3\n', ',')).toBeNull();
    expect(splitSimpleCsv('a,b\n1,x"y\n', ',')).toBeNull();
    expect(splitSimpleCsv('a,b\r1,2\r', ',')).toBeNull();
    expect(splitSimpleCsv('a,b\r\n1,2\n3,4\r\n', ',')).toBeNull();
    expect(splitSimpleCsv('a,b\n1,2\r\n', ',')).toBeNull();
  });

  it('utf8CsvLines gives the non-empty lines of simpleCsvLines, from the bytes, without a BOM', () => {
    const texts = [...simple, 'a,b\n"1,2",3\n', 'a,b\r1,2\r', 'a,b\r\n1,2\n3,4\r\n', 'a,b\n1,2\r\n', 'a,b\r\n1\r\r\n', 'a\r\n', '', '\n\n'];
    for (const text of texts) {
      const expected = simpleCsvLines(text)?.filter((l) => l !== '') ?? null;
      expect(utf8CsvLines(Buffer.from(text)), JSON.stringify(text)).toEqual(expected);
      expect(utf8CsvLines(Buffer.from(`\uFEFF${text}`)), `BOM ${JSON.stringify(text)}`).toEqual(expected);
    }
    expect(utf8CsvLines(Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0xe9, 0x0a]))).toBeNull();
  });

  it('reads quoted and unquoted files into the same table', () => {
    const plain = readCsv(Buffer.from('employee_id,forename\nE1,Ana\n\nE2,Luis,extra\n'), { delimiter: null, encoding: 'utf-8' });
    const quoted = readCsv(Buffer.from('"employee_id","forename"\n"E1","Ana"\n\n"E2","Luis","extra"\n'), {
      delimiter: null,
      encoding: 'utf-8',
    });
    expect(plain).toEqual(quoted);
    expect(plain.rows.map((r) => [r.row, r.problem])).toEqual([
      [2, undefined],
      [4, 'the row has 3 cells, the header 2'],
    ]);
  });
});
