// The care plan: the problem, risk, needs and strengths analysis (established
// by a lead professional), goals per domain with progress reports, the phases
// and their rules, the three-monthly reviews, and placement and approach.
import { sql } from 'kysely';
import { z } from 'zod';
import { FieldRuleError } from '../../../../platform/errors.js';
import { fieldKey } from '../../../../platform/i18n/fieldMessages.js';
import { GOAL_DOMAINS, GOAL_STATUSES, GROUP_COMPOSITIONS, PROGRESS_ASSESSMENTS } from '../../caseFiles.options.js';
import type { RecordKind } from '../recordKind.js';
import { anyDate, list, optional, optionalDate, pastDate, required } from './fields.js';

const participants = list(20, 120).refine((p) => p.length > 0, fieldKey('required'));

const analysisInput = z.object({
  analysedOn: pastDate,
  participants,
  problems: required(10000),
  risks: required(10000),
  needs: required(10000),
  strengths: required(10000),
  /** The abuse itself: circumstances, nature, frequency (003 2.4). */
  exploitation: optional(10000),
  /** Behaviour on the surface: conduct problems, lack of resilience. */
  surfaceBehaviour: optional(10000),
  /** What lies beneath: trauma, attachment. */
  underlyingProblems: optional(10000),
  education: optional(10000),
  socialNetwork: optional(10000),
  /** The plan in plain language, to the youth ("jij"). */
  youthSummary: optional(5000),
});

export const carePlanAnalysisKind: RecordKind<z.infer<typeof analysisInput>> = {
  name: 'carePlanAnalysis',
  table: 'care_plan_analyses',
  path: 'care-plan/analyses',
  signOff: true,
  input: analysisInput,
  fields: {
    analysedOn: 'analysed_on',
    participants: 'participants',
    problems: 'problems',
    risks: 'risks',
    needs: 'needs',
    strengths: 'strengths',
    exploitation: 'exploitation',
    surfaceBehaviour: 'surface_behaviour',
    underlyingProblems: 'underlying_problems',
    education: 'education',
    socialNetwork: 'social_network',
    youthSummary: 'youth_summary',
  },
  orderBy: sql`analysed_on DESC, created_at DESC`,
  example: {
    analysedOn: '2026-01-25',
    participants: ['Mentor', 'Behandelcoördinator', 'Gedragswetenschapper'],
    problems: 'Wegloopgedrag, contact met uitbuiter.',
    risks: 'Hoog risico op seksuele uitbuiting.',
    needs: 'Veiligheid, structuur, school.',
    strengths: 'Sportief, goede band met oma.',
    youthSummary: 'Jij werkt aan je veiligheid en aan school.',
  },
};

const goalInput = z.object({
  domain: z.enum(GOAL_DOMAINS),
  description: required(5000),
  /** The same goal in plain language, to the youth ("jij"). */
  youthText: required(2000),
  status: z.enum(GOAL_STATUSES).default('active'),
  startedOn: anyDate,
});

export const careGoalKind: RecordKind<z.infer<typeof goalInput>> = {
  name: 'careGoal',
  table: 'care_goals',
  path: 'care-plan/goals',
  input: goalInput,
  fields: { domain: 'domain', description: 'description', youthText: 'youth_text', status: 'status', startedOn: 'started_on' },
  orderBy: sql`CASE status WHEN 'active' THEN 0 ELSE 1 END, domain, started_on`,
  example: { domain: 'education', description: 'Dagelijks naar school; startkwalificatie halen.', youthText: 'Jij gaat elke dag naar school.', status: 'active', startedOn: '2026-01-25' },
};

const progressInput = z.object({
  goalId: z.uuid(),
  reportedOn: pastDate,
  assessment: z.enum(PROGRESS_ASSESSMENTS),
  report: required(10000),
});

export const goalProgressKind: RecordKind<z.infer<typeof progressInput>> = {
  name: 'goalProgress',
  table: 'goal_progress',
  path: 'care-plan/progress',
  input: progressInput,
  fields: { goalId: 'goal_id', reportedOn: 'reported_on', assessment: 'assessment', report: 'report' },
  check: async (input, { tx, youth }) => {
    const { rows } = await sql`SELECT 1 FROM care_goals WHERE id = ${input.goalId} AND youth_id = ${youth.id}`.execute(tx);
    if (rows.length === 0) throw new FieldRuleError([{ path: 'goalId', key: 'unknownGoal' }]);
  },
  orderBy: sql`reported_on DESC, created_at DESC`,
  // The goal is created by the test that uses this example.
  example: { goalId: '00000000-0000-4000-8000-000000000000', reportedOn: '2026-02-10', assessment: 'progress', report: 'Twee weken elke dag op school geweest.' },
};

