// One case conference as its participants see it: when and where, who takes
// part, the agenda with per case what was brought in (never the file), the
// contributions and decisions, the actions with their owners, and the
// history. The convener invites organisations, orders the agenda and closes
// the conference after confirmation.
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ACTION_STATUSES } from '../../../../server/src/modules/caseConferences/caseConferences.options';
import { Button, ButtonGroup, ButtonLink, TextLink } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DataList } from '../../ui/DataList';
import { FieldIdScope, SelectField, TextAreaField, TextField } from '../../ui/Form';
import { formatDate, formatDateTime } from '../../ui/format';
import { Heading2, Heading3, PageHeading } from '../../ui/Heading';
import { StatusBadge } from '../../ui/Badge';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { Alert } from '../../ui/Alert';
import { GuidanceTips } from '../caseFiles/work/GuidanceTips';
import { CategoryReasons } from '../disclosures/DisclosedContentView';
import { legalGroundLabel } from '../disclosures/labels';
import type { ApiError } from '../../api/http';
import { conferenceApi, useColleagues, useConference, useConferenceChange, type Conference, type ConferenceCase } from './api';
import './caseConferences.css';
import { BackLink } from '../../ui/BackLink';

/** A failure no field of the form can show (closed meanwhile, no longer allowed, no connection): said above the form. */
function Failure({ error }: { error: ApiError | null }) {
  if (!error || error.fields.length > 0) return null;
  return <Alert kind="error">{error.message}</Alert>;
}

function EntryForm({ conference, item }: { conference: Conference; item: ConferenceCase }) {
  const { t } = useTranslation();
  const add = useConferenceChange(conference.id, (body: { kind: 'contribution' | 'decision'; text: string }) => conferenceApi.entry(conference.id, item.id, body));
  const [kind, setKind] = useState<'contribution' | 'decision'>('contribution');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const text = String(new FormData(form).get('text') ?? '');
    add.mutate({ kind, text }, { onSuccess: () => form.reset() });
  };
  return (
    <form onSubmit={submit} noValidate className="baken-form baken-conference__form" aria-label={`${t('caseConferences.detail.addEntry')}: ${caseTitle(t, item)}`}>
      <Failure error={add.error} />
      <SelectField
        label={t('caseConferences.detail.entryKind')}
        name="kind"
        value={kind}
        onChange={(e) => setKind(e.currentTarget.value as 'contribution' | 'decision')}
        options={[
          { value: 'contribution', label: t('caseConferences.detail.contribution') },
          { value: 'decision', label: t('caseConferences.detail.decision') },
        ]}
      />
      <TextAreaField label={t('caseConferences.detail.entryText')} name="text" rows={3} required error={add.error?.field('text')} />
      <Button type="submit" busy={add.isPending}>
        {t('caseConferences.detail.addEntry')}
      </Button>
    </form>
  );
}

function ActionForm({ conference, item }: { conference: Conference; item: ConferenceCase }) {
  const { t } = useTranslation();
  const add = useConferenceChange(conference.id, (body: { description: string; ownerParticipantId: string; dueOn: string }) => conferenceApi.action(conference.id, item.id, body));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    add.mutate(
      // Choices not made are left out, so the server names them as missing.
      {
        description: String(data.get('description') ?? ''),
        ownerParticipantId: (String(data.get('owner') ?? '') || undefined) as string,
        dueOn: (String(data.get('dueOn') ?? '') || undefined) as string,
      },
      { onSuccess: () => form.reset() },
    );
  };
  const err = (name: string) => add.error?.field(name);
  return (
    <form onSubmit={submit} noValidate className="baken-form baken-conference__form" aria-label={`${t('caseConferences.detail.addAction')}: ${caseTitle(t, item)}`}>
      <Failure error={add.error} />
      <TextField label={t('caseConferences.detail.actionDescription')} name="description" required autoComplete="off" error={err('description')} />
      <SelectField
        label={t('caseConferences.detail.owner')}
        name="owner"
       
        required
        placeholder={t('caseConferences.detail.ownerPlaceholder')}
        options={conference.participants.map((p) => ({ value: p.id, label: `${p.name} (${p.organisationName})` }))}
        error={err('ownerParticipantId')}
      />
      <TextField label={t('caseConferences.detail.dueOn')} name="dueOn" type="date" required error={err('dueOn')} />
      <Button type="submit" busy={add.isPending}>
        {t('caseConferences.detail.addAction')}
      </Button>
    </form>
  );
}

