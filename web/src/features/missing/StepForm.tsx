// One step of an episode recorded with its time: a notification while the
// youth is missing, a follow-up after the return, or a note. Asks only what the
// step needs (the police's number, whether the guardian is available, whether
// the youth took part), and the time, "now" unless it happened earlier.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EpisodeStep } from '../../../../server/src/modules/missing/missing.options';
import { Button, ButtonGroup } from '../../ui/Button';
import { ErrorSummary, FieldIdScope, TextAreaField, TextField } from '../../ui/Form';
import { useRecordStep, type Episode } from './api';
import { dutchLocalInput } from './time';
import { readYesNo, YesNo } from './YesNo';

const NOTE_REQUIRED: EpisodeStep[] = ['policeConsulted', 'evaluationDone', 'safetyPlanUpdated', 'note'];

export function StepForm({ youthId, episode, step, onDone, onCancel }: { youthId: string; episode: Episode; step: EpisodeStep; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const record = useRecordStep(youthId);
  const scope = `${episode.id}-${step}`;
  const noteLabel = step === 'policeConsulted' || step === 'evaluationDone' || step === 'safetyPlanUpdated' || step === 'note' ? t(`missing.step.noteFor.${step}`) : t('missing.step.note');
  const labels = {
    at: t('missing.step.at'),
    reference: t('missing.step.reference'),
    guardianAvailable: t('missing.step.guardianAvailable'),
    withYouth: t('missing.step.withYouth'),
    note: noteLabel,
    step: t(`missing.steps.${step}`),
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    record.mutate(
      {
        episodeId: episode.id,
        body: {
          step,
          at: String(data.get('at') ?? ''),
          reference: String(data.get('reference') ?? ''),
          guardianAvailable: step === 'guardianInformed' ? readYesNo(form, 'guardianAvailable') : null,
          withYouth: step === 'evaluationDone' ? readYesNo(form, 'withYouth') : null,
          note: String(data.get('note') ?? ''),
        },
      },
      { onSuccess: onDone },
    );
  };
  return (
    <FieldIdScope scope={scope}>
      <div className="baken-step-form">
        <ErrorSummary error={record.error} labels={labels} />
        <form onSubmit={submit} noValidate className="baken-form" aria-label={labels.step}>
          <TextField label={labels.at} name="at" type="datetime-local" required max={dutchLocalInput()} defaultValue={dutchLocalInput()} error={record.error?.field('at')} />
          {step === 'policeReport' && (
            <TextField
              label={labels.reference}
              name="reference"
              optional
              maxLength={100}
              description={t('missing.step.referenceHint')}
              defaultValue={episode.policeReference ?? ''}
              error={record.error?.field('reference')}
            />
          )}
          {step === 'guardianInformed' && <YesNo legend={labels.guardianAvailable} name="guardianAvailable" scope={scope} error={record.error?.field('guardianAvailable')} />}
          {step === 'evaluationDone' && <YesNo legend={labels.withYouth} name="withYouth" scope={scope} defaultValue={true} error={record.error?.field('withYouth')} />}
          {(NOTE_REQUIRED.includes(step) || step === 'parentsInformed' || step === 'guardianInformed') && (
            <TextAreaField label={labels.note} name="note" rows={3} maxLength={4000} required={NOTE_REQUIRED.includes(step)} optional={!NOTE_REQUIRED.includes(step)} error={record.error?.field('note')} />
          )}
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={record.isPending}>
              {t('missing.step.save')}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      </div>
    </FieldIdScope>
  );
}
