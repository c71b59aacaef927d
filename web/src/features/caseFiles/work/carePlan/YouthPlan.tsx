// "Jouw plan": the care plan in plain language, addressed to the youth, beside
// the professional version. Built from the texts professionals write for the
// youth (the latest analysis's summary, the active goals, the current phase) and
// the date of the next review. It prints on its own: a class on <body> tells
// the print style sheet to leave out everything else, so no second route or
// window holds the youth's data.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { GOAL_DOMAINS } from '../../../../../../server/src/modules/caseFiles/caseFiles.options';
import { Button } from '../../../../ui/Button';
import { todayIso } from '../../../../ui/calendar';
import { formatDate } from '../../../../ui/format';
import { EmptyState } from '../../../../ui/States';
import { useCaseFile } from '../../CaseFileLayout';
import { optionText } from '../fieldSpecs';
import { useRecords } from '../recordApi';
import { currentPhase, reviewUrgency } from './schedule';
import { CARE_PLAN_PATHS, type Analysis, type Goal, type Phase } from './types';
import { useReviewDue } from './useReviewDue';

const PRINT_CLASS = 'baken-printing-youth-plan';

function printYouthPlan() {
  document.body.classList.add(PRINT_CLASS);
  const done = () => document.body.classList.remove(PRINT_CLASS);
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}

/** On a narrow screen the youth's plan comes after the whole professional plan: this link goes straight to it. */
export function YouthPlanJump() {
  const { t } = useTranslation();
  return (
    <p className="baken-youth-plan-jump">
      <a
        className="utrecht-link utrecht-link--html-a"
        href="#youth-plan-title"
        onClick={(event) => {
          // Focus, not only scroll: keyboard and screen-reader users land where they meant to go.
          event.preventDefault();
          const heading = document.getElementById('youth-plan-title');
          heading?.closest('section')?.scrollIntoView({ block: 'start' });
          heading?.focus({ preventScroll: true });
        }}
      >
        {t('carePlan.youth.jump')}
      </a>
    </p>
  );
}

export function YouthPlan() {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  const analyses = useRecords<Analysis>(youth.id, CARE_PLAN_PATHS.analyses);
  const goals = useRecords<Goal>(youth.id, CARE_PLAN_PATHS.goals);
  const phases = useRecords<Phase>(youth.id, CARE_PLAN_PATHS.phases);
  const { due } = useReviewDue();
  // Leaving the page mid-print must not leave the rest of the app unprintable.
  useEffect(() => () => document.body.classList.remove(PRINT_CLASS), []);

  const today = todayIso();
  // The list comes newest first (analysed_on DESC).
  const analysis = analyses.data?.[0];
  const summary = analysis?.youthSummary?.trim() ?? '';
  const activeGoals = (goals.data ?? []).filter((g) => g.status === 'active' && (g.youthText ?? '').trim() !== '');
  const byDomain = GOAL_DOMAINS.map((domain) => ({ domain, goals: activeGoals.filter((g) => g.domain === domain) })).filter((d) => d.goals.length > 0);
  const phase = phases.data ? currentPhase(phases.data, today) : undefined;
  const phaseShown = phase && ((phase.youthText ?? '').trim() !== '' || (phase.rules ?? '').trim() !== '') ? phase : undefined;
  const phaseHasText = (phaseShown?.youthText ?? '').trim() !== '';
  const loaded = analyses.isSuccess && goals.isSuccess && phases.isSuccess;
  const hasContent = summary !== '' || byDomain.length > 0 || !!phaseShown;

  return (
    <section className="baken-youth-plan" aria-labelledby="youth-plan-title">
      <p className="baken-youth-plan__for">{t('carePlan.youth.of', { name: youth.firstName })}</p>
      <h2 className="utrecht-heading-2" id="youth-plan-title" tabIndex={-1}>
        {t('carePlan.youth.title')}
      </h2>
      {loaded && !hasContent && <EmptyState title={t('carePlan.youth.empty')} />}
      {loaded && hasContent && (
        <>
          <p className="utrecht-paragraph">{t('carePlan.youth.intro')}</p>

          {summary !== '' ? (
            <>
              <h3 className="utrecht-heading-3">{t('carePlan.youth.summaryTitle')}</h3>
              <p className="utrecht-paragraph baken-prewrap">{summary}</p>
              {!analysis?.signedOffAt && <p className="baken-youth-plan__hint">{t('carePlan.youth.draft')}</p>}
            </>
          ) : (
            <p className="baken-youth-plan__hint">{t(analysis ? 'carePlan.youth.missing.summary' : 'carePlan.youth.missing.analysis')}</p>
          )}

          {byDomain.length > 0 ? (
            <>
              <h3 className="utrecht-heading-3">{t('carePlan.youth.goalsTitle')}</h3>
              {byDomain.map(({ domain, goals: inDomain }) => (
                <div key={domain} className="baken-youth-plan__domain">
                  <h4 className="utrecht-heading-4">{optionText(t, 'goalDomains', domain)}</h4>
                  <ul className="utrecht-unordered-list">
                    {inDomain.map((g) => (
                      <li key={g.id} className="utrecht-unordered-list__item baken-prewrap">
                        {g.youthText}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </>
          ) : (
            <p className="baken-youth-plan__hint">{t('carePlan.youth.missing.goals')}</p>
          )}

          {phaseShown ? (
            <>
              <h3 className="utrecht-heading-3">{t('carePlan.youth.phaseTitle')}</h3>
              <p className="utrecht-paragraph baken-youth-plan__phase">{t('carePlan.youth.phaseName', { number: phaseShown.number, name: phaseShown.name })}</p>
              <p className="utrecht-paragraph">{t('carePlan.youth.phaseSince', { date: formatDate(phaseShown.startedOn) })}</p>
              {phaseHasText ? (
                <p className="utrecht-paragraph baken-prewrap">{phaseShown.youthText}</p>
              ) : (
                <p className="baken-youth-plan__hint">{t('carePlan.youth.missing.phaseText')}</p>
              )}
              {(phaseShown.rules ?? '').trim() !== '' && (
                <>
                  <h4 className="utrecht-heading-4">{t('carePlan.youth.rulesTitle')}</h4>
                  <p className="utrecht-paragraph baken-prewrap">{phaseShown.rules}</p>
                </>
              )}
            </>
          ) : (
            <p className="baken-youth-plan__hint">{t('carePlan.youth.missing.phase')}</p>
          )}

          {due && !youth.closedOn && (
            <>
              <h3 className="utrecht-heading-3">{t('carePlan.youth.reviewTitle')}</h3>
              <p className="utrecht-paragraph">
                {reviewUrgency(due.on, today).urgency === 'overdue' ? t('carePlan.youth.reviewSoon') : t('carePlan.youth.reviewOn', { date: formatDate(due.on) })}
              </p>
            </>
          )}

          <p className="baken-youth-plan__date">{t('carePlan.youth.asOf', { date: formatDate(today) })}</p>
          <div className="baken-youth-plan__actions">
            <Button appearance="secondary" onClick={printYouthPlan} aria-describedby="youth-plan-print-hint">
              {t('carePlan.youth.print')}
            </Button>
            <p className="baken-youth-plan__hint" id="youth-plan-print-hint">
              {t('carePlan.youth.printHint')}
            </p>
          </div>
        </>
      )}
    </section>
  );
}
