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
  it('roles: the same name, with spaces around it that are trimmed', async () => {
    await expectOnlyRealChangesWritten(
      '/core/v3/roles',
      'role.*',
      { create: { name: 'Auditor' }, same: { name: ' Auditor  ' }, changed: { name: 'Internal auditor' } },
      ['name'],
    );
  });
});
