// Staff and client safety: report an incident to the safety officer, see your
// own reports, and (the safety officer) every report of the organisation with
// filters and counts per status. Tips beside it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../ui/Alert';
import { StatusBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/Form';
import { formatDateTime } from '../../ui/format';
import { Heading2, PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { INCIDENT_KINDS, INCIDENT_STATUSES } from '../../../../server/src/modules/policeCooperation/policeCooperation.options';
import { GuidanceTips } from '../caseFiles/work/GuidanceTips';
import { IncidentForm } from './IncidentForm';
import { incidentOption, incidentOptions, statusBadge } from './incidentForm';
import { useIncidents, useReportIncident, type IncidentFilters, type IncidentList } from './incidentsApi';
import './policeCooperation.css';

function IncidentTable({ list, caption }: { list: IncidentList; caption: string }) {
  const { t } = useTranslation();
  const organisation = list.scope === 'organisation';
  return (
    <Table stack
      caption={caption}
      captionHidden
      head={[
        t('incidents.head.occurredAt'),
        t('incidents.head.kind'),
        t('incidents.head.location'),
        t('incidents.head.police'),
        t('incidents.head.status'),
        ...(organisation ? [t('incidents.head.reportedBy')] : []),
      ]}
    >
      {list.incidents.map((incident) => (
        <Row key={incident.id}>
          <Cell header>
            <Link className="utrecht-link utrecht-link--html-a" to={`/veiligheid/${incident.id}`} aria-label={t('incidents.openIncident', { date: formatDateTime(incident.occurredAt) })}>
              {formatDateTime(incident.occurredAt)}
            </Link>
          </Cell>
          <Cell>{incidentOption(t, 'kind', incident.kind)}</Cell>
          <Cell>{incident.location}</Cell>
          <Cell>{incidentOption(t, 'policeInvolvement', incident.policeInvolvement)}</Cell>
          <Cell>
            <StatusBadge status={statusBadge(incident.status)}>{incidentOption(t, 'status', incident.status)}</StatusBadge>
          </Cell>
          {organisation && <Cell>{incident.reportedByName ?? '—'}</Cell>}
        </Row>
      ))}
    </Table>
  );
}

export function IncidentsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<IncidentFilters>({});
  const incidents = useIncidents(filters);
  const report = useReportIncident();
  const [reporting, setReporting] = useState(false);
  const [notice, setNotice] = useState(0);
  const list = incidents.data;
  const filtered = !!(filters.status || filters.kind);
  const applyFilters = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setFilters({ status: String(data.get('status') ?? '') || undefined, kind: String(data.get('kind') ?? '') || undefined });
  };

  return (
    <>
      <PageHeading title={t('incidents.title')}>{t('incidents.title')}</PageHeading>
      <div className="baken-work">
        <div className="baken-work__main">
          <p className="utrecht-paragraph">{t('incidents.intro')}</p>
          <Alert kind="warning" title={t('incidents.emergencyTitle')}>
            <p className="utrecht-paragraph">{t('incidents.emergency')}</p>
          </Alert>
          {list &&
            (list.safetyOfficers.length > 0 ? (
              <p className="utrecht-paragraph">{t('incidents.receivers', { names: list.safetyOfficers.join(', ') })}</p>
            ) : (
              <Alert kind="info">{t('incidents.noOfficer')}</Alert>
            ))}
          {notice > 0 && !reporting && (
            <Alert kind="ok" takeFocus key={notice}>
              {t('incidents.reported')}
            </Alert>
          )}
          {reporting ? (
            <section className="baken-card" aria-labelledby="incident-form-title">
              <Heading2 id="incident-form-title">{t('incidents.formTitle')}</Heading2>
              <IncidentForm
                busy={report.isPending}
                error={report.error}
                onSubmit={(body) =>
                  report.mutate(body, {
                    onSuccess: () => {
                      setReporting(false);
                      setNotice((n) => n + 1);
                    },
                  })
                }
                onCancel={() => setReporting(false)}
              />
            </section>
          ) : (
            <p className="utrecht-paragraph">
              <Button appearance="primary" onClick={() => (report.reset(), setReporting(true))}>
                {t('incidents.report')}
              </Button>
            </p>
          )}

          {incidents.isPending && <Loading />}
          {incidents.isError && <LoadError error={incidents.error} />}
          {list && (
            <section aria-labelledby="incidents-title" className="baken-section">
              <Heading2 id="incidents-title">{list.scope === 'organisation' ? t('incidents.allTitle') : t('incidents.mineTitle')}</Heading2>
              {list.scope === 'organisation' && (
                <>
                  <ul className="baken-counts" aria-label={t('incidents.countsLabel')}>
                    {INCIDENT_STATUSES.map((status) => (
                      <li key={status}>
                        <span className="baken-counts__number">{list.counts[status]}</span> {incidentOption(t, 'status', status)}
                      </li>
                    ))}
                  </ul>
                  <form className="baken-search" aria-label={t('incidents.filtersLabel')} onSubmit={applyFilters}>
                    <SelectField
                      name="status"
                      label={t('incidents.fields.status')}
                      placeholder={t('incidents.filterAll')}
                      options={incidentOptions(t, 'status', INCIDENT_STATUSES)}
                      defaultValue={filters.status ?? ''}
                    />
                    <SelectField name="kind" label={t('incidents.fields.kind')} placeholder={t('incidents.filterAll')} options={incidentOptions(t, 'kind', INCIDENT_KINDS)} defaultValue={filters.kind ?? ''} />
                    <Button type="submit" appearance="secondary">
                      {t('incidents.filter')}
                    </Button>
                  </form>
                </>
              )}
              {list.incidents.length === 0 ? (
                <EmptyState title={filtered ? t('incidents.emptyFiltered') : list.scope === 'organisation' ? t('incidents.emptyAll') : t('incidents.emptyMine')} />
              ) : (
                <IncidentTable list={list} caption={list.scope === 'organisation' ? t('incidents.allTitle') : t('incidents.mineTitle')} />
              )}
            </section>
          )}
        </div>
        <GuidanceTips place="incidents" />
      </div>
    </>
  );
}
