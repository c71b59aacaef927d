// The files this user may open, with search by name and date of birth. The
// search lives in the address, so the back button returns to the same list.
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession, can } from '../../app/session';
import { StatusBadge } from '../../ui/Badge';
import { Button, ButtonGroup, ButtonLink, TextLink } from '../../ui/Button';
import { TextField } from '../../ui/Form';
import { formatDate } from '../../ui/format';
import { ageOn } from '../../ui/calendar';
import { PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { useYouths } from './api';
import { accessLabel } from './labels';

const PAGE_LIMIT = 50;

export function YouthListPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const filter = { q: params.get('q') ?? undefined, dateOfBirth: params.get('geboortedatum') ?? undefined };
  const youths = useYouths(filter);
  const searching = !!(filter.q || filter.dateOfBirth);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    const q = String(data.get('q') ?? '').trim();
    const dob = String(data.get('dateOfBirth') ?? '');
    if (q) next.set('q', q);
    if (dob) next.set('geboortedatum', dob);
    setParams(next);
  };

  return (
    <>
      <PageHeading title={t('youths.title')}>{t('youths.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('youths.intro')}</p>
      {can(session.data, 'caseFile.create') && (
        <p className="utrecht-paragraph">
          <ButtonLink to="/jongeren/nieuw" appearance="primary">
            {t('youths.new')}
          </ButtonLink>
        </p>
      )}
      <div role="search" aria-label={t('youths.searchLabel')}>
        <form onSubmit={submit} className="baken-search" key={params.toString()}>
          <TextField label={t('youths.searchName')} name="q" type="search" defaultValue={filter.q ?? ''} autoComplete="off" />
          <TextField label={t('youths.searchDateOfBirth')} name="dateOfBirth" type="date" defaultValue={filter.dateOfBirth ?? ''} />
          <ButtonGroup>
            <Button type="submit" appearance="secondary">
              {t('common.search')}
            </Button>
            {searching && (
              <Button appearance="subtle" onClick={() => setParams(new URLSearchParams())}>
                {t('youths.clearSearch')}
              </Button>
            )}
          </ButtonGroup>
        </form>
      </div>
      {youths.isPending && <Loading />}
      {youths.isError && <LoadError error={youths.error} />}
      {youths.data && youths.data.length === 0 && (
        <EmptyState title={searching ? t('youths.noneFound') : t('youths.none')}>
          <p className="utrecht-paragraph">
            {t('youths.breakGlassHint')} <TextLink to="/noodtoegang">{t('nav.breakGlass')}</TextLink>
          </p>
        </EmptyState>
      )}
      {youths.data && youths.data.length > 0 && (
        <>
          <Table caption={searching ? t('youths.captionSearch', { count: youths.data.length }) : t('youths.caption', { count: youths.data.length })} head={[t('youth.name'), t('youth.dateOfBirth'), t('youth.livingSituation'), t('youths.access')]}>
            {youths.data.map((y) => (
              <Row key={y.id}>
                <Cell header>
                  <Link className="utrecht-link" to={`/jongeren/${y.id}`}>
                    {y.firstName} {y.lastName}
                  </Link>
                </Cell>
                <Cell>
                  {formatDate(y.dateOfBirth)} ({t('youth.age', { count: ageOn(y.dateOfBirth) })})
                </Cell>
                <Cell>{t(`livingSituations.${y.livingSituation}` as 'livingSituations.atHome')}</Cell>
                <Cell>
                  <StatusBadge status={y.via === 'breakGlass' ? 'warning' : 'neutral'}>{accessLabel(t, y.via)}</StatusBadge>
                </Cell>
              </Row>
            ))}
          </Table>
          {youths.data.length >= PAGE_LIMIT && <p className="utrecht-paragraph">{t('youths.refine', { count: PAGE_LIMIT })}</p>}
        </>
      )}
    </>
  );
}