function ActionStatus({ conference, action }: { conference: Conference; action: ConferenceCase['actions'][number] }) {
  const { t } = useTranslation();
  const change = useConferenceChange(conference.id, (status: string) => conferenceApi.actionStatus(conference.id, action.id, status));
  if (conference.status === 'closed') return <>{t(`caseConferences.detail.actionStatuses.${action.status}`)}</>;
  return (
    <>
      <select
        className="utrecht-select utrecht-select--html-select"
        aria-label={`${t('caseConferences.detail.actionStatus')}: ${action.description}`}
        value={action.status}
        disabled={change.isPending}
        aria-busy={change.isPending}
        onChange={(e) => change.mutate(e.currentTarget.value)}
      >
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`caseConferences.detail.actionStatuses.${s}`)}
          </option>
        ))}
      </select>
      <Failure error={change.error} />
    </>
  );
}

const caseTitle = (t: TFunction, item: ConferenceCase): string =>
  item.kind === 'named' ? item.subjectName! : String(t('caseConferences.detail.pseudonymousFacts', { initials: item.initials, age: item.age, region: item.region }));

function CaseSection({ conference, item, index }: { conference: Conference; item: ConferenceCase; index: number }) {
  const { t } = useTranslation();
  const open = conference.status !== 'closed';
  const order = useConferenceChange(conference.id, (ids: string[]) => conferenceApi.agenda(conference.id, ids));
  const move = (delta: number) => {
    const ids = conference.cases.map((c) => c.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + delta, 0, moved!);
    order.mutate(ids);
  };
  const headingId = `case-${item.id}`;
  // Every participant may add to every case (the server's rule), so the forms
  // are there for all; folded away per case, the agenda stays readable.
  const [contributing, setContributing] = useState(false);
  const formsId = `case-forms-${item.id}`;
  return (
    <section className="baken-conference__case" aria-labelledby={headingId}>
      <Failure error={order.error} />
      <Heading3 id={headingId}>
        {index + 1}. {caseTitle(t, item)}{' '}
        <StatusBadge status={item.kind === 'named' ? 'warning' : 'neutral'}>{t(`caseConferences.detail.${item.kind}`)}</StatusBadge>
      </Heading3>
      <p className="utrecht-paragraph baken-hint">
        {t('caseConferences.detail.broughtIn', { name: item.broughtByName, organisation: item.organisationName })} · {formatDateTime(item.broughtAt)}
      </p>
      <p className="utrecht-paragraph baken-conference__summary">{item.summary}</p>
      {item.disclosed && (
        <div className="baken-conference__disclosed">
          <h4 className="utrecht-heading-4">{t('caseConferences.detail.disclosed')}</h4>
          <DataList
            items={[
              { key: t('caseConferences.detail.purpose'), value: item.disclosed.purpose },
              { key: t('caseConferences.detail.legalGround'), value: legalGroundLabel(t, item.disclosed.legalGround) },
              { key: t('caseConferences.detail.decidedBy'), value: item.disclosed.decidedByName },
            ]}
          />
          <CategoryReasons categories={item.disclosed.categories} />
        </div>
      )}
      {item.ownYouthId && <TextLink to={`/jongeren/${item.ownYouthId}`}>{t('caseConferences.detail.openFile')}</TextLink>}
      {conference.may.manage && conference.cases.length > 1 && (
        <ButtonGroup>
          {index > 0 && (
            <Button onClick={() => move(-1)} busy={order.isPending} aria-label={`${t('caseConferences.detail.up')}: ${caseTitle(t, item)}`}>
              ↑ {t('caseConferences.detail.up')}
            </Button>
          )}
          {index < conference.cases.length - 1 && (
            <Button onClick={() => move(1)} busy={order.isPending} aria-label={`${t('caseConferences.detail.down')}: ${caseTitle(t, item)}`}>
              ↓ {t('caseConferences.detail.down')}
            </Button>
          )}
        </ButtonGroup>
      )}
      <h4 className="utrecht-heading-4">{t('caseConferences.detail.contributions')}</h4>
      {item.entries.length === 0 ? (
        <p className="utrecht-paragraph baken-hint">{t('caseConferences.detail.noContributions')}</p>
      ) : (
        <ul className="baken-conference__entries">
          {item.entries.map((e) => (
            <li key={e.id}>
              <strong>{t(`caseConferences.detail.${e.kind}`)}</strong> — {e.authorName} ({e.organisationName}), {formatDateTime(e.createdAt)}
              <p className="utrecht-paragraph">{e.text}</p>
            </li>
          ))}
        </ul>
      )}
      <h4 className="utrecht-heading-4">{t('caseConferences.detail.actions')}</h4>
      {item.actions.length === 0 ? (
        <p className="utrecht-paragraph baken-hint">{t('caseConferences.detail.noActions')}</p>
      ) : (
        <Table
          caption={`${t('caseConferences.detail.actions')}: ${caseTitle(t, item)}`}
          captionHidden
          head={[t('caseConferences.detail.actionDescription'), t('caseConferences.detail.owner'), t('caseConferences.detail.dueOn'), t('caseConferences.detail.actionStatus')]}
        >
          {item.actions.map((a) => (
            <Row key={a.id}>
              <Cell header>{a.description}</Cell>
              <Cell>
                {a.ownerName} ({a.ownerOrganisationName})
              </Cell>
              <Cell>{formatDate(a.dueOn)}</Cell>
              <Cell>
                <ActionStatus conference={conference} action={a} />
              </Cell>
            </Row>
          ))}
        </Table>
      )}
      {open && (
        <ButtonGroup>
          <Button
            aria-expanded={contributing}
            aria-controls={contributing ? formsId : undefined}
            aria-label={`${contributing ? t('caseConferences.detail.closeContribution') : t('caseConferences.detail.contribute')}: ${caseTitle(t, item)}`}
            onClick={() => setContributing((v) => !v)}
          >
            {contributing ? t('caseConferences.detail.closeContribution') : t('caseConferences.detail.contribute')}
          </Button>
        </ButtonGroup>
      )}
      {open && contributing && (
        <div id={formsId} className="baken-conference__forms">
          <FieldIdScope scope={`entry-${item.id}`}>
            <EntryForm conference={conference} item={item} />
          </FieldIdScope>
          <FieldIdScope scope={`action-${item.id}`}>
            <ActionForm conference={conference} item={item} />
          </FieldIdScope>
        </div>
      )}
    </section>
  );
}

