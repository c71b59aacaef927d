// One consent: who signed when, whether it carries a registration today and
// if not why, the signed form (download, or add it), and its withdrawal. A
// withdrawal is asked for twice: it cannot be undone.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/http';
import { Alert } from '../../ui/Alert';
import { StatusBadge } from '../../ui/Badge';
import { Button, ButtonGroup } from '../../ui/Button';
import { todayIso } from '../../ui/calendar';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorSummary, FieldIdScope, formValues, TextAreaField, TextField } from '../../ui/Form';
import { formatDate } from '../../ui/format';
import { Heading3 } from '../../ui/Heading';
import { documentHref, useUploadConsentDocument, useWithdrawConsent, type Consent } from './api';
import { DocumentField } from './DocumentField';
import { asDocumentError, documentError } from './documentCheck';

export function ConsentCard({ youthId, consent, canUpdate }: { youthId: string; consent: Consent; canUpdate: boolean }) {
  const { t } = useTranslation();
  const [justWithdrawn, setJustWithdrawn] = useState(false);
  const valid = consent.problemsToday.length === 0;
  const giver = t(`comensha.options.givers.${consent.givenBy}`);
  return (
    <li className="baken-card">
      <Heading3>{t('comensha.consents.heading', { giver, name: consent.signerName })}</Heading3>
      <p className="baken-record__status">
        {consent.withdrawal ? (
          <StatusBadge status="inactive">{t('comensha.consents.withdrawnBadge')}</StatusBadge>
        ) : valid ? (
          <StatusBadge status="success">{t('comensha.consents.valid')}</StatusBadge>
        ) : (
          <StatusBadge status="warning">{t('comensha.consents.notValid')}</StatusBadge>
        )}
      </p>
      <p className="utrecht-paragraph">{t('comensha.consents.signedAt', { date: formatDate(consent.signedOn), age: consent.ageAtSigning })}</p>
      {!valid && !consent.withdrawal && (
        <ul className="utrecht-unordered-list baken-comensha__problems">
          {consent.problemsToday.map((problem) => (
            <li key={problem} className="utrecht-unordered-list__item">
              {t(`comensha.consents.problems.${problem}`, { age: consent.ageAtSigning })}
            </li>
          ))}
        </ul>
      )}
      {consent.scopeNote && (
        <p className="utrecht-paragraph baken-prewrap">
          <strong>{t('comensha.consents.scope')}:</strong> {consent.scopeNote}
        </p>
      )}
      <DocumentPart youthId={youthId} consent={consent} canUpload={canUpdate && !consent.withdrawal} />
      {justWithdrawn && consent.withdrawal && (
        <Alert kind="ok" takeFocus>
          {t('comensha.consents.withdrawnSaved')}
        </Alert>
      )}
      {consent.withdrawal ? (
        <div className="baken-comensha__withdrawal">
          <p className="utrecht-paragraph">{t('comensha.consents.withdrawn', { date: formatDate(consent.withdrawal.withdrawnOn), name: consent.withdrawal.withdrawnBy })}</p>
          {consent.withdrawal.note && <p className="utrecht-paragraph baken-prewrap">{consent.withdrawal.note}</p>}
        </div>
      ) : (
        canUpdate && <Withdrawal youthId={youthId} consent={consent} onWithdrawn={() => setJustWithdrawn(true)} />
      )}
      <p className="baken-record__meta">{t('comensha.consents.recordedBy', { name: consent.recordedByName ?? '—', date: formatDate(consent.recordedAt) })}</p>
    </li>
  );
}

