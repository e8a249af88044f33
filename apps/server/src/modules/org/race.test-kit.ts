import { expect } from 'vitest';
import type { TestApp } from '../../test/app-fixture.js';

/**
 * Helpers of the tests that race requests on links (assignations, approval managers): a POST expected to succeed, and
 * new employees with distinct names and emails (`lastName` tells the tests' data apart).
 */
export function raceKit(app: () => TestApp, lastName: string) {
  let seq = 0;
  async function post(url: string, body: Record<string, unknown>) {
    const res = await app().call('POST', url, { body });
    expect(res.statusCode, res.body).toBe(200);
    return res.json.data as { id: string };
  }
  const newEmployee = () => {
    seq += 1;
    const first = `${lastName}${seq}`;
    return post('/core/v3/employees', { firstName: first, lastName, email: `${first.toLowerCase()}@example.com` });
  };
  return { post, newEmployee };
}
