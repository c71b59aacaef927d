// Recording or changing a covenant: the parties (partners from the directory,
// or names typed in), the dates, where the document is, the agreements per
// theme of the themes pack, and when it is evaluated.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/http';
import { Button, ButtonGroup, ButtonLink } from '../../ui/Button';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../ui/Form';
import { Heading2 } from '../../ui/Heading';
import { LoadError, Loading } from '../../ui/States';
import { todayIso } from '../../ui/calendar';
import { useCovenantThemes, usePartners, type Covenant, type CovenantInput } from './api';
import { sourceName } from './sourceName';

interface PartyDraft {
  key: number;
  partnerId: string;
  name: string;
}

/** A date some months from today: the first evaluation a new covenant suggests. */
function monthsAhead(months: number): string {
  const d = new Date(`${todayIso()}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

let partyKey = 0;

export function CovenantForm({
  initial,
  busy,
  error,
  submitLabel,
  cancelTo,
  onSubmit,
}: {
  initial?: Covenant;
  busy: boolean;
  error: ApiError | null;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (input: CovenantInput) => void;
}) {
  const { t, i18n } = useTranslation();
  const themes = useCovenantThemes();
  const partners = usePartners();
  const [parties, setParties] = useState<PartyDraft[]>(() =>
    initial ? initial.parties.map((p) => ({ key: ++partyKey, partnerId: p.partnerId ?? '', name: p.partnerId ? '' : p.name })) : [{ key: ++partyKey, partnerId: '', name: '' }],
  );
  if (themes.isPending || partners.isPending) return <Loading />;
  if (themes.isError) return <LoadError error={themes.error} />;
  if (partners.isError) return <LoadError error={partners.error} />;

  const themeList = themes.data.themes.filter((theme) => !theme.retired);
  const themeName = (theme: (typeof themeList)[number]) => (i18n.language === 'en' ? theme.en : theme.nl);
  const agreementsOf = (code: string) => initial?.themes.find((x) => x.code === code)?.agreements ?? '';
  // A partner a covenant names that is no longer active stays choosable in its own row.
  const partnerOptions = (current: string) => [
    ...partners.data.partners.map((p) => ({ value: p.id, label: `${p.name} (${t(`partners.kinds.${p.kind}`)})` })),
    ...(current && !partners.data.partners.some((p) => p.id === current) ? [{ value: current, label: initial?.parties.find((p) => p.partnerId === current)?.name ?? current }] : []),
  ];

  const base = {
    title: t('covenants.form.title'),
    parties: t('covenants.form.parties'),
    signedOn: t('covenants.form.signedOn'),
    validUntil: t('covenants.form.validUntil'),
    documentRef: t('covenants.form.documentRef'),
    evaluationOn: t('covenants.form.evaluationOn'),
    notes: t('covenants.form.notes'),
  };
  const labels: Record<string, string> = { ...base };
  parties.forEach((_, i) => {
    labels[`parties.${i}.partnerId`] = t('covenants.form.partyPartner', { n: i + 1 });
    labels[`parties.${i}.name`] = t('covenants.form.partyName', { n: i + 1 });
  });
  themeList.forEach((theme, i) => {
    labels[`themes.${i}.agreements`] = themeName(theme);
  });

  const setParty = (key: number, change: Partial<PartyDraft>) => setParties((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    onSubmit({
      title: text('title'),
      parties: parties.map((p) => ({ partnerId: p.partnerId || null, name: p.partnerId ? '' : p.name })),
      signedOn: text('signedOn') || null,
      validUntil: text('validUntil') || null,
      documentRef: text('documentRef'),
      evaluationOn: text('evaluationOn'),
      themes: themeList.map((theme, i) => ({ code: theme.code, agreements: text(`themes.${i}.agreements`) })),
      notes: text('notes'),
    });
  };

  return (
    <>
      <ErrorSummary error={error} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form baken-covenant-form">
        <TextField label={base.title} name="title" required autoComplete="off" defaultValue={initial?.title} description={t('covenants.form.titleHint')} error={error?.field('title')} />
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" id="field-parties" tabIndex={-1}>
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{base.parties}</legend>
          <p className="utrecht-paragraph baken-hint">{t('covenants.form.partiesHint')}</p>
          {error?.field('parties') && <div className="utrecht-form-field-error-message">{error.field('parties')}</div>}
          {parties.map((party, i) => (
            <div className="baken-party" key={party.key}>
              <SelectField
                label={labels[`parties.${i}.partnerId`]!}
                name={`parties.${i}.partnerId`}
                value={party.partnerId}
                onChange={(e) => setParty(party.key, { partnerId: e.target.value })}
                placeholder={t('covenants.form.partnerNone')}
                options={partnerOptions(party.partnerId)}
                error={error?.field(`parties.${i}.partnerId`)}
              />
              {!party.partnerId && (
                <TextField
                  label={labels[`parties.${i}.name`]!}
                  name={`parties.${i}.name`}
                  autoComplete="off"
                  value={party.name}
                  onChange={(e) => setParty(party.key, { name: e.target.value })}
                  error={error?.field(`parties.${i}.name`)}
                />
              )}
              {parties.length > 1 && (
                <Button appearance="subtle" onClick={() => setParties((list) => list.filter((p) => p.key !== party.key))}>
                  {t('covenants.form.removeParty', { n: i + 1 })}
                </Button>
              )}
            </div>
          ))}
          <Button onClick={() => setParties((list) => [...list, { key: ++partyKey, partnerId: '', name: '' }])}>{t('covenants.form.addParty')}</Button>
        </fieldset>
        <div className="baken-form-row">
          <TextField label={base.signedOn} name="signedOn" type="date" optional defaultValue={initial?.signedOn ?? ''} error={error?.field('signedOn')} />
          <TextField label={base.validUntil} name="validUntil" type="date" optional defaultValue={initial?.validUntil ?? ''} error={error?.field('validUntil')} />
        </div>
        <TextField
          label={base.evaluationOn}
          name="evaluationOn"
          type="date"
          required
          defaultValue={initial?.evaluationOn ?? monthsAhead(12)}
          description={t('covenants.form.evaluationOnHint')}
          error={error?.field('evaluationOn')}
        />
        <TextField label={base.documentRef} name="documentRef" optional autoComplete="off" defaultValue={initial?.documentRef ?? ''} description={t('covenants.form.documentRefHint')} error={error?.field('documentRef')} />
        <Heading2>{t('covenants.form.themes')}</Heading2>
        <p className="utrecht-paragraph baken-hint">{t('covenants.form.themesHint')}</p>
        {themeList.map((theme, i) => (
          <TextAreaField
            key={theme.code}
            label={themeName(theme)}
            name={`themes.${i}.agreements`}
            optional
            rows={3}
            defaultValue={agreementsOf(theme.code)}
            description={`${i18n.language === 'en' ? theme.explanationEn : theme.explanationNl} (${t('covenants.source', { ref: sourceName(t, theme.ref) })})`}
            error={error?.field(`themes.${i}.agreements`) ?? error?.field(`themes.${i}.code`)}
          />
        ))}
        <TextAreaField label={base.notes} name="notes" optional rows={3} defaultValue={initial?.notes ?? ''} error={error?.field('notes')} />
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