function DocumentPart({ youthId, consent, canUpload }: { youthId: string; consent: Consent; canUpload: boolean }) {
  const { t, i18n } = useTranslation();
  const upload = useUploadConsentDocument(youthId);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(0);
  // With a form on file, adding another is the exception: behind a button, not an open field.
  const [replacing, setReplacing] = useState(false);
  const error = problem ?? (upload.error ? asDocumentError(upload.error) : null);
  const scope = `consent-${consent.id}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isPending) return;
    const form = event.currentTarget;
    const file = (form.elements.namedItem('document') as HTMLInputElement | null)?.files?.[0] ?? null;
    upload.reset();
    const fileProblem = await documentError(t, i18n.language, file, t('form.errorSummary'));
    setProblem(fileProblem);
    if (fileProblem) return;
    upload.mutate({ consentId: consent.id, file: file! }, { onSuccess: () => (form.reset(), setReplacing(false), setSaved((n) => n + 1)) });
  };

  const document = consent.document;
  return (
    <div className="baken-comensha__document">
      {document ? (
        <p className="utrecht-paragraph">
          <a className="utrecht-link utrecht-link--html-a" href={documentHref(youthId, consent.id)} download>
            {t('comensha.consents.documentLink')}
          </a>
          <span className="baken-record__meta">
            {' '}
            (
            {t('comensha.consents.documentMeta', {
              type: t(`comensha.options.documentTypes.${document.mimeType as 'application/pdf'}`, { defaultValue: document.mimeType }),
              size: Math.max(1, Math.round(document.bytes / 1024)),
              name: document.uploadedByName ?? '—',
              date: formatDate(document.uploadedAt),
            })}
            )
          </span>
        </p>
      ) : (
        <p className="utrecht-paragraph">{t('comensha.consents.documentNone')}</p>
      )}
      {saved > 0 && !error && (
        <Alert kind="ok" takeFocus key={saved}>
          {t('comensha.consents.uploaded')}
        </Alert>
      )}
      {canUpload && document && !replacing && (
        <p className="utrecht-paragraph">
          <Button appearance="subtle" onClick={() => (upload.reset(), setProblem(null), setReplacing(true))}>
            {t('comensha.consents.uploadAgain')}
          </Button>
        </p>
      )}
      {canUpload && (!document || replacing) && (
        <FieldIdScope scope={scope}>
          <form className="baken-form" noValidate onSubmit={(event) => void onSubmit(event)}>
            <ErrorSummary error={error} labels={{ document: t('comensha.consents.document') }} />
            <DocumentField id={`field-${scope}-document`} label={t('comensha.consents.document')} hint={t('comensha.consents.documentHint')} error={error?.field('document')} onChange={() => setProblem(null)} />
            <ButtonGroup>
              <Button type="submit" appearance="primary" busy={upload.isPending}>
                {t('comensha.consents.upload')}
              </Button>
              {replacing && (
                <Button appearance="secondary" onClick={() => setReplacing(false)}>
                  {t('common.cancel')}
                </Button>
              )}
            </ButtonGroup>
          </form>
        </FieldIdScope>
      )}
    </div>
  );
}

function Withdrawal({ youthId, consent, onWithdrawn }: { youthId: string; consent: Consent; onWithdrawn: () => void }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawConsent(youthId);
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState<Record<string, unknown> | null>(null);
  const labels = { withdrawnOn: t('comensha.consents.withdrawnOn'), withdrawnBy: t('comensha.consents.withdrawnBy'), note: t('comensha.consents.withdrawalNote') };

  if (!open) {
    return (
      <p className="utrecht-paragraph">
        <Button appearance="secondary" onClick={() => (withdraw.reset(), setOpen(true))}>
          {t('comensha.consents.withdraw')}
        </Button>
      </p>
    );
  }
  return (
    <FieldIdScope scope={`withdraw-${consent.id}`}>
      <form
        className="baken-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setPending(formValues(event.currentTarget));
        }}
      >
        <ErrorSummary error={withdraw.error} labels={labels} />
        <TextField label={labels.withdrawnOn} name="withdrawnOn" type="date" required max={todayIso()} defaultValue={todayIso()} error={withdraw.error?.field('withdrawnOn')} />
        <TextField label={labels.withdrawnBy} name="withdrawnBy" required autoComplete="off" description={t('comensha.consents.withdrawnByHint')} error={withdraw.error?.field('withdrawnBy')} />
        <TextAreaField label={labels.note} name="note" optional rows={3} error={withdraw.error?.field('note')} />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={withdraw.isPending}>
            {t('comensha.consents.withdraw')}
          </Button>
          <Button appearance="secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
      <ConfirmDialog
        open={pending !== null}
        title={t('comensha.consents.withdrawConfirmTitle')}
        confirmLabel={t('comensha.consents.withdrawConfirm')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          // Closed before sending, so a refusal's error summary takes focus after the dialog has handed it back.
          if (!pending) return;
          setPending(null);
          withdraw.mutate({ consentId: consent.id, body: pending }, { onSuccess: () => (setOpen(false), onWithdrawn()) });
        }}
      >
        <p className="utrecht-paragraph">{t('comensha.consents.withdrawConfirmText')}</p>
      </ConfirmDialog>
    </FieldIdScope>
  );
}
