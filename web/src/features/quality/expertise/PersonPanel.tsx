// One colleague's trainings and registrations, with their history. The quality
// officer records, changes and withdraws entries here; others only read.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/Badge';
import { Button, ButtonGroup } from '../../../ui/Button';
import { formatDate, formatDateTime } from '../../../ui/format';
import { Heading3 } from '../../../ui/Heading';
import { LoadError, Loading } from '../../../ui/States';
import { Cell, Row, Table } from '../../../ui/Table';
import type { RegistrationState } from '../../../../../server/src/modules/quality/expertise/expertise.options';
import { certificateUrl, useExpertiseHistory, usePerson, type Registration, type Training } from './api';
import { RegistrationForm, TrainingForm, WithdrawDialog } from './EntryForms';
import { ExpiryText, registerName } from './ExpertisePage';

const STATE_STATUS: Record<RegistrationState, 'success' | 'warning' | 'danger' | 'neutral' | 'inactive'> = {
  valid: 'success',
  expiresSoon: 'warning',
  expired: 'danger',
  notYetValid: 'neutral',
  withdrawn: 'inactive',
};

/** Where a registration stands; once it is a reminder, how many days are left (or gone). */
export function RegistrationBadge({ state, days }: { state: RegistrationState; days: number }) {
  const { t } = useTranslation();
  return <StatusBadge status={STATE_STATUS[state]}>{state === 'expiresSoon' || state === 'expired' ? <ExpiryText days={days} /> : t(`expertise.states.${state}`)}</StatusBadge>;
}

function History({ id }: { id: string }) {
  const { t } = useTranslation();
  const history = useExpertiseHistory(id, true);
  if (history.isPending) return <Loading />;
  if (history.isError) return <LoadError error={history.error} />;
  return (
    <Table caption={t('expertise.person.historyCaption')} captionHidden head={[t('policies.detail.when'), t('policies.detail.what'), t('policies.detail.who')]}>
      {history.data.map((h, i) => (
        <Row key={i}>
          <Cell>{formatDateTime(h.changedAt)}</Cell>
          <Cell>{t(`expertise.person.changes.${h.change}`)}</Cell>
          <Cell>{h.changedByName ?? '–'}</Cell>
        </Row>
      ))}
    </Table>
  );
}

type Editing = { kind: 'training' | 'registration'; id: string | null } | null;

