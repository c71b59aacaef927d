// The care plan: the analysis (established by a lead professional), goals per
// domain with their progress reports, the phases, and the reviews every three
// months.
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/Badge';
import { formatDate } from '../../../ui/format';
import { todayIso } from '../../../ui/calendar';
import { Heading2, Heading3 } from '../../../ui/Heading';
import { useCaseFile } from '../CaseFileLayout';
import { Fields } from './Fields';
import { GuidanceTips } from './GuidanceTips';
import { optionText, specs } from './fieldSpecs';
import { useRecords, type CaseRecord } from './recordApi';
import { RecordSection } from './RecordSection';

interface Goal extends CaseRecord {
  domain: string;
  description: string;
  youthText: string;
  status: string;
  startedOn: string;
}

function addMonths(isoDate: string, months: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

export function CarePlanPage() {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  const goals = useRecords<Goal>(youth.id, 'care-plan/goals');
  const goalOptions = (goals.data ?? []).map((g) => ({ value: g.id, label: `${optionText(t, 'goalDomains', g.domain)}: ${g.description.slice(0, 80)}` }));
  const goalLabel = (id: unknown) => goalOptions.find((g) => g.value === id)?.label ?? '—';
  return (
    <div className="baken-work">
      <div className="baken-work__main">
        <Heading2>{t('carePlan.title')}</Heading2>
        <p className="utrecht-paragraph">{t('carePlan.intro')}</p>
        <RecordSection<CaseRecord & { analysedOn: string }>
          kind="carePlanAnalysis"
          path="care-plan/analyses"
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
          path="care-plan/goals"
          title={t('carePlan.goalsTitle')}
          fields={specs.careGoal(t)}
          newDefaults={() => ({ startedOn: todayIso(), status: 'active' })}
          renderItem={(g) => (
            <>
              <Heading3>{optionText(t, 'goalDomains', g.domain)}</Heading3>
              <p className="baken-record__badges">
                <StatusBadge status={g.status === 'achieved' ? 'success' : g.status === 'stopped' ? 'inactive' : 'active'}>{optionText(t, 'goalStatuses', g.status)}</StatusBadge>
              </p>
              <Fields kind="careGoal" record={g} names={['description', 'youthText', 'startedOn']} format={(n, v) => (n === 'startedOn' ? formatDate(String(v)) : String(v))} />
            </>
          )}
        />
        <RecordSection<CaseRecord & { goalId: string; reportedOn: string; assessment: string; report: string }>
          kind="goalProgress"
          path="care-plan/progress"
          title={t('carePlan.progressTitle')}
          fields={specs.goalProgress(t, goalOptions)}
          newDefaults={() => ({ reportedOn: todayIso(), assessment: 'progress' })}
          renderItem={(p) => (
            <>
              <Heading3>
                {formatDate(p.reportedOn)} · {goalLabel(p.goalId)}
              </Heading3>
              <p className="baken-record__badges">
                <StatusBadge status={p.assessment === 'setback' ? 'warning' : p.assessment === 'progress' ? 'success' : 'neutral'}>{optionText(t, 'progressAssessments', p.assessment)}</StatusBadge>
              </p>
              <p className="utrecht-paragraph baken-prewrap">{p.report}</p>
            </>
          )}
        />
        <RecordSection<CaseRecord & { number: number; name: string; startedOn: string; endedOn: string | null }>
          kind="carePhase"
          path="care-plan/phases"
          title={t('carePlan.phasesTitle')}
          fields={specs.carePhase()}
          newDefaults={(phases) => ({ number: phases.length + 1, startedOn: todayIso() })}
          renderItem={(p) => (
            <>
              <Heading3>
                {t('fields.carePhase.number')} {p.number}: {p.name}
              </Heading3>
              <Fields
                kind="carePhase"
                record={p}
                names={['rules', 'youthText', 'startedOn', 'endedOn', 'transitionReason']}
                format={(n, v) => (n === 'startedOn' || n === 'endedOn' ? formatDate(String(v)) : String(v))}
              />
            </>
          )}
        />
        <RecordSection<CaseRecord & { reviewedOn: string; nextReviewOn: string }>
          kind="careReview"
          path="care-plan/reviews"
          title={t('carePlan.reviewsTitle')}
          fields={specs.careReview()}
          newDefaults={() => ({ reviewedOn: todayIso(), nextReviewOn: addMonths(todayIso(), 3) })}
          renderItem={(r) => (
            <>
              <Heading3>{formatDate(r.reviewedOn)}</Heading3>
              <Fields
                kind="careReview"
                record={r}
                names={['participants', 'summary', 'decisions', 'nextReviewOn']}
                format={(n, v) => (n === 'nextReviewOn' ? formatDate(String(v)) : Array.isArray(v) ? v.join(', ') : String(v))}
              />
            </>
          )}
        />
      </div>
      <GuidanceTips place="carePlan" />
    </div>
  );
}
