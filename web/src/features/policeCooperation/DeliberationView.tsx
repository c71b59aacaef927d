// One report deliberation as it reads: what the youth wants and where it
// ended, then every answered part in the order of the form.
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/Badge';
import { formatDate } from '../../ui/format';
import { Heading3 } from '../../ui/Heading';
import { fieldLabel, optionLabel, type Deliberation, type DeliberationField } from './deliberation';

const SHOWN: DeliberationField[] = [
  'participants',
  'youthWords',
  'fearOfRevenge',
  'loyaltyToExploiter',
  'offences',
  'offencesNote',
  'nonPunishment',
  'vulnerability',
  'trainedInterviewer',
  'interviewerPreference',
  'interviewPlace',
  'trustedPerson',
  'interviewNeeds',
  'lawyerConsultedOn',
  'lawyerOutcome',
  'policeIntakeOn',
  'policeIntakeOutcome',
  'alternativesDiscussed',
  'alternativesNote',
  'weighing',
  'outcomeOn',
  'policeReference',
  'outcomeNote',
  'followUp',
  'followUpOn',
];

const OPTION_GROUPS: Partial<Record<DeliberationField, 'offences' | 'vulnerability' | 'interviewerPreference' | 'interviewPlace'>> = {
  offences: 'offences',
  vulnerability: 'vulnerability',
  interviewerPreference: 'interviewerPreference',
  interviewPlace: 'interviewPlace',
};
const DATES: DeliberationField[] = ['lawyerConsultedOn', 'policeIntakeOn', 'outcomeOn', 'followUpOn'];

export function DeliberationView({ deliberation }: { deliberation: Deliberation }) {
  const { t } = useTranslation();
  const show = (field: DeliberationField): string | null => {
    const value = deliberation[field];
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null;
    if (field === 'trainedInterviewer') return value ? t('records.yes') : null;
    if (field === 'interviewerPreference' && value === 'noPreference') return null;
    if (field === 'interviewPlace' && value === 'notDiscussed') return null;
    const group = OPTION_GROUPS[field];
    if (group) return optionLabel(t, group, String(value));
    if (field === 'alternativesDiscussed') return (value as string[]).map((v) => optionLabel(t, 'alternatives', v)).join('; ');
    if (field === 'participants') return (value as string[]).join(', ');
    if (DATES.includes(field)) return formatDate(String(value));
    return String(value);
  };
  const rows = SHOWN.map((field) => [field, show(field)] as const).filter(([, value]) => value !== null);
  return (
    <>
      <Heading3>{t('policeReportDeliberation.itemTitle', { date: formatDate(deliberation.deliberatedOn) })}</Heading3>
      <p className="baken-record__badges">
        <StatusBadge status="neutral">
          {t('policeReportDeliberation.wishBadge', { value: optionLabel(t, 'youthWish', deliberation.youthWish) })}
        </StatusBadge>{' '}
        <StatusBadge status={deliberation.outcome === 'pending' ? 'warning' : 'active'}>
          {t('policeReportDeliberation.outcomeBadge', { value: optionLabel(t, 'outcome', deliberation.outcome) })}
        </StatusBadge>
      </p>
      <dl className="baken-dl">
        {rows.map(([field, value]) => (
          <div key={field}>
            <dt>{fieldLabel(t, field)}</dt>
            <dd className="baken-prewrap">{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
