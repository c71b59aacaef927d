// The steps of the work in one file with where each stands, on the overview:
// every step one click away, and what is missing said in words.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { caseStepsSchema } from '../../../../../server/src/modules/caseFiles/steps/steps.schemas';
import { REPORTING_CODE_STEPS } from '../../../../../server/src/modules/caseFiles/caseFiles.options';
import { api, type ApiError } from '../../../api/http';
import { formatDate, formatList } from '../../../ui/format';
import { todayIso } from '../../../ui/calendar';
import { Heading2 } from '../../../ui/Heading';
import { LoadError, Loading } from '../../../ui/States';

type Steps = z.infer<typeof caseStepsSchema>;

export function CaseSteps({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const steps = useQuery<Steps, ApiError>({ queryKey: ['youths', youthId, 'steps'], queryFn: () => api.get(`/api/youths/${youthId}/steps`) });
  if (steps.isPending) return <Loading />;
  if (steps.isError) return <LoadError error={steps.error} />;
  const s = steps.data;
  const today = todayIso();
  const items: { to: string; label: string; status: string; attention: boolean }[] = [
    {
      to: 'signalen',
      label: t('fileNav.signals'),
      status: [t('steps.signals', { count: s.signals.total }), s.signals.new > 0 ? t('steps.signalsNew', { count: s.signals.new }) : ''].filter(Boolean).join(' · '),
      attention: s.signals.new > 0,
    },
    {
      to: 'meldcode',
      label: t('fileNav.reportingCode'),
      status: s.reportingCode.stepsDone.length ? t('steps.reportingCode', { steps: formatList(s.reportingCode.stepsDone.map(String)), total: REPORTING_CODE_STEPS.length, count: s.reportingCode.stepsDone.length }) : t('steps.reportingCodeNone'),
      attention: false,
    },
    {
      to: 'screening-en-risico',
      label: t('fileNav.assessments'),
      status: [
        t('steps.screenings', { count: s.screenings.total }),
        s.riskAssessment.latestOn ? t('steps.riskLatest', { date: formatDate(s.riskAssessment.latestOn) }) + (s.riskAssessment.latestSignedOff ? '' : ` (${t('steps.riskNotSigned')})`) : t('steps.riskNone'),
        s.riskAssessment.hasInitial ? '' : t('steps.riskNoInitial'),
      ]
        .filter(Boolean)
        .join(' · '),
      attention: !s.riskAssessment.hasInitial,
    },
    {
      to: 'veiligheidsplan',
      label: t('fileNav.safetyPlan'),
      status:
        s.safetyPlan.version === null
          ? t('steps.planNone')
          : [
              t('steps.planVersion', { version: s.safetyPlan.version, date: formatDate(s.safetyPlan.reviewOn!) }),
              s.safetyPlan.signedOff ? t('steps.planSigned') : t('steps.planDraft'),
              s.safetyPlan.hasPhoto ? '' : t('steps.planNoPhoto'),
            ]
              .filter(Boolean)
              .join(' · '),
      attention: s.safetyPlan.version === null || (s.safetyPlan.reviewOn !== null && s.safetyPlan.reviewOn < today),
    },
    {
      to: 'netwerk',
      label: t('fileNav.network'),
      status:
        s.network.persons === 0
          ? t('steps.networkNone')
          : [t('steps.networkPersons', { count: s.network.persons, risky: s.network.risky }), s.network.lastReviewedOn ? t('steps.networkReviewed', { date: formatDate(s.network.lastReviewedOn) }) : '']
              .filter(Boolean)
              .join(' · '),
      attention: s.network.persons === 0,
    },
    { to: 'bezoek', label: t('fileNav.visits'), status: t('steps.visits', { count: s.visits.total, refused: s.visits.refused }), attention: false },
    {
      to: 'hulpverleningsplan',
      label: t('fileNav.carePlan'),
      status: s.carePlan.analysedOn
        ? [
            t('steps.carePlanGoals', { count: s.carePlan.activeGoals }),
            s.carePlan.currentPhase ? t('steps.carePlanPhase', { phase: s.carePlan.currentPhase }) : '',
            s.carePlan.nextReviewOn ? t('steps.carePlanReview', { date: formatDate(s.carePlan.nextReviewOn) }) : '',
          ]
            .filter(Boolean)
            .join(' · ')
        : t('steps.carePlanNone'),
      attention: !s.carePlan.analysedOn || (s.carePlan.nextReviewOn !== null && s.carePlan.nextReviewOn < today),
    },
    {
      to: 'plaatsing-en-medisch',
      label: t('fileNav.medical'),
      status: [s.medical.atStartOfCare ? t('steps.medicalDone') : t('steps.medicalNone'), s.placement.careStartedOn ? '' : t('steps.placementNone')].filter(Boolean).join(' · '),
      attention: !s.medical.atStartOfCare,
    },
    {
      to: 'nazorg',
      label: t('fileNav.aftercare'),
      status: s.aftercare.planned
        ? [t('steps.aftercarePlanned'), s.aftercare.warmHandoverOn ? t('steps.aftercareHandover', { date: formatDate(s.aftercare.warmHandoverOn) }) : ''].filter(Boolean).join(' · ')
        : t('steps.aftercareNone'),
      attention: false,
    },
    {
      to: 'comensha',
      label: t('fileNav.comensha'),
      status: s.comensha.registeredAt
        ? t('comensha.steps.registered', { date: formatDate(s.comensha.registeredAt) })
        : s.comensha.notRegisteredOn
          ? t('comensha.steps.notRegistered', { date: formatDate(s.comensha.notRegisteredOn) })
          : t('comensha.steps.nothing'),
      attention: false,
    },
  ];
  return (
    <section aria-labelledby="steps-heading" className="baken-section">
      <Heading2 id="steps-heading">{t('steps.title')}</Heading2>
      <p className="utrecht-paragraph">{t('steps.intro')}</p>
      <ol className="baken-step-links">
        {items.map((item) => (
          <li key={item.to} className={item.attention ? 'baken-step-links__attention' : undefined}>
            <Link className="utrecht-link" to={`/jongeren/${youthId}/${item.to}`}>
              {item.label}
            </Link>
            <span className="baken-step-links__status">{item.status}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
