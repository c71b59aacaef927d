// Closing the file at the end of care. The form asks for the day care ended and
// why; a dialog then says what closing means (readable until the retention
// date, unchangeable from now on) before anything is sent. Once closed, the
// page shows when, why and until when the file stays readable.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RETENTION_YEARS } from '../../../../../../server/src/modules/caseFiles/caseFiles.options';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { todayIso } from '../../../../ui/calendar';
import { ConfirmDialog } from '../../../../ui/ConfirmDialog';
import { ErrorSummary, TextAreaField, TextField } from '../../../../ui/Form';
import { formatDate } from '../../../../ui/format';
import { Heading2 } from '../../../../ui/Heading';
import { useCaseFile } from '../../CaseFileLayout';
import { useCloseFile, type Closed, type CloseInput } from './closingApi';
import { addMonths, localDate } from './schedule';

const retentionFor = (closedOn: string) => addMonths(closedOn, RETENTION_YEARS * 12);

export function CloseFileSection({ aftercareIncomplete }: { aftercareIncomplete: boolean }) {
  const { t } = useTranslation();
  const { youth, access } = useCaseFile();
  const close = useCloseFile(youth.id);
  const [pending, setPending] = useState<CloseInput | null>(null);
  const [closed, setClosed] = useState<Closed | null>(null);
  const labels = { closedOn: t('aftercarePage.close.closedOn'), reason: t('aftercarePage.close.reason') };

  if (closed) {
    return (
      <section aria-labelledby="close-file" className="baken-record-section">
        <Heading2 id="close-file">{t('aftercarePage.close.title')}</Heading2>
        <Alert kind="ok" takeFocus>
          <p className="utrecht-paragraph">{t('aftercarePage.close.done', { until: formatDate(closed.retentionUntil) })}</p>
        </Alert>
      </section>
    );
  }
  if (youth.closedOn) {
    return (
      <section aria-labelledby="close-file" className="baken-record-section">
        <Heading2 id="close-file">{t('aftercarePage.close.closedTitle')}</Heading2>
        <dl className="baken-dl">
          <div>
            <dt>{t('aftercarePage.close.closedOnLabel')}</dt>
            <dd>{formatDate(youth.closedOn)}</dd>
          </div>
          {youth.closureReason && (
            <div>
              <dt>{t('aftercarePage.close.reasonLabel')}</dt>
              <dd className="baken-prewrap">{youth.closureReason}</dd>
            </div>
          )}
          {youth.retentionUntil && (
            <div>
              <dt>{t('aftercarePage.close.retentionLabel')}</dt>
              <dd>{formatDate(youth.retentionUntil)}</dd>
            </div>
          )}
        </dl>
      </section>
    );
  }
  if (!access.canUpdate) return null;

  const send = (input: CloseInput) =>
    close.mutate(input, {
      onSuccess: setClosed,
      onSettled: () => setPending(null),
    });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    close.reset();
    const data = new FormData(event.currentTarget);
    const input = { closedOn: String(data.get('closedOn') ?? ''), reason: String(data.get('reason') ?? '') };
    // Without a date or a reason the server refuses the request with its field
    // messages, and closes nothing: no need to ask "are you sure" first.
    if (!input.closedOn || !input.reason.trim()) send(input);
    else setPending(input);
  };

  return (
    <section aria-labelledby="close-file" className="baken-record-section baken-close-file">
      <Heading2 id="close-file">{t('aftercarePage.close.title')}</Heading2>
      <p className="utrecht-paragraph">{t('aftercarePage.close.intro', { years: RETENTION_YEARS })}</p>
      {aftercareIncomplete && (
        <Alert kind="warning">
          <p className="utrecht-paragraph">{t('aftercarePage.close.incomplete')}</p>
        </Alert>
      )}
      <ErrorSummary error={close.error} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form">
        <TextField
          label={labels.closedOn}
          name="closedOn"
          type="date"
          required
          min={localDate(youth.createdAt)}
          max={todayIso()}
          defaultValue={todayIso()}
          error={close.error?.field('closedOn')}
        />
        <TextAreaField
          label={labels.reason}
          name="reason"
          required
          rows={4}
          maxLength={2000}
          description={t('aftercarePage.close.reasonHint')}
          error={close.error?.field('reason')}
        />
        <Button type="submit" appearance="danger" busy={close.isPending}>
          {t('aftercarePage.close.submit')}
        </Button>
      </form>
      <ConfirmDialog
        open={pending !== null}
        title={t('aftercarePage.close.confirmTitle', { name: youth.firstName })}
        confirmLabel={t('aftercarePage.close.confirm')}
        busy={close.isPending}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && send(pending)}
      >
        <p className="utrecht-paragraph">{t('aftercarePage.close.confirmText', { until: pending ? formatDate(retentionFor(pending.closedOn)) : '' })}</p>
        <p className="utrecht-paragraph">{t('aftercarePage.close.confirmFinal')}</p>
      </ConfirmDialog>
    </section>
  );
}
