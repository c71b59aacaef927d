// Progress of a checklist: per check and overall, how many questions are
// answered and how many yes, partly, no and unknown. Pure, so it is counted
// the same on the screen, in the comparison and in the PDF.
import type { MunicipalChecklist } from '../../../platform/content/content.js';
import type { ChecklistAnswer } from './checklist.options.js';
import type { AnswerCounts } from './checklist.schemas.js';

export const emptyCounts = (): AnswerCounts => ({ questions: 0, answered: 0, yes: 0, partly: 0, no: 0, unknown: 0 });

/** The questions still asked in this version of the pack, per check. */
export function askedQuestions(pack: MunicipalChecklist): { checkRef: string; ref: string }[] {
  return pack.checks.flatMap((check) => check.questions.filter((q) => !q.retired).map((q) => ({ checkRef: check.ref, ref: q.ref })));
}

export function countAnswers(answers: Iterable<ChecklistAnswer | null>): AnswerCounts {
  const counts = emptyCounts();
  for (const answer of answers) {
    counts.questions += 1;
    if (answer === null) continue;
    counts.answered += 1;
    counts[answer] += 1;
  }
  return counts;
}

/** Counts per check (in the pack's order) and overall, from answers by question ref; questions without a row count as not answered. */
export function progressOf(pack: MunicipalChecklist, answers: Map<string, ChecklistAnswer | null>): { overall: AnswerCounts; checks: { ref: string; counts: AnswerCounts }[] } {
  const asked = askedQuestions(pack);
  const checks = pack.checks.map((check) => ({
    ref: check.ref,
    counts: countAnswers(asked.filter((q) => q.checkRef === check.ref).map((q) => answers.get(q.ref) ?? null)),
  }));
  return { overall: countAnswers(asked.map((q) => answers.get(q.ref) ?? null)), checks };
}

/** The check a question belongs to: "3.2" → "3". */
export const checkOf = (questionRef: string) => questionRef.split('.')[0]!;
