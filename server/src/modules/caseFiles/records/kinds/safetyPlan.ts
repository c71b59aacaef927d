// The safety plan: versioned; one draft at a time, signed off by a lead
// professional, and a signed-off version never changes (a new version does).
import { sql } from 'kysely';
import { z } from 'zod';
import { AppError } from '../../../../platform/errors.js';
import type { RecordKind } from '../recordKind.js';
import { anyDate, optional } from './fields.js';

/** The sections the quality framework asks of a safety plan (003 2.1), plus the agreements. */
export const SAFETY_PLAN_SECTIONS = [
  'riskyNetwork',
  'internetUse',
  'abscondingRisk',
  'possibleAddresses',
  'parentContact',
  'policeCooperation',
  'staffSafety',
  'agreementsYouth',
  'agreementsParents',
] as const;

const safetyPlanInput = z.object({
  reviewOn: anyDate,
  riskyNetwork: optional(10000),
  internetUse: optional(10000),
  abscondingRisk: optional(10000),
  possibleAddresses: optional(10000),
  parentContact: optional(10000),
  policeCooperation: optional(10000),
  staffSafety: optional(10000),
  agreementsYouth: optional(10000),
  agreementsParents: optional(10000),
});

export const safetyPlanKind: RecordKind<z.infer<typeof safetyPlanInput>> = {
  name: 'safetyPlan',
  table: 'safety_plans',
  path: 'safety-plans',
  signOff: true,
  input: safetyPlanInput,
  fields: {
    reviewOn: 'review_on',
    riskyNetwork: 'risky_network',
    internetUse: 'internet_use',
    abscondingRisk: 'absconding_risk',
    possibleAddresses: 'possible_addresses',
    parentContact: 'parent_contact',
    policeCooperation: 'police_cooperation',
    staffSafety: 'staff_safety',
    agreementsYouth: 'agreements_youth',
    agreementsParents: 'agreements_parents',
  },
  derived: { version: 'version' },
  beforeCreate: async ({ tx, youth }) => {
    const { rows } = await sql<{ latest: number | null; drafts: number }>`
      SELECT max(version)::int AS latest, count(*) FILTER (WHERE signed_off_at IS NULL)::int AS drafts
      FROM safety_plans WHERE youth_id = ${youth.id}`.execute(tx);
    if ((rows[0]?.drafts ?? 0) > 0) throw new AppError('DRAFT_EXISTS');
    return { version: (rows[0]?.latest ?? 0) + 1 };
  },
  orderBy: sql`version DESC`,
  example: {
    reviewOn: '2026-04-01',
    riskyNetwork: 'Contact met “Mo” (zie netwerkanalyse) vermijden.',
    internetUse: 'Telefoon ’s avonds bij de groepsleiding.',
    abscondingRisk: 'Verhoogd na telefonisch contact met Mo.',
    possibleAddresses: 'Stationsplein 1, Zeestad',
    parentContact: 'Moeder belt dagelijks om 19.00 uur.',
    policeCooperation: 'Wijkagent is op de hoogte.',
    staffSafety: 'Geen aanwijzingen voor gevaar voor medewerkers.',
    agreementsYouth: 'Jij meldt je om 22.00 uur bij de groep.',
    agreementsParents: 'Ouders melden contact met onbekenden aan de mentor.',
  },
};
