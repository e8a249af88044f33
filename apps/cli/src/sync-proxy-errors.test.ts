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

function roster(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [rosterBin, ...args],
      { cwd: repoRoot, env: { ...process.env, ROSTER_URL: baseUrl, ROSTER_TOKEN: 'rk_test_token_for_a_proxy_answer' } },
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
