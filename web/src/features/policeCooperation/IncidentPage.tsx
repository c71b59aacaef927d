// One safety incident: what happened, the police, the suspects, and its
// follow-up. The safety officer records the follow-up (status, actions, the
// police facts and suspects as they become known, a closing note); the
// reporter reads where it stands. Every version is kept and shown.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { can, useSession } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { StatusBadge } from '../../ui/Badge';
import { Button, ButtonGroup } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DataList } from '../../ui/DataList';
import { ErrorSummary, SelectField, TextAreaField } from '../../ui/Form';
import { formatDateTime } from '../../ui/format';
import { Heading2, Heading3, PageHeading } from '../../ui/Heading';
import { LoadError, Loading } from '../../ui/States';
import { INCIDENT_STATUSES } from '../../../../server/src/modules/policeCooperation/policeCooperation.options';
import { incidentErrorLabels, incidentLabel, incidentOption, incidentOptions, readPoliceFields, statusBadge, SUSPECT_FIELDS } from './incidentForm';
import { GuidanceTips } from '../caseFiles/work/GuidanceTips';
import { PoliceFields, SuspectFields } from './PoliceFields';
import { useFollowUpIncident, useIncident, type IncidentDetail } from './incidentsApi';
import './policeCooperation.css';
import { BackLink } from '../../ui/BackLink';

const FOLLOW_UP_FIELDS = ['status', 'followUpActions', 'closingNote', 'policeInvolvement', 'policeContactRoute', 'policeContactAt', 'reportFiledBy', 'policeReference', 'suspects'];

function FollowUpForm({ incident, onSaved }: { incident: IncidentDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const followUp = useFollowUpIncident(incident.id);
  const [suspects, setSuspects] = useState(incident.suspects.length);
  const [pending, setPending] = useState<Record<string, unknown> | null>(null);
  const fieldError = (name: string) => followUp.error?.field(name);
  const send = (body: Record<string, unknown>) => followUp.mutate(body, { onSuccess: onSaved, onSettled: () => setPending(null) });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    const body = {
      updatedAt: incident.updatedAt,
      status: text('status'),
      followUpActions: text('followUpActions'),
      closingNote: text('closingNote'),
      ...readPoliceFields(data, suspects),
    };
    // Closing is asked once more; with the note missing the server says so first.
    if (body.status === 'closed' && incident.status !== 'closed' && body.closingNote.trim() !== '') setPending(body);
    else send(body);
  };
  return (
    <>
      <ErrorSummary error={followUp.error} labels={incidentErrorLabels(t, FOLLOW_UP_FIELDS, suspects)} />
      <form onSubmit={submit} noValidate className="baken-form">
        <SelectField name="status" label={incidentLabel(t, 'status')} options={incidentOptions(t, 'status', INCIDENT_STATUSES)} error={fieldError('status')} defaultValue={incident.status} />
        <TextAreaField name="followUpActions" label={incidentLabel(t, 'followUpActions')} optional rows={4} error={fieldError('followUpActions')} defaultValue={incident.followUpActions} />
        <TextAreaField
          name="closingNote"
          label={incidentLabel(t, 'closingNote')}
          optional
          description={t('incidents.hints.closingNote')}
          rows={3}
          error={fieldError('closingNote')}
          defaultValue={incident.closingNote}
        />
        <PoliceFields initial={incident} error={followUp.error} />
        <SuspectFields initial={incident.suspects} error={followUp.error} onCountChange={setSuspects} />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={followUp.isPending}>
            {t('incidents.detail.save')}
          </Button>
        </ButtonGroup>
      </form>
      <ConfirmDialog
        open={pending !== null}
        title={t('incidents.detail.closeTitle')}
        confirmLabel={t('incidents.detail.close')}
        busy={followUp.isPending}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && send(pending)}
      >
        <p className="utrecht-paragraph">{t('incidents.detail.closeText')}</p>
      </ConfirmDialog>
    </>
  );
}

