// Demo data for the regional figures: Gemeente Zeestad gets an invented CBS
// code, Zorgcoördinatie Kustregio works for Zeestad and two neighbouring
// (invented) municipalities, De Haven's youths are assigned a responsible
// municipality (most of them Zeestad, every fourth one a neighbour), and
// Zeestad's policy officer enters an estimate for this year with its source,
// through the service so the audit trail applies. The counts themselves come
// from De Haven's records (signals, CoMensha registrations, missing episodes).
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import type { Database } from '../../platform/db/database.js';
import { todayInNetherlands } from '../../platform/http/schemas.js';
import { saveEstimate } from './regionalFigures.service.js';

export const DEMO_CODES = { zeestad: 'GM9901', neighbours: ['GM9902', 'GM9903'] } as const;

export interface DemoRegionalFiguresOptions {
  municipalityId: string;
  regionId: string;
  providerId: string;
  /** The policy officer who enters the estimate. */
  policyOfficerEmail?: string;
}

export async function loadDemoRegionalFigures(database: Database, options: DemoRegionalFiguresOptions): Promise<void> {
  const { municipalityId, regionId, providerId, policyOfficerEmail = 'beleid@zeestad.demo' } = options;
  const q = database.unsafeSystemQuery;
  // Organisation settings, as the Baken administrator sets them up.
  await sql`UPDATE organisations SET municipality_code = ${DEMO_CODES.zeestad} WHERE id = ${municipalityId} AND kind = 'municipality'`.execute(q);
  await database.inOrganisation(regionId, async (tx) => {
    for (const code of [DEMO_CODES.zeestad, ...DEMO_CODES.neighbours])
      await sql`INSERT INTO regional_figure_region_municipalities (organisation_id, municipality_code) VALUES (${regionId}, ${code}) ON CONFLICT DO NOTHING`.execute(tx);
  });
  // The provider records each youth's responsible municipality in the file.
  await database.inOrganisation(providerId, async (tx) => {
    const { rows } = await sql<{ id: string }>`SELECT id FROM youths WHERE organisation_id = ${providerId} ORDER BY created_at, id`.execute(tx);
    for (const [i, youth] of rows.entries()) {
      const code = i % 4 === 3 ? DEMO_CODES.neighbours[i % 2]! : DEMO_CODES.zeestad;
      await sql`UPDATE youths SET responsible_municipality = ${code} WHERE id = ${youth.id}`.execute(tx);
    }
  });
  const officer = await q
    .selectFrom('users')
    .select(['users.id'])
    .where('users.email', '=', policyOfficerEmail)
    .where('users.organisation_id', '=', municipalityId)
    .executeTakeFirst();
  if (!officer) return;
  const actor: Actor = { userId: officer.id, organisationId: municipalityId, organisationKind: 'municipality', roles: ['policyOfficer'], sessionId: 'demo', ip: null, userAgent: null };
  const year = Number(todayInNetherlands().slice(0, 4));
  await saveEstimate({ database }, actor, year, {
    estimate: 38,
    source: 'Verzonnen voor de demo: schatting voor Zeestad naar de methode van de Nationaal Rapporteur (verborgen aantal minderjarige slachtoffers)',
  });
}
