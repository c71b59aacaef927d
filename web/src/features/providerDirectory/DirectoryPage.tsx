// The provider directory ("sociale kaart"): search by text, kind of care,
// target group, region and national availability; results sorted by name
// with counts. The filter lives in the address, so Back and a shared link
// return to the same results.
import type { FormEvent } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CARE_KINDS, TARGET_GROUPS } from '../../../../server/src/modules/providerDirectory/providerDirectory.options';
import { can, useSession } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { StatusBadge } from '../../ui/Badge';
import { Button, ButtonGroup, ButtonLink, TextLink } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Form';
import { formatDate } from '../../ui/format';
import { Heading2, PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { useEntries, type Entry, type EntryFilter } from './api';
import './providerDirectory.css';

const FILTER_KEYS = ['q', 'careKind', 'targetGroup', 'region', 'national', 'includeArchived'] as const;

function EntryRow({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  return (
    <Row>
      <Cell header>
        <TextLink to={`/aanbieders/${entry.id}`}>{entry.name}</TextLink>
        {entry.archived && (
          <span className="baken-cell-sub">
            <StatusBadge status="inactive">{t('providerDirectory.results.archived')}</StatusBadge>
          </span>
        )}
        {entry.programmes.length > 0 && <span className="baken-cell-sub">{entry.programmes.join(' · ')}</span>}
      </Cell>
      <Cell>{t(`providerDirectory.careKinds.${entry.careKind}`)}</Cell>
      <Cell>{entry.targetGroups.map((g) => t(`providerDirectory.targetGroups.${g}`)).join(', ') || '—'}</Cell>
      <Cell>{entry.regions.join(', ') || '—'}</Cell>
      <Cell>{entry.nationalAvailability ? t('providerDirectory.results.yes') : t('providerDirectory.results.no')}</Cell>
      <Cell>
        {t(`providerDirectory.qualityFramework.${entry.qualityFramework}`)}
        {entry.selfAssessment && <span className="baken-cell-sub">{t('providerDirectory.results.selfAssessmentOn', { date: formatDate(entry.selfAssessment.date) })}</span>}
      </Cell>
    </Row>
  );
}

export function DirectoryPage() {
  const { t } = useTranslation();
  const session = useSession();
  const manage = can(session.data, 'providerDirectory.manage');
  const notice = ((useLocation().state ?? {}) as { notice?: string }).notice;
  const [params, setParams] = useSearchParams();
  const filter: EntryFilter = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  const filtered = Object.keys(filter).length > 0;
  const entries = useEntries(filter);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const value = String(data.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    setParams(next);
  };

  const counts = entries.data?.counts;
  const head = [
    t('providerDirectory.results.name'),
    t('providerDirectory.results.careKind'),
    t('providerDirectory.results.targetGroups'),
    t('providerDirectory.results.regions'),
    t('providerDirectory.results.national'),
    t('providerDirectory.results.quality'),
  ];

  return (
    <>
      <PageHeading title={t('providerDirectory.title')}>{t('providerDirectory.title')}</PageHeading>
      {notice && (
        <Alert kind="ok" takeFocus>
          {notice}
        </Alert>
      )}
      <p className="utrecht-paragraph">{t('providerDirectory.intro')}</p>
      <details className="baken-directory-why">
        <summary>{t('providerDirectory.whyTitle')}</summary>
        <p className="utrecht-paragraph">{t('providerDirectory.why')}</p>
      </details>
      {manage && (
        <p className="utrecht-paragraph">
          <ButtonLink to="/aanbieders/nieuw" appearance="primary">
            {t('providerDirectory.results.add')}
          </ButtonLink>
        </p>
      )}
      <div role="search" aria-label={t('providerDirectory.search.legend')}>
        <form onSubmit={submit} className="baken-search baken-directory-search" key={params.toString()}>
          <TextField label={t('providerDirectory.search.q')} name="q" type="search" defaultValue={filter.q ?? ''} autoComplete="off" />
          <SelectField
            label={t('providerDirectory.search.careKind')}
            name="careKind"
            defaultValue={filter.careKind ?? ''}
            placeholder={t('providerDirectory.search.allCareKinds')}
            options={CARE_KINDS.map((kind) => ({ value: kind, label: t(`providerDirectory.careKinds.${kind}`) }))}
          />
          <SelectField
            label={t('providerDirectory.search.targetGroup')}
            name="targetGroup"
            defaultValue={filter.targetGroup ?? ''}
            placeholder={t('providerDirectory.search.allTargetGroups')}
            options={TARGET_GROUPS.map((group) => ({ value: group, label: t(`providerDirectory.targetGroups.${group}`) }))}
          />
          <SelectField
            label={t('providerDirectory.search.region')}
            name="region"
            defaultValue={filter.region ?? ''}
            placeholder={t('providerDirectory.search.allRegions')}
            options={(entries.data?.regions ?? (filter.region ? [filter.region] : [])).map((region) => ({ value: region, label: region }))}
          />
          <SelectField
            label={t('providerDirectory.search.national')}
            name="national"
            defaultValue={filter.national ?? ''}
            placeholder={t('providerDirectory.search.nationalAny')}
            options={[
              { value: 'true', label: t('providerDirectory.search.nationalYes') },
              { value: 'false', label: t('providerDirectory.search.nationalNo') },
            ]}
          />
          <p className="utrecht-paragraph baken-hint baken-directory-hint">{t('providerDirectory.search.careKindHint')}</p>
          {manage && (
            <div className="utrecht-form-field utrecht-form-field--checkbox baken-search__checkbox">
              <div className="utrecht-form-field__input">
                <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" id="field-includeArchived" name="includeArchived" value="true" defaultChecked={!!filter.includeArchived} />
              </div>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="field-includeArchived">
                  {t('providerDirectory.search.includeArchived')}
                </label>
              </div>
            </div>
          )}
          <ButtonGroup>
            <Button type="submit" appearance="primary">
              {t('providerDirectory.search.apply')}
            </Button>
            {filtered && (
              <Button appearance="subtle" onClick={() => setParams(new URLSearchParams())}>
                {t('providerDirectory.search.reset')}
              </Button>
            )}
          </ButtonGroup>
        </form>
      </div>
      <section aria-labelledby="directory-results" className="baken-section">
        <Heading2 id="directory-results">{t('providerDirectory.results.caption')}</Heading2>
        {entries.isPending && <Loading />}
        {entries.isError && <LoadError error={entries.error} />}
        {counts && (
          <div role="status">
            <p className="utrecht-paragraph baken-directory-count">{t('providerDirectory.results.count', { count: counts.total })}</p>
            {counts.total > 0 && <p className="utrecht-paragraph baken-hint">{t('providerDirectory.results.countsBreakdown', counts)}</p>}
          </div>
        )}
        {entries.data && entries.data.entries.length === 0 && (
          <EmptyState title={filtered ? t('providerDirectory.results.noMatch') : t('providerDirectory.results.empty')}>
            <p className="utrecht-paragraph">
              {filtered ? t('providerDirectory.results.noMatchHint') : manage ? t('providerDirectory.results.emptyManage') : t('providerDirectory.results.emptyRead')}
            </p>
          </EmptyState>
        )}
        {entries.data && entries.data.entries.length > 0 && (
          <Table caption={t('providerDirectory.results.caption')} captionHidden head={head}>
            {entries.data.entries.map((entry) => (
              <EntryRow key={entry.id} entry={entry} />
            ))}
          </Table>
        )}
      </section>
    </>
  );
}
