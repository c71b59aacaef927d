// The care plan: the analysis (established by a lead professional), goals per
// domain each with its progress history, the phases as a timeline, and the
// reviews every three months with when the next one is due. Beside it (below
// it on a narrow screen) the same plan in plain language for the youth.
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/Badge';
import { formatDate } from '../../../ui/format';
import { todayIso } from '../../../ui/calendar';
import { Heading2, Heading3 } from '../../../ui/Heading';
import { useCaseFile } from '../CaseFileLayout';
import { Fields } from './Fields';
import { GuidanceTips } from './GuidanceTips';
import { optionText, specs } from './fieldSpecs';
import { useRecords } from './recordApi';
import { RecordSection } from './RecordSection';
import { GoalProgress } from './carePlan/GoalProgress';
import { PhaseTimeline } from './carePlan/PhaseTimeline';
import { ReviewDueNotice } from './carePlan/ReviewDueNotice';
import { YouthPlan, YouthPlanJump } from './carePlan/YouthPlan';
import { addMonths, currentPhase, REVIEW_INTERVAL_MONTHS } from './carePlan/schedule';
import { CARE_PLAN_PATHS, type Analysis, type Goal, type Phase, type Progress, type Review } from './carePlan/types';

const dateFields = new Set(['startedOn', 'endedOn', 'nextReviewOn']);
const formatField = (name: string, value: unknown) => (dateFields.has(name) ? formatDate(String(value)) : Array.isArray(value) ? value.join(', ') : String(value));

export function CarePlanPage() {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  // The sections below read the same lists: one request each, shared through the query cache.
  const goals = useRecords<Goal>(youth.id, CARE_PLAN_PATHS.goals);
  const progress = useRecords<Progress>(youth.id, CARE_PLAN_PATHS.progress);
  const phases = useRecords<Phase>(youth.id, CARE_PLAN_PATHS.phases);
  const goalOptions = (goals.data ?? []).map((g) => ({ value: g.id, label: `${optionText(t, 'goalDomains', g.domain)}: ${g.description.slice(0, 80)}` }));
  const current = phases.data ? currentPhase(phases.data, todayIso()) : undefined;

  return (
    <div className="baken-work baken-work--youth-plan">
      <div className="baken-work__main">
        <Heading2>{t('carePlan.title')}</Heading2>
        <p className="utrecht-paragraph">{t('carePlan.intro')}</p>
        <YouthPlanJump />
        <ReviewDueNotice />
        <RecordSection<Analysis>
          kind="carePlanAnalysis"
          path={CARE_PLAN_PATHS.analyses}
          title={t('carePlan.analysesTitle')}
          fields={specs.carePlanAnalysis()}
          signOff
          newDefaults={(existing) => ({ ...(existing[0] ?? {}), analysedOn: todayIso() })}
          renderItem={(a) => (
            <>
              <Heading3>{formatDate(a.analysedOn)}</Heading3>
              <Fields
                kind="carePlanAnalysis"
                record={a}
                names={['participants', 'problems', 'risks', 'needs', 'strengths', 'exploitation', 'surfaceBehaviour', 'underlyingProblems', 'education', 'socialNetwork', 'youthSummary']}
              />
            </>
          )}
        />
        <RecordSection<Goal>
          kind="careGoal"
          path={CARE_PLAN_PATHS.goals}
          title={t('carePlan.goalsTitle')}
          fields={specs.careGoal(t)}
          newDefaults={() => ({ startedOn: todayIso(), status: 'active' })}
          renderItem={(g) => (
            <>
              <Heading3 id={`goal-title-${g.id}`}>{optionText(t, 'goalDomains', g.domain)}</Heading3>
              <p className="baken-record__badges">
                <StatusBadge status={g.status === 'achieved' ? 'success' : g.status === 'stopped' ? 'inactive' : 'active'}>{optionText(t, 'goalStatuses', g.status)}</StatusBadge>
              </p>
              <Fields kind="careGoal" record={g} names={['description', 'youthText', 'startedOn']} format={formatField} />
              <GoalProgress goal={g} goalTitleId={`goal-title-${g.id}`} reports={(progress.data ?? []).filter((p) => p.goalId === g.id)} goalOptions={goalOptions} />
            </>
          )}
        />
        <RecordSection<Phase>
          kind="carePhase"
          path={CARE_PLAN_PATHS.phases}
          title={t('carePlan.phasesTitle')}
          fields={specs.carePhase()}
          intro={<PhaseTimeline phases={phases.data ?? []} />}
          newDefaults={(existing) => ({ number: Math.max(0, ...existing.map((p) => p.number)) + 1, startedOn: todayIso() })}
          renderItem={(p) => (
            <>
              <Heading3>
                {t('fields.carePhase.number')} {p.number}: {p.name}
              </Heading3>
              {p.id === current?.id && (
                <p className="baken-record__badges">
                  <StatusBadge status="active">{t('carePlan.timeline.now')}</StatusBadge>
                </p>
              )}
              <Fields kind="carePhase" record={p} names={['rules', 'youthText', 'startedOn', 'endedOn', 'transitionReason']} format={formatField} />
            </>
          )}
        />
        <RecordSection<Review>
          kind="careReview"
          path={CARE_PLAN_PATHS.reviews}
          title={t('carePlan.reviewsTitle')}
          fields={specs.careReview()}
          newDefaults={() => ({ reviewedOn: todayIso(), nextReviewOn: addMonths(todayIso(), REVIEW_INTERVAL_MONTHS) })}
          renderItem={(r) => (
            <>
              <Heading3>{formatDate(r.reviewedOn)}</Heading3>
              <Fields kind="careReview" record={r} names={['participants', 'summary', 'decisions', 'nextReviewOn']} format={formatField} />
            </>
          )}
        />
      </div>
      <div className="baken-work__side">
        <YouthPlan />
        <GuidanceTips place="carePlan" />
      </div>
    </div>
  );
}
