import { execFileSync } from 'node:child_process';
import { defineConfig } from 'vitest/config';

const postgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

// The PostgreSQL project needs a server. In CI its absence is a failure; on a
// developer's machine without one, the project is left out with a warning.
function postgresReachable(): boolean {
  try {
    execFileSync('node', ['-e', `const c=new (require('pg').Client)(${JSON.stringify(postgresUrl)});c.connect().then(()=>c.end()).catch(()=>process.exit(1))`], {
      stdio: 'ignore',
      timeout: 5000,
    });
    return true;
  } catch {
    return false;
  }
}
const withPostgres = process.env.CI === 'true' || postgresReachable();
if (!withPostgres) console.warn(`\n  PostgreSQL at ${postgresUrl} is not reachable: the int-postgres tests are skipped (set TEST_POSTGRES_URL).\n`);

// Four projects: unit tests, integration tests through HTTP on PGlite and on the
// PostgreSQL server, and browser journeys in Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/**/*.test.ts', 'web/src/**/*.test.ts', 'content/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'int-pglite',
          include: ['server/**/*.int.test.ts', 'test/**/*.int.test.ts'],
          env: { TEST_DATABASE: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      ...(withPostgres
        ? [
            {
              test: {
                name: 'int-postgres',
                include: ['server/**/*.int.test.ts', 'test/**/*.int.test.ts'],
                env: { TEST_DATABASE: 'postgres', TEST_POSTGRES_URL: postgresUrl },
                testTimeout: 60_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
