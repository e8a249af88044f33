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

describe('XML files in another encoding than UTF-8', () => {
  const xxe = `<?xml version="1.0"?>\n<!DOCTYPE employees [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<employees><employee><employee_id>&x;</employee_id></employee></employees>\n`;
  const refusal = async (bytes: Uint8Array) => {
    const err = await readXml(bytes, 'employees').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileRejection);
    return (err as FileRejection).message;
  };
  const utf32le = (text: string) => {
    const out = Buffer.alloc(text.length * 4);
    for (let i = 0; i < text.length; i++) out.writeUInt32LE(text.charCodeAt(i), i * 4);
    return out;
  };

  it('are refused before libxml2 reads them, whose own detection of UTF-16 would read the DOCTYPE', async () => {
    // UTF-16 without a byte order mark: valid UTF-8 with a NUL after every character, the DOCTYPE not found as UTF-8.
    expect(await refusal(Buffer.from(xxe, 'utf16le'))).toMatch(
      /^The file holds NUL bytes, as UTF-16 and UTF-32 text does .*: send XML files in UTF-8/,
    );
    expect(await refusal(Buffer.from(xxe, 'utf16le').swap16())).toMatch(/^The file holds NUL bytes/);
    expect(await refusal(utf32le(xxe))).toMatch(/^The file holds NUL bytes/);
    expect(await refusal(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xxe, 'utf16le')]))).toMatch(
      /^The file is UTF-16 or UTF-32 \(it starts with a byte order mark\): send XML files in UTF-8/,
    );
    expect(await refusal(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(xxe, 'utf16le').swap16()]))).toMatch(/byte order mark/);
    expect(await refusal(Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), utf32le(xxe).swap32()]))).toMatch(/byte order mark/);
    // In UTF-8 the same file is refused for its DOCTYPE.
    expect(await refusal(Buffer.from(xxe))).toMatch(/^The file declares a DOCTYPE/);
  });

  it('declared are refused however long the declaration', async () => {
    const declared = (decl: string) => Buffer.from(`${decl}\n<employees/>\n`);
    expect(await refusal(declared('<?xml version="1.0" encoding="ISO-8859-1"?>'))).toMatch(
      /^The file declares the encoding ISO-8859-1: send XML files in UTF-8/,
    );
    expect(await refusal(declared(`<?xml version="1.0"${' '.repeat(300)}encoding="UTF-16"?>`))).toMatch(
      /^The file declares the encoding UTF-16/,
    );
    expect((await readXml(declared('<?xml version="1.0" encoding="utf-8"?>'), 'employees')).rows).toEqual([]);
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

describe('well-formedness errors', () => {
  it("quote libxml2's excerpt of a line without a date of birth, and no excerpt of a line with one", async () => {
    const { validateAgainstXsd } = await import('./format-xml.js');
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<employees>',
      '  <employee><employee_id>E1</employee_id><surname>Ruiz</surnam></employee>',
      '  <employee><employee_id>E2</employee_id><date_of_birth>1985-03-15</date_of_birth></employe>',
      '</employees>',
    ].join('\n');
    const err = (await validateAgainstXsd(new TextEncoder().encode(xml), 'employees').catch((e: unknown) => e)) as FileRejection;
    expect(err).toBeInstanceOf(FileRejection);
    expect(err.errors[0]).toMatchObject({
      row: 3,
      message: expect.stringMatching(/mismatch: surname line 3 and surnam \(at: .*<surname>Ruiz<\/surnam>/),
    });
    for (const e of err.errors) expect(e.message).not.toMatch(/1985|03-15/);
    expect(err.errors.some((e) => e.row === 4)).toBe(true);
  });
});
