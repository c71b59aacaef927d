// Screenings and risk assessments. Baken records which instrument was used and
// its outcome; it never reproduces a licensed instrument.
import { sql } from 'kysely';
import { z } from 'zod';
import { ageFits } from '../../../../platform/content/content.js';
import { FieldRuleError } from '../../../../platform/errors.js';
import { fieldKey } from '../../../../platform/i18n/fieldMessages.js';
import { RISK_LEVELS, SCREENING_INDICATIONS } from '../../caseFiles.options.js';
import type { RecordKind } from '../recordKind.js';
import { list, pastDate, required } from './fields.js';

/** Age in whole years on a calendar date (YYYY-MM-DD). */
export function ageOnDate(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const screeningInput = z.object({
  instrument: z.string().max(40),
  administeredOn: pastDate,
  administeredBy: required(120),
  indication: z.enum(SCREENING_INDICATIONS),
  outcome: required(5000),
});

export const screeningKind: RecordKind<z.infer<typeof screeningInput>> = {
  name: 'screening',
  table: 'screenings',
  path: 'screenings',
  input: screeningInput,
  fields: { instrument: 'instrument', administeredOn: 'administered_on', administeredBy: 'administered_by', indication: 'indication', outcome: 'outcome' },
  derived: { instrumentsVersion: 'instruments_version', ageAtScreening: 'age_at_screening' },
  check: (input, { content, youth }) => {
    const instrument = content.instruments.screenings.find((s) => s.code === input.instrument);
    if (!instrument) throw new FieldRuleError([{ path: 'instrument', key: 'unknownInstrument' }]);
    const age = ageOnDate(youth.dateOfBirth, input.administeredOn);
    if (!ageFits(instrument, age)) {
      const key = instrument.maxAge === undefined ? 'ageBelowInstrument' : 'ageOutsideInstrument';
      throw new FieldRuleError([{ path: 'instrument', key, params: { minimum: instrument.minAge, maximum: instrument.maxAge, age } }]);
    }
  },
  derive: (input, { content, youth }) => ({
    instruments_version: content.instruments.version,
    age_at_screening: ageOnDate(youth.dateOfBirth, input.administeredOn),
  }),
  orderBy: sql`administered_on DESC, created_at DESC`,
  example: { instrument: 'miniScl', administeredOn: '2026-01-15', administeredBy: 'Gedragswetenschapper', indication: 'possible', outcome: 'Verhoogde score op angst; bespreken in het team.' },
};

const riskAssessmentInput = z.object({
  instrument: z.string().max(40),
  assessedOn: pastDate,
  participants: list(20, 120).refine((p) => p.length > 0, fieldKey('required')),
  riskFactors: required(10000),
  protectiveFactors: required(10000),
  level: z.enum(RISK_LEVELS),
  conclusion: required(10000),
  /** The assessment made at the start of care (quality framework 2.1). */
  isInitial: z.boolean().default(false),
});

export const riskAssessmentKind: RecordKind<z.infer<typeof riskAssessmentInput>> = {
  name: 'riskAssessment',
  table: 'risk_assessments',
  path: 'risk-assessments',
  signOff: true,
  input: riskAssessmentInput,
  fields: {
    instrument: 'instrument',
    assessedOn: 'assessed_on',
    participants: 'participants',
    riskFactors: 'risk_factors',
    protectiveFactors: 'protective_factors',
    level: 'level',
    conclusion: 'conclusion',
    isInitial: 'is_initial',
  },
  derived: { instrumentsVersion: 'instruments_version' },
  check: async (input, { content, tx, youth }, existing) => {
    if (!content.instruments.riskAssessments.some((r) => r.code === input.instrument)) {
      throw new FieldRuleError([{ path: 'instrument', key: 'unknownInstrument' }]);
    }
    if (input.isInitial) {
      const other = await sql<{ id: string }>`SELECT id FROM risk_assessments WHERE youth_id = ${youth.id} AND is_initial
        AND id <> ${(existing?.id as string | undefined) ?? '00000000-0000-0000-0000-000000000000'}`.execute(tx);
      if (other.rows.length > 0) throw new FieldRuleError([{ path: 'isInitial', key: 'initialExists' }]);
    }
  },
  derive: (_input, { content }) => ({ instruments_version: content.instruments.version }),
  orderBy: sql`assessed_on DESC, created_at DESC`,
  example: {
    instrument: 'risL',
    assessedOn: '2026-01-20',
    participants: ['Mentor', 'Gedragswetenschapper'],
    riskFactors: 'Contact met oudere jongen die cadeaus geeft.',
    protectiveFactors: 'Goede band met oma.',
    level: 'high',
    conclusion: 'Veiligheidsplan opstellen; netwerkanalyse maken.',
    isInitial: true,
  },
};
