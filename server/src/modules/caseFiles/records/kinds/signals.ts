// Signals and the reporting-code steps taken on a concern.
import { sql } from 'kysely';
import { z } from 'zod';
import { FieldRuleError } from '../../../../platform/errors.js';
import {
  CONSULTED_PARTIES,
  CONVERSATION_PARTIES,
  OBSERVER_KINDS,
  REPORTING_DECISIONS,
  SIGNAL_FORMS,
  SIGNAL_STATUSES,
  YES_NO,
} from '../../caseFiles.options.js';
import type { RecordKind } from '../recordKind.js';
import { optional, pastDate, required } from './fields.js';

const signalInput = z.object({
  observedOn: pastDate,
  observerKind: z.enum(OBSERVER_KINDS),
  observerName: optional(120),
  form: z.enum(SIGNAL_FORMS),
  /** A code from the signal list, or null for a signal the list does not name. */
  signalCode: z.string().max(60).nullable().default(null),
  description: required(5000),
  status: z.enum(SIGNAL_STATUSES).default('new'),
});

export const signalKind: RecordKind<z.infer<typeof signalInput>> = {
  name: 'signal',
  table: 'signals',
  path: 'signals',
  input: signalInput,
  fields: {
    observedOn: 'observed_on',
    observerKind: 'observer_kind',
    observerName: 'observer_name',
    form: 'form',
    signalCode: 'signal_code',
    description: 'description',
    status: 'status',
  },
  derived: { signalListVersion: 'signal_list_version' },
  check: (input, { content }) => {
    if (input.signalCode && !content.signalList.items.some((item) => item.code === input.signalCode && !item.retired)) {
      throw new FieldRuleError([{ path: 'signalCode', key: 'unknownSignal' }]);
    }
  },
  // The code points into the pack version current when it was chosen.
  derive: (_input, { content }) => ({ signal_list_version: content.signalList.version }),
  orderBy: sql`observed_on DESC, created_at DESC`,
  example: { observedOn: '2026-01-10', observerKind: 'school', form: 'sexual', signalCode: 'photoRequests', description: 'Mentor op school zag berichten waarin om foto’s werd gevraagd.', status: 'new' },
};

const stepDetails = z
  .object({
    /** Step 2: who was consulted. */
    consulted: z.array(z.enum(CONSULTED_PARTIES)).max(4).optional(),
    /** Step 3: with whom the conversation took place. */
    talkedWith: z.array(z.enum(CONVERSATION_PARTIES)).max(2).optional(),
    /** Step 4, the first weighing question: is reporting to Veilig Thuis necessary? */
    reportingNeeded: z.enum(YES_NO).optional(),
    /** Step 4, the second: can help be given or organised (as well)? */
    helpPossible: z.enum(YES_NO).optional(),
    /** Step 5: what was decided. */
    decision: z.array(z.enum(REPORTING_DECISIONS)).max(3).optional(),
  })
  .default({});

const reportingCodeStepInput = z.object({
  step: z.number().int().min(1).max(5),
  occurredOn: pastDate,
  participants: required(500),
  outcome: required(5000),
  details: stepDetails,
});
type StepInput = z.infer<typeof reportingCodeStepInput>;

/** What each step must record beyond its date, participants and outcome. */
function missingDetails(input: StepInput): string[] {
  const d = input.details;
  switch (input.step) {
    case 2:
      return d.consulted?.length ? [] : ['details.consulted'];
    case 3:
      return d.talkedWith?.length ? [] : ['details.talkedWith'];
    case 4:
      return [...(d.reportingNeeded ? [] : ['details.reportingNeeded']), ...(d.helpPossible ? [] : ['details.helpPossible'])];
    case 5:
      return d.decision?.length ? [] : ['details.decision'];
    default:
      return [];
  }
}

export const reportingCodeStepKind: RecordKind<StepInput> = {
  name: 'reportingCodeStep',
  table: 'reporting_code_steps',
  path: 'reporting-code-steps',
  input: reportingCodeStepInput,
  fields: { step: 'step', occurredOn: 'occurred_on', participants: 'participants', outcome: 'outcome', details: { column: 'details', json: true } },
  check: (input) => {
    const missing = missingDetails(input);
    if (missing.length > 0) throw new FieldRuleError(missing.map((path) => ({ path, key: 'stepDetailsMissing' })));
  },
  orderBy: sql`step ASC, occurred_on ASC, created_at ASC`,
  example: {
    step: 2,
    occurredOn: '2026-01-12',
    participants: 'Mentor en aandachtsfunctionaris',
    outcome: 'Signalen besproken; zorgen gedeeld.',
    details: { consulted: ['designatedOfficer'] },
  },
};
