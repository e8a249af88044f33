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
  it('custom fields: the same name and slug, or the name alone (the slug keeps its value)', async () => {
    const create = { name: 'Preferred OS', slug: 'cf_os', type: 'text' };
    await expectOnlyRealChangesWritten(
      '/core/v3/custom-fields',
      'custom_field.*',
      { create, same: { name: 'Preferred OS', slug: 'cf_os' }, changed: { name: 'Preferred OS', slug: 'cf_operating_system' } },
      ['slug'],
    );
    await expectOnlyRealChangesWritten(
      '/core/v3/custom-fields',
      'custom_field.*',
      { create, same: { name: ' Preferred OS ' }, changed: { name: 'Operating system' } },
      ['name'],
    );
  });
});
