// Changing one criterion: status, evidence (a current policy from the register
// or an uploaded document), owner, due date and comments. The save names the
// version the form started from; when someone else saved in between, the
// latest version is shown above the form and the next save replaces it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/Alert';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ErrorSummary, FieldIdScope, SelectField, TextAreaField, TextField } from '../../../ui/Form';
import type { ApiError } from '../../../api/http';
import { CRITERION_STATUSES, INDICATOR_ANSWERS, type CriterionStatus, type IndicatorAnswer } from '../../../../../server/src/modules/quality/selfAssessment/selfAssessment.options';
import { useSaveCriterion, useSaveIndicator, useUploadEvidence, type Criterion, type EvidenceDocument, type Indicator, type PolicyRegister } from './api';
import { CriterionValues } from './ItemParts';

const isConflict = (error: ApiError | null) => error?.code === 'EDIT_CONFLICT';

export function CriterionForm({
  assessmentId,
  criterion,
  owners,
  policies,
  onConflict,
  onDone,
}: {
  assessmentId: string;
  criterion: Criterion;
  owners: { id: string; name: string }[];
  policies: PolicyRegister['policies'];
  onConflict: () => void;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveCriterion(assessmentId, criterion.ref);
  const upload = useUploadEvidence(assessmentId);
  const [version, setVersion] = useState(criterion.updatedAt);
  const [status, setStatus] = useState<string>(criterion.status ?? '');
  const [policyId, setPolicyId] = useState(criterion.policy?.id ?? '');
  const [document, setDocument] = useState<EvidenceDocument | null>(criterion.document);
  const [ownerId, setOwnerId] = useState(criterion.owner?.id ?? '');
  const [dueOn, setDueOn] = useState(criterion.dueOn ?? '');
  const [comments, setComments] = useState(criterion.comments);
  const conflict = isConflict(save.error);
  // After a conflict the page reloaded the latest version: the next save is made against it.
  const latestShown = conflict && criterion.updatedAt !== version;

  // Current policies of the register; one already chosen (withdrawn since) stays in the list.
  const policyOptions = [
    ...policies.filter((p) => p.status === 'current').map((p) => ({ value: p.id, label: t('selfAssessment.criterion.policyLabel', { title: p.title, version: p.versionLabel }) })),
    ...(criterion.policy && !policies.some((p) => p.id === criterion.policy!.id && p.status === 'current')
      ? [{ value: criterion.policy.id, label: `${t('selfAssessment.criterion.policyLabel', { title: criterion.policy.title, version: criterion.policy.versionLabel })} (${t('selfAssessment.criterion.withdrawn')})` }]
      : []),
  ];
  const ownerOptions = [
    ...owners.map((o) => ({ value: o.id, label: o.name })),
    ...(criterion.owner && !owners.some((o) => o.id === criterion.owner!.id) ? [{ value: criterion.owner.id, label: criterion.owner.name }] : []),
  ];
  const labels = {
    status: t('selfAssessment.form.status'),
    evidence: t('selfAssessment.criterion.evidence'),
    policyId: t('selfAssessment.form.policy'),
    documentId: policyOptions.length > 0 ? t('selfAssessment.form.document') : t('selfAssessment.form.documentOnly'),
    ownerId: t('selfAssessment.form.owner'),
    dueOn: t('selfAssessment.form.dueOn'),
    comments: t('selfAssessment.form.comments'),
  };
  const fieldError = (name: string) => (conflict ? undefined : save.error?.field(name));
  const scope = `c-${criterion.ref.replace('.', '_')}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const sentVersion = latestShown ? criterion.updatedAt : version;
    save.mutate(
      {
        status: status as CriterionStatus,
        policyId: policyId || null,
        documentId: document?.id ?? null,
        ownerId: ownerId || null,
        dueOn: dueOn || null,
        comments,
        updatedAt: sentVersion,
      },
      {
        onSuccess: () => onDone(true),
        onError: (error) => {
          if (isConflict(error)) {
            setVersion(sentVersion);
            onConflict();
          }
        },
      },
    );
  };

  return (
    <FieldIdScope scope={scope}>
      <form className="baken-form baken-sa-form" onSubmit={submit} noValidate>
        {conflict && (
          <Alert kind="warning" title={t('selfAssessment.form.conflictTitle')} takeFocus>
            <p className="utrecht-paragraph">{t('selfAssessment.form.conflictText', { name: criterion.updatedByName ?? t('selfAssessment.form.someoneElse') })}</p>
            <CriterionValues assessmentId={assessmentId} criterion={criterion} />
          </Alert>
        )}
        {!conflict && <ErrorSummary error={save.error} labels={labels} />}
        <p className="utrecht-paragraph baken-hint">{t('selfAssessment.form.evidenceRule')}</p>
        <SelectField
          label={labels.status}
          name="status"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          placeholder={t('selfAssessment.form.statusPlaceholder')}
          options={CRITERION_STATUSES.map((s) => ({ value: s, label: t(`selfAssessment.statuses.${s}`) }))}
          error={fieldError('status')}
          required
        />
        <div id={`field-${scope}-evidence`} tabIndex={-1} className="baken-sa-evidence-fields">
          {fieldError('evidence') && <div className="utrecht-form-field-error-message">{fieldError('evidence')}</div>}
          {policyOptions.length > 0 ? (
            <SelectField
              label={labels.policyId}
              name="policyId"
              description={t('selfAssessment.form.policyHint')}
              value={policyId}
              onChange={(e) => setPolicyId(e.target.value)}
              placeholder={t('selfAssessment.form.policyNone')}
              options={policyOptions}
              error={fieldError('policyId')}
              optional
            />
          ) : (
            <p className="utrecht-paragraph baken-hint">{t('selfAssessment.form.noPolicies')}</p>
          )}
          <div className={`utrecht-form-field ${upload.error || fieldError('documentId') ? 'utrecht-form-field--invalid' : ''}`}>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label" htmlFor={`field-${scope}-documentId`}>
                {labels.documentId} <span className="baken-optional">({t('form.optional')})</span>
              </label>
            </div>
            <div className="utrecht-form-field-description" id={`field-${scope}-documentId-description`}>
              {t('selfAssessment.form.documentHint')}
            </div>
            {(upload.error || fieldError('documentId')) && (
              <div className="utrecht-form-field-error-message" id={`field-${scope}-documentId-error`}>
                {upload.error?.message ?? fieldError('documentId')}
              </div>
            )}
            <input
              id={`field-${scope}-documentId`}
              type="file"
              className="baken-file-input"
              accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
              aria-describedby={`field-${scope}-documentId-description${upload.error ? ` field-${scope}-documentId-error` : ''}`}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) upload.mutate(file, { onSuccess: (d) => setDocument(d) });
                e.target.value = '';
              }}
            />
            {upload.isPending && (
              <p className="utrecht-paragraph" role="status">
                {t('selfAssessment.form.documentUploading')}
              </p>
            )}
            {document && (
              <p className="utrecht-paragraph" role="status">
                {t('selfAssessment.form.documentAdded', { name: document.fileName })}{' '}
                <Button appearance="subtle" onClick={() => setDocument(null)}>
                  {t('selfAssessment.form.documentRemove')}
                </Button>
              </p>
            )}
          </div>
        </div>
        <SelectField
          label={labels.ownerId}
          name="ownerId"
          value={ownerId}
          onChange={(e) => setOwnerId(e.target.value)}
          placeholder={t('selfAssessment.form.ownerNone')}
          options={ownerOptions}
          error={fieldError('ownerId')}
          optional={status !== 'beingArranged'}
        />
        <TextField label={labels.dueOn} name="dueOn" type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} error={fieldError('dueOn')} optional={status !== 'beingArranged'} />
        <TextAreaField label={labels.comments} name="comments" value={comments} onChange={(e) => setComments(e.target.value)} error={fieldError('comments')} optional maxLength={4000} rows={3} />
        <ButtonGroup>
          <Button appearance="primary" type="submit" busy={save.isPending}>
            {t('selfAssessment.form.save')}
          </Button>
          <Button appearance="secondary" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </FieldIdScope>
  );
}

export function IndicatorForm({
  assessmentId,
  indicator,
  onConflict,
  onDone,
}: {
  assessmentId: string;
  indicator: Indicator;
  onConflict: () => void;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveIndicator(assessmentId, indicator.ref);
  const [version, setVersion] = useState(indicator.updatedAt);
  const [answer, setAnswer] = useState<string>(indicator.answer ?? '');
  const [comments, setComments] = useState(indicator.comments);
  const conflict = isConflict(save.error);
  const latestShown = conflict && indicator.updatedAt !== version;
  const labels = { answer: t('selfAssessment.indicator.answer'), comments: t('selfAssessment.indicator.comments') };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const sentVersion = latestShown ? indicator.updatedAt : version;
    save.mutate(
      { answer: answer as IndicatorAnswer, comments, updatedAt: sentVersion },
      {
        onSuccess: () => onDone(true),
        onError: (error) => {
          if (isConflict(error)) {
            setVersion(sentVersion);
            onConflict();
          }
        },
      },
    );
  };
  return (
    <FieldIdScope scope={`i-${indicator.ref.replace('.', '_')}`}>
      <form className="baken-form baken-sa-form" onSubmit={submit} noValidate>
        {conflict && (
          <Alert kind="warning" title={t('selfAssessment.form.conflictTitle')} takeFocus>
            <p className="utrecht-paragraph">{t('selfAssessment.form.conflictIndicatorText', { name: indicator.updatedByName ?? t('selfAssessment.form.someoneElse') })}</p>
            <p className="utrecht-paragraph">
              <strong>{indicator.answer ? t(`selfAssessment.answers.${indicator.answer}`) : t('selfAssessment.answers.notAnswered')}</strong>
              {indicator.comments && <> — {indicator.comments}</>}
            </p>
          </Alert>
        )}
        {!conflict && <ErrorSummary error={save.error} labels={labels} />}
        <SelectField
          label={labels.answer}
          name="answer"
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
          placeholder={t('selfAssessment.indicator.answerPlaceholder')}
          options={INDICATOR_ANSWERS.map((a) => ({ value: a, label: t(`selfAssessment.answers.${a}`) }))}
          error={conflict ? undefined : save.error?.field('answer')}
          required
        />
        <TextAreaField
          label={labels.comments}
          name="comments"
          value={comments}
          onChange={(e) => setComments(e.target.value)}
          error={conflict ? undefined : save.error?.field('comments')}
          optional
          maxLength={4000}
          rows={3}
        />
        <ButtonGroup>
          <Button appearance="primary" type="submit" busy={save.isPending}>
            {t('selfAssessment.form.save')}
          </Button>
          <Button appearance="secondary" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </FieldIdScope>
  );
}
