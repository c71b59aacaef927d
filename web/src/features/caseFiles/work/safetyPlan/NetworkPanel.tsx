// What the network analysis holds, beside the safety plan: the persons it
// classifies as risky or dangerous (for the plan's risky network) and its
// places (for the addresses the youth may go to). Read-only: the analysis is
// kept on its own page, and the plan takes over what it needs.
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../../ui/Badge';
import { TextLink } from '../../../../ui/Button';
import { LoadError, Loading } from '../../../../ui/States';
import { useCaseFile } from '../../CaseFileLayout';
import { optionText } from '../fieldSpecs';
import { useRecords, type CaseRecord } from '../recordApi';

interface Person extends CaseRecord {
  name: string;
  relation: string;
  classification: string;
  phones: string[];
  addresses: string[];
  vehicles: { plate: string; description: string }[];
  removed: boolean;
}

interface Place extends CaseRecord {
  address: string;
  kind: string;
  classification: string;
  removed: boolean;
}

const badge = (classification: string) => (classification === 'dangerous' ? 'danger' : classification === 'risky' ? 'warning' : classification === 'supportive' ? 'success' : 'neutral');

export function NetworkPanel() {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  const persons = useRecords<Person>(youth.id, 'network/persons');
  const places = useRecords<Place>(youth.id, 'network/places');
  const risky = (persons.data ?? []).filter((p) => !p.removed && (p.classification === 'risky' || p.classification === 'dangerous'));
  const current = (places.data ?? []).filter((p) => !p.removed);

  const details = (p: Person) =>
    [
      [t('fields.networkPerson.relation'), p.relation],
      [t('fields.networkPerson.phones'), p.phones.join(', ')],
      [t('fields.networkPerson.addresses'), p.addresses.join('; ')],
      [t('fields.networkPerson.vehicles'), p.vehicles.map((v) => [v.plate, v.description].filter(Boolean).join(' — ')).join('; ')],
    ].filter(([, value]) => value);

  return (
    <aside className="baken-network-panel" aria-labelledby="network-panel-title">
      <h2 className="utrecht-heading-3" id="network-panel-title">
        {t('safetyPlanNetwork.title')}
      </h2>
      <p className="utrecht-paragraph">{t('safetyPlanNetwork.intro')}</p>

      <h3 className="utrecht-heading-4">{t('safetyPlanNetwork.besides', { section: t('fields.safetyPlan.riskyNetwork') })}</h3>
      <p className="baken-network-panel__sub">{t('safetyPlanNetwork.riskyPersons')}</p>
      {persons.isPending && <Loading />}
      {persons.isError && <LoadError error={persons.error} />}
      {persons.data && risky.length === 0 && <p className="utrecht-paragraph">{t('safetyPlanNetwork.noPersons')}</p>}
      {risky.length > 0 && (
        <ul className="baken-network-panel__list">
          {risky.map((p) => (
            <li key={p.id}>
              <p className="baken-network-panel__name">
                <strong>{p.name}</strong> <StatusBadge status={badge(p.classification)}>{optionText(t, 'classifications', p.classification)}</StatusBadge>
              </p>
              <dl className="baken-network-panel__details">
                {details(p).map(([label, value]) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      )}

      <h3 className="utrecht-heading-4">{t('safetyPlanNetwork.besides', { section: t('fields.safetyPlan.possibleAddresses') })}</h3>
      <p className="baken-network-panel__sub">{t('safetyPlanNetwork.places')}</p>
      {places.isPending && <Loading />}
      {places.isError && <LoadError error={places.error} />}
      {places.data && current.length === 0 && <p className="utrecht-paragraph">{t('safetyPlanNetwork.noPlaces')}</p>}
      {current.length > 0 && (
        <ul className="baken-network-panel__list">
          {current.map((p) => (
            <li key={p.id}>
              <p className="baken-network-panel__name">
                <strong>{p.address}</strong> <StatusBadge status={badge(p.classification)}>{optionText(t, 'classifications', p.classification)}</StatusBadge>
              </p>
              <p className="baken-network-panel__meta">{optionText(t, 'placeKinds', p.kind)}</p>
            </li>
          ))}
        </ul>
      )}

      <p className="utrecht-paragraph">
        <TextLink to={`/jongeren/${youth.id}/netwerk`}>{t('safetyPlanNetwork.link')}</TextLink>
      </p>
    </aside>
  );
}
