// Finding a file outside one's own case teams takes the full name and the date
// of birth: enough to find the youth in an emergency, too little to browse.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { api, query, type ApiError } from '../../api/http';
import { Button } from '../../ui/Button';
import { ErrorSummary, TextField } from '../../ui/Form';
import { formatDate } from '../../ui/format';
import { PageHeading } from '../../ui/Heading';
import { EmptyState } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';

interface Found {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}

export function BreakGlassSearchPage() {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  // A search here is itself audited, so it runs on request, not as a cached query.
  const search = useMutation<Found[], ApiError, { q: string; dateOfBirth: string }>({
    mutationFn: (filter) => api.get(`/api/youths/break-glass-search${query(filter)}`),
    onError: setError,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setError(null);
    search.mutate({ q: String(data.get('q') ?? ''), dateOfBirth: String(data.get('dateOfBirth') ?? '') });
  };
  const labels = { q: t('breakGlass.searchName'), dateOfBirth: t('youth.dateOfBirth') };
  return (
    <div className="baken-narrow">
      <PageHeading title={t('breakGlass.searchTitle')}>{t('breakGlass.searchTitle')}</PageHeading>
      <p className="utrecht-paragraph">{t('breakGlass.searchIntro')}</p>
      <ErrorSummary error={error} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form" role="search" aria-label={t('breakGlass.searchTitle')}>
        <TextField label={labels.q} name="q" required autoComplete="off" error={error?.field('q')} />
        <TextField label={labels.dateOfBirth} name="dateOfBirth" type="date" required error={error?.field('dateOfBirth')} />
        <Button type="submit" appearance="primary" busy={search.isPending}>
          {t('common.search')}
        </Button>
      </form>
      {search.data && search.data.length === 0 && <EmptyState title={t('breakGlass.noneFound')} />}
      {search.data && search.data.length > 0 && (
        <Table caption={t('breakGlass.results')} head={[t('youth.name'), t('youth.dateOfBirth'), <span className="baken-visually-hidden">{t('common.actions')}</span>]}>
          {search.data.map((y) => (
            <Row key={y.id}>
              <Cell header>
                {y.firstName} {y.lastName}
              </Cell>
              <Cell>{formatDate(y.dateOfBirth)}</Cell>
              <Cell>
                <Link className="utrecht-link" to={`/jongeren/${y.id}`}>
                  {t('breakGlass.open')}
                  <span className="baken-visually-hidden">
                    {' '}
                    {y.firstName} {y.lastName}
                  </span>
                </Link>
              </Cell>
            </Row>
          ))}
        </Table>
      )}
    </div>
  );
}
