import { afterAll, beforeAll, describe, it } from 'vitest';
import { type AdjustableClock, adjustableClock } from '../../test/adjustable-clock.js';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { unchangedPutChecks } from '../../test/unchanged-put.js';

// The resources whose PUT needs no more than the shared check (departments, offices, job charges, the company, sync
// settings and mappings, webhook subscriptions and employees have tests of their own next to them).
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
