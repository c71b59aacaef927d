// The partner directory: filter by kind and region, search, and one table per
// kind of partner. The filter lives in the history entry, like the youth
// search, so Back returns to it.
import type { FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PARTNER_KINDS } from '../../../../server/src/modules/disclosures/disclosures.options';
import { can, useSession } from '../../app/session';
import { StatusBadge } from '../../ui/Badge';
import { Button, ButtonGroup, ButtonLink, TextLink } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Form';
import { Heading2 } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { usePartners, type Partner, type PartnerFilter } from './api';
import { PhoneLink } from './PhoneLink';

function PartnerRow({ partner, manage }: { partner: Partner; manage: boolean }) {
  const { t } = useTranslation();
  return (
    <Row>
      <Cell header>
        {partner.name}
        {partner.region && <span className="baken-cell-sub">{partner.region}</span>}
        {partner.worksInBaken && (
          <span className="baken-cell-sub">
            <StatusBadge status="active">{t('partners.directory.worksInBaken')}</StatusBadge> {partner.bakenOrganisationName}
          </span>
        )}
        {!partner.active && <StatusBadge status="inactive">{t('partners.directory.inactive')}</StatusBadge>}
      </Cell>
      <Cell>{partner.contactPerson ?? '—'}</Cell>
      <Cell>
        {partner.phone ? <PhoneLink phone={partner.phone} label={t('partners.whoToCall.callPartner', { name: partner.name })} /> : '—'}
        {partner.verifiedPhone && (
          <span className="baken-cell-sub">
            {t('partners.directory.callBack')} <PhoneLink phone={partner.verifiedPhone} label={t('partners.whoToCall.callBackPartner', { name: partner.name })} />
          </span>
        )}
      </Cell>
      <Cell>
        {partner.email ? (
          <a className="utrecht-link" href={`mailto:${partner.email}`}>
            {partner.email}
          </a>
        ) : (
          '—'
        )}
        {partner.notes && <span className="baken-cell-sub baken-pre-line">{partner.notes}</span>}
      </Cell>
      {manage && (
        <Cell>
          <TextLink to={`/partners/${partner.id}/wijzigen`} aria-label={t('partners.directory.editName', { name: partner.name })}>
            {t('partners.directory.edit')}
          </TextLink>
        </Cell>
      )}
    </Row>
  );
}

export function PartnerDirectory() {
  const { t } = useTranslation();
  const session = useSession();
  const manage = can(session.data, 'partners.manage');
  const location = useLocation();
  const navigate = useNavigate();
  const filter = ((location.state ?? {}) as { partnerFilter?: PartnerFilter }).partnerFilter ?? {};
  const partners = usePartners(filter);
  const filtered = !!(filter.kind || filter.region || filter.q || filter.includeInactive);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    const next: PartnerFilter = {};
    if (value('kind')) next.kind = value('kind');
    if (value('region')) next.region = value('region');
    if (value('q')) next.q = value('q');
    if (data.get('includeInactive')) next.includeInactive = true;
    void navigate('.', { state: { partnerFilter: next } });
  };

  const groups = PARTNER_KINDS.map((kind) => ({ kind, items: partners.data?.partners.filter((p) => p.kind === kind) ?? [] })).filter((g) => g.items.length > 0);
  const head = [t('partners.directory.name'), t('partners.directory.contactPerson'), t('partners.directory.phone'), t('partners.directory.emailNotes'), ...(manage ? [t('common.actions')] : [])];

  return (
    <section aria-labelledby="partner-directory" className="baken-section">
      <Heading2 id="partner-directory">{t('partners.directory.title')}</Heading2>
      {manage && (
        <p className="utrecht-paragraph">
          <ButtonLink to="/partners/nieuw" appearance="primary">
            {t('partners.directory.add')}
          </ButtonLink>
        </p>
      )}
      <div role="search" aria-label={t('partners.directory.filters')}>
        <form onSubmit={submit} className="baken-search" key={JSON.stringify(filter)}>
          <SelectField
            label={t('partners.directory.kind')}
            name="kind"
            defaultValue={filter.kind ?? ''}
            placeholder={t('partners.directory.allKinds')}
            options={PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`partners.kinds.${kind}`) }))}
          />
          <SelectField
            label={t('partners.directory.region')}
            name="region"
            defaultValue={filter.region ?? ''}
            placeholder={t('partners.directory.allRegions')}
            options={(partners.data?.regions ?? (filter.region ? [filter.region] : [])).map((region) => ({ value: region, label: region }))}
          />
          <TextField label={t('partners.directory.search')} name="q" type="search" defaultValue={filter.q ?? ''} autoComplete="off" />
          {manage && (
            <div className="utrecht-form-field utrecht-form-field--checkbox baken-search__checkbox">
              <div className="utrecht-form-field__input">
                <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" id="field-includeInactive" name="includeInactive" value="true" defaultChecked={!!filter.includeInactive} />
              </div>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="field-includeInactive">
                  {t('partners.directory.includeInactive')}
                </label>
              </div>
            </div>
          )}
          <ButtonGroup>
            <Button type="submit">{t('partners.directory.apply')}</Button>
            {filtered && (
              <Button appearance="subtle" onClick={() => void navigate('.', { state: {} })}>
                {t('partners.directory.reset')}
              </Button>
            )}
          </ButtonGroup>
        </form>
      </div>
      {partners.isPending && <Loading />}
      {partners.isError && <LoadError error={partners.error} />}
      {partners.data && groups.length === 0 && (
        <EmptyState title={filtered ? t('partners.directory.noMatch') : t('partners.directory.empty')}>
          {!filtered && <p className="utrecht-paragraph">{manage ? t('partners.directory.emptyManage') : t('partners.directory.emptyRead')}</p>}
        </EmptyState>
      )}
      {partners.data && groups.length > 0 && (
        <p className="utrecht-paragraph baken-hint" role="status">
          {t('partners.directory.count', { count: partners.data.partners.length })}
        </p>
      )}
      <div className="baken-partner-tables">
        {groups.map((group) => (
          <Table key={group.kind} caption={t(`partners.kinds.${group.kind}`)} head={head}>
            {group.items.map((partner) => (
              <PartnerRow key={partner.id} partner={partner} manage={manage} />
            ))}
          </Table>
        ))}
      </div>
    </section>
  );
}
