// Test harness: a real Baken server over real HTTP on a real database. The
// engine comes from TEST_DATABASE (pglite, the default, or postgres); on
// PostgreSQL each harness gets a database of its own, dropped afterwards.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import pg from 'pg';
import { buildApp, type RouteInfo } from '../server/src/app.js';
import { loadConfig, type Config } from '../server/src/platform/config.js';
import { openDatabase, type Database } from '../server/src/platform/db/database.js';
import { migrate } from '../server/src/platform/db/migrate.js';
import type { App } from '../server/src/platform/http/app-types.js';

export const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const engine = (process.env.TEST_DATABASE ?? 'pglite') as 'pglite' | 'postgres';

export interface Harness {
  app: App;
  routes: RouteInfo[];
  database: Database;
  config: Config;
  baseUrl: string;
  secretKey: Buffer;
  close(): Promise<void>;
}

/** A fresh empty database on the selected engine. */
export async function freshDatabase(): Promise<{ database: Database; databaseUrl?: string; drop(): Promise<void> }> {
  if (engine === 'pglite') {
    const database = await openDatabase({});
    return { database, drop: async () => {} };
  }
  const name = `baken_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client(POSTGRES_URL);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.href, poolSize: 8 });
  return {
    database,
    databaseUrl: url.href,
    async drop() {
      const client = new pg.Client(POSTGRES_URL);
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const fresh = await freshDatabase();
  await migrate(fresh.database);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = loadConfig({ PORT: String(port), BASE_URL: baseUrl, LOGIN_RATE_LIMIT_PER_MINUTE: '1000', ...env });
  const secretKey = randomBytes(32);
  const { app, routes } = await buildApp({ config, database: fresh.database, secretKey });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    app,
    routes,
    database: fresh.database,
    config,
    baseUrl,
    secretKey,
    async close() {
      await app.close();
      await fresh.database.close();
      await fresh.drop();
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
