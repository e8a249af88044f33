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
  it('a proxy answering 502, 503 or 504 means the server cannot be reached; 404 and 501 that it is not Roster', async () => {
    for (const s of [502, 503, 504, 404, 501]) {
      status = s;
      const upload = await roster(['sync', 'upload', employees]);
      expect({ status: s, code: upload.code }).toEqual({ status: s, code: 3 });
      expect(upload.stderr).toMatch(s >= 502 ? /Cannot reach the server/ : /is it a Roster server/);
    }
  });
});