const phaseInput = z.object({
  number: z.number().int().min(1).max(20),
  name: required(120),
  /** What the phase allows and asks: structure, supervised phone and internet, leave. */
  rules: required(10000),
  youthText: optional(2000),
  startedOn: anyDate,
  endedOn: optionalDate,
  /** Why the youth moved on to the next phase (or back). */
  transitionReason: optional(5000),
});

export const carePhaseKind: RecordKind<z.infer<typeof phaseInput>> = {
  name: 'carePhase',
  table: 'care_phases',
  path: 'care-plan/phases',
  input: phaseInput,
  fields: {
    number: 'number',
    name: 'name',
    rules: 'rules',
    youthText: 'youth_text',
    startedOn: 'started_on',
    endedOn: 'ended_on',
    transitionReason: 'transition_reason',
  },
  check: async (input, { tx, youth }, existing) => {
    if (input.endedOn && input.endedOn < input.startedOn) throw new FieldRuleError([{ path: 'endedOn', key: 'endBeforeStart' }]);
    const { rows } = await sql`SELECT 1 FROM care_phases WHERE youth_id = ${youth.id} AND number = ${input.number}
      AND id <> ${(existing?.id as string | undefined) ?? '00000000-0000-0000-0000-000000000000'}`.execute(tx);
    if (rows.length > 0) throw new FieldRuleError([{ path: 'number', key: 'phaseNumberTaken' }]);
  },
  orderBy: sql`number ASC`,
  example: {
    number: 1,
    name: 'Veilig landen',
    rules: 'Telefoon en internet alleen onder toezicht; geen verlof zonder begeleiding.',
    youthText: 'In deze fase ben je veel op de groep en gebruik je je telefoon samen met ons.',
    startedOn: '2026-01-25',
    endedOn: null,
  },
};

const reviewInput = z.object({
  reviewedOn: pastDate,
  participants,
  summary: required(10000),
  decisions: optional(10000),
  nextReviewOn: anyDate,
});

export const careReviewKind: RecordKind<z.infer<typeof reviewInput>> = {
  name: 'careReview',
  table: 'care_reviews',
  path: 'care-plan/reviews',
  input: reviewInput,
  fields: { reviewedOn: 'reviewed_on', participants: 'participants', summary: 'summary', decisions: 'decisions', nextReviewOn: 'next_review_on' },
  check: (input) => {
    if (input.nextReviewOn <= input.reviewedOn) throw new FieldRuleError([{ path: 'nextReviewOn', key: 'reviewBeforeReviewed' }]);
  },
  orderBy: sql`reviewed_on DESC`,
  example: {
    reviewedOn: '2026-04-20',
    participants: ['Jongere', 'Moeder', 'Mentor', 'Behandelcoördinator'],
    summary: 'Minder weglopen; school gaat goed.',
    decisions: 'Over naar fase 2.',
    nextReviewOn: '2026-07-20',
  },
};

const placementInput = z.object({
  careStartedOn: pastDate,
  groupComposition: z.enum(GROUP_COMPOSITIONS),
  /** Why this group, homogeneous or not (003 1.1). */
  reasoning: required(5000),
  /** How the gender-sensitive approach shows in the plan (003 1.2). */
  genderSensitiveApproach: required(5000),
});

export const placementKind: RecordKind<z.infer<typeof placementInput>> = {
  name: 'placement',
  table: 'placements',
  path: 'placement',
  singleton: true,
  input: placementInput,
  fields: { careStartedOn: 'care_started_on', groupComposition: 'group_composition', reasoning: 'reasoning', genderSensitiveApproach: 'gender_sensitive_approach' },
  orderBy: sql`youth_id`,
  example: {
    careStartedOn: '2026-01-05',
    groupComposition: 'homogeneous',
    reasoning: 'Meidengroep met vergelijkbare problematiek; veilig en gericht.',
    genderSensitiveApproach: 'Doelen over weerbaarheid en gezonde relaties; vrouwelijke mentor.',
  },
};
