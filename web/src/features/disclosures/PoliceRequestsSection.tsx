// Police requests by phone on the file: record what the caller said, call
// back on a number the organisation already knew, and only then give
// information (the disclosure form) or close the request without it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { StatusBadge } from '../../ui/Badge';
import { Button, ButtonGroup, ButtonLink, TextLink } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../ui/Form';
import { formatDateTime } from '../../ui/format';
import { Heading2, Heading3 } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { useCaseFile } from '../caseFiles/CaseFileLayout';
import { useClosePoliceRequest, useDisclosureOptions, usePoliceRequests, useRecordCallback, useRecordPoliceRequest, type CloseRequestBody, type PoliceRequest } from './api';
import { RadioGroup } from './RadioGroup';
import { nowLocal } from './time';

const text = (data: FormData, name: string) => String(data.get(name) ?? '');

function statusOf(r: PoliceRequest): { key: 'open' | 'verified' | 'nothingGiven' | 'informationGiven' | 'refused'; badge: 'warning' | 'active' | 'neutral' | 'success' | 'danger' } {
  if (r.outcome === 'informationGiven') return { key: 'informationGiven', badge: 'success' };
  if (r.outcome === 'refused') return { key: 'refused', badge: 'neutral' };
  if (r.outcome === 'nothingGiven') return { key: 'nothingGiven', badge: 'neutral' };
  return r.verified ? { key: 'verified', badge: 'active' } : { key: 'open', badge: 'warning' };
}

