// The files this user may open, with search by name and date of birth. The
// search is kept in the history entry, not in the address: a youth's name and
// date of birth must not end up in browser history. Back still returns to it.
import type { FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession, can } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { StatusBadge } from '../../ui/Badge';
import { Button, ButtonGroup, ButtonLink, TextLink } from '../../ui/Button';
import { TextField } from '../../ui/Form';
import { formatDate } from '../../ui/format';
import { ageOn } from '../../ui/calendar';
import { PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { useYouths } from './api';
import { accessLabel, optionLabel } from '../../i18n/labels';

/** The server lists at most this many files (caseFiles.repository listAccessibleAudited). */
const PAGE_LIMIT = 50;

export function YouthListPage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const filter = ((location.state ?? {}) as { search?: { q?: string; dateOfBirth?: string } }).search ?? {};
  const setFilter = (search: { q?: string; dateOfBirth?: string }) => void navigate('.', { state: { search } });
  const youths = useYouths(filter);
  const searching = !!(filter.q || filter.dateOfBirth);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const q = String(data.get('q') ?? '').trim();
    const dateOfBirth = String(data.get('dateOfBirth') ?? '');
    setFilter({ ...(q ? { q } : {}), ...(dateOfBirth ? { dateOfBirth } : {}) });
  };

  return (
    <>
      <PageHeading title={t('youths.title')}>{t('youths.title')}</PageHeading>
      {((location.state ?? {}) as { notice?: string }).notice === 'leftCaseTeam' && <Alert kind="ok">{t('caseTeam.left')}</Alert>}
      <p className="utrecht-paragraph">{t('youths.intro')}</p>
      {can(session.data, 'caseFile.create') && (
        <p className="utrecht-paragraph">
          <ButtonLink to="/jongeren/nieuw" appearance="primary">
            {t('youths.new')}
          </ButtonLink>
        </p>
      )}
      <div role="search" aria-label={t('youths.searchLabel')}>
        <form onSubmit={submit} className="baken-search" key={JSON.stringify(filter)}>
          <TextField label={t('youths.searchName')} name="q" type="search" defaultValue={filter.q ?? ''} autoComplete="off" />
          <TextField label={t('youths.searchDateOfBirth')} name="dateOfBirth" type="date" defaultValue={filter.dateOfBirth ?? ''} />
          <ButtonGroup>
            <Button type="submit" appearance="secondary">
              {t('common.search')}
            </Button>
            {searching && (
              <Button appearance="subtle" onClick={() => setFilter({})}>
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
          <Table stack caption={searching ? t('youths.captionSearch', { count: youths.data.length }) : t('youths.caption', { count: youths.data.length })} head={[t('youth.name'), t('youth.dateOfBirth'), t('youth.livingSituation'), t('youths.access')]}>
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
                <Cell>{optionLabel(t, 'livingSituations', y.livingSituation)}</Cell>
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
