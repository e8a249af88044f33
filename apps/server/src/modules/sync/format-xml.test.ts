import { describe, expect, it } from 'vitest';
import { readXml } from './format-xml.js';
import { FileRejection } from './sync-records.js';

/** An employee element; every third spans several lines, so record lines do not follow from the record count. */
function employee(i: number): string {
  const cells = [
    `<employee_id>E${i}</employee_id>`,
    `<forename>Zoë ${i}</forename>`,
    `<surname>Ibáñez &amp; Søn</surname>`,
    `<email>e${i}@example.com</email>`,
    '<employee_type>Full time</employee_type>',
    `<department>Dept ${i % 9}</department>`,
    '<start_date>2020-01-01</start_date>',
    '<country>ES</country>',
  ];
  return i % 3 === 0 ? `  <employee>\n    ${cells.join('\n    ')}\n  </employee>` : `  <employee>${cells.join('')}</employee>`;
}

describe('readXml', () => {
  it('reads a file of several megabytes with the line of each record (multi-line records, entities, a BOM)', async () => {
    const count = 12_000;
    const text = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<employees>\n${Array.from({ length: count }, (_, i) => employee(i)).join('\n')}\n</employees>\n`;
    const bytes = new TextEncoder().encode(text);
    expect(bytes.byteLength).toBeGreaterThan(3 * 1024 * 1024);
    // The expected lines, from the text itself.
    const expected: number[] = [];
    let line = 1;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n') line += 1;
      else if (text.startsWith('<employee>', i)) expected.push(line);
    }
    const table = await readXml(bytes, 'employees');
    expect(table.rows).toHaveLength(count);
    expect(table.rows.map((r) => r.row)).toEqual(expected);
    const col = (name: string) => table.columns.indexOf(name);
    for (const i of [0, 1, 4_999, 5_000, 7_777, count - 1]) {
      const cells = table.rows[i]?.cells ?? [];
      expect(cells[col('employee_id')]).toBe(`E${i}`);
      expect(cells[col('forename')]).toBe(`Zoë ${i}`);
      expect(cells[col('surname')]).toBe('Ibáñez & Søn');
    }
  });

  it('refuses bytes that are not UTF-8 before reading them', async () => {
    const bytes = Buffer.concat([
      Buffer.from('<?xml version="1.0"?>\n<employees><employee><employee_id>E1</employee_id><forename>'),
      Buffer.from([0xe9]),
      Buffer.from('</forename></employee></employees>'),
    ]);
    const err = await readXml(bytes, 'employees').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileRejection);
    expect((err as FileRejection).message).toBe('The file is not valid UTF-8: save XML files as UTF-8.');
  });
});

describe('XSD errors', () => {
  it('quote the source line of an error libxml2 gives no context for', async () => {
    const { validateAgainstXsd } = await import('./format-xml.js');
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<employees>',
      '  <employee>',
      '    <employee_id>E1</employee_id>',
      `    <foo>${'x'.repeat(300)}</foo>`,
      '  </employee>',
      '</employees>',
    ].join('\r\n');
    const err = await validateAgainstXsd(new TextEncoder().encode(xml), 'employees').then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(FileRejection);
    const first = (err as FileRejection).errors[0];
    expect(first?.row).toBe(5);
    expect(first?.message).toMatch(/Element 'foo'.* \(at: <foo>x{100,}…\)$/);
    expect(first?.message).not.toContain('\r');
  });

  it('never quote a line that holds a date of birth (the report is read without personal:read)', async () => {
    const { validateAgainstXsd } = await import('./format-xml.js');
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<employees><employee><employee_id>E1</employee_id><date_of_birth>1980-01-01</date_of_birth><foo/></employee></employees>\n';
    const err = (await validateAgainstXsd(new TextEncoder().encode(xml), 'employees').catch((e: unknown) => e)) as FileRejection;
    expect(err).toBeInstanceOf(FileRejection);
    expect(err.errors.length).toBeGreaterThan(0);
    for (const e of err.errors) expect(e.message).not.toContain('1980');
  });
});
