import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.js';
import type { Db, Dialect } from '../../db/database.js';
import { type CompanyView, createCompany } from './companies.service.js';

/**
 * First start on an empty database: creates a company (with the demo organisation unless ROSTER_DEMO=false) and an
 * admin key holding every scope, written to $DATA_DIR/admin-key.txt with mode 0600. Later starts create nothing.
 */
export async function bootstrapFirstStart(
  base: { db: Db; dialect: Dialect },
  config: Pick<Config, 'demo' | 'region' | 'dataDir'>,
): Promise<{ company: CompanyView; adminToken: string; keyFile: string } | null> {
  const existing = await base.db.selectFrom('companies').select('id').limit(1).executeTakeFirst();
  if (existing) return null;
  const { company, adminToken } = await createCompany(base, {
    name: config.demo ? 'Demo Company' : 'My Company',
    region: config.region,
    notificationEmail: config.demo ? 'hr@demo.example' : null,
  });
  if (config.demo) {
    const { seedDemoOrganisation } = await import('./demo-organisation.js');
    await seedDemoOrganisation(base, company.id);
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const keyFile = path.join(config.dataDir, 'admin-key.txt');
  fs.writeFileSync(keyFile, `${adminToken}\n`, { mode: 0o600 });
  fs.chmodSync(keyFile, 0o600);
  return { company, adminToken, keyFile };
}
