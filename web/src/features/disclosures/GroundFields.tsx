// The part of a disclosure that is the same wherever data leaves the
// organisation (the disclosure form, a named case at a case conference): the
// legal ground, professional secrecy, which kinds of data and why each is
// needed, who decided, and whether the youth knows. One state hook, two field
// groups (each form puts its own fields between them) and one way to turn the
// answers into the request body.
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEGAL_GROUNDS, SECRECY_GROUNDS, type DataCategory, type SecrecyGround } from '../../../../server/src/modules/disclosures/disclosures.options';
import { ApiError } from '../../api/http';
import { SelectField, TextAreaField } from '../../ui/Form';
import { CategoryChecklist } from './CategoryChecklist';
import { categoryLabel, legalGroundHelp, legalGroundLabel, secrecyHelp, secrecyLabel } from './labels';
import { RadioGroup } from './RadioGroup';

const SECRECY_SET_ASIDE: SecrecyGround[] = ['conflictOfDuties', 'statutoryDuty'];

/**
 * The server names a reason by its place in the list it was sent
 * (categories.2.why); the form names it by its kind (why.photo), which is
 * what its field and the error summary's link use.
 */
export function byKind(error: ApiError | null, sent: DataCategory[]): ApiError | null {
  if (!error) return null;
  const fields = error.fields.map((f) => {
    const why = /^categories\.(\d+)\.why$/.exec(f.path);
    if (why) return { ...f, path: `why.${sent[Number(why[1])] ?? ''}` };
    if (/^categories\.\d+/.test(f.path)) return { ...f, path: 'categories' };
    return f;
  });
  return new ApiError(error.status, error.code, error.message, fields);
}

export type GroundState = ReturnType<typeof useGroundState>;

export function useGroundState() {
  const [checked, setChecked] = useState<DataCategory[]>([]);
  const [secrecy, setSecrecy] = useState<SecrecyGround | ''>('');
  const [informed, setInformed] = useState<'yes' | 'no' | ''>('');
  return { checked, setChecked, secrecy, setSecrecy, informed, setInformed };
}

type FieldError = (name: string) => string | undefined;

/** The labels the error summary links to, per field of both groups. */
export function groundLabels(t: TFunction, checked: DataCategory[]): Record<string, string> {
  const labels: Record<string, string> = {
    legalGround: t('disclosureForm.legalGround'),
    secrecyGround: t('disclosureForm.secrecyGround'),
    secrecyReasoning: t('disclosureForm.secrecyReasoning'),
    categories: t('disclosureForm.categoriesLegend'),
    decidedById: t('disclosureForm.decidedById'),
    youthInformed: t('disclosureForm.youthInformed'),
    youthNotInformedReason: t('disclosureForm.youthNotInformedReason'),
  };
  for (const c of checked) labels[`why.${c}`] = t('disclosureForm.whyFor', { category: categoryLabel(t, c) });
  return labels;
}

/**
 * Adds the answers of both groups to the body. Choices not made are left out,
 * so the server names them as missing; `complete` says whether every choice was made.
 */
export function addGroundAnswers(body: Record<string, unknown>, state: GroundState, value: (name: string) => string): { complete: boolean } {
  body.secrecyReasoning = SECRECY_SET_ASIDE.includes(state.secrecy as SecrecyGround) ? value('secrecyReasoning') : '';
  body.categories = state.checked.map((category) => ({ category, why: value(`why.${category}`) }));
  body.youthNotInformedReason = state.informed === 'no' ? value('youthNotInformedReason') : '';
  if (value('legalGround')) body.legalGround = value('legalGround');
  if (state.secrecy) body.secrecyGround = state.secrecy;
  if (value('decidedById')) body.decidedById = value('decidedById');
  if (state.informed) body.youthInformed = state.informed === 'yes';
  return { complete: ['legalGround', 'secrecyGround', 'decidedById', 'youthInformed'].every((k) => k in body) && state.checked.length > 0 };
}

/** Legal ground, professional secrecy (with the reasoning when it is set aside) and the kinds of data. */
export function LegalGroundFields({ state, fieldError, reasoningRows = 4 }: { state: GroundState; fieldError: FieldError; reasoningRows?: number }) {
  const { t } = useTranslation();
  return (
    <>
      <RadioGroup
        legend={t('disclosureForm.legalGround')}
        name="legalGround"
        description={t('disclosureForm.legalGroundHint')}
        options={LEGAL_GROUNDS.map((g) => ({ value: g, label: legalGroundLabel(t, g), help: legalGroundHelp(t, g) }))}
        error={fieldError('legalGround')}
      />
      <RadioGroup
        legend={t('disclosureForm.secrecyGround')}
        name="secrecyGround"
        value={state.secrecy}
        onChange={(v) => state.setSecrecy(v as SecrecyGround)}
        options={SECRECY_GROUNDS.map((g) => ({ value: g, label: secrecyLabel(t, g), help: secrecyHelp(t, g) }))}
        error={fieldError('secrecyGround')}
      />
      {SECRECY_SET_ASIDE.includes(state.secrecy as SecrecyGround) && (
        <TextAreaField label={t('disclosureForm.secrecyReasoning')} name="secrecyReasoning" required rows={reasoningRows} maxLength={4000} error={fieldError('secrecyReasoning')} />
      )}
      <CategoryChecklist
        checked={state.checked}
        onToggle={(category, on) => state.setChecked((now) => (on ? [...now, category] : now.filter((c) => c !== category)))}
        error={fieldError('categories')}
        whyError={(category) => fieldError(`why.${category}`)}
      />
    </>
  );
}

/** Who decided (a lead professional) and whether the youth was told, with the reason when not. */
export function DecisionFields({
  state,
  fieldError,
  deciders,
  defaultDecider,
}: {
  state: GroundState;
  fieldError: FieldError;
  deciders: { id: string; name: string }[];
  defaultDecider?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t('disclosureForm.decidedById')}
        name="decidedById"
        required
        defaultValue={defaultDecider}
        placeholder={t('disclosureForm.deciderPlaceholder')}
        description={t('disclosureForm.decidedByHint')}
        options={deciders.map((d) => ({ value: d.id, label: d.name }))}
        error={fieldError('decidedById')}
      />
      <RadioGroup
        legend={t('disclosureForm.youthInformed')}
        name="youthInformed"
        value={state.informed}
        onChange={(v) => state.setInformed(v as 'yes' | 'no')}
        options={[
          { value: 'yes', label: t('records.yes') },
          { value: 'no', label: t('records.no') },
        ]}
        error={fieldError('youthInformed')}
      />
      {state.informed === 'no' && (
        <TextAreaField label={t('disclosureForm.youthNotInformedReason')} name="youthNotInformedReason" required rows={2} maxLength={2000} error={fieldError('youthNotInformedReason')} />
      )}
    </>
  );
}
