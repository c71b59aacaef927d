// The youth's details, for a new file and for changing one. Values are sent as
// typed; the server validates and answers field by field in Dutch.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDERS, LEGAL_FRAMEWORKS, LIVING_SITUATIONS, LVB_INDICATIONS } from '../../../../server/src/modules/caseFiles/caseFiles.options';
import type { ApiError } from '../../api/http';
import type { Youth, YouthInput } from '../../api/types';
import { Button, ButtonGroup, ButtonLink } from '../../ui/Button';
import { ErrorSummary, SelectField, TextField, formValues } from '../../ui/Form';
import { Heading2, Heading3 } from '../../ui/Heading';
import { todayIso } from '../../ui/calendar';
import { optionList } from '../../i18n/labels';

export function YouthForm({
  initial,
  sectionLevel = 2,
  submitLabel,
  cancelTo,
  busy,
  error,
  onSubmit,
}: {
  initial?: Youth;
  /** The form's section headings sit one level below the heading above the form. */
  sectionLevel?: 2 | 3;
  submitLabel: string;
  cancelTo: string;
  busy: boolean;
  error: ApiError | null;
  onSubmit: (input: YouthInput) => void;
}) {
  const { t } = useTranslation();
  const labels: Record<keyof YouthInput, string> = {
    firstName: t('youth.firstName'),
    lastName: t('youth.lastName'),
    dateOfBirth: t('youth.dateOfBirth'),
    gender: t('youth.gender'),
    bsn: t('youth.bsn'),
    phone: t('youth.phone'),
    email: t('youth.email'),
    address: t('youth.address'),
    livingSituation: t('youth.livingSituation'),
    legalFramework: t('youth.legalFramework'),
    lvbIndication: t('youth.lvbIndication'),
    language: t('youth.language'),
    responsibleMunicipality: t('regionalFigures.youthField.label'),
  };
  const options = (values: readonly string[], group: 'genders' | 'livingSituations' | 'legalFrameworks' | 'lvbIndications') => optionList(t, group, values);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(formValues(event.currentTarget) as unknown as YouthInput);
  };
  const Section = sectionLevel === 2 ? Heading2 : Heading3;
  const field = (name: keyof YouthInput) => ({ name, label: labels[name], error: error?.field(name) });
  return (
    <>
      <ErrorSummary error={error} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form">
        <Section>{t('youth.identity')}</Section>
        <TextField {...field('firstName')} required autoComplete="off" defaultValue={initial?.firstName} />
        <TextField {...field('lastName')} required autoComplete="off" defaultValue={initial?.lastName} />
        <TextField {...field('dateOfBirth')} type="date" required max={todayIso()} defaultValue={initial?.dateOfBirth} />
        <SelectField {...field('gender')} options={options(GENDERS, 'genders')} defaultValue={initial?.gender ?? 'unknown'} />
        <TextField {...field('bsn')} optional inputMode="numeric" autoComplete="off" description={t('youth.bsnHint')} defaultValue={initial?.bsn ?? ''} />
        <TextField {...field('language')} optional description={t('youth.languageHint')} defaultValue={initial?.language ?? ''} />

        <Section>{t('youth.contact')}</Section>
        <TextField {...field('phone')} optional type="tel" autoComplete="off" defaultValue={initial?.phone ?? ''} />
        <TextField {...field('email')} optional type="email" autoComplete="off" defaultValue={initial?.email ?? ''} />
        <TextField {...field('address')} optional autoComplete="off" defaultValue={initial?.address ?? ''} />

        <Section>{t('youth.situation')}</Section>
        <SelectField {...field('livingSituation')} options={options(LIVING_SITUATIONS, 'livingSituations')} defaultValue={initial?.livingSituation ?? 'atHome'} />
        <TextField
          {...field('responsibleMunicipality')}
          optional
          autoComplete="off"
          description={t('regionalFigures.youthField.hint')}
          defaultValue={initial?.responsibleMunicipality ?? ''}
          maxLength={6}
        />
        <SelectField {...field('legalFramework')} options={options(LEGAL_FRAMEWORKS, 'legalFrameworks')} defaultValue={initial?.legalFramework ?? 'voluntary'} />
        <SelectField
          {...field('lvbIndication')}
          description={t('youth.lvbHint')}
          options={options(LVB_INDICATIONS, 'lvbIndications')}
          defaultValue={initial?.lvbIndication ?? 'unknown'}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy}>
            {submitLabel}
          </Button>
          <ButtonLink to={cancelTo} appearance="subtle">
            {t('common.cancel')}
          </ButtonLink>
        </ButtonGroup>
      </form>
    </>
  );
}
