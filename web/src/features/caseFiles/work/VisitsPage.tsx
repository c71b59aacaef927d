// Visits to a youth in a residential group: the house rules visitors are
// shown, then who came, the identity check, the police check with the
// visitor's consent, admitted or refused and why. A visitor who is a risky or
// dangerous person in the network analysis, and an identity document that had
// expired on the day, stand out on the visit.
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/Alert';
import { StatusBadge } from '../../../ui/Badge';
import { formatDate, formatDateTime } from '../../../ui/format';
import { Heading2, Heading3 } from '../../../ui/Heading';
import { LoadError } from '../../../ui/States';
import { useCaseFile } from '../CaseFileLayout';
import { Fields } from './Fields';
import { GuidanceTips } from './GuidanceTips';
import { optionText, specs } from './fieldSpecs';
import { useRecords, type CaseRecord } from './recordApi';
import { RecordSection } from './RecordSection';
import { HouseRulesPanels } from './network/HouseRulesPanels';
import type { NetworkPerson } from './network/networkModel';
import { idExpiredOnVisit, needsWarning } from './network/visitChecks';

interface Visit extends CaseRecord {
  occurredAt: string;
  visitorName: string;
  personId: string | null;
  purpose: string;
  idDocumentExpiry: string | null;
  policeCheck: string;
  admitted: boolean;
}

function VisitorWarning({ person, level }: { person: NetworkPerson; level: 'risky' | 'dangerous' }) {
  const { t } = useTranslation();
  return (
    <div className={`baken-visit-warning baken-visit-warning--${level}`}>
      <Alert kind="warning" title={t(`visits.warningTitle.${level}`)}>
        <p className="utrecht-paragraph">{t(`visits.warning.${level}`, { name: `${person.name} (${person.relation})` })}</p>
        <p className="utrecht-paragraph">{t('visits.warningAdvice')}</p>
        {person.removed && <p className="utrecht-paragraph">{t('visits.warningRemoved')}</p>}
      </Alert>
    </div>
  );
}

export function VisitsPage() {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  const persons = useRecords<NetworkPerson>(youth.id, 'network/persons');
  const personOptions = (persons.data ?? []).filter((p) => !p.removed).map((p) => ({ value: p.id, label: `${p.name} (${p.relation})` }));
  // Removed persons stay in the lookup: a visit from before still names who it was.
  const personById = new Map((persons.data ?? []).map((p) => [p.id, p]));
  return (
    <div className="baken-work">
      <div className="baken-work__main">
        <Heading2>{t('visits.title')}</Heading2>
        <p className="utrecht-paragraph">{t('visits.intro')}</p>
        <HouseRulesPanels />
        {/* Without the network the warnings on visits cannot be shown: say so rather than show none. */}
        {persons.isError && <LoadError error={persons.error} />}
        <RecordSection<Visit>
          kind="visit"
          path="visits"
          title={t('recordKinds.visit.other')}
          fields={specs.visit(t, personOptions)}
          newDefaults={() => ({ occurredAt: new Date().toISOString(), purpose: 'visit', policeCheck: 'notAsked', admitted: true })}
          renderItem={(v) => {
            const person = v.personId ? personById.get(v.personId) : undefined;
            const expired = idExpiredOnVisit(v.idDocumentExpiry, v.occurredAt);
            return (
              <>
                <Heading3>
                  {formatDateTime(v.occurredAt)} · {v.visitorName} ({optionText(t, 'visitPurposes', v.purpose)})
                </Heading3>
                {person && needsWarning(person.classification) && <VisitorWarning person={person} level={person.classification} />}
                <p className="baken-record__badges">
                  <StatusBadge status={v.admitted ? 'success' : 'danger'}>{v.admitted ? t('visits.admitted') : t('visits.refused')}</StatusBadge>{' '}
                  <StatusBadge>{optionText(t, 'policeChecks', v.policeCheck)}</StatusBadge> {expired && <StatusBadge status="danger">{t('visits.idExpired')}</StatusBadge>}
                </p>
                <Fields
                  kind="visit"
                  record={v}
                  names={['personId', 'idDocumentNumber', 'idDocumentExpiry', 'visitorDateOfBirth', 'licencePlate', 'policeCheckOutcome', 'refusalReason', 'notes']}
                  format={(n, value) => {
                    if (n === 'personId') return person ? `${person.name} (${person.relation})` : '—';
                    if (n === 'idDocumentExpiry') return expired ? t('visits.idExpiredOn', { date: formatDate(String(value)) }) : formatDate(String(value));
                    if (n === 'visitorDateOfBirth') return formatDate(String(value));
                    return String(value);
                  }}
                />
              </>
            );
          }}
        />
      </div>
      <GuidanceTips place="visitors" />
    </div>
  );
}