export function PoliceRequestsSection() {
  const { t } = useTranslation();
  const { youth, access } = useCaseFile();
  const requests = usePoliceRequests(youth.id);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby="police-requests" className="baken-record-section">
      <Heading2 id="police-requests">{t('policeRequests.title')}</Heading2>
      <p className="utrecht-paragraph">{t('policeRequests.intro')}</p>
      {notice && !adding && (
        <Alert kind="ok" takeFocus key={notice}>
          {notice}
        </Alert>
      )}
      {access.canUpdate && !adding && (
        <p className="utrecht-paragraph">
          <Button onClick={() => (setNotice(null), setAdding(true))}>{t('policeRequests.add')}</Button>
        </p>
      )}
      {adding && (
        <div className="baken-card">
          <NewRequestForm
            onDone={() => {
              setAdding(false);
              setNotice(t('policeRequests.saved'));
            }}
            onCancel={() => setAdding(false)}
          />
        </div>
      )}
      {requests.isPending && <Loading />}
      {requests.isError && <LoadError error={requests.error} />}
      {requests.data?.length === 0 && !adding && <EmptyState title={t('policeRequests.none')} />}
      {requests.data && requests.data.length > 0 && (
        <ol className="baken-records">
          {requests.data.map((r) => (
            <li key={r.id} className="baken-card baken-police-request">
              <RequestCard request={r} canUpdate={access.canUpdate} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function NewRequestForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  const save = useRecordPoliceRequest(youth.id);
  const names = ['receivedAt', 'callerName', 'callerUnit', 'callerPhone', 'question'] as const;
  const labels = Object.fromEntries(names.map((n) => [n, t(`policeRequests.${n}`)]));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body = Object.fromEntries(names.map((n) => [n, text(data, n)])) as Record<(typeof names)[number], string>;
    save.mutate(body, { onSuccess: onDone });
  };
  const error = (name: string) => save.error?.field(name);
  return (
    <>
      <ErrorSummary error={save.error} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form">
        <TextField label={labels.receivedAt!} name="receivedAt" type="datetime-local" required defaultValue={nowLocal()} error={error('receivedAt')} />
        <TextField label={labels.callerName!} name="callerName" required autoComplete="off" error={error('callerName')} />
        <TextField label={labels.callerUnit!} name="callerUnit" required autoComplete="off" error={error('callerUnit')} />
        <TextField label={labels.callerPhone!} name="callerPhone" type="tel" required autoComplete="off" description={t('policeRequests.callerPhoneHint')} error={error('callerPhone')} />
        <TextAreaField label={labels.question!} name="question" required rows={3} error={error('question')} />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={save.isPending}>
            {t('policeRequests.save')}
          </Button>
          <Button appearance="subtle" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

function RequestCard({ request: r, canUpdate }: { request: PoliceRequest; canUpdate: boolean }) {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  const [mode, setMode] = useState<'idle' | 'callback' | 'close'>('idle');
  const [notice, setNotice] = useState<string | null>(null);
  const status = statusOf(r);
  const open = r.outcome === null;
  const headingId = `request-${r.id}`;
  return (
    <article aria-labelledby={headingId}>
      <Heading3 id={headingId}>
        {formatDateTime(r.receivedAt)} <StatusBadge status={status.badge}>{t(`policeRequests.status.${status.key}`)}</StatusBadge>
      </Heading3>
      <dl className="baken-dl">
        <div>
          <dt>{t('policeRequests.caller')}</dt>
          <dd>
            {t('policeRequests.said', { name: r.callerName, unit: r.callerUnit })}
            <span className="baken-cell-sub">{t('policeRequests.gaveNumber', { phone: r.callerPhone })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('policeRequests.question')}</dt>
          <dd className="baken-prewrap">{r.question}</dd>
        </div>
      </dl>
      <p className="baken-record__meta">{t('policeRequests.recordedBy', { name: r.recordedByName ?? '—' })}</p>
      {r.callbacks.length > 0 && (
        <>
          <p className="baken-police-request__subhead">{t('policeRequests.callbacksTitle')}</p>
          <ul className="baken-plain-list baken-callbacks">
            {r.callbacks.map((c) => (
              <li key={c.id}>
                {t('policeRequests.callbackLine', { date: formatDateTime(c.calledAt), partner: c.partnerName, phone: c.phone, name: c.calledByName ?? '—' })}{' '}
                <StatusBadge status={c.confirmed ? 'success' : 'warning'}>{t(c.confirmed ? 'policeRequests.confirmed' : 'policeRequests.notConfirmed')}</StatusBadge>
                {c.note && <span className="baken-cell-sub baken-prewrap">{c.note}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {!open && (
        <p className="utrecht-paragraph">
          {t('policeRequests.outcomeLine', { outcome: t(`policeRequests.status.${status.key}`), date: formatDateTime(r.outcomeAt!), name: r.outcomeByName ?? '—' })}
          {r.outcomeReason && <span className="baken-cell-sub baken-prewrap">{r.outcomeReason}</span>}
        </p>
      )}
      {!open && r.disclosureId && (
        <p className="utrecht-paragraph">
          <TextLink to={`/jongeren/${youth.id}/verstrekkingen/${r.disclosureId}`}>{t('policeRequests.disclosureLink')}</TextLink>
        </p>
      )}
      {notice && mode === 'idle' && (
        <Alert kind="ok" takeFocus key={notice}>
          {notice}
        </Alert>
      )}
      {open && canUpdate && mode === 'idle' && (
        <>
          {r.verified ? (
            <p className="utrecht-paragraph baken-hint">{t('policeRequests.giveHint')}</p>
          ) : (
            <p className="utrecht-paragraph baken-hint">{t('policeRequests.mustVerifyFirst')}</p>
          )}
          <ButtonGroup>
            {r.verified ? (
              <ButtonLink appearance="primary" to={`/jongeren/${youth.id}/verstrekkingen/nieuw?politievraag=${r.id}`}>
                {t('policeRequests.giveInformation')}
              </ButtonLink>
            ) : (
              <Button appearance="primary" onClick={() => (setNotice(null), setMode('callback'))}>
                {t('policeRequests.callBack')}
              </Button>
            )}
            {r.verified && <Button onClick={() => (setNotice(null), setMode('callback'))}>{t('policeRequests.callBack')}</Button>}
            <Button appearance="subtle" onClick={() => (setNotice(null), setMode('close'))}>
              {t('policeRequests.close')}
            </Button>
          </ButtonGroup>
        </>
      )}
      {mode === 'callback' && (
        <CallbackForm
          request={r}
          onDone={() => {
            setMode('idle');
            setNotice(t('policeRequests.callbackSaved'));
          }}
          onCancel={() => setMode('idle')}
        />
      )}
      {mode === 'close' && (
        <CloseForm
          request={r}
          onDone={() => {
            setMode('idle');
            setNotice(t('policeRequests.closed'));
          }}
          onCancel={() => setMode('idle')}
        />
      )}
    </article>
  );
}

function CallbackForm({ request, onDone, onCancel }: { request: PoliceRequest; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  const options = useDisclosureOptions(youth.id);
  const save = useRecordCallback(youth.id, request.id);
  const labels = { partnerId: t('policeRequests.partnerId'), confirmed: t('policeRequests.confirmedQuestion'), note: t('policeRequests.note'), calledAt: t('policeRequests.calledAt') };
  const known = options.data?.partners.filter((p) => p.knownPhone) ?? [];
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body: Record<string, unknown> = { note: text(data, 'note'), calledAt: text(data, 'calledAt') };
    // Left out when not chosen, so the server names what is missing.
    if (text(data, 'partnerId')) body.partnerId = text(data, 'partnerId');
    if (text(data, 'confirmed')) body.confirmed = text(data, 'confirmed') === 'yes';
    save.mutate(body as never, { onSuccess: onDone });
  };
  const scope = `callback-${request.id}`;
  if (options.isPending) return <Loading />;
  if (options.isError) return <LoadError error={options.error} />;
  return (
    <div className="baken-card baken-card--inner">
      <Heading3 id={`${scope}-title`}>{t('policeRequests.callbackTitle')}</Heading3>
      <p className="utrecht-paragraph">{t('policeRequests.callbackIntro')}</p>
      {known.length === 0 ? (
        <>
          <Alert kind="warning">
            <p className="utrecht-paragraph">{t('policeRequests.noKnownNumbers')}</p>
          </Alert>
          <Button appearance="subtle" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </>
      ) : (
        <>
          <ErrorSummary error={save.error} labels={labels} />
          <form onSubmit={submit} noValidate className="baken-form" aria-labelledby={`${scope}-title`}>
            <SelectField
              label={labels.partnerId}
              name="partnerId"
              required
              placeholder={t('policeRequests.partnerPlaceholder')}
              options={known.map((p) => ({ value: p.id, label: t('policeRequests.partnerOption', { name: p.name, phone: p.knownPhone ?? '' }) }))}
              error={save.error?.field('partnerId')}
            />
            <RadioGroup
              legend={labels.confirmed}
              name="confirmed"
              options={[
                { value: 'yes', label: t('policeRequests.confirmedYes') },
                { value: 'no', label: t('policeRequests.confirmedNo') },
              ]}
              error={save.error?.field('confirmed')}
            />
            <TextAreaField label={labels.note} name="note" optional rows={2} error={save.error?.field('note')} />
            <TextField label={labels.calledAt} name="calledAt" type="datetime-local" required defaultValue={nowLocal()} error={save.error?.field('calledAt')} />
            <ButtonGroup>
              <Button type="submit" appearance="primary" busy={save.isPending}>
                {t('policeRequests.saveCallback')}
              </Button>
              <Button appearance="subtle" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            </ButtonGroup>
          </form>
        </>
      )}
    </div>
  );
}

function CloseForm({ request, onDone, onCancel }: { request: PoliceRequest; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  const close = useClosePoliceRequest(youth.id, request.id);
  const [outcome, setOutcome] = useState<CloseRequestBody['outcome'] | ''>('');
  const [pending, setPending] = useState<CloseRequestBody | null>(null);
  const labels = { outcome: t('policeRequests.outcome'), reason: outcome === 'refused' ? t('policeRequests.reasonRefused') : t('policeRequests.reason') };
  const send = (body: CloseRequestBody) => close.mutate(body, { onSuccess: onDone, onSettled: () => setPending(null) });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    close.reset();
    const reason = text(new FormData(event.currentTarget), 'reason');
    const body = { ...(outcome ? { outcome } : {}), reason } as CloseRequestBody;
    // Incomplete: the server answers field by field and nothing closes, so no need to ask first.
    if (!outcome || (outcome === 'refused' && !reason.trim())) send(body);
    else setPending(body);
  };
  const scope = `close-${request.id}`;
  return (
    <div className="baken-card baken-card--inner">
      <Heading3 id={`${scope}-title`}>{t('policeRequests.closeTitle')}</Heading3>
      <ErrorSummary error={close.error} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form" aria-labelledby={`${scope}-title`}>
        <RadioGroup
          legend={labels.outcome}
          name="outcome"
          value={outcome}
          onChange={(v) => setOutcome(v as CloseRequestBody['outcome'])}
          options={[
            { value: 'nothingGiven', label: t('policeRequests.status.nothingGiven') },
            { value: 'refused', label: t('policeRequests.status.refused') },
          ]}
          error={close.error?.field('outcome')}
        />
        <TextAreaField label={labels.reason} name="reason" optional={outcome !== 'refused'} required={outcome === 'refused'} rows={3} error={close.error?.field('reason')} />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={close.isPending}>
            {t('policeRequests.saveClose')}
          </Button>
          <Button appearance="subtle" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
      <ConfirmDialog
        open={pending !== null}
        title={t('policeRequests.confirmCloseTitle')}
        confirmLabel={t('policeRequests.confirmCloseButton')}
        busy={close.isPending}
        onConfirm={() => pending && send(pending)}
        onCancel={() => setPending(null)}
      >
        <p className="utrecht-paragraph">{t('policeRequests.confirmClose')}</p>
      </ConfirmDialog>
    </div>
  );
}
