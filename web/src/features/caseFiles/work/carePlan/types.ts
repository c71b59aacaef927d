// The care-plan records as this page reads them. The server's kind declarations
// (records/kinds/carePlan.ts, care.ts) are the source; these name the fields used here.
import type { CaseRecord } from '../recordApi';

export interface Analysis extends CaseRecord {
  analysedOn: string;
  youthSummary: string;
}

export interface Goal extends CaseRecord {
  domain: string;
  description: string;
  youthText: string;
  status: string;
  startedOn: string;
}

export interface Progress extends CaseRecord {
  goalId: string;
  reportedOn: string;
  assessment: string;
  report: string;
}

export interface Phase extends CaseRecord {
  number: number;
  name: string;
  rules: string;
  youthText: string;
  startedOn: string;
  endedOn: string | null;
  transitionReason: string;
}

export interface Review extends CaseRecord {
  reviewedOn: string;
  nextReviewOn: string;
}

export interface Placement extends CaseRecord {
  careStartedOn: string;
}

export interface Aftercare extends CaseRecord {
  nextProvider: string;
  districtTeam: string;
  localPoliceOfficer: string;
}

export interface MedicalDecision extends CaseRecord {
  decidedOn: string;
  moment: string;
}

export const CARE_PLAN_PATHS = {
  analyses: 'care-plan/analyses',
  goals: 'care-plan/goals',
  progress: 'care-plan/progress',
  phases: 'care-plan/phases',
  reviews: 'care-plan/reviews',
} as const;
