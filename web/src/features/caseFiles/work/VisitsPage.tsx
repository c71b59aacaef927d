// Visits to a youth in a residential group: who came, the identity check, the
// police check with the visitor's consent, admitted or refused and why.
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/Badge';
import { formatDateTime } from '../../../ui/format';
import { Heading2, Heading3 } from '../../../ui/Heading';
import { useCaseFile } from '../CaseFileLayout';
import { Fields } from './Fields';
import { GuidanceTips } from './GuidanceTips';
import { optionText, specs } from './fieldSpecs';
import { useRecords, type CaseRecord } from './recordApi';
import { RecordSection } from './RecordSection';

interface Visit extends CaseRecord {
  occurredAt: string;
  visitorName: string;
  personId: string | null;
  purpose: string;
  policeCheck: string;
  admitted: boolean;
}

export function VisitsPage() {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  const persons = useRecords<CaseRecord & { name: string; relation: string; removed: boolean }>(youth.id, 'network/persons');
  const personOptions = (persons.data ?? []).filter((p) => !p.removed).map((p) => ({ value: p.id, label: `${p.name} (${p.relation})` }));
  return (
    <div className="baken-work">
      <div className="baken-work__main">
        <Heading2>{t('visits.title')}</Heading2>
        <p className="utrecht-paragraph">{t('visits.intro')}</p>
        <RecordSection<Visit>
          kind="visit"
          path="visits"
          title={t('recordKinds.visit.other')}
          fields={specs.visit(t, personOptions)}
          newDefaults={() => ({ occurredAt: new Date().toISOString(), purpose: 'visit', policeCheck: 'notAsked', admitted: true })}
          renderItem={(v) => (
            <>
              <Heading3>
                {formatDateTime(v.occurredAt)} · {v.visitorName} ({optionText(t, 'visitPurposes', v.purpose)})
              </Heading3>
              <p className="baken-record__badges">
                <StatusBadge status={v.admitted ? 'success' : 'danger'}>{v.admitted ? t('visits.admitted') : t('visits.refused')}</StatusBadge>{' '}
                <StatusBadge>{optionText(t, 'policeChecks', v.policeCheck)}</StatusBadge>
              </p>
              <Fields kind="visit" record={v} names={['idDocumentNumber', 'idDocumentExpiry', 'visitorDateOfBirth', 'licencePlate', 'policeCheckOutcome', 'refusalReason', 'notes']} />
            </>
          )}
        />
      </div>
      <GuidanceTips place="visitors" />
    </div>
  );
}
