import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const rosterBin = path.join(repoRoot, 'apps/cli/bin/roster.mjs');

/** A web server that is not Roster: a proxy whose backend is down (502/503/504), or another server (404/501). */
let status = 502;
/** When set, answers instead (a Roster-like server). */
let answer: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | null = null;
let server: http.Server;
let baseUrl: string;
let dir: string;
let employees: string;

/** Every request the server received: method, URL and Authorization header. */
const received: { method: string; url: string; authorization: string | undefined }[] = [];

function roster(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [rosterBin, ...args],
      { cwd: repoRoot, env: { ...process.env, ROSTER_URL: baseUrl, ROSTER_TOKEN: 'rk_test_token_for_a_proxy_answer', ...env } },
      (err, _stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stderr }),
    );
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-sync-proxy-'));
  employees = path.join(dir, 'employees.csv');
  fs.writeFileSync(
    employees,
    'employee_id,forename,surname,email,employee_type,department,start_date,country\nE1,Ana,Lopez,ana@example.com,Full time,Sales,2020-01-15,ES\n',
  );
  server = http.createServer((req, res) => {
    received.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization });
    req.resume();
    req.on('end', () => {
      if (answer) return answer(req, res);
      res.writeHead(status, { 'content-type': 'text/html' });
      res.end(`<html><body><h1>${status}</h1></body></html>`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('roster sync against something that is not a Roster server (exit 3)', () => {
  it('a proxy answering 502, 503 or 504 means the server cannot be reached; 404, 501, a plain 500 or a redirect that it is not Roster', async () => {
    for (const s of [502, 503, 504, 404, 501, 500, 301]) {
      status = s;
      const upload = await roster(['sync', 'upload', employees]);
      expect({ status: s, code: upload.code }).toEqual({ status: s, code: 3 });
      expect(upload.stderr).toMatch(s >= 502 && s <= 504 ? /Cannot reach the server/ : /not as a Roster server does/);
    }
    status = 500;
    const files = await roster(['sync', 'files', '--json']);
    expect(files.code).toBe(3);
    expect(JSON.parse(files.stderr).error).toMatchObject({ reason: 'not_roster', exitCode: 3 });
  });

  it('a success without the Roster envelope (an empty 204, `{}`) is not Roster either: exit 3, never "complete with errors"', async () => {
    for (const [code, body] of [
      [204, ''],
      [200, '{}'],
    ] as const) {
      answer = (_req, res) => {
        res.writeHead(code, code === 204 ? {} : { 'content-type': 'application/json' });
        res.end(body);
      };
      const list = await roster(['sync', 'files', '--json']);
      expect({ code, exit: list.code }).toEqual({ code, exit: 3 });
      expect(JSON.parse(list.stderr).error).toMatchObject({ reason: 'not_roster' });
      const upload = await roster(['sync', 'upload', employees, '--wait']);
      expect({ code, exit: upload.code }).toEqual({ code, exit: 3 });
      const status = await roster(['sync', 'status', '0190d6c0-0000-7000-8000-000000000001']);
      expect({ code, exit: status.code }).toEqual({ code, exit: 3 });
    }
    answer = null;
  });
});

describe('roster sync upload when Roster answers 503 (the database is busy with another sync file)', () => {
  it('sends the file again after Retry-After: the answer says nothing was changed', async () => {
    const uploads: number[] = [];
    answer = (req, res) => {
      if (req.method !== 'POST') {
        res.writeHead(404, { 'content-type': 'application/problem+json' });
        return res.end(JSON.stringify({ type: '/problems/not-found', title: 'Not found', status: 404, detail: 'No route.' }));
      }
      uploads.push(Date.now());
      if (uploads.length === 1) {
        res.writeHead(503, { 'content-type': 'application/problem+json', 'retry-after': '1' });
        return res.end(
          JSON.stringify({
            type: '/problems/unavailable',
            title: 'Service unavailable',
            status: 503,
            detail: "An HR data sync file is being applied and holds the database's writer; nothing was changed.",
          }),
        );
      }
      const now = new Date().toISOString();
      const id = '01a2490e-4435-76be-b06e-b22123a8544d';
      res.writeHead(202, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          data: {
            id,
            kind: 'employees',
            status: 'queued',
            progress: 0,
            dryRun: false,
            format: 'csv',
            counts: { created: 0, updated: 0, terminated: 0, deleted: 0, unchanged: 0, rejected: 0 },
            error: null,
            errorCount: 0,
            links: { self: `/sync/v1/files/${id}`, errors: `/sync/v1/files/${id}/errors` },
            createdAt: now,
            finishedAt: null,
          },
          meta: { currentPage: 1, lastPage: 1, total: 1, perPage: 1 },
        }),
      );
    };
    try {
      const upload = await roster(['sync', 'upload', employees, '--json']);
      expect(upload.code).toBe(0);
      expect(uploads).toHaveLength(2);
      expect((uploads[1] as number) - (uploads[0] as number)).toBeGreaterThanOrEqual(900);
    } finally {
      answer = null;
    }
  });

  it("a proxy's 503 (no problem+json) is not sent again: the file may have reached the server", async () => {
    status = 503;
    let posts = 0;
    answer = (req, res) => {
      if (req.method === 'POST') posts += 1;
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end('<html><body><h1>503</h1></body></html>');
    };
    try {
      const upload = await roster(['sync', 'upload', employees]);
      expect(upload.code).toBe(3);
      expect(posts).toBe(1);
    } finally {
      answer = null;
    }
  });
});

/** The `--json` error of a run that failed: stdout stays empty, stderr holds one object. */
function jsonError(run: { stderr: string }): Record<string, unknown> {
  return JSON.parse(run.stderr).error;
}

describe('a JSON answer that is neither Roster problem+json nor its {data, meta} envelope (exit 3, not_roster)', () => {
  it("an API gateway's JSON 404 (a wrong route), or a JSON error of another shape, is not Roster's, for every command", async () => {
    for (const [code, type, body] of [
      [404, 'application/json', '{"error":"nope"}'],
      [404, 'application/json; charset=utf-8', '{"message":"no Route matched with those values"}'],
      [400, 'application/json', '{"statusCode":400,"error":"Bad Request"}'],
      // problem+json in name only: not Roster's problem (no title, detail and status).
      [409, 'application/problem+json', '{"error":"conflict"}'],
    ] as const) {
      answer = (_req, res) => {
        res.writeHead(code, { 'content-type': type });
        res.end(body);
      };
      const [upload, files, status, errors] = await Promise.all([
        roster(['sync', 'upload', employees, '--json']),
        roster(['sync', 'files', '--json']),
        roster(['sync', 'status', '0190d6c0-0000-7000-8000-000000000001', '--json']),
        roster(['sync', 'errors', '0190d6c0-0000-7000-8000-000000000001', '--json']),
      ]);
      for (const [command, run] of Object.entries({ upload, files, status, errors })) {
        expect({ body, command, code: run.code }).toEqual({ body, command, code: 3 });
        expect(jsonError(run)).toMatchObject({ reason: 'not_roster', exitCode: 3, status: code });
      }
    }
    answer = null;
  });

  it('a success that is not the envelope (data without meta, a web page as the error report) is not Roster either', async () => {
    answer = (req, res) => {
      if (req.url?.includes('/errors')) {
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end('<html><body>Sign in</body></html>');
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data":[]}');
    };
    try {
      const [files, errors] = await Promise.all([
        roster(['sync', 'files', '--json']),
        roster(['sync', 'errors', '0190d6c0-0000-7000-8000-000000000001']),
      ]);
      expect(files.code).toBe(3);
      expect(jsonError(files)).toMatchObject({ reason: 'not_roster' });
      expect(errors.code).toBe(3);
      expect(errors.stderr).toContain('did not answer like a Roster server');
    } finally {
      answer = null;
    }
  });
});

describe('redirects are reported, not followed (exit 3, not_roster)', () => {
  it('a 307/308 to the same API path elsewhere (http → https) names the URL to use, and the file is not sent there', async () => {
    // Where the redirects point: a second server that counts what reaches it.
    const reached: string[] = [];
    const target = http.createServer((req, res) => {
      reached.push(`${req.method} ${req.url}`);
      req.resume();
      req.on('end', () => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('should not be reached');
      });
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    const targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
    try {
      for (const code of [307, 308, 301]) {
        answer = (req, res) => {
          res.writeHead(code, { location: `${targetUrl}${req.url?.split('?')[0]}`, 'content-type': 'text/html' });
          res.end('<html><body>Moved</body></html>');
        };
        const [upload, files] = await Promise.all([roster(['sync', 'upload', employees, '--json']), roster(['sync', 'files'])]);
        expect({ code, exit: upload.code }).toEqual({ code, exit: 3 });
        const error = jsonError(upload);
        expect(error).toMatchObject({
          reason: 'not_roster',
          status: code,
          location: `${targetUrl}/sync/v1/employee-files`,
          url: targetUrl,
        });
        expect(error.message).toContain(`answered with a redirect to ${targetUrl}/sync/v1/employee-files`);
        expect(error.message).toContain(`use ${targetUrl} as --url`);
        expect(error.message).not.toMatch(/ArrayBuffer|Cannot reach/);
        expect({ code, exit: files.code }).toEqual({ code, exit: 3 });
        expect(files.stderr).toContain(`use ${targetUrl} as --url`);
      }
      expect(reached).toEqual([]);
    } finally {
      answer = null;
      await new Promise((resolve) => target.close(resolve));
    }
  });

  it('a 302 to a login page on a host that does not resolve says so, not that the server cannot be reached', async () => {
    answer = (_req, res) => {
      res.writeHead(302, { location: 'https://login.invalid/sso?return=%2F' });
      res.end();
    };
    try {
      const upload = await roster(['sync', 'upload', employees, '--json']);
      expect(upload.code).toBe(3);
      const error = jsonError(upload);
      expect(error).toMatchObject({ reason: 'not_roster', status: 302, location: 'https://login.invalid/sso?return=%2F' });
      expect(error.message).toContain('answered with a redirect to https://login.invalid/sso');
      expect(error.message).not.toMatch(/ENOTFOUND|Cannot reach/);
    } finally {
      answer = null;
    }
  });
});

describe('a malformed API key stops the command before anything is sent (exit 1, invalid_token)', () => {
  it('refuses a key with a line break, a space inside or another shape, without showing it', async () => {
    const before = received.length;
    const runs = await Promise.all(
      ['rk_abc\ndef', 'rk_abc def', 'abc', 'rk_abc;def'].map((token) => roster(['sync', 'files', '--json'], { ROSTER_TOKEN: token })),
    );
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(jsonError(run)).toMatchObject({ reason: 'invalid_token', exitCode: 1 });
      expect(run.stderr).not.toMatch(/Headers|abc/);
    }
    expect(jsonError(runs[0] as { stderr: string }).message).toContain('line break');
    expect(jsonError(runs[2] as { stderr: string }).message).toContain('rk_');
    const viaOption = await roster(['sync', 'files', '--json', '--token', 'not-a-key']);
    expect(viaOption.code).toBe(1);
    expect(jsonError(viaOption).message).toContain('--token');
    expect(received.length).toBe(before);
  });

  it('takes a key pasted as the whole header value (Bearer rk_…) as the key', async () => {
    const before = received.length;
    status = 404;
    const run = await roster(['sync', 'files'], { ROSTER_TOKEN: ' Bearer rk_pasted_with_its_scheme ' });
    expect(run.code).toBe(3);
    expect(received.slice(before).map((r) => r.authorization)).toEqual(['Bearer rk_pasted_with_its_scheme']);
  });
});
