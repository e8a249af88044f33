import { describe, expect, it } from 'vitest';
import { csvLineFingerprint, xmlElementFingerprint } from './sync-content.js';
import { defaultSyncSettings } from './sync-settings.service.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const fp = (text: string) => xmlElementFingerprint(bytes(text), null, defaultSyncSettings);
const a = '<employee><employee_id>A</employee_id><forename>Ana</forename></employee>';
const b = '<employee>\n    <employee_id>B</employee_id><forename>Bea Ñ</forename>\n  </employee>';
const c = '<employee id="x"><employee_id>C</employee_id><forename>Carl</forename></employee>';
const doc = (...elements: string[]) => `<?xml version="1.0" encoding="UTF-8"?>\n<employees>\n  ${elements.join('\n  ')}\n</employees>\n`;

describe('xmlElementFingerprint', () => {
  it('is the same for the same elements in any order, with any whitespace between them', () => {
    const one = fp(doc(a, b, c));
    expect(one).toMatchObject({ records: 3, fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(fp(doc(c, a, b))).toEqual(one);
    expect(fp(`<?xml version="1.0" encoding="UTF-8"?>\n<employees>\n${b}${a}\r\n\t${c}\n</employees>\n`)).toEqual(one);
    expect(fp(`\ufeff${doc(b, c, a)}`)).toEqual(one);
  });

  it('differs when a value, an element, the bytes around them, the mapping or the settings differ', () => {
    const one = fp(doc(a, b, c))?.fingerprint;
    expect(fp(doc(a, b, c.replace('Carl', 'Karl')))?.fingerprint).not.toBe(one);
    expect(fp(doc(a, b))?.fingerprint).not.toBe(one);
    expect(fp(doc(a, b, c, c))?.fingerprint).not.toBe(one);
    // The same records written another way inside an element: another fingerprint (the full comparison then decides).
    expect(fp(doc(a.replace('><forename', '>\n<forename'), b, c))?.fingerprint).not.toBe(one);
    expect(fp(doc(a, b, c).replace('<employees>', '<employees xmlns:x="urn:x">'))?.fingerprint).not.toBe(one);
    expect(fp(doc(a, b, c).replace('version="1.0"', "version='1.0'"))?.fingerprint).not.toBe(one);
    const mapped = xmlElementFingerprint(bytes(doc(a, b, c)), { columns: { forename: 'firstName' } } as never, defaultSyncSettings);
    expect(mapped?.fingerprint).not.toBe(one);
    const settings = xmlElementFingerprint(bytes(doc(a, b, c)), null, { ...defaultSyncSettings, matchBy: 'email' });
    expect(settings?.fingerprint).not.toBe(one);
  });

  it('does not qualify a file with comments, CDATA, a DOCTYPE, other instructions, another encoding or text between elements', () => {
    expect(fp(doc(a, '<!-- note -->', b))).toBeNull();
    expect(fp(doc(a, b.replace('Bea Ñ', '<![CDATA[Bea]]>')))).toBeNull();
    expect(fp(doc(a, b).replace('<employees>', '<!DOCTYPE employees [<!ENTITY x "y">]>\n<employees>'))).toBeNull();
    expect(fp(doc(a, '<?pi data?>', b))).toBeNull();
    expect(fp(doc(a, b).replace('UTF-8', 'ISO-8859-1'))).toBeNull();
    expect(fp(doc(a, 'text', b))).toBeNull();
    expect(fp(doc(a, '<other/>', b))).toBeNull();
    expect(fp(doc(a, '<employee/>', b))).toBeNull();
    expect(fp(doc(a, b.replace('</employee>', '')))).toBeNull();
    expect(fp(doc())).toBeNull();
  });

  it('takes a file without a declaration, and a root element named otherwise than the records', () => {
    expect(fp(`<employees>${a}${b}</employees>`)).toMatchObject({ records: 2 });
    expect(fp(`<employees>${a}${b}</employees>`)?.fingerprint).toBe(fp(`<employees>${b}${a}</employees>`)?.fingerprint);
  });
});

describe('csvLineFingerprint', () => {
  it('counts no record for a line of only separators, as the parser reads it', () => {
    const lines = (text: string) => csvLineFingerprint(bytes(text), null, defaultSyncSettings);
    const plain = lines('employee_id;forename\nA;Ana\nB;Bea\n');
    const excel = lines('employee_id;forename\nA;Ana\n;\nB;Bea\n ; \n');
    expect(plain?.records).toBe(2);
    expect(excel).toEqual(plain);
    expect(lines('employee_id,forename\nA,Ana\n,,\n')?.records).toBe(1);
  });
});
