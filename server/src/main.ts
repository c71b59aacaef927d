// Starts Baken: configuration → database → migrations → setup link → HTTP.
import { join } from 'node:path';
import { loadConfig } from './platform/config.js';
import { loadContent } from './platform/content/content.js';
import { loadSecretKey } from './platform/crypto.js';
import { openDatabase } from './platform/db/database.js';
import { migrate } from './platform/db/migrate.js';
import { startSealer } from './platform/audit/sealer.js';
import { issueSetupLinkIfEmpty } from './modules/organisations/organisations.service.js';
import { buildApp } from './app.js';
import { loggerOptions } from './platform/logging.js';

const config = loadConfig();
// A content pack that does not validate stops the start here, naming the file and field.
const content = loadContent();
const database = await openDatabase({
  databaseUrl: config.DATABASE_URL,
  dataDir: join(config.DATA_DIR, 'pglite'),
  poolSize: config.DATABASE_POOL_SIZE,
});
await migrate(database);
const secretKey = loadSecretKey(config.SECRET_KEY, config.DATA_DIR);
const { app } = await buildApp({ config, database, secretKey, content, logger: loggerOptions(config.LOG_LEVEL) });
const stopSealer = startSealer(database, config.AUDIT_SEAL_INTERVAL_MS, (error) =>
  app.log.error({ err: { type: (error as Error).name } }, 'audit sealing failed; retrying'),
);

await app.listen({ port: config.PORT, host: config.HOST });
app.log.info(`Baken is running on ${config.baseUrl} (database: ${database.engine})`);

const setupLink = await issueSetupLinkIfEmpty({ database, config });
if (setupLink) {
  // Printed to the console only, never to the log stream: the link is a credential.
  process.stdout.write(
    `\nNo administrator exists yet. Create the first one within ${config.SETUP_LINK_MINUTES} minutes via this one-time link:\n\n  ${setupLink}\n\n` +
      `(Or run "npm run demo" first to load the fictitious demo world.)\n\n`,
  );
}

async function shutdown() {
  await app.close();
  await stopSealer();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
