import { expect } from 'vitest';
import type { TestApp } from './app-fixture.js';

const withOrderBy = (url: string, orderBy: string) => `${url}${url.includes('?') ? '&' : '?'}orderBy=${encodeURIComponent(orderBy)}`;

/** The ids on a list's first page, sorted by `orderBy` (the list's default order when omitted). */
export async function idsInOrder(t: TestApp, url: string, orderBy?: string, auth?: Record<string, string>): Promise<string[]> {
  const res = await t.call('GET', orderBy === undefined ? url : withOrderBy(url, orderBy), { auth });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data.map((item: { id: string }) => item.id);
}

/** Asserts that a list refuses `orderBy` with a 400 that names the parameter and lists every sortable field. */
export async function expectOrderByRefused(
  t: TestApp,
  url: string,
  orderBy: string,
  sortable: readonly string[],
  auth?: Record<string, string>,
): Promise<void> {
  const res = await t.call('GET', withOrderBy(url, orderBy), { auth });
  expect(res.statusCode, `${orderBy}: ${res.body}`).toBe(400);
  const [error] = res.json.errors;
  expect(error.location).toBe('query');
  expect([error.parameter, error.pointer]).toContain('orderBy');
  expect(error.message).toContain(sortable.join(', '));
}
