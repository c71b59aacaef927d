// The reasoning when no registration is made: the file must hold it (seed 003,
// 2.8). Each reasoning stays; the latest is the file's state.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Button, ButtonGroup } from '../../ui/Button';
import { todayIso } from '../../ui/calendar';
import { ErrorSummary, FieldIdScope, formValues, SelectField, TextAreaField, TextField } from '../../ui/Form';
import { formatDate } from '../../ui/format';
import { Heading2, Heading3 } from '../../ui/Heading';
import { EmptyState } from '../../ui/States';
import { NO_REGISTRATION_REASONS } from '../../../../server/src/modules/comensha/comensha.options';
import { useRecordNoRegistration, type NoRegistration } from './api';

export function NoRegistrationSection({ youthId, items, canUpdate }: { youthId: string; items: NoRegistration[]; canUpdate: boolean }) {
  const { t } = useTranslation();
  const create = useRecordNoRegistration(youthId);
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(0);
  const labels = { reason: t('comensha.noRegistration.reason'), explanation: t('comensha.noRegistration.explanation'), decidedOn: t('comensha.noRegistration.decidedOn') };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate(formValues(event.currentTarget), { onSuccess: () => (setAdding(false), setSaved((n) => n + 1)) });
  };

  return (
    <section aria-labelledby="comensha-no-registration" className="baken-record-section">
      <Heading2 id="comensha-no-registration">{t('comensha.noRegistration.title')}</Heading2>
      <p className="utrecht-paragraph">{t('comensha.noRegistration.intro')}</p>
      {saved > 0 && !adding && (
        <Alert kind="ok" takeFocus key={saved}>
          {t('comensha.noRegistration.saved')}
        </Alert>
      )}
      {canUpdate && !adding && (
        <p className="utrecht-paragraph">
          <Button appearance="secondary" onClick={() => (create.reset(), setAdding(true))}>
            {t('comensha.noRegistration.add')}
          </Button>
        </p>
      )}
      {adding && (
        <div className="baken-card">
          <FieldIdScope scope="no-registration">
            <form className="baken-form" noValidate onSubmit={onSubmit}>
              <ErrorSummary error={create.error} labels={labels} />
              <SelectField
                label={labels.reason}
                name="reason"
                required
                options={NO_REGISTRATION_REASONS.map((value) => ({ value, label: t(`comensha.options.reasons.${value}`) }))}
                error={create.error?.field('reason')}
              />
              <TextAreaField label={labels.explanation} name="explanation" rows={4} description={t('comensha.noRegistration.explanationHint')} error={create.error?.field('explanation')} />
              <TextField label={labels.decidedOn} name="decidedOn" type="date" required max={todayIso()} defaultValue={todayIso()} error={create.error?.field('decidedOn')} />
              <ButtonGroup>
                <Button type="submit" appearance="primary" busy={create.isPending}>
                  {t('comensha.noRegistration.save')}
                </Button>
                <Button appearance="secondary" onClick={() => setAdding(false)}>
                  {t('common.cancel')}
                </Button>
              </ButtonGroup>
            </form>
          </FieldIdScope>
        </div>
      )}
      {items.length === 0 && !adding && <EmptyState title={t('comensha.noRegistration.none')} />}
      {items.length > 0 && (
        <ol className="baken-records">
          {items.map((item) => (
            <li key={item.id} className="baken-card">
              <Heading3>{t('comensha.noRegistration.item', { reason: t(`comensha.options.reasons.${item.reason}`), date: formatDate(item.decidedOn) })}</Heading3>
              {item.explanation && <p className="utrecht-paragraph baken-prewrap">{item.explanation}</p>}
              <p className="baken-record__meta">{t('comensha.consents.recordedBy', { name: item.recordedByName ?? '—', date: formatDate(item.recordedAt) })}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
