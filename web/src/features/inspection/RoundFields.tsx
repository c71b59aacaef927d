// A round's own details as form fields, the same when a round is started and
// when its details are changed later, so both forms ask and refuse alike.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ROUND_KINDS } from '../../../../server/src/modules/inspection/inspection.options';
import type { ApiError } from '../../api/http';
import { SelectField, TextAreaField, TextField } from '../../ui/Form';
import type { RoundInput } from './api';

export function roundLabels(t: TFunction): Record<keyof RoundInput, string> {
  return {
    title: t('inspection.newRound.fields.title'),
    kind: t('inspection.newRound.fields.kind'),
    description: t('inspection.newRound.fields.description'),
    periodStart: t('inspection.newRound.fields.periodStart'),
    periodEnd: t('inspection.newRound.fields.periodEnd'),
  };
}

/** The round's details from the submitted form; an empty date is no date. */
export function roundInputFrom(v: Record<string, string>): RoundInput {
  return {
    title: v.title ?? '',
    kind: (v.kind ?? 'thematic') as RoundInput['kind'],
    description: v.description ?? '',
    periodStart: v.periodStart || null,
    periodEnd: v.periodEnd || null,
  };
}

type Initial = { title: string; kind: RoundInput['kind']; description: string | null; periodStart: string | null; periodEnd: string | null };

export function RoundFields({ error, initial }: { error: ApiError | null; initial?: Initial }) {
  const { t } = useTranslation();
  const labels = roundLabels(t);
  return (
    <>
      <TextField
        label={labels.title}
        name="title"
        required
        autoComplete="off"
        defaultValue={initial?.title}
        description={t('inspection.newRound.fields.titleHint')}
        error={error?.field('title')}
      />
      <SelectField
        label={labels.kind}
        name="kind"
        required
        defaultValue={initial?.kind ?? 'thematic'}
        options={ROUND_KINDS.map((k) => ({ value: k, label: t(`inspectionWords.roundKind.${k}`) }))}
        error={error?.field('kind')}
      />
      <TextAreaField
        label={labels.description}
        name="description"
        optional
        rows={3}
        defaultValue={initial?.description ?? ''}
        description={t('inspection.newRound.fields.descriptionHint')}
        error={error?.field('description')}
      />
      <TextField label={labels.periodStart} name="periodStart" type="date" optional defaultValue={initial?.periodStart ?? ''} error={error?.field('periodStart')} />
      <TextField label={labels.periodEnd} name="periodEnd" type="date" optional defaultValue={initial?.periodEnd ?? ''} error={error?.field('periodEnd')} />
    </>
  );
}
