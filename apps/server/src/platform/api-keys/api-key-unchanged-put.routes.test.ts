import { afterAll, beforeAll, describe, it } from 'vitest';
import { type AdjustableClock, adjustableClock } from '../../test/adjustable-clock.js';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { unchangedPutChecks } from '../../test/unchanged-put.js';

let t: TestApp;
let clock: AdjustableClock;
beforeAll(async () => {
  clock = adjustableClock();
  t = await createTestApp({ clock });
});
afterAll(async () => t?.close());

const { expectOnlyRealChangesWritten } = unchangedPutChecks(
  () => t,
  () => clock,
);

describe('a PUT that changes nothing is not a write', () => {
  it('API keys: the same name, scopes, rate limit and IP allow-list, or only some of them', async () => {
    const key = { name: 'Payroll', scopes: ['core:read', 'sync:write'], rateLimitPerMinute: 120, ipAllowList: ['10.0.0.0/8', '192.0.2.7'] };
    await expectOnlyRealChangesWritten(
      '/security/v1/api-keys',
      'api_key.*',
      { create: key, same: key, changed: { ...key, ipAllowList: ['10.0.0.0/8'] } },
      ['ipAllowList'],
    );
    await expectOnlyRealChangesWritten(
      '/security/v1/api-keys',
      'api_key.*',
      // Fields not sent keep their values.
      { create: key, same: { name: 'Payroll', scopes: ['core:read', 'sync:write'] }, changed: { rateLimitPerMinute: null } },
      ['rateLimitPerMinute'],
    );
  });
});
