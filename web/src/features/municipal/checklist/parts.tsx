// Shared pieces of the checklist pages: the pack's words in the interface
// language, and the progress bar with its numbers as text beside it.
import { useTranslation } from 'react-i18next';
import type { AnswerCounts, MunicipalChecklist } from './api';

type Bilingual = { nl: string; en: string };

export function useLocalised() {
  const { i18n } = useTranslation();
  return (item: Bilingual) => (i18n.language.startsWith('en') ? item.en : item.nl);
}

export function findQuestion(pack: MunicipalChecklist, ref: string) {
  const check = pack.checks.find((c) => c.ref === ref.split('.')[0]);
  return { check, question: check?.questions.find((q) => q.ref === ref) };
}

const SEGMENTS = ['yes', 'partly', 'no', 'unknown'] as const;

/** The bar is decoration: the same numbers are in the text next to it. */
export function ProgressBar({ counts, label }: { counts: AnswerCounts; label: string }) {
  const { t } = useTranslation();
  const open = counts.questions - counts.answered;
  return (
    <div className="baken-mc-progress">
      <div className="baken-mc-bar" aria-hidden="true">
        {SEGMENTS.map((s) =>
          counts[s] > 0 ? <span key={s} className={`baken-mc-bar__part baken-mc-bar__part--${s}`} style={{ width: `${(counts[s] / counts.questions) * 100}%` }} /> : null,
        )}
      </div>
      <p className="utrecht-paragraph baken-mc-progress__text">
        {label}: {t('municipalChecklist.answeredOf', { answered: counts.answered, questions: counts.questions })} — {t('municipalChecklist.countsText', counts)}
        {open > 0 ? `, ${t('municipalChecklist.notAnswered', { count: open })}` : ''}
      </p>
    </div>
  );
}
