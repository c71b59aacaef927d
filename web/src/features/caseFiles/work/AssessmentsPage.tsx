// Screenings (outcomes of named instruments, with the age check) and risk
// assessments (signed off by a lead professional; one marked as the one at the
// start of care).
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/Alert';
import { StatusBadge } from '../../../ui/Badge';
import { formatDate } from '../../../ui/format';
import { todayIso } from '../../../ui/calendar';
import { Heading2, Heading3 } from '../../../ui/Heading';
import { useCaseFile } from '../CaseFileLayout';
import { GuidanceTips } from './GuidanceTips';
import { optionText, specs } from './fieldSpecs';
import { useRecords, type CaseRecord } from './recordApi';
import { RecordSection } from './RecordSection';
import { useContentPack } from './useContent';

interface Screening extends CaseRecord {
  instrument: string;
  administeredOn: string;
  administeredBy: string;
  indication: string;
  outcome: string;
  ageAtScreening: number;
}

interface RiskAssessment extends CaseRecord {
  instrument: string;
  assessedOn: string;
  participants: string[];
  riskFactors: string;
  protectiveFactors: string;
  level: string;
  conclusion: string;
  isInitial: boolean;
}

export function AssessmentsPage() {
  const { t, i18n } = useTranslation();
  const { youth } = useCaseFile();
  const instruments = useContentPack('instruments');
  const risks = useRecords<RiskAssessment>(youth.id, 'risk-assessments');
  const ageRange = (s: { minAge?: number; maxAge?: number }) =>
    s.maxAge !== undefined ? t('assessments.agesBetween', { min: s.minAge ?? 0, max: s.maxAge }) : s.minAge !== undefined ? t('assessments.agesFrom', { min: s.minAge }) : '';
  const screeningOptions =
    instruments.data?.screenings.map((s) => ({ value: s.code, label: [s.name, ageRange(s)].filter(Boolean).join(' — ') })) ?? [];
  const riskOptions =
    instruments.data?.riskAssessments.map((r) => ({ value: r.code, label: `${r.name} (${r.structured ? t('assessments.structured') : t('assessments.unstructured')})` })) ?? [];
  const instrumentName = (code: string) =>
    instruments.data?.screenings.find((s) => s.code === code)?.name ?? instruments.data?.riskAssessments.find((r) => r.code === code)?.name ?? code;
  const instrumentText = (code: string) => {
    const found = instruments.data?.screenings.find((s) => s.code === code) ?? instruments.data?.riskAssessments.find((r) => r.code === code);
    return found ? (i18n.language === 'en' ? found.en : found.nl) : '';
  };

  return (
    <div className="baken-work">
      <div className="baken-work__main">
        <Heading2>{t('assessments.title')}</Heading2>
        <RecordSection<Screening>
          kind="screening"
          path="screenings"
          title={t('assessments.screeningsTitle')}
          intro={<p className="utrecht-paragraph">{t('assessments.screeningsIntro')}</p>}
          fields={specs.screening(t, screeningOptions)}
          newDefaults={() => ({ administeredOn: todayIso() })}
          renderItem={(s) => (
            <>
              <Heading3>
                {instrumentName(s.instrument)} · {formatDate(s.administeredOn)}
              </Heading3>
              <p className="baken-record__badges">
                <StatusBadge status={s.indication === 'clear' ? 'danger' : s.indication === 'possible' ? 'warning' : 'neutral'}>
                  {optionText(t, 'screeningIndications', s.indication)}
                </StatusBadge>{' '}
                <span className="baken-hint">{t('assessments.ageAt', { age: s.ageAtScreening })}</span>
              </p>
              <p className="utrecht-paragraph baken-hint">{instrumentText(s.instrument)}</p>
              <p className="utrecht-paragraph baken-prewrap">{s.outcome}</p>
              <p className="baken-record__meta">{s.administeredBy}</p>
            </>
          )}
        />
        {risks.data && !risks.data.some((r) => r.isInitial) && <Alert kind="warning">{t('assessments.noInitial')}</Alert>}
        <RecordSection<RiskAssessment>
          kind="riskAssessment"
          path="risk-assessments"
          title={t('assessments.riskTitle')}
          intro={<p className="utrecht-paragraph">{t('assessments.riskIntro')}</p>}
          fields={specs.riskAssessment(t, riskOptions)}
          signOff
          newDefaults={(existing) => ({ assessedOn: todayIso(), isInitial: existing.length === 0 })}
          renderItem={(r) => (
            <>
              <Heading3>
                {instrumentName(r.instrument)} · {formatDate(r.assessedOn)}
              </Heading3>
              <p className="baken-record__badges">
                <StatusBadge status={r.level === 'high' || r.level === 'veryHigh' ? 'danger' : r.level === 'moderate' ? 'warning' : 'neutral'}>
                  {t('fields.riskAssessment.level')}: {optionText(t, 'riskLevels', r.level)}
                </StatusBadge>{' '}
                {r.isInitial && <StatusBadge status="active">{t('assessments.initial')}</StatusBadge>}
              </p>
              <dl className="baken-dl">
                <dt>{t('fields.riskAssessment.participants')}</dt>
                <dd>{r.participants.join(', ')}</dd>
                <dt>{t('fields.riskAssessment.riskFactors')}</dt>
                <dd className="baken-prewrap">{r.riskFactors}</dd>
                <dt>{t('fields.riskAssessment.protectiveFactors')}</dt>
                <dd className="baken-prewrap">{r.protectiveFactors}</dd>
                <dt>{t('fields.riskAssessment.conclusion')}</dt>
                <dd className="baken-prewrap">{r.conclusion}</dd>
              </dl>
            </>
          )}
        />
      </div>
      <GuidanceTips place={['screenings', 'riskAssessment']} />
    </div>
  );
}
