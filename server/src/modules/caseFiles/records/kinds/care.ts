// Medical decisions (at the start of care and after running away) and the
// aftercare handover plan.
import { sql } from 'kysely';
import { z } from 'zod';
import { MEDICAL_DECISIONS, MEDICAL_MOMENTS } from '../../caseFiles.options.js';
import type { RecordKind } from '../recordKind.js';
import { optional, optionalDate, pastDate, required } from './fields.js';

const decision = z.enum(MEDICAL_DECISIONS);
const medicalInput = z.object({
  decidedOn: pastDate,
  moment: z.enum(MEDICAL_MOMENTS),
  stiCheck: decision,
  pregnancyTest: decision,
  medication: decision,
  firstAid: decision,
  /** Referral to a Centre for Sexual Violence. */
  csgReferral: decision,
  reasoning: required(5000),
  /** Results, as far as the youth shared them. */
  outcome: optional(5000),
});

export const medicalDecisionKind: RecordKind<z.infer<typeof medicalInput>> = {
  name: 'medicalDecision',
  table: 'medical_decisions',
  path: 'medical-decisions',
  input: medicalInput,
  fields: {
    decidedOn: 'decided_on',
    moment: 'moment',
    stiCheck: 'sti_check',
    pregnancyTest: 'pregnancy_test',
    medication: 'medication',
    firstAid: 'first_aid',
    csgReferral: 'csg_referral',
    reasoning: 'reasoning',
    outcome: 'outcome',
  },
  orderBy: sql`decided_on DESC, created_at DESC`,
  example: {
    decidedOn: '2026-01-06',
    moment: 'startOfCare',
    stiCheck: 'offered',
    pregnancyTest: 'offered',
    medication: 'notNeeded',
    firstAid: 'notNeeded',
    csgReferral: 'notNeeded',
    reasoning: 'Standaard bij start van de hulp aangeboden.',
    outcome: '',
  },
};

const aftercareInput = z.object({
  nextProvider: optional(200),
  districtTeam: optional(200),
  localPoliceOfficer: optional(200),
  warmHandoverOn: optionalDate,
  plan: required(10000),
});

export const aftercareKind: RecordKind<z.infer<typeof aftercareInput>> = {
  name: 'aftercare',
  table: 'aftercare_plans',
  path: 'aftercare',
  singleton: true,
  input: aftercareInput,
  fields: {
    nextProvider: 'next_provider',
    districtTeam: 'district_team',
    localPoliceOfficer: 'local_police_officer',
    warmHandoverOn: 'warm_handover_on',
    plan: 'plan',
  },
  orderBy: sql`youth_id`,
  example: {
    nextProvider: 'Ambulant team Zuid',
    districtTeam: 'Wijkteam Zeestad-Noord',
    localPoliceOfficer: 'Wijkagent J. de Vries',
    warmHandoverOn: '2026-09-01',
    plan: 'Warme overdracht met jongere, moeder en nieuwe hulpverlener.',
  },
};
