// `npm run bench`: seeds a generated world, then measures four routes of one
// server with autocannon on loopback, on PGlite and on PostgreSQL:
//   bare      the HTTP ceiling (a bench-only route, no database)
//   anchor    the database floor of an audited read (a bench-only route: the
//             youth read and the audit insert as one statement)
//   overview  GET /api/youths/:id through the whole stack, signed in
//   search    GET /api/youths?q=<prefix> through the whole stack, signed in
//   indicators GET /api/quality/indicators as the quality officer: every
//             client-level indicator over all files, one statement, audited;
//             with BENCH_INDICATOR_CONNECTIONS (default 1) connections, so its
//             latency is that of one reader opening the dashboard (target: p50
//             under 250 ms on PostgreSQL)
//   regionalFigures GET /api/regional-figures as a region's care coordinator:
//             counts per quarter over BENCH_REGION_FILES files (default
//             100,000) at 20 providers, suppressed and audited; with
//             BENCH_INDICATOR_CONNECTIONS connections (target: p50 under
//             250 ms on PostgreSQL). Seeded only when measured.
// autocannon runs in this same process as the server, in a worker thread (or on
// the server's event loop with BENCH_WORKERS=0): the load generator shares the
// machine's cores with the server and the database, so every figure is a lower
// bound, and the ratios to the anchor are the figures to compare. See bench/README.md.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import autocannon, { type Request, type Result } from 'autocannon';
import pg from 'pg';
import { buildApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/platform/config.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { openDatabase, type Database, type Engine } from '../server/src/platform/db/database.js';
import { migrate } from '../server/src/platform/db/migrate.js';
import { sealPendingEvents, startSealer } from '../server/src/platform/audit/sealer.js';
import { ApiClient } from '../test/client.js';
import { freePort } from '../test/harness.js';
import { seedDataset, SEARCH_PREFIXES, type Dataset } from './dataset.js';
import { benchRoutes } from './routes.js';
import { REGION_CODES, seedRegionalDataset } from './regional.js';

function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

const settings = {
  youths: intEnv('BENCH_YOUTHS', 10_000),
  connections: intEnv('BENCH_CONNECTIONS', 32),
  seconds: intEnv('BENCH_SECONDS', 10),
  warmupSeconds: intEnv('BENCH_WARMUP_SECONDS', 3),
  poolSize: intEnv('BENCH_POOL_SIZE', 16),
  engines: (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((e) => e.trim()).filter(Boolean) as Engine[],
  postgresUrl: process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  sealer: process.env.BENCH_SEALER !== 'off',
  /** autocannon worker threads; 0 runs it on the server's own event loop. */
  workers: intEnv('BENCH_WORKERS', 1),
  /** Concurrent readers of the indicator dashboard: a heavy read that few people open at once. */
  indicatorConnections: intEnv('BENCH_INDICATOR_CONNECTIONS', 1),
  /** Files at the 20 providers of the regional figures' world (issue 7). */
  regionFiles: intEnv('BENCH_REGION_FILES', 100_000),
};
/** The indicator dashboard's latency target on PostgreSQL (issue 6): p50 in ms. */
const INDICATOR_TARGET_MS = 250;
for (const engine of settings.engines) {
  if (engine !== 'pglite' && engine !== 'postgres') throw new Error(`BENCH_ENGINES: unknown engine "${engine}" (pglite, postgres)`);
}
if (settings.youths < 10) throw new Error('BENCH_YOUTHS must be at least 10');

const ALL_ENDPOINTS = ['bare', 'anchor', 'overview', 'search', 'indicators', 'regionalFigures'] as const;
type Endpoint = (typeof ALL_ENDPOINTS)[number];
// BENCH_ENDPOINTS measures a subset (for profiling one route); the anchor always runs, for the ratio.
const ENDPOINTS = ALL_ENDPOINTS.filter(
  (e) => e === 'anchor' || !process.env.BENCH_ENDPOINTS || process.env.BENCH_ENDPOINTS.split(',').includes(e),
);

interface Measurement {
  requestsPerSecond: number;
  requestsTotal: number;
  latencyMs: { average: number; p50: number; p90: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  ratioToAnchor: number | null;
}

interface EngineResult {
  engine: Engine;
  dataset: { counts: Record<string, number>; seedSeconds: number; sealSeconds: number; sealedEvents: number };
  endpoints: Partial<Record<Endpoint, Measurement>>;
}

const failures: string[] = [];
const cleanups: (() => Promise<void>)[] = [];

async function runCleanups() {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop()!;
    await cleanup().catch((error: unknown) => console.error('cleanup failed:', error));
  }
}

process.once('SIGINT', () => {
  console.error('\ninterrupted: cleaning up');
  void runCleanups().finally(() => process.exit(130));
});

/** A fresh database of the engine, and how to get rid of it. */
async function freshDatabase(engine: Engine): Promise<{ database: Database; label: string; drop(): Promise<void> }> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'baken-bench-'));
    const database = await openDatabase({ dataDir: join(dir, 'pglite') });
    return { database, label: `PGlite in ${dir}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `baken_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client(settings.postgresUrl);
  await admin.connect();
  const { rows } = await admin.query<{ server_version: string }>('SHOW server_version');
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(settings.postgresUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.href, poolSize: settings.poolSize });
  return {
    database,
    label: `PostgreSQL ${rows[0]?.server_version} at ${url.host}, database ${name}, pool ${settings.poolSize}`,
    async drop() {
      const client = new pg.Client(settings.postgresUrl);
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

const ROTATE_MODULE = join(dirname(fileURLToPath(import.meta.url)), 'rotate.cjs');

/** A request template whose path changes on every request, round-robin over the given paths (see rotate.cjs). */
function rotating(paths: string[], headers: Record<string, string>): Request[] {
  let next = 0;
  const inProcess = (request: Request) => {
    request.path = paths[next++ % paths.length]!;
    return request;
  };
  return [{ method: 'GET', path: paths[0]!, headers, rotate: paths, setupRequest: settings.workers > 0 ? ROTATE_MODULE : inProcess }];
}

async function load(url: string, requests: Request[], duration: number, connections = settings.connections): Promise<Result> {
  return autocannon({
    url,
    connections,
    duration,
    timeout: 10,
    requests,
    ...(settings.workers > 0 ? { workers: settings.workers } : {}),
  });
}

function measurement(result: Result): Measurement {
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat.count;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    requestsTotal: result.requests.total,
    latencyMs: {
      average: result.latency.average,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
    ratioToAnchor: null,
  };
}

async function expectOk(baseUrl: string, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}${path}`, { headers });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`sanity check: GET ${path} answered ${response.status}: ${body.slice(0, 300)}`);
  return JSON.parse(body) as unknown;
}

async function benchEngine(engine: Engine): Promise<EngineResult> {
  console.log(`\n=== ${engine} ===`);
  const fresh = await freshDatabase(engine);
  cleanups.push(() => fresh.drop());
  cleanups.push(() => fresh.database.close());
  const { database } = fresh;
  console.log(fresh.label);
  await migrate(database);

  const secretKey = randomBytes(32);
  const secrets = new SecretBox(secretKey);
  const dataset: Dataset = await seedDataset(database, secrets, settings.youths);
  console.log(`seeded in ${dataset.seconds.toFixed(1)} s: ${JSON.stringify(dataset.counts)}`);
  const regional = ENDPOINTS.includes('regionalFigures') ? await seedRegionalDataset(database, secrets, dataset.password, settings.regionFiles) : null;
  if (regional) {
    console.log(`seeded the regional world in ${regional.seconds.toFixed(1)} s: ${JSON.stringify(regional.counts)}`);
    Object.assign(dataset.counts, regional.counts);
  }
  // The seeded trail is sealed before measuring, as a running server would have done.
  const sealStart = performance.now();
  const sealedEvents = await sealPendingEvents(database);
  const sealSeconds = (performance.now() - sealStart) / 1000;
  console.log(`sealed ${sealedEvents} seeded audit events in ${sealSeconds.toFixed(1)} s`);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = loadConfig({ PORT: String(port), HOST: '127.0.0.1', BASE_URL: baseUrl, LOG_LEVEL: 'silent', DATABASE_POOL_SIZE: String(settings.poolSize) });
  const { app } = await buildApp({ config, database, secretKey, extraRoutes: benchRoutes({ userId: dataset.officer.id, roles: dataset.officer.roles }) });
  cleanups.push(() => app.close());
  await app.listen({ port, host: '127.0.0.1' });

  let sealerErrors = 0;
  if (settings.sealer) {
    const stopSealer = startSealer(database, config.AUDIT_SEAL_INTERVAL_MS, () => sealerErrors++);
    cleanups.push(stopSealer);
  }

  const officer = new ApiClient(baseUrl);
  await officer.signIn(dataset.officer.email, dataset.password, dataset.officer.totpSecret);
  const session = { cookie: officer.cookieHeader() };
  const qualityOfficer = new ApiClient(baseUrl);
  await qualityOfficer.signIn(dataset.quality.email, dataset.password, dataset.quality.totpSecret);
  const qualitySession = { cookie: qualityOfficer.cookieHeader() };
  let regionSession: Record<string, string> = {};
  if (regional) {
    const coordinator = new ApiClient(baseUrl);
    await coordinator.signIn(regional.coordinator.email, dataset.password, regional.coordinator.totpSecret);
    regionSession = { cookie: coordinator.cookieHeader() };
  }

  const ids = dataset.youthIds;
  // Visit the ids in a scattered order, not in uuid order.
  const shuffled = ids.map((id, i) => ids[(i * 7919) % ids.length]!);
  const prefixes = SEARCH_PREFIXES.map((p) => `/api/youths?q=${encodeURIComponent(p)}`);

  const plans: Record<Endpoint, Request[]> = {
    bare: rotating(['/api/bench/bare'], {}),
    anchor: rotating(shuffled.map((id) => `/api/bench/anchor/${id}`), {}),
    overview: rotating(shuffled.map((id) => `/api/youths/${id}`), session),
    search: rotating(prefixes, session),
    indicators: rotating(['/api/quality/indicators'], qualitySession),
    regionalFigures: rotating(['/api/regional-figures?year=2026'], regionSession),
  };
  const connectionsOf = (endpoint: Endpoint) => (endpoint === 'indicators' || endpoint === 'regionalFigures' ? settings.indicatorConnections : settings.connections);

  // Sanity: every route answers 200 with what it should, before any load.
  await expectOk(baseUrl, '/api/bench/bare');
  await expectOk(baseUrl, `/api/bench/anchor/${ids[0]}`);
  const overview = (await expectOk(baseUrl, `/api/youths/${ids[0]}`, session)) as { access: { via: string }; timeline: unknown[] };
  if (overview.access.via !== 'designatedOfficer' || overview.timeline.length < 4) {
    throw new Error(`sanity check: unexpected overview ${JSON.stringify(overview).slice(0, 300)}`);
  }
  for (const prefix of ['de', 'ja', 'van d']) {
    const list = (await expectOk(baseUrl, `/api/youths?q=${encodeURIComponent(prefix)}`, session)) as unknown[];
    if (list.length === 0) throw new Error(`sanity check: search "${prefix}" found nothing`);
  }
  if (ENDPOINTS.includes('indicators')) {
    // Once, untimed by autocannon: the first read of the month also stores the trend's snapshot.
    const first = performance.now();
    const dashboard = (await expectOk(baseUrl, '/api/quality/indicators', qualitySession)) as {
      openFiles: number;
      indicators: { code: string; population: number; met: number; notMet: { files: unknown[] } }[];
    };
    console.log(`  indicators: first read (stores this month's snapshot) ${(performance.now() - first).toFixed(0)} ms`);
    const counted = dashboard.indicators.filter((i) => i.population > 0 && i.met > 0 && i.met < i.population);
    if (dashboard.openFiles < settings.youths / 2 || counted.length < dashboard.indicators.length - 2 || dashboard.indicators.some((i) => i.notMet.files.length > 0)) {
      throw new Error(`sanity check: unexpected indicators ${JSON.stringify(dashboard).slice(0, 400)}`);
    }
  }

  if (regional) {
    const first = performance.now();
    const figures = (await expectOk(baseUrl, '/api/regional-figures?year=2026', regionSession)) as {
      municipalityCodes: string[];
      rows: { measure: string; year: { kind: string; value?: number } }[];
    };
    console.log(`  regionalFigures: first read ${(performance.now() - first).toFixed(0)} ms`);
    const signals = figures.rows.find((r) => r.measure === 'signals')?.year;
    // Two signals a file, a third of the files in the region: about 2 * files / 3.
    if (figures.municipalityCodes.length !== REGION_CODES.length || signals?.kind !== 'value' || signals.value! < settings.regionFiles / 2) {
      throw new Error(`sanity check: unexpected regional figures ${JSON.stringify(figures).slice(0, 400)}`);
    }
  }

  const result: EngineResult = {
    engine,
    dataset: { counts: dataset.counts, seedSeconds: dataset.seconds, sealSeconds, sealedEvents },
    endpoints: {},
  };
  for (const endpoint of ENDPOINTS) {
    if (settings.warmupSeconds > 0) {
      const warm = await load(baseUrl, plans[endpoint], settings.warmupSeconds, connectionsOf(endpoint));
      if (warm.non2xx > 0 || warm.errors > 0) console.log(`  ${endpoint} warm-up: ${warm.non2xx} non-2xx, ${warm.errors} errors`);
    }
    const m = measurement(await load(baseUrl, plans[endpoint], settings.seconds, connectionsOf(endpoint)));
    result.endpoints[endpoint] = m;
    console.log(
      `  ${endpoint.padEnd(8)} ${String(m.requestsPerSecond).padStart(7)} req/s  p50 ${m.latencyMs.p50} ms  p99 ${m.latencyMs.p99} ms  ` +
        `errors ${m.errors}  timeouts ${m.timeouts}  non-2xx ${m.non2xx}`,
    );
    if (m.non2xx > 0 || m.errors > 0 || m.timeouts > 0) {
      failures.push(`${engine}/${endpoint}: ${m.non2xx} non-2xx (${JSON.stringify(m.statusCodes)}), ${m.errors} errors, ${m.timeouts} timeouts`);
    }
  }
  const anchor = result.endpoints.anchor?.requestsPerSecond;
  for (const m of Object.values(result.endpoints)) m.ratioToAnchor = anchor ? m.requestsPerSecond / anchor : null;
  if (sealerErrors > 0) failures.push(`${engine}: the audit sealer failed ${sealerErrors} times during the run`);

  await runCleanups();
  return result;
}

function printTable(result: EngineResult) {
  const header = ['endpoint', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'vs anchor'];
  const rows = ENDPOINTS.map((endpoint) => {
    const m = result.endpoints[endpoint];
    if (!m) return [endpoint, '-', '-', '-', '-', '-', '-'];
    return [
      endpoint,
      m.requestsPerSecond.toLocaleString('en-US'),
      String(m.latencyMs.p50),
      String(m.latencyMs.p99),
      String(m.errors + m.timeouts),
      String(m.non2xx),
      m.ratioToAnchor === null ? '-' : `${(m.ratioToAnchor * 100).toFixed(m.ratioToAnchor < 0.1 ? 1 : 0)}%`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(`\n${result.engine} (${result.dataset.counts.youths?.toLocaleString('en-US')} youths):`);
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? ':' : '-') + '-'.repeat(w) + (i === 0 ? '-' : ':')).join('|')}|`);
  for (const row of rows) console.log(line(row));
  const indicators = result.endpoints.indicators;
  if (indicators) {
    const anchor = result.endpoints.anchor;
    console.log(
      `indicators (${settings.indicatorConnections} connection${settings.indicatorConnections === 1 ? '' : 's'}): median ${indicators.latencyMs.p50} ms, p99 ${indicators.latencyMs.p99} ms` +
        (anchor ? ` (anchor at ${settings.connections} connections: median ${anchor.latencyMs.p50} ms, p99 ${anchor.latencyMs.p99} ms)` : '') +
        (result.engine === 'postgres' ? `; target median under ${INDICATOR_TARGET_MS} ms: ${indicators.latencyMs.p50 < INDICATOR_TARGET_MS ? 'met' : 'NOT MET'}` : ''),
    );
  }
  const figures = result.endpoints.regionalFigures;
  if (figures) {
    console.log(
      `regionalFigures (${settings.indicatorConnections} connection${settings.indicatorConnections === 1 ? '' : 's'}, ${settings.regionFiles.toLocaleString('en-US')} files at 20 providers, a region of ${REGION_CODES.length} of 30 municipalities): median ${figures.latencyMs.p50} ms, p99 ${figures.latencyMs.p99} ms` +
        (result.engine === 'postgres' ? `; target median under ${INDICATOR_TARGET_MS} ms: ${figures.latencyMs.p50 < INDICATOR_TARGET_MS ? 'met' : 'NOT MET'}` : ''),
    );
  }
}

async function main() {
  const machine = {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
  console.log('Baken benchmark');
  console.log(`  node ${machine.node}, ${machine.cores} cores (${machine.cpu}), ${machine.platform}`);
  console.log(
    `  dataset: ${settings.youths.toLocaleString('en-US')} youths (2 case workers, 3 journal entries and 5 audit events each), 50 case workers`,
  );
  console.log(
    `  load: autocannon in this process (${settings.workers > 0 ? `${settings.workers} worker thread(s)` : 'on the server event loop'}), ${settings.connections} connections, ${settings.warmupSeconds} s warm-up + ${settings.seconds} s per endpoint; ` +
      `audit sealer ${settings.sealer ? 'running' : 'off'}`,
  );
  console.log(`  engines: ${settings.engines.join(', ')}`);

  const results: EngineResult[] = [];
  for (const engine of settings.engines) {
    try {
      results.push(await benchEngine(engine));
    } catch (error) {
      failures.push(`${engine}: ${(error as Error).stack ?? String(error)}`);
      await runCleanups();
    }
  }

  for (const result of results) printTable(result);

  const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'latest.json');
  mkdirSync(dirname(out), { recursive: true });
  const { engines: _engines, postgresUrl: _url, ...rest } = settings;
  writeFileSync(
    out,
    `${JSON.stringify({ at: new Date().toISOString(), machine, settings: { ...rest, engines: settings.engines }, results, failures }, null, 2)}\n`,
  );
  console.log(`\nresults written to ${out}`);

  if (failures.length > 0) {
    console.error(`\nBENCHMARK FAILED: a benchmark of error responses is meaningless.\n  ${failures.join('\n  ')}`);
    return 1;
  }
  return 0;
}

const code = await main().catch(async (error: unknown) => {
  console.error(error);
  await runCleanups();
  return 1;
});
process.exit(code);
