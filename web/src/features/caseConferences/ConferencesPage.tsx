// My case conferences: the planned ones and the held ones I take part in,
// invitations for my organisation (join to see more), and convening a new one
// for those who may.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { Button, ButtonGroup, TextLink } from '../../ui/Button';
import { ErrorSummary, TextAreaField, TextField } from '../../ui/Form';
import { formatDateTime } from '../../ui/format';
import { Heading2, PageHeading } from '../../ui/Heading';
import { StatusBadge } from '../../ui/Badge';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { GuidanceTips } from '../caseFiles/work/GuidanceTips';
import { useConferences, useConvene, useJoin, type ConferenceList } from './api';

type Summary = ConferenceList['conferences'][number];

function ConferenceTable({ caption, items }: { caption: string; items: Summary[] }) {
  const { t } = useTranslation();
  return (
    <Table stack
      caption={caption}
      captionHidden
      head={[t('caseConferences.columns.title'), t('caseConferences.columns.startsAt'), t('caseConferences.columns.convener'), t('caseConferences.columns.cases'), t('caseConferences.columns.status')]}
    >
      {items.map((c) => (
        <Row key={c.id}>
          <Cell header>
            <TextLink to={`/zorgtafels/${c.id}`}>{c.title}</TextLink>
          </Cell>
          <Cell>
            {formatDateTime(c.startsAt)}
            {c.online ? ` · ${t('caseConferences.online')}` : c.place ? ` · ${c.place}` : ''}
          </Cell>
          <Cell>{c.conveningOrganisationName}</Cell>
          <Cell>{c.caseCount}</Cell>
          <Cell>
            <StatusBadge status={c.status === 'planned' ? 'active' : 'neutral'}>{t(`caseConferences.statuses.${c.status}`)}</StatusBadge>
          </Cell>
        </Row>
      ))}
    </Table>
  );
}

function ConveneForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const convene = useConvene();
  const [online, setOnline] = useState(false);
  const labels: Record<string, string> = {
    title: t('caseConferences.convene.titleField'),
    startsAt: t('caseConferences.convene.startsAt'),
    place: t('caseConferences.convene.place'),
    organisations: t('caseConferences.convene.organisations'),
  };
  const fieldError = (name: string) => convene.error?.field(name) ?? convene.error?.fields.find((f) => f.path.startsWith(`${name}.`))?.message;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '');
    convene.mutate(
      {
        title: value('title'),
        startsAt: value('startsAt'),
        online,
        place: online ? '' : value('place'),
        organisations: value('organisations')
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== ''),
      },
      { onSuccess: (conference) => navigate(`/zorgtafels/${conference.id}`) },
    );
  };
  return (
    <section aria-labelledby="convene-title" className="baken-panel">
      <Heading2 id="convene-title">{t('caseConferences.convene.title')}</Heading2>
      <ErrorSummary error={convene.error} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form">
        <TextField label={labels.title!} name="title" required autoComplete="off" error={fieldError('title')} />
        <TextField label={labels.startsAt!} name="startsAt" type="datetime-local" required description={t('caseConferences.convene.startsAtHint')} error={fieldError('startsAt')} />
        <div className="utrecht-form-field utrecht-form-field--checkbox">
          <div className="utrecht-form-field__input">
            <input
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              id="field-online"
              name="online"
              checked={online}
              onChange={(e) => setOnline(e.currentTarget.checked)}
            />
          </div>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="field-online">
              {t('caseConferences.convene.online')}
            </label>
          </div>
        </div>
        {!online && <TextField label={labels.place!} name="place" required autoComplete="off" error={fieldError('place')} />}
        <TextAreaField label={labels.organisations!} name="organisations" optional rows={3} description={t('caseConferences.convene.organisationsHint')} error={fieldError('organisations')} />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={convene.isPending}>
            {t('caseConferences.convene.submit')}
          </Button>
          <Button type="button" onClick={onCancel}>
            {t('caseConferences.convene.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

export function ConferencesPage() {
  const { t } = useTranslation();
  const list = useConferences();
  const session = useSession();
  const join = useJoin();
  const navigate = useNavigate();
  const [convening, setConvening] = useState(false);
  const me = session.data?.user?.id ?? '';

  let body;
  if (list.isPending) body = <Loading />;
  else if (list.isError) body = <LoadError error={list.error} />;
  else {
    const upcoming = list.data.conferences.filter((c) => c.status === 'planned');
    const past = list.data.conferences.filter((c) => c.status !== 'planned');
    body = (
      <>
        {list.data.canConvene && !convening && (
          <ButtonGroup>
            <Button appearance="primary" onClick={() => setConvening(true)}>
              {t('caseConferences.convene.open')}
            </Button>
          </ButtonGroup>
        )}
        {convening && <ConveneForm onCancel={() => setConvening(false)} />}
        {list.data.invitations.length > 0 && (
          <section aria-labelledby="invitations">
            <Heading2 id="invitations">{t('caseConferences.invitations')}</Heading2>
            <p className="utrecht-paragraph">{t('caseConferences.invitationsIntro')}</p>
            <Table stack caption={t('caseConferences.invitations')} captionHidden head={[t('caseConferences.columns.title'), t('caseConferences.columns.startsAt'), t('caseConferences.columns.convener'), t('caseConferences.columns.action')]}>
              {list.data.invitations.map((c) => (
                <Row key={c.id}>
                  <Cell header>{c.title}</Cell>
                  <Cell>{formatDateTime(c.startsAt)}</Cell>
                  <Cell>{c.conveningOrganisationName}</Cell>
                  <Cell>
                    <Button
                      busy={join.isPending && join.variables?.id === c.id}
                      onClick={() => join.mutate({ id: c.id, userId: me }, { onSuccess: () => navigate(`/zorgtafels/${c.id}`) })}
                      aria-label={`${t('caseConferences.join')}: ${c.title}`}
                    >
                      {t('caseConferences.join')}
                    </Button>
                  </Cell>
                </Row>
              ))}
            </Table>
            {join.isError && <LoadError error={join.error} />}
          </section>
        )}
        <section aria-labelledby="upcoming">
          <Heading2 id="upcoming">{t('caseConferences.upcoming')}</Heading2>
          {upcoming.length ? <ConferenceTable caption={t('caseConferences.upcoming')} items={upcoming} /> : <EmptyState title={t('caseConferences.noneUpcoming')} />}
        </section>
        <section aria-labelledby="held">
          <Heading2 id="held">{t('caseConferences.held')}</Heading2>
          {past.length ? <ConferenceTable caption={t('caseConferences.held')} items={past} /> : <EmptyState title={t('caseConferences.noneHeld')} />}
        </section>
        <GuidanceTips place="caseConference" />
      </>
    );
  }
  return (
    <>
      <PageHeading title={t('caseConferences.title')}>{t('caseConferences.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('caseConferences.intro')}</p>
      {body}
    </>
  );
}
