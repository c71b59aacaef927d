// Recording a consent: who signed and when, what it covers, and the signed
// form. The consent is saved first and the form sent after it, so a failed
// upload never loses what was typed: the consent stands, and its card offers
// the upload again.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/http';
import { Button, ButtonGroup } from '../../ui/Button';
import { todayIso } from '../../ui/calendar';
import { ErrorSummary, FieldIdScope, formValues, SelectField, TextAreaField, TextField } from '../../ui/Form';
import { CONSENT_GIVERS, OWN_CONSENT_AGE } from '../../../../server/src/modules/comensha/comensha.options';
import { useRecordConsent, useUploadConsentDocument } from './api';
import { DocumentField } from './DocumentField';
import { asDocumentError, documentError } from './documentCheck';

export type ConsentSaved = { kind: 'saved' } | { kind: 'savedWithoutDocument'; message: string };

export function ConsentForm({ youthId, ageToday, onDone, onCancel }: { youthId: string; ageToday: number; onDone: (result: ConsentSaved) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const create = useRecordConsent(youthId);
  const upload = useUploadConsentDocument(youthId);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const error = problem ?? create.error;
  const busy = create.isPending || upload.isPending;
  const labels = {
    givenBy: t('comensha.consents.givenBy'),
    signerName: t('comensha.consents.signerName'),
    signedOn: t('comensha.consents.signedOn'),
    scopeNote: t('comensha.consents.scopeNote'),
    document: t('comensha.consents.document'),
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const { document: _file, ...values } = formValues(form);
    const file = (form.elements.namedItem('document') as HTMLInputElement | null)?.files?.[0] ?? null;
    create.reset();
    const fileProblem = file ? await documentError(t, i18n.language, file, t('form.errorSummary')) : null;
    setProblem(fileProblem);
    if (fileProblem) return;
    create.mutate(values, {
      onSuccess: ({ id }) => {
        if (!file) return onDone({ kind: 'saved' });
        upload.mutate(
          { consentId: id, file },
          {
            onSuccess: () => onDone({ kind: 'saved' }),
            onError: (e) => onDone({ kind: 'savedWithoutDocument', message: asDocumentError(e).message }),
          },
        );
      },
    });
  };

  return (
    <FieldIdScope scope="consent">
      <form className="baken-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ErrorSummary error={error} labels={labels} />
        <SelectField
          label={labels.givenBy}
          name="givenBy"
          required
          defaultValue={ageToday >= OWN_CONSENT_AGE ? 'youth' : 'parents'}
          description={t('comensha.consents.age', { age: ageToday, who: t(ageToday >= OWN_CONSENT_AGE ? 'comensha.consents.whoYouth' : 'comensha.consents.whoParents') })}
          options={CONSENT_GIVERS.map((value) => ({ value, label: t(`comensha.options.givers.${value}`) }))}
          error={error?.field('givenBy')}
        />
        <TextField label={labels.signerName} name="signerName" required autoComplete="off" error={error?.field('signerName')} />
        <TextField label={labels.signedOn} name="signedOn" type="date" required max={todayIso()} defaultValue={todayIso()} error={error?.field('signedOn')} />
        <TextAreaField label={labels.scopeNote} name="scopeNote" optional rows={3} description={t('comensha.consents.scopeNoteHint')} error={error?.field('scopeNote')} />
        <DocumentField
          id="field-consent-document"
          label={labels.document}
          optional={t('form.optional')}
          hint={`${t('comensha.consents.documentHint')} ${t('comensha.consents.documentLater')}`}
          error={error?.field('document')}
          onChange={() => setProblem(null)}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy}>
            {t('comensha.consents.save')}
          </Button>
          <Button appearance="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </FieldIdScope>
  );
}
