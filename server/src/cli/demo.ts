// npm run demo — loads a fictitious demo world into the configured database,
// prints the demo credentials and exits. Every name and fact in it is invented.
// It refuses to touch a database that holds real (non-demo) organisations.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { loadSecretKey, SecretBox } from '../platform/crypto.js';
import { hashPassword } from '../platform/auth/passwords.js';
import { DEMO_ACCOUNTS, loadDemoWorld } from './demoWorld.js';
import { openConfiguredDatabase } from './open.js';

const { config, database } = await openConfiguredDatabase();
const secrets = new SecretBox(loadSecretKey(config.SECRET_KEY, config.DATA_DIR));
const password = process.env.DEMO_PASSWORD ?? `demo-${randomBytes(6).toString('hex')}`;
if (password.length < 12) throw new Error('DEMO_PASSWORD must be at least 12 characters');
const passwordHash = await hashPassword(password);

const real = await database.unsafeSystemQuery
  .selectFrom('organisations')
  .select('id')
  .where('is_demo', '=', false)
  .limit(1)
  .executeTakeFirst();
if (real) {
  console.error('This database already holds real organisations. The demo world is only loaded into an empty database.');
  console.error('Use another DATA_DIR or DATABASE_URL for the demo.');
  await database.close();
  process.exit(1);
}

const existing = await database.unsafeSystemQuery.selectFrom('organisations').select('id').where('is_demo', '=', true).execute();
if (existing.length > 0) {
  // Loaded before: give the demo accounts the new password and start their second factor afresh.
  await database.unsafeSystemQuery
    .updateTable('users')
    .set({ password_hash: passwordHash, failed_logins: 0, locked_until: null, totp_enabled: false, totp_secret_sealed: null, totp_last_step: null })
    .where('organisation_id', 'in', existing.map((o) => o.id))
    .execute();
  await database.unsafeSystemQuery.updateTable('sessions').set({ revoked_at: sql<Date>`now()` }).where('revoked_at', 'is', null).execute();
  console.log('The demo world was already loaded; its accounts have a new password.');
} else {
  await loadDemoWorld(database, secrets, password, passwordHash);
}
printCredentials();
await database.close();

function printCredentials() {
  console.log('\nDemo world loaded (all data is fictitious). Start Baken with "npm start" and sign in at');
  console.log(`${config.baseUrl}/inloggen with one of these accounts:\n`);
  for (const [org, email, role] of DEMO_ACCOUNTS) console.log(`  ${email.padEnd(32)} ${role} — ${org}`);
  console.log(`\nPassword for every demo account: ${password}`);
  console.log('At first sign-in each account sets up two-step verification with an authenticator app.\n');
}
