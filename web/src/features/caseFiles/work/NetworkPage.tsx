// The network analysis: how it was made, the persons, places and online
// accounts around the youth, each classified supportive to dangerous, drawn
// as a map with the same data as tables.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/Badge';
import { formatDate } from '../../../ui/format';
import { todayIso } from '../../../ui/calendar';
import { Heading2, Heading3 } from '../../../ui/Heading';
import { LoadError, Loading } from '../../../ui/States';
import { useCaseFile } from '../CaseFileLayout';
import { Fields } from './Fields';
import { GuidanceTips } from './GuidanceTips';
import { optionText, specs } from './fieldSpecs';
import { useRecords, useSingleton } from './recordApi';
import { RecordSection } from './RecordSection';
import { SingletonSection } from './SingletonSection';
import { AnalysisNotice } from './network/AnalysisNotice';
import { classificationBadge, NetworkMap } from './network/NetworkMap';
import type { NetworkAccount, NetworkAnalysis, NetworkPerson, NetworkPlace } from './network/networkModel';

export function NetworkPage() {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  // The same queries the sections below use: one audited read each, shared through the cache.
  const persons = useRecords<NetworkPerson>(youth.id, 'network/persons');
  const places = useRecords<NetworkPlace>(youth.id, 'network/places');
  const accounts = useRecords<NetworkAccount>(youth.id, 'network/accounts');
  const analysis = useSingleton<NetworkAnalysis>(youth.id, 'network/analysis');
  const network = useMemo(
    () => (persons.data && places.data && accounts.data ? { persons: persons.data, places: places.data, accounts: accounts.data } : null),
    [persons.data, places.data, accounts.data],
  );
  const hasNetwork = !!network && [...network.persons, ...network.places, ...network.accounts].some((r) => !r.removed);
  const mapError = persons.error ?? places.error ?? accounts.error;
  const personOptions = (persons.data ?? []).filter((p) => !p.removed).map((p) => ({ value: p.id, label: `${p.name} (${p.relation})` }));
  const personName = (id: unknown) => persons.data?.find((p) => p.id === id)?.name ?? '—';
  const badge = (classification: string) => <StatusBadge status={classificationBadge(classification)}>{optionText(t, 'classifications', classification)}</StatusBadge>;
  return (
    <div className="baken-work">
      <div className="baken-work__main">
        <Heading2>{t('network.title')}</Heading2>
        <p className="utrecht-paragraph">{t('network.intro')}</p>
        {analysis.isSuccess && network && <AnalysisNotice analysis={analysis.data} hasNetwork={hasNetwork} />}
        {mapError ? <LoadError error={mapError} /> : network ? <NetworkMap youthFirstName={youth.firstName} network={network} /> : <Loading />}
        <SingletonSection
          kind="networkAnalysis"
          path="network/analysis"
          title={t('network.analysisTitle')}
          fields={specs.networkAnalysis()}
          defaults={{ lastReviewedOn: todayIso(), madeWithYouth: true, explainedToYouth: true }}
          render={(r) => <Fields kind="networkAnalysis" record={r} names={['madeWithYouth', 'explainedToYouth', 'lastReviewedOn', 'notes']} format={(n, v) => (n === 'lastReviewedOn' ? formatDate(String(v)) : typeof v === 'boolean' ? t(v ? 'records.yes' : 'records.no') : String(v))} />}
        />
        <RecordSection<NetworkPerson>
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
                {badge(p.classification)} {p.removed && <StatusBadge status="inactive">{t('network.removed')}</StatusBadge>}
              </p>
              <Fields
                kind="networkPerson"
                record={p}
                names={['phones', 'socialHandles', 'addresses', 'vehicles', 'notes']}
                format={(n, v) => (n === 'vehicles' ? (v as NetworkPerson['vehicles']).map((x) => [x.plate, x.description].filter(Boolean).join(' — ')).join('; ') : Array.isArray(v) ? v.join(', ') : String(v))}
              />
            </>
          )}
        />
        <RecordSection<NetworkPlace>
          kind="networkPlace"
          path="network/places"
          title={t('network.placesTitle')}
          fields={specs.networkPlace(t)}
          newDefaults={() => ({ classification: 'neutral', removed: false })}
          renderItem={(p) => (
            <>
              <Heading3>{p.address}</Heading3>
              <p className="baken-record__badges">
                {badge(p.classification)} <StatusBadge>{optionText(t, 'placeKinds', p.kind)}</StatusBadge> {p.removed && <StatusBadge status="inactive">{t('network.removed')}</StatusBadge>}
              </p>
              <Fields kind="networkPlace" record={p} names={['notes']} />
            </>
          )}
        />
        <RecordSection<NetworkAccount>
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
                {badge(a.classification)} {a.removed && <StatusBadge status="inactive">{t('network.removed')}</StatusBadge>}
              </p>
              {a.personId && (
                <p className="utrecht-paragraph">
                  {t('fields.networkAccount.personId')}: {personName(a.personId)}
                </p>
              )}
              <Fields kind="networkAccount" record={a} names={['notes']} />
            </>
          )}
        />
      </div>
      <GuidanceTips place="networkAnalysis" />
    </div>
  );
}