export function PersonPanel({ userId, manage, onNotice, onClose }: { userId: string; manage: boolean; onNotice: (message: string | null) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const person = usePerson(userId);
  const [editing, setEditing] = useState<Editing>(null);
  const [history, setHistory] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<{ what: 'trainings' | 'registrations'; entry: { id: string; version: number; name: string } } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (person.data) heading.current?.focus();
  }, [person.data?.userId]); // eslint-disable-line react-hooks/exhaustive-deps

  if (person.isPending) return <Loading />;
  if (person.isError) return <LoadError error={person.error} />;
  const p = person.data;
  const done = (message: string) => {
    setEditing(null);
    onNotice(message);
  };
  const start = (next: Editing) => {
    onNotice(null);
    setEditing(next);
  };

  const entryActions = (kind: 'training' | 'registration', entry: Training | Registration) => (
    <ButtonGroup>
      {manage && !entry.withdrawn && (
        <>
          <Button appearance="secondary" onClick={() => start({ kind, id: entry.id })}>
            {t('expertise.person.edit')}
          </Button>
          <Button appearance="subtle" onClick={() => setWithdrawing({ what: kind === 'training' ? 'trainings' : 'registrations', entry: { id: entry.id, version: entry.version, name: 'title' in entry ? entry.title : `${registerName(t, entry)} ${entry.registrationNumber}` } })}>
            {t('expertise.person.withdraw')}
          </Button>
        </>
      )}
      <Button appearance="subtle" aria-expanded={history === entry.id} onClick={() => setHistory(history === entry.id ? null : entry.id)}>
        {history === entry.id ? t('expertise.person.hideHistory') : t('expertise.person.history')}
      </Button>
    </ButtonGroup>
  );

  return (
    <section className="baken-expertise-person" aria-labelledby="expertise-person-title">
      <h2 className="utrecht-heading-2" id="expertise-person-title" tabIndex={-1} ref={heading}>
        {t('expertise.person.title', { name: p.displayName })}
      </h2>
      <div className="baken-expertise-badges">
        <StatusBadge status={p.registeredToday ? 'success' : 'danger'}>{p.registeredToday ? t('expertise.person.registeredToday') : t('expertise.person.notRegisteredToday')}</StatusBadge>
        <StatusBadge status={p.hasRelevantTraining ? 'success' : 'warning'}>{p.hasRelevantTraining ? t('expertise.person.relevantTraining') : t('expertise.person.noRelevantTraining')}</StatusBadge>
      </div>
      {p.teams.length > 0 && <p className="utrecht-paragraph">{t('expertise.person.teams', { teams: p.teams.map((team) => team.name).join(', ') })}</p>}

      <Heading3>{t('expertise.person.registrations')}</Heading3>
      {p.registrations.length === 0 && <p className="utrecht-paragraph">{t('expertise.person.noRegistrations')}</p>}
      <ul className="baken-expertise-entries">
        {p.registrations.map((r) => (
          <li key={r.id} className={r.withdrawn ? 'baken-expertise-entry--withdrawn' : undefined}>
            <p className="baken-expertise-entry__title">
              {registerName(t, r)} <RegistrationBadge state={r.state} days={r.daysToExpiry} />
            </p>
            <p className="baken-expertise-entry__meta">
              {t('expertise.person.number', { number: r.registrationNumber })} · {t('expertise.person.validFromTo', { from: formatDate(r.registeredFrom), to: formatDate(r.expiresOn) })}
            </p>
            {r.notes && <p className="utrecht-paragraph">{r.notes}</p>}
            {r.withdrawn && <p className="utrecht-paragraph">{t('expertise.person.withdrawnOn', { date: formatDate(r.withdrawn.at), reason: r.withdrawn.reason })}</p>}
            {r.updatedByName && <p className="baken-expertise-entry__meta">{t('expertise.person.changedBy', { name: r.updatedByName, date: formatDateTime(r.updatedAt) })}</p>}
            {entryActions('registration', r)}
            {editing?.kind === 'registration' && editing.id === r.id && <RegistrationForm userId={p.userId} initial={r} onDone={done} onCancel={() => setEditing(null)} />}
            {history === r.id && <History id={r.id} />}
          </li>
        ))}
      </ul>
      {manage && editing?.kind === 'registration' && editing.id === null ? (
        <RegistrationForm userId={p.userId} onDone={done} onCancel={() => setEditing(null)} />
      ) : (
        manage && (
          <p className="utrecht-paragraph">
            <Button appearance="primary" onClick={() => start({ kind: 'registration', id: null })}>
              {t('expertise.person.addRegistration')}
            </Button>
          </p>
        )
      )}

      <Heading3>{t('expertise.person.trainings')}</Heading3>
      {p.trainings.length === 0 && <p className="utrecht-paragraph">{t('expertise.person.noTrainings')}</p>}
      <ul className="baken-expertise-entries">
        {p.trainings.map((tr) => (
          <li key={tr.id} className={tr.withdrawn ? 'baken-expertise-entry--withdrawn' : undefined}>
            <p className="baken-expertise-entry__title">{tr.title}</p>
            <p className="baken-expertise-entry__meta">
              {t('expertise.person.completedOn', { date: formatDate(tr.completedOn) })} · {t('expertise.person.providerBy', { provider: tr.provider })} ·{' '}
              {tr.accredited
                ? tr.accreditationPoints !== null
                  ? t('expertise.person.accreditedPoints', { body: tr.accreditationBody ?? '', points: tr.accreditationPoints })
                  : t('expertise.person.accredited', { body: tr.accreditationBody ?? '' })
                : t('expertise.person.notAccredited')}
            </p>
            {tr.topics.length > 0 ? (
              <p className="utrecht-paragraph">{tr.topics.map((topic) => t(`expertise.topics.${topic}`)).join(', ')}</p>
            ) : (
              <p className="utrecht-paragraph baken-hint">{t('expertise.person.notRelevant')}</p>
            )}
            {tr.certificate && (
              <p className="utrecht-paragraph">
                <a className="utrecht-link" href={certificateUrl(tr.id)} download={tr.certificate.fileName}>
                  {t('expertise.person.certificate', { name: tr.certificate.fileName })}
                </a>
              </p>
            )}
            {tr.notes && <p className="utrecht-paragraph">{tr.notes}</p>}
            {tr.withdrawn && <p className="utrecht-paragraph">{t('expertise.person.withdrawnOn', { date: formatDate(tr.withdrawn.at), reason: tr.withdrawn.reason })}</p>}
            {entryActions('training', tr)}
            {editing?.kind === 'training' && editing.id === tr.id && <TrainingForm userId={p.userId} initial={tr} onDone={done} onCancel={() => setEditing(null)} />}
            {history === tr.id && <History id={tr.id} />}
          </li>
        ))}
      </ul>
      {manage && editing?.kind === 'training' && editing.id === null ? (
        <TrainingForm userId={p.userId} onDone={done} onCancel={() => setEditing(null)} />
      ) : (
        manage && (
          <p className="utrecht-paragraph">
            <Button appearance="primary" onClick={() => start({ kind: 'training', id: null })}>
              {t('expertise.person.addTraining')}
            </Button>
          </p>
        )
      )}
      <p className="utrecht-paragraph">
        <Button appearance="subtle" onClick={onClose}>
          {t('expertise.person.close', { name: p.displayName })}
        </Button>
      </p>
      <WithdrawDialog what={withdrawing?.what ?? 'trainings'} entry={withdrawing?.entry ?? null} onClose={() => setWithdrawing(null)} onDone={done} />
    </section>
  );
}
