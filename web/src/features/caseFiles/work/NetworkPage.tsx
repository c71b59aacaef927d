// The network analysis: how it was made, the persons, places and online
// accounts around the youth, each classified supportive to dangerous.
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
import { SingletonSection } from './SingletonSection';

interface Person extends CaseRecord {
  name: string;
  relation: string;
  classification: string;
  removed: boolean;
  vehicles: { plate: string; description: string }[];
}

const badge = (classification: string) => (classification === 'dangerous' ? 'danger' : classification === 'risky' ? 'warning' : classification === 'supportive' ? 'success' : 'neutral');

export function NetworkPage() {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  const persons = useRecords<Person>(youth.id, 'network/persons');
  const personOptions = (persons.data ?? []).filter((p) => !p.removed).map((p) => ({ value: p.id, label: `${p.name} (${p.relation})` }));
  const personName = (id: unknown) => persons.data?.find((p) => p.id === id)?.name ?? '—';
  return (
    <div className="baken-work">
      <div className="baken-work__main">
        <Heading2>{t('network.title')}</Heading2>
        <p className="utrecht-paragraph">{t('network.intro')}</p>
        <SingletonSection
          kind="networkAnalysis"
          path="network/analysis"
          title={t('network.analysisTitle')}
          fields={specs.networkAnalysis()}
          defaults={{ lastReviewedOn: todayIso(), madeWithYouth: true, explainedToYouth: true }}
          render={(r) => <Fields kind="networkAnalysis" record={r} names={['madeWithYouth', 'explainedToYouth', 'lastReviewedOn', 'notes']} format={(n, v) => (n === 'lastReviewedOn' ? formatDate(String(v)) : typeof v === 'boolean' ? t(v ? 'records.yes' : 'records.no') : String(v))} />}
        />
        <RecordSection<Person>
          kind="networkPerson"
          path="network/persons"
          title={t('network.personsTitle')}
          fields={specs.networkPerson(t)}
          newDefaults={() => ({ classification: 'neutral', removed: false })}
          lockedWhenSignedOff={false}
          renderItem={(p) => (
            <>
              <Heading3>
                {p.name} · {p.relation}
              </Heading3>
              <p className="baken-record__badges">
                <StatusBadge status={badge(p.classification)}>{optionText(t, 'classifications', p.classification)}</StatusBadge>{' '}
                {p.removed && <StatusBadge status="inactive">{t('network.removed')}</StatusBadge>}
              </p>
              <Fields
                kind="networkPerson"
                record={p}
                names={['phones', 'socialHandles', 'addresses', 'vehicles', 'notes']}
                format={(n, v) => (n === 'vehicles' ? (v as Person['vehicles']).map((x) => [x.plate, x.description].filter(Boolean).join(' — ')).join('; ') : Array.isArray(v) ? v.join(', ') : String(v))}
              />
            </>
          )}
        />
        <RecordSection<CaseRecord & { address: string; kind: string; classification: string; removed: boolean }>
          kind="networkPlace"
          path="network/places"
          title={t('network.placesTitle')}
          fields={specs.networkPlace(t)}
          newDefaults={() => ({ classification: 'neutral', removed: false })}
          renderItem={(p) => (
            <>
              <Heading3>{p.address}</Heading3>
              <p className="baken-record__badges">
                <StatusBadge status={badge(p.classification)}>{optionText(t, 'classifications', p.classification)}</StatusBadge>{' '}
                <StatusBadge>{optionText(t, 'placeKinds', p.kind)}</StatusBadge> {p.removed && <StatusBadge status="inactive">{t('network.removed')}</StatusBadge>}
              </p>
              <Fields kind="networkPlace" record={p} names={['notes']} />
            </>
          )}
        />
        <RecordSection<CaseRecord & { platform: string; handle: string; personId: string | null; classification: string; removed: boolean }>
          kind="networkAccount"
          path="network/accounts"
          title={t('network.accountsTitle')}
          fields={specs.networkAccount(t, personOptions)}
          newDefaults={() => ({ classification: 'neutral', removed: false })}
          renderItem={(a) => (
            <>
              <Heading3>
                {a.platform}: {a.handle}
              </Heading3>
              <p className="baken-record__badges">
                <StatusBadge status={badge(a.classification)}>{optionText(t, 'classifications', a.classification)}</StatusBadge>{' '}
                {a.removed && <StatusBadge status="inactive">{t('network.removed')}</StatusBadge>}
              </p>
              {a.personId && <p className="utrecht-paragraph">{t('fields.networkAccount.personId')}: {personName(a.personId)}</p>}
              <Fields kind="networkAccount" record={a} names={['notes']} />
            </>
          )}
        />
      </div>
      <GuidanceTips place="networkAnalysis" />
    </div>
  );
}
