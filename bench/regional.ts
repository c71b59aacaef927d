// The regional figures' benchmark world (issue 7): providers holding files in
// total (default 20 providers, 100,000 files), each youth with a responsible
// municipality among 30 codes, and a region of 10 of them with a signed-in
// care coordinator. Per file: two signals spread over the year (half sexual,
// a third criminal, the rest both or unclear), a placement for three in five
// (most residential), a missing episode for one in ten. The main dataset's
// youths (with their CoMensha registrations) get codes too. Set-based SQL.
import { sql } from 'kysely';
import { Secret } from 'otpauth';
import type { SecretBox } from '../server/src/platform/crypto.js';
import type { Database } from '../server/src/platform/db/database.js';
import { seedOrganisation, seedUser } from '../server/src/platform/db/seed.js';

export const REGION_CODES = Array.from({ length: 10 }, (_, k) => `GM${String(9000 + k * 3).padStart(4, '0')}`);

export interface RegionalDataset {
  coordinator: { email: string; totpSecret: string };
  counts: Record<string, number>;
  seconds: number;
}

export async function seedRegionalDataset(database: Database, secrets: SecretBox, password: string, files: number, providers = 20): Promise<RegionalDataset> {
  const started = performance.now();
  const db = database.unsafeSystemQuery;
  // 30 codes GM9000..GM9029; the region holds every third one (REGION_CODES).
  const code = (expr: string) => sql.raw(`'GM' || lpad((9000 + (${expr}) % 30)::text, 4, '0')`);
  const orgIds: string[] = [];
  for (let p = 0; p < providers; p++) orgIds.push(await seedOrganisation(database, { name: `Aanbieder Regio ${p + 1}`, slug: `regio-aanbieder-${p + 1}`, kind: 'provider' }));
  const region = await seedOrganisation(database, { name: 'Zorgcoördinatie Benchmark', slug: 'regio-benchmark', kind: 'regionalCoordination' });
  for (const c of REGION_CODES) await sql`INSERT INTO regional_figure_region_municipalities (organisation_id, municipality_code) VALUES (${region}, ${c})`.execute(db);
  const coordinator = { email: 'zorgcoordinator@benchmark.test', totpSecret: new Secret({ size: 20 }).base32 };
  await seedUser(database, secrets, { organisationId: region, email: coordinator.email, displayName: 'Zorgcoördinator Benchmark', roles: ['careCoordinator'], password, totpSecret: coordinator.totpSecret });

  const orgArray = sql.raw(`ARRAY[${orgIds.map((id) => `'${id}'::uuid`).join(', ')}]`);
  await sql`
    INSERT INTO youths (organisation_id, first_name, last_name, date_of_birth, gender, living_situation, legal_framework, lvb_indication, responsible_municipality)
    SELECT (${orgArray})[1 + k % ${providers}], 'Jongere', 'Regio ' || k, DATE '2008-01-01' + (k % 3000), 'female',
           (ARRAY['atHome', 'openResidential', 'securedResidential', 'fosterCare'])[1 + k % 4], 'voluntary', 'unknown', ${code('k')}
    FROM generate_series(1, ${files}) AS k`.execute(db);
  const regional = sql.raw(`(SELECT id, organisation_id, (row_number() OVER (ORDER BY id))::int AS i FROM youths WHERE first_name = 'Jongere' AND last_name LIKE 'Regio %')`);
  await sql`
    INSERT INTO signals (organisation_id, youth_id, observed_on, observer_kind, form, signal_list_version, description, status)
    SELECT y.organisation_id, y.id, DATE '2026-01-01' + ((y.i * 7 + s * 151) % 365), 'staff',
           (ARRAY['sexual', 'sexual', 'sexual', 'criminal', 'criminal', 'both'])[1 + (y.i + s) % 6], '1', 'Benchmark', 'new'
    FROM ${regional} y CROSS JOIN generate_series(0, 1) AS s`.execute(db);
  await sql`
    INSERT INTO placements (youth_id, organisation_id, care_started_on, group_composition, reasoning, gender_sensitive_approach)
    SELECT y.id, y.organisation_id, DATE '2026-01-01' + (y.i * 13 % 365), (ARRAY['homogeneous', 'mixed', 'notResidential'])[1 + y.i % 3], 'Benchmark', 'Benchmark'
    FROM ${regional} y WHERE y.i % 5 < 3`.execute(db);
  await sql`
    INSERT INTO missing_episodes (organisation_id, youth_id, last_seen_at, last_seen_place)
    SELECT y.organisation_id, y.id, TIMESTAMPTZ '2026-01-01 12:00:00+00' + make_interval(days => y.i * 11 % 365), 'Benchmark'
    FROM ${regional} y WHERE y.i % 10 = 0`.execute(db);
  // The main dataset's youths (with CoMensha registrations) belong to municipalities too.
  await sql`UPDATE youths SET responsible_municipality = ${code("abs(hashtext(id::text))")} WHERE responsible_municipality IS NULL`.execute(db);
  await sql`ANALYZE youths`.execute(db);
  await sql`ANALYZE signals`.execute(db);
  await sql`ANALYZE placements`.execute(db);
  await sql`ANALYZE missing_episodes`.execute(db);
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM youths WHERE responsible_municipality = ANY(${sql.val(REGION_CODES)}::text[])`.execute(db);
  return { coordinator, counts: { regionalFiles: files, providers, regionFiles: rows[0]!.n }, seconds: (performance.now() - started) / 1000 };
}