function People({ conference }: { conference: Conference }) {
  const { t } = useTranslation();
  const colleagues = useColleagues(conference.id, conference.may.addColleagues);
  const add = useConferenceChange(conference.id, (userId: string) => conferenceApi.addParticipant(conference.id, userId));
  const invite = useConferenceChange(conference.id, (slug: string) => conferenceApi.invite(conference.id, slug));
  const [colleague, setColleague] = useState('');
  return (
    <section aria-labelledby="participants">
      <Heading2 id="participants">{t('caseConferences.detail.participants')}</Heading2>
      <ul className="baken-conference__people">
        {conference.participants.map((p) => (
          <li key={p.id}>
            {p.name} — {p.organisationName} {p.isMe ? t('caseConferences.detail.me') : ''}
          </li>
        ))}
      </ul>
      {conference.may.addColleagues && colleagues.data && (
        colleagues.data.colleagues.length === 0 ? (
          <p className="utrecht-paragraph baken-hint">{t('caseConferences.detail.noColleagues')}</p>
        ) : (
          <form
            className="baken-form baken-conference__inline"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              add.mutate(colleague, { onSuccess: () => setColleague('') });
            }}
          >
            <Failure error={add.error} />
            <SelectField
              label={t('caseConferences.detail.addColleague')}
              name="colleague"
              value={colleague}
              onChange={(e) => setColleague(e.currentTarget.value)}
              placeholder={t('caseConferences.detail.colleaguePlaceholder')}
              options={colleagues.data.colleagues.map((c) => ({ value: c.id, label: c.name }))}
              error={add.error?.field('userId')}
            />
            <Button type="submit" busy={add.isPending}>
              {t('caseConferences.detail.add')}
            </Button>
          </form>
        )
      )}
      <Heading2 id="organisations">{t('caseConferences.detail.organisations')}</Heading2>
      <ul className="baken-conference__people">
        {conference.organisations.map((o) => (
          <li key={o.slug}>
            {o.name} <span className="baken-hint">({o.slug})</span>
          </li>
        ))}
      </ul>
      {conference.may.manage && (
        <form
          className="baken-form baken-conference__inline"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            invite.mutate(String(new FormData(form).get('slug') ?? ''), { onSuccess: () => form.reset() });
          }}
        >
          <Failure error={invite.error} />
          <TextField label={t('caseConferences.detail.slug')} name="slug" autoComplete="off" required error={invite.error?.field('slug')} />
          <Button type="submit" busy={invite.isPending}>
            {t('caseConferences.detail.inviteSubmit')}
          </Button>
        </form>
      )}
    </section>
  );
}

