// Where an assessment stands, per core element and overall: how many criteria
// have each status, how many are past their due date without being in
// practice, and how many self-assessed indicators are answered. Pure, so the
// screen, the PDF and the list say the same, and the sums are property-tested.
import type { QualityFramework } from '../../../platform/content/content.js';
import type { CriterionStatus, IndicatorAnswer } from './selfAssessment.options.js';

export interface StatusCounts {
  total: number;
  notAssessed: number;
  notArranged: number;
  beingArranged: number;
  onPaper: number;
  inPractice: number;
  /** Due date passed and not in practice yet. */
  overdue: number;
}

export interface IndicatorCounts {
  /** Answered from the case files (the indicators page). */
  computed: number;
  /** Asked in the self-assessment. */
  selfAssessed: number;
  answered: number;
}

export interface ElementSummary {
  ref: string;
  criteria: StatusCounts;
  indicators: IndicatorCounts;
}

export interface AssessmentSummary {
  overall: { criteria: StatusCounts; indicators: IndicatorCounts };
  elements: ElementSummary[];
}

export interface CriterionState {
  ref: string;
  status: CriterionStatus | null;
  dueOn: string | null;
}

export interface IndicatorState {
  ref: string;
  answer: IndicatorAnswer | null;
}

export const emptyCounts = (): StatusCounts => ({ total: 0, notAssessed: 0, notArranged: 0, beingArranged: 0, onPaper: 0, inPractice: 0, overdue: 0 });

/** A criterion is overdue when its due date lies before today and it is not in practice yet. */
export function isOverdue(state: Pick<CriterionState, 'status' | 'dueOn'>, today: string): boolean {
  return state.dueOn !== null && state.dueOn < today && state.status !== 'inPractice';
}

function add(counts: StatusCounts, state: CriterionState, today: string) {
  counts.total++;
  counts[state.status ?? 'notAssessed']++;
  if (isOverdue(state, today)) counts.overdue++;
}

/** The summary of the framework's elements; answers for refs the framework does not have are left out. */
export function summarise(framework: QualityFramework, criteria: CriterionState[], indicators: IndicatorState[], today: string): AssessmentSummary {
  const criterionByRef = new Map(criteria.map((c) => [c.ref, c]));
  const answerByRef = new Map(indicators.map((i) => [i.ref, i.answer]));
  const overall = { criteria: emptyCounts(), indicators: { computed: 0, selfAssessed: 0, answered: 0 } };
  const elements = framework.coreElements.map((element) => {
    const counts = emptyCounts();
    for (const criterion of element.criteria) {
      const state = criterionByRef.get(criterion.ref) ?? { ref: criterion.ref, status: null, dueOn: null };
      add(counts, state, today);
      add(overall.criteria, state, today);
    }
    const indicatorCounts = { computed: 0, selfAssessed: 0, answered: 0 };
    for (const indicator of element.indicators) {
      if (indicator.answeredBy === 'computed') {
        indicatorCounts.computed++;
      } else {
        indicatorCounts.selfAssessed++;
        if (answerByRef.get(indicator.ref)) indicatorCounts.answered++;
      }
    }
    overall.indicators.computed += indicatorCounts.computed;
    overall.indicators.selfAssessed += indicatorCounts.selfAssessed;
    overall.indicators.answered += indicatorCounts.answered;
    return { ref: element.ref, criteria: counts, indicators: indicatorCounts };
  });
  return { overall, elements };
}

/** Every criterion of the framework with its element, in the framework's order. */
export function frameworkCriteria(framework: QualityFramework) {
  return framework.coreElements.flatMap((element) => element.criteria.map((criterion) => ({ element, criterion })));
}

/** The indicators the quality officer answers (answeredBy: selfAssessment), in order. */
export function selfAssessedIndicators(framework: QualityFramework) {
  return framework.coreElements.flatMap((element) => element.indicators.filter((i) => i.answeredBy === 'selfAssessment').map((indicator) => ({ element, indicator })));
}
