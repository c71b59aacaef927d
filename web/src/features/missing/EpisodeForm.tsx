// The form that starts an episode (and corrects it later): when and where the
// youth was last seen, the description, and the urgency check with "what shows
// it?" under every criterion that is ticked. Suggestions from the file (young
// age, an LVB) stand beside their criterion; ticking stays the professional's.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { URGENCY_CRITERIA, type UrgencyCriterion } from '../../../../server/src/modules/missing/missing.options';
import { suggestCriteria } from '../../../../server/src/modules/missing/urgency';
import { ApiError } from '../../api/http';
import type { Youth } from '../../api/types';
import { Alert } from '../../ui/Alert';
import { Button, ButtonGroup } from '../../ui/Button';
import { ErrorSummary, TextAreaField, TextField } from '../../ui/Form';
import type { Episode, StartBody } from './api';
import { dutchLocalInput } from './time';

type Ticked = Partial<Record<UrgencyCriterion, string>>;

/** The server names urgency problems by their place in the list sent; the form shows them by criterion. */
function byCriterion(error: ApiError | null, sent: UrgencyCriterion[]): ApiError | null {
  if (!error) return null;
  const fields = error.fields.map((f) => {
    const match = /^urgency\.(\d+)\.(explanation|criterion)$/.exec(f.path);
    const criterion = match ? sent[Number(match[1])] : undefined;
    return criterion ? { ...f, path: `urgency.${criterion}` } : f;
  });
  return new ApiError(error.status, error.code, error.message, fields);
}

export function EpisodeForm({
  youth,
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  youth: Youth;
  initial?: Episode;
  submitLabel: string;
  busy: boolean;
  error: ApiError | null;
  onSubmit: (body: StartBody) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [ticked, setTicked] = useState<Ticked>(() => Object.fromEntries((initial?.urgency ?? []).map((u) => [u.criterion, u.explanation])));
  const sent = useRef<UrgencyCriterion[]>([]);
  const shown = byCriterion(error, sent.current);
  const suggestions = suggestCriteria(youth, dutchLocalInput().slice(0, 10));
  const labels: Record<string, string> = {
    lastSeenAt: t('missing.start.lastSeenAt'),
    lastSeenPlace: t('missing.start.lastSeenPlace'),
    appearance: t('missing.start.appearance'),
    companions: t('missing.start.companions'),
    circumstances: t('missing.start.circumstances'),
    parentsContact: t('missing.start.parentsContact'),
    guardianContact: t('missing.start.guardianContact'),
    urgency: t('missing.urgency.legend'),
    ...Object.fromEntries(URGENCY_CRITERIA.map((c) => [`urgency.${c}`, `${t(`missing.criteria.${c}`)}: ${t('missing.urgency.explanation')}`])),
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    const urgency = URGENCY_CRITERIA.filter((c) => ticked[c] !== undefined).map((criterion) => ({ criterion, explanation: ticked[criterion] ?? '' }));
    sent.current = urgency.map((u) => u.criterion);
    onSubmit({
      lastSeenAt: text('lastSeenAt'),
      lastSeenPlace: text('lastSeenPlace'),
      appearance: text('appearance'),
      companions: text('companions'),
      circumstances: text('circumstances'),
      urgency,
      parentsContact: text('parentsContact'),
      guardianContact: text('guardianContact'),
    });
  };

  const suggestion = (criterion: UrgencyCriterion) => {
    const found = suggestions.find((s) => s.criterion === criterion);
    if (!found) return null;
    return found.criterion === 'youngAge'
      ? t('missing.urgency.suggestYoungAge', { name: youth.firstName, age: found.age })
      : t('missing.urgency.suggestLvb', { indication: t(`missing.urgency.lvbIndications.${found.lvbIndication}`) });
  };

  return (
    <>
      <ErrorSummary error={shown} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form baken-missing-form">
        <TextField
          label={labels.lastSeenAt!}
          name="lastSeenAt"
          type="datetime-local"
          required
          max={dutchLocalInput()}
          defaultValue={initial ? dutchLocalInput(initial.lastSeenAt) : dutchLocalInput()}
          error={shown?.field('lastSeenAt')}
        />
        <TextField label={labels.lastSeenPlace!} name="lastSeenPlace" required maxLength={500} defaultValue={initial?.lastSeenPlace} error={shown?.field('lastSeenPlace')} />
        <TextAreaField
          label={labels.appearance!}
          name="appearance"
          optional
          rows={2}
          maxLength={2000}
          description={t('missing.start.appearanceHint')}
          defaultValue={initial?.appearance}
          error={shown?.field('appearance')}
        />
        <TextField label={labels.companions!} name="companions" optional maxLength={2000} defaultValue={initial?.companions} error={shown?.field('companions')} />
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset baken-urgency" id="field-urgency" tabIndex={-1} aria-describedby="urgency-hint">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{labels.urgency}</legend>
          <p className="utrecht-form-field-description" id="urgency-hint">
            {t('missing.urgency.hint')}
          </p>
          {URGENCY_CRITERIA.map((criterion) => {
            const checkboxId = `urgency-${criterion}`;
            const hint = suggestion(criterion);
            const checked = ticked[criterion] !== undefined;
            return (
              <div key={criterion} className="baken-urgency__criterion">
                <div className="utrecht-form-field utrecht-form-field--checkbox">
                  <div className="utrecht-form-field__input">
                    <input
                      type="checkbox"
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                      id={checkboxId}
                      checked={checked}
                      aria-describedby={hint ? `${checkboxId}-hint` : undefined}
                      onChange={(event) => setTicked((now) => ({ ...now, [criterion]: event.target.checked ? (now[criterion] ?? '') : undefined }))}
                    />
                  </div>
                  <div className="utrecht-form-field__label">
                    <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={checkboxId}>
                      {t(`missing.criteria.${criterion}`)}
                    </label>
                  </div>
                </div>
                {hint && (
                  <p className="baken-hint baken-urgency__suggestion" id={`${checkboxId}-hint`}>
                    {hint}
                  </p>
                )}
                {checked && (
                  <TextAreaField
                    label={t('missing.urgency.explanation')}
                    name={`urgency.${criterion}`}
                    required
                    rows={2}
                    maxLength={2000}
                    value={ticked[criterion] ?? ''}
                    onChange={(event) => setTicked((now) => ({ ...now, [criterion]: event.target.value }))}
                    error={shown?.field(`urgency.${criterion}`)}
                  />
                )}
              </div>
            );
          })}
        </fieldset>
        <TextAreaField label={labels.circumstances!} name="circumstances" optional rows={3} maxLength={4000} defaultValue={initial?.circumstances} error={shown?.field('circumstances')} />
        <TextField
          label={labels.parentsContact!}
          name="parentsContact"
          optional
          maxLength={1000}
          description={t('missing.start.contactHint')}
          defaultValue={initial?.parentsContact}
          error={shown?.field('parentsContact')}
        />
        <TextField label={labels.guardianContact!} name="guardianContact" optional maxLength={1000} defaultValue={initial?.guardianContact} error={shown?.field('guardianContact')} />
        {!initial && (
          <Alert kind="info" title={t('missing.start.leaveTitle')}>
            <p className="utrecht-paragraph">{t('missing.start.leave')}</p>
          </Alert>
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy}>
            {submitLabel}
          </Button>
          <Button appearance="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
