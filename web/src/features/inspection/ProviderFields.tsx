// A provider's details in a round as form fields, the same when it is added
// and when its details are changed later.
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CARE_KINDS } from '../../../../server/src/modules/inspection/inspection.options';
import type { ApiError } from '../../api/http';
import { SelectField, TextField } from '../../ui/Form';
import type { ProviderInput } from './api';

export function providerLabels(t: TFunction): Record<keyof ProviderInput, string> {
  return {
    name: t('inspection.addProvider.fields.name'),
    location: t('inspection.addProvider.fields.location'),
    careKind: t('inspection.addProvider.fields.careKind'),
    bakenSlug: t('inspection.addProvider.fields.bakenSlug'),
  };
}

export function providerInputFrom(v: Record<string, string>): ProviderInput {
  return { name: v.name ?? '', location: v.location ?? '', careKind: (v.careKind ?? 'open') as ProviderInput['careKind'], bakenSlug: v.bakenSlug ?? '' };
}

type Initial = { name: string; location: string | null; careKind: ProviderInput['careKind']; bakenSlug: string | null };

export function ProviderFields({ error, initial, careKindHint }: { error: ApiError | null; initial?: Initial; careKindHint?: ReactNode }) {
  const { t } = useTranslation();
  const labels = providerLabels(t);
  return (
    <>
      <TextField label={labels.name} name="name" required autoComplete="off" defaultValue={initial?.name} error={error?.field('name')} />
      <TextField
        label={labels.location}
        name="location"
        optional
        autoComplete="off"
        defaultValue={initial?.location ?? ''}
        description={t('inspection.addProvider.fields.locationHint')}
        error={error?.field('location')}
      />
      <SelectField
        label={labels.careKind}
        name="careKind"
        required
        defaultValue={initial?.careKind ?? 'open'}
        description={careKindHint}
        options={CARE_KINDS.map((k) => ({ value: k, label: t(`inspectionWords.careKind.${k}`) }))}
        error={error?.field('careKind')}
      />
      <TextField
        label={labels.bakenSlug}
        name="bakenSlug"
        optional
        autoComplete="off"
        defaultValue={initial?.bakenSlug ?? ''}
        description={t('inspection.addProvider.fields.bakenSlugHint')}
        error={error?.field('bakenSlug')}
      />
    </>
  );
}