export function ConferencePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const conference = useConference(id);
  const status = useConferenceChange(id, (s: 'planned' | 'held') => conferenceApi.status(id, s));
  const close = useConferenceChange(id, () => conferenceApi.close(id));
  const [confirming, setConfirming] = useState(false);

  if (conference.isPending) return <Loading />;
  if (conference.isError)
    return (
      <>
        <PageHeading title={t('caseConferences.title')}>{t('caseConferences.title')}</PageHeading>
        <LoadError error={conference.error} />
        <BackLink to="/zorgtafels">{t('caseConferences.detail.back')}</BackLink>
      </>
    );
  const c = conference.data;
  const open = c.status !== 'closed';
  return (
    <>
      <BackLink to="/zorgtafels">{t('caseConferences.detail.back')}</BackLink>
      <PageHeading title={c.title}>{c.title}</PageHeading>
      <DataList
        items={[
          { key: t('caseConferences.detail.when'), value: formatDateTime(c.startsAt) },
          { key: t('caseConferences.detail.where'), value: c.online ? t('caseConferences.online') : (c.place ?? '—') },
          { key: t('caseConferences.detail.convener'), value: c.conveningOrganisationName },
          { key: t('caseConferences.detail.status'), value: <StatusBadge status={c.status === 'planned' ? 'active' : 'neutral'}>{t(`caseConferences.statuses.${c.status}`)}</StatusBadge> },
        ]}
      />
      {(status.isError || close.isError) && <Alert kind="error">{(status.error ?? close.error)?.message}</Alert>}
      {c.may.manage && (
        <ButtonGroup>
          {c.status === 'planned' && (
            <Button onClick={() => status.mutate('held')} busy={status.isPending}>
              {t('caseConferences.detail.markHeld')}
            </Button>
          )}
          <Button appearance="danger" onClick={() => setConfirming(true)}>
            {t('caseConferences.detail.close')}
          </Button>
        </ButtonGroup>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('caseConferences.detail.closeTitle')}
        confirmLabel={t('caseConferences.detail.closeConfirm')}
        busy={close.isPending}
        onConfirm={() => close.mutate(undefined, { onSettled: () => setConfirming(false) })}
        onCancel={() => setConfirming(false)}
      >
        <p className="utrecht-paragraph">{t('caseConferences.detail.closeText')}</p>
      </ConfirmDialog>
      <People conference={c} />
      <section aria-labelledby="agenda">
        <Heading2 id="agenda">{t('caseConferences.detail.agenda')}</Heading2>
        {open && (
          <ButtonGroup>
            <ButtonLink appearance="primary" to={`/zorgtafels/${c.id}/casus`}>
              {t('caseConferences.detail.bringIn')}
            </ButtonLink>
          </ButtonGroup>
        )}
        {c.cases.length === 0 ? (
          <EmptyState title={t('caseConferences.detail.noCases')} />
        ) : (
          c.cases.map((item, index) => <CaseSection key={item.id} conference={c} item={item} index={index} />)
        )}
      </section>
      <GuidanceTips place="caseConference" />
      <section aria-labelledby="history">
        <Heading2 id="history">{t('caseConferences.detail.history')}</Heading2>
        <ul className="baken-conference__history">
          {c.history.map((h, i) => (
            <li key={i}>
              {formatDateTime(h.at)} — {t(`caseConferences.detail.historyChanges.${h.change}` as 'caseConferences.detail.historyChanges.convened', { defaultValue: h.change })} — {h.byName} ({h.organisationName})
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