export function IncidentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const incident = useIncident(id);
  const session = useSession();
  const [saved, setSaved] = useState(0);
  // The server decides; the form is shown to whoever the server lets follow up.
  const canFollowUp = can(session.data, 'incident.manage');

  if (incident.isPending) return <Loading />;
  if (incident.isError) {
    return (
      <>
        <PageHeading title={t('incidents.detail.documentTitle')}>{t('incidents.detail.documentTitle')}</PageHeading>
        <LoadError error={incident.error} />
        <BackLink to="/veiligheid">{t('incidents.detail.back')}</BackLink>
      </>
    );
  }
  const i = incident.data;
  return (
    <>
      <BackLink to="/veiligheid">{t('incidents.detail.back')}</BackLink>
      <PageHeading title={t('incidents.detail.documentTitle')}>{t('incidents.detail.title', { kind: incidentOption(t, 'kind', i.kind) })}</PageHeading>
      <p className="baken-record__badges">
        <StatusBadge status={statusBadge(i.status)}>{incidentOption(t, 'status', i.status)}</StatusBadge>{' '}
        <span className="baken-hint">{t('incidents.detail.reportedBy', { name: i.reportedByName ?? '—', date: formatDateTime(i.reportedAt) })}</span>
      </p>
      <div className="baken-work">
        <div className="baken-work__main">
          <Heading2>{t('incidents.detail.what')}</Heading2>
          <DataList
            items={[
              { key: incidentLabel(t, 'occurredAt'), value: formatDateTime(i.occurredAt) },
              { key: incidentLabel(t, 'location'), value: i.location },
              { key: incidentLabel(t, 'description'), value: <span className="baken-prewrap">{i.description}</span> },
              { key: incidentLabel(t, 'involved'), value: i.involved },
            ]}
          />
          <Heading2>{t('incidents.detail.police')}</Heading2>
          <DataList
            items={[
              { key: incidentLabel(t, 'policeInvolvement'), value: incidentOption(t, 'policeInvolvement', i.policeInvolvement) },
              ...(i.policeInvolvement !== 'notInformed'
                ? [
                    { key: incidentLabel(t, 'policeContactRoute'), value: i.policeContactRoute ? incidentOption(t, 'policeContactRoute', i.policeContactRoute) : null },
                    { key: incidentLabel(t, 'policeContactAt'), value: i.policeContactAt ? formatDateTime(i.policeContactAt) : null },
                    ...(i.policeInvolvement === 'reportFiled' ? [{ key: incidentLabel(t, 'reportFiledBy'), value: incidentOption(t, 'reportFiledBy', i.reportFiledBy) }] : []),
                    { key: incidentLabel(t, 'policeReference'), value: i.policeReference },
                  ]
                : []),
            ]}
          />
          <Heading2>{t('incidents.detail.suspects')}</Heading2>
          {i.suspects.length === 0 && <p className="utrecht-paragraph">{t('incidents.noSuspects')}</p>}
          {i.suspects.map((suspect, n) => (
            <section key={n} aria-labelledby={`suspect-${n}`}>
              <Heading3 id={`suspect-${n}`}>{t('incidents.suspect', { n: n + 1 })}</Heading3>
              <DataList items={SUSPECT_FIELDS.map((field) => ({ key: incidentLabel(t, field), value: suspect[field] }))} />
            </section>
          ))}

          <section aria-labelledby="follow-up-title" className="baken-section">
            <Heading2 id="follow-up-title">{t('incidents.detail.followUp')}</Heading2>
            {saved > 0 && (
              <Alert kind="ok" takeFocus key={saved}>
                {t('incidents.detail.saved')}
              </Alert>
            )}
            {canFollowUp ? (
              <div className="baken-card baken-incident-actions">
                <FollowUpForm key={i.updatedAt} incident={i} onSaved={() => setSaved((n) => n + 1)} />
              </div>
            ) : (
              <>
                <p className="utrecht-paragraph baken-hint">{t('incidents.detail.followUpReadOnly')}</p>
                <DataList
                  items={[
                    { key: incidentLabel(t, 'followUpActions'), value: i.followUpActions ? <span className="baken-prewrap">{i.followUpActions}</span> : t('incidents.detail.noFollowUp') },
                    ...(i.status === 'closed'
                      ? [
                          { key: incidentLabel(t, 'closedAt'), value: i.closedAt ? formatDateTime(i.closedAt) : null },
                          { key: incidentLabel(t, 'closingNote'), value: <span className="baken-prewrap">{i.closingNote}</span> },
                        ]
                      : []),
                  ]}
                />
              </>
            )}
          </section>

          <section aria-labelledby="incident-history-title" className="baken-section">
            <Heading2 id="incident-history-title">{t('incidents.detail.history')}</Heading2>
            <ol className="baken-history-list">
              {i.history.map((version, n) => (
                <li key={n}>
                  {t('incidents.detail.changeLine', {
                    change: t(`incidents.detail.change.${version.change}`),
                    date: formatDateTime(version.changedAt),
                    name: version.changedByName ?? '—',
                    status: incidentOption(t, 'status', String(version.snapshot.status ?? '')),
                  })}
                </li>
              ))}
            </ol>
          </section>
        </div>
        <GuidanceTips place="incidents" />
      </div>
    </>
  );
}
