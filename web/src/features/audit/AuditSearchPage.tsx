// The organisation's audit trail, for the designated officer and the admin.
// Searching it is itself recorded. Names of youths show only to roles that may
// open case files; the admin sees that an event concerned a file, not whose,
// and so cannot search by a youth's name either. The name searched for stays
// out of the address bar (and the browser's history); the person may be in it.
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { AUDIT_ACTIONS } from '../../../../server/src/platform/audit/actions';
import { api, query, type ApiError } from '../../api/http';
import { StatusBadge } from '../../ui/Badge';
import { Button, ButtonGroup } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Form';
import { PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { auditActionLabel, purposeLabel, rolesLabel } from '../../i18n/labels';
import { can, useSession } from '../../app/session';
import { formatAuditDateTime } from './auditTime';

interface AuditEvent {
  id: number;
  at: string;
  actorName: string | null;
  actorRoles: string[];
  action: string;
  outcome: string;
  recordType: string | null;
  youthId: string | null;
  youthName: string | null;
  purpose: string | null;
  ip: string | null;
}

const PAGE = 100;

export function AuditSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const session = useSession();
  const seesNames = can(session.data, 'caseFile.readAllInOrganisation');
  const [youthName, setYouthName] = useState('');
  const [youthNameError, setYouthNameError] = useState<string | undefined>();
  const people = useQuery<{ id: string; displayName: string; active: boolean }[], ApiError>({ queryKey: ['auditEvents', 'actors'], queryFn: () => api.get('/api/audit-events/actors') });
  const filter = {
    action: params.get('actie') ?? undefined,
    from: params.get('van') ?? undefined,
    to: params.get('tot') ?? undefined,
    youthId: params.get('dossier') ?? undefined,
    userId: params.get('persoon') ?? undefined,
    youthName: seesNames && youthName ? youthName : undefined,
  };
  const events = useInfiniteQuery<AuditEvent[], ApiError>({
    queryKey: ['auditEvents', filter],
    queryFn: ({ pageParam }) => api.get(`/api/audit-events${query({ ...filter, beforeId: pageParam as number | undefined })}`),
    initialPageParam: undefined,
    getNextPageParam: (last) => (last.length === PAGE ? last[last.length - 1]!.id : undefined),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = String(data.get('youthName') ?? '').trim();
    if (name.length === 1) {
      setYouthNameError(t('auditFilters.youthNameTooShort'));
      return;
    }
    setYouthNameError(undefined);
    setYouthName(name);
    const next = new URLSearchParams();
    if (filter.youthId) next.set('dossier', filter.youthId);
    for (const [field, param] of [['userId', 'persoon'], ['action', 'actie'], ['from', 'van'], ['to', 'tot']] as const) {
      const value = String(data.get(field) ?? '');
      if (value) next.set(param, value);
    }
    setParams(next);
  };
  const clear = () => {
    setYouthName('');
    setYouthNameError(undefined);
    setParams(new URLSearchParams());
  };
  const rows = events.data?.pages.flat() ?? [];
  return (
    <>
      <PageHeading title={t('audit.title')}>{t('audit.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('audit.intro')}</p>
      <form onSubmit={submit} className="baken-search" role="search" aria-label={t('audit.searchLabel')} key={`${params.toString()}|${youthName}`}>
        <SelectField
          label={t('auditFilters.person')}
          name="userId"
          defaultValue={filter.userId ?? ''}
          placeholder={t('auditFilters.allPeople')}
          options={(people.data ?? []).map((p) => ({ value: p.id, label: p.active ? p.displayName : t('auditFilters.inactive', { name: p.displayName }) }))}
        />
        {seesNames && (
          <TextField
            label={t('auditFilters.youthName')}
            name="youthName"
            defaultValue={youthName}
            description={t('auditFilters.youthNameHint')}
            error={youthNameError}
            maxLength={80}
            autoComplete="off"
          />
        )}
        <SelectField
          label={t('audit.action')}
          name="action"
          defaultValue={filter.action ?? ''}
          placeholder={t('audit.allActions')}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: auditActionLabel(t, a) }))}
        />
        <TextField label={t('audit.from')} name="from" type="date" defaultValue={filter.from ?? ''} />
        <TextField label={t('audit.to')} name="to" type="date" defaultValue={filter.to ?? ''} />
        <ButtonGroup>
          <Button type="submit">{t('common.search')}</Button>
          {(params.toString() || youthName) && (
            <Button appearance="subtle" onClick={clear}>
              {t('youths.clearSearch')}
            </Button>
          )}
        </ButtonGroup>
      </form>
      {filter.youthId && (
        <p className="utrecht-paragraph">
          {t('audit.oneFile')}{' '}
          <Button appearance="subtle" onClick={() => setParams(new URLSearchParams([...params].filter(([k]) => k !== 'dossier')))}>
            {t('audit.allFiles')}
          </Button>
        </p>
      )}
      {events.isPending && <Loading />}
      {events.isError && <LoadError error={events.error} />}
      {events.data && rows.length === 0 && <EmptyState title={t('audit.empty')} />}
      {rows.length > 0 && (
        <Table stack caption={t('audit.caption')} captionHidden head={[t('accessLog.when'), t('accessLog.who'), t('accessLog.what'), t('audit.file'), t('accessLog.why'), t('audit.address')]}>
          {rows.map((e) => (
            <Row key={e.id}>
              <Cell>{formatAuditDateTime(e.at)}</Cell>
              <Cell header>
                {e.actorName ?? t('audit.system')}
                <span className="baken-cell-sub">{rolesLabel(t, e.actorRoles)}</span>
              </Cell>
              <Cell>
                {auditActionLabel(t, e.action)}{' '}
                {e.outcome !== 'allowed' && <StatusBadge status="danger">{t(`audit.outcomes.${e.outcome}` as 'audit.outcomes.denied', { defaultValue: e.outcome })}</StatusBadge>}
              </Cell>
              <Cell>{e.youthId ? (e.youthName ?? t('audit.aFile')) : '—'}</Cell>
              <Cell>{purposeLabel(t, e.purpose)}</Cell>
              <Cell>{e.ip ?? '—'}</Cell>
            </Row>
          ))}
        </Table>
      )}
      {events.hasNextPage && (
        <p className="utrecht-paragraph">
          <Button onClick={() => void events.fetchNextPage()} busy={events.isFetchingNextPage}>
            {t('audit.more')}
          </Button>
        </p>
      )}
    </>
  );
}
