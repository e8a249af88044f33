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
  it('technical users: the same name (trimmed), email and description', async () => {
    const user = { name: 'SAP export', email: 'sap-bot@example.com', description: 'Nightly' };
    await expectOnlyRealChangesWritten(
      '/security/v1/technical-users',
      'technical_user.*',
      { create: user, same: { ...user, name: '  SAP export ' }, changed: { ...user, description: 'Hourly' } },
      ['description'],
    );
  });
});
