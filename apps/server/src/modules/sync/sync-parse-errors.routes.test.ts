import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestCompany } from '../../test/app-fixture.js';
import { type SmtpInbox, startSmtpInbox } from '../../test/smtp-inbox.js';
import { enableSync, errorsOf, person, sync, toXml } from './sync.test-kit.js';

let inbox: SmtpInbox;
let t: TestApp;
beforeAll(async () => {
  inbox = await startSmtpInbox();
  t = await createTestApp({ config: { smtpUrl: inbox.url, publicUrl: 'https://hr.example.com' } });
});
afterAll(async () => {
  await t?.close();
  await inbox?.close();
});

/** Any piece of the date of birth the files below carry (1985-03-15), as a parser's excerpt would cut it. */
const dob = /1985|85-03|03-15|-03-1/;

/**
 * A file that cannot be read at all, its broken spot next to a date of birth: the parser's own message would quote the
 * date (libxml2's context line, V8's JSON excerpt, csv-parse's "value is …"). Everything said about the file — its
 * error (to the admin too), its error report, the sync_file.failed event and the mail — says where, never the date.
 */
async function rejectedWithoutDob(c: TestCompany, body: string, type: string, where: RegExp): Promise<void> {
  const file = await sync(t, body, { auth: c.auth, type });
  expect(file.status).toBe('error');
  expect(file.error).toMatch(where);
  expect(file.error).not.toMatch(dob);
  const api = await t.call('GET', `/sync/v1/files/${file.id}`, { auth: c.auth });
  expect(api.body).not.toMatch(dob);
  const report = await t.app.inject({ method: 'GET', url: `/sync/v1/files/${file.id}/errors`, headers: c.auth });
  expect(report.statusCode).toBe(200);
  expect(report.body).not.toMatch(dob);
  expect((await errorsOf(t, file.id, c)).length).toBeGreaterThan(0);
  const feed = await t.call('GET', '/event/v1/events?limit=100&types=sync_file.failed', { auth: c.auth });
  const event = feed.json.data.find((e: { data: { id: string } }) => e.data.id === file.id);
  expect(event?.data.error).toBe(file.error);
  expect(JSON.stringify(event)).not.toMatch(dob);
  const mail = await inbox.waitFor((m) => m.text.includes(file.id));
  expect(mail.text).toContain(file.error);
  expect(mail.text).not.toMatch(dob);
  expect(mail.parsed.attachments[0]?.content.toString() ?? '').not.toMatch(dob);
}

describe('a file that cannot be parsed', () => {
  let c: TestCompany;
  beforeAll(async () => {
    c = await t.newCompany('Parse Errors');
    await enableSync(t, c, { notificationEmails: ['hr-it@example.com'] });
  });

  it('XML: says the line of a tag mismatch beside a date of birth, without quoting that line', async () => {
    const cells = Object.entries(person('X1', { date_of_birth: '1985-03-15' }))
      .map(([k, v]) => `<${k}>${v}</${k}>`)
      .join('');
    // One record a line, as many exports write it: libxml2 quoted the 80 characters before the broken end tag.
    await rejectedWithoutDob(
      c,
      `<?xml version="1.0" encoding="UTF-8"?>\n<employees>\n  <employee>${cells}</employe>\n</employees>\n`,
      'application/xml',
      /^The file is not well-formed XML \(line 3\): parser error : Opening and ending tag mismatch/,
    );
    // The date's own end tag broken, and a date on a line of its own (inside a <date_of_birth> that spans lines).
    const pretty = toXml([person('X1', { date_of_birth: '1985-03-15' })]);
    await rejectedWithoutDob(
      c,
      pretty.replace('</date_of_birth>', '</date_of_brith>'),
      'application/xml',
      /^The file is not well-formed XML \(line 12\): parser error : Opening and ending tag mismatch: date_of_birth/,
    );
    await rejectedWithoutDob(
      c,
      pretty.replace('<date_of_birth>1985-03-15</date_of_birth>', '<date_of_birth>\n      1985-03-15 & 1986\n    </date_of_birth>'),
      'application/xml',
      /^The file is not well-formed XML \(line 13\): parser error/,
    );
  });

  it('XML: still quotes a line without a date of birth (what is wrong on it)', async () => {
    const xml = toXml([person('X1', { date_of_birth: '1985-03-15' })]).replace('<surname>LastX1</surname>', '<surname>LastX1</surnam>');
    const file = await sync(t, xml, { auth: c.auth, type: 'application/xml' });
    expect(file.error).toMatch(/\(line 6\): .* \(at: <surname>LastX1<\/surnam>\)$/);
  });

  it('JSON: says the position, line and column of the offending character, not the text around it', async () => {
    const record = (dateOfBirth: string) => JSON.stringify(person('J1')).replace(/\}$/, `,"date_of_birth":${dateOfBirth}}`);
    // V8: Unexpected token ''', ..."of_birth":'1985-03-1"... is not valid JSON
    const line = `[${record("'1985-03-15'")}]`;
    await rejectedWithoutDob(
      c,
      line,
      'application/json',
      new RegExp(
        `^The file is not valid JSON: Unexpected character in JSON at position ${line.indexOf("'")} \\(line 1 column ${line.indexOf("'") + 1}\\)$`,
      ),
    );
    // V8: Expected ',' or '}' after property value in JSON at position … (the date unquoted, read as 1985 minus …).
    await rejectedWithoutDob(
      c,
      `[\n  ${record('"1980-01-01"')},\n  ${record('1985-03-15')}\n]\n`,
      'application/json',
      /^The file is not valid JSON: Expected ',' or '}' after property value in JSON at position \d+ \(line 3 column \d+\)$/,
    );
  });

  it('CSV: says the line and cell of a stray quote, not the cell', async () => {
    const columns = 'employee_id,forename,surname,email,employee_type,department,start_date,country,date_of_birth';
    // csv-parse: Invalid Opening Quote: a quote is found on field 8 at line 2, value is "1985-03-15"
    await rejectedWithoutDob(
      c,
      `${columns}\nE1,Ana,Ruiz,ana@example.com,FT,Sales,2020-01-01,ES,1985-03-15"\n`,
      'text/csv',
      /^The file is not well-formed CSV \(line 2, cell 9\): a quote in an unquoted cell/,
    );
    // csv-parse: Invalid Closing Quote: got "…" at line 2 …
    await rejectedWithoutDob(
      c,
      `${columns}\nE1,Ana,Ruiz,ana@example.com,FT,Sales,2020-01-01,ES,"1"985-03-15\n`,
      'text/csv',
      /^The file is not well-formed CSV \(line 2, cell 9\): a quoted cell goes on after its closing quote/,
    );
  });
});
