// The good practices of one round: the register per provider (with the CSV),
// a form to add one for a provider, and changing one (with the version it was
// read at). In the inspector's own words, with the theme or expectation.
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading, Heading2 } from '../../../ui/Heading';
import { Button, ButtonGroup } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';
import { ErrorSummary, FieldIdScope, SelectField, TextAreaField, TextField, formValues } from '../../../ui/Form';
import { Cell, Row, Table } from '../../../ui/Table';
import { EmptyState, LoadError, Loading } from '../../../ui/States';
import { useInspectionFramework, type InspectionFramework } from '../../quality/inspections/api';
import { practicesCsvUrl, useRound, useRoundPractices, useSavePractice, type RegisterEntry, type Round } from './api';
import './improvement.css';
import { BackLink } from '../../../ui/BackLink';

function refOptions(framework: InspectionFramework, noRef: string) {
  return [
    { value: '', label: noRef },
    ...framework.themes.flatMap((theme) => [
      { value: theme.ref, label: `${theme.ref} ${theme.nl}` },
      ...theme.expectations.filter((e) => !e.retired).map((e) => ({ value: e.ref, label: `   ${e.ref} ${e.nl}` })),
    ]),
  ];
}

function PracticeForm({ roundId, round, framework, practice, onDone }: { roundId: string; round: Round; framework: InspectionFramework; practice: RegisterEntry | null; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const save = useSavePractice(roundId);
  const labels = { providerId: t('goodPracticesPage.fields.provider'), title: t('goodPracticesPage.fields.title'), description: t('goodPracticesPage.fields.description'), ref: t('goodPracticesPage.fields.ref') };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const v = formValues(form) as Record<string, string>;
    save.mutate(
      {
        providerId: practice?.roundProviderId ?? v.providerId ?? '',
        id: practice?.id ?? null,
        body: { title: v.title ?? '', description: v.description ?? '', ref: v.ref ?? '', ...(practice ? { updatedAt: practice.updatedAt } : {}) },
      },
      {
        onSuccess: () => {
          form.reset();
          onDone(true);
        },
      },
    );
  };
  const scope = practice ? `practice-${practice.id}` : 'practice-new';
  return (
    <FieldIdScope scope={scope}>
      <form className="baken-form baken-plan-form" onSubmit={submit} noValidate aria-labelledby={`${scope}-title`}>
        <Heading2 id={`${scope}-title`}>{practice ? t('goodPracticesPage.editTitle') : t('goodPracticesPage.addTitle')}</Heading2>
        <ErrorSummary error={save.error} labels={labels} />
        {!practice && (
          <SelectField label={labels.providerId} name="providerId" options={round.providers.map((p) => ({ value: p.id, label: p.name }))} required />
        )}
        <TextField label={labels.title} name="title" defaultValue={practice?.title ?? ''} error={save.error?.field('title')} required maxLength={200} />
        <TextAreaField label={labels.description} name="description" defaultValue={practice?.description ?? ''} error={save.error?.field('description')} required rows={4} maxLength={4000} />
        <SelectField
          label={labels.ref}
          name="ref"
          description={t('goodPracticesPage.fields.refHint')}
          defaultValue={practice?.ref ?? ''}
          options={refOptions(framework, t('goodPracticesPage.fields.noRef'))}
          error={save.error?.field('ref')}
          optional
        />
        <ButtonGroup>
          <Button appearance="primary" type="submit" busy={save.isPending}>
            {t('goodPracticesPage.save')}
          </Button>
          {practice && (
            <Button type="button" onClick={() => onDone(false)}>
              {t('goodPracticesPage.cancel')}
            </Button>
          )}
        </ButtonGroup>
      </form>
    </FieldIdScope>
  );
}

export function GoodPracticesPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const round = useRound(id);
  const practices = useRoundPractices(id);
  const framework = useInspectionFramework();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  if (round.isPending || practices.isPending || framework.isPending) return <Loading />;
  if (round.isError) return <LoadError error={round.error} />;
  if (practices.isError) return <LoadError error={practices.error} />;
  if (framework.isError) return <LoadError error={framework.error} />;
  const sorted = [...practices.data].sort((a, b) => a.providerName.localeCompare(b.providerName, 'nl') || a.createdAt.localeCompare(b.createdAt));
  const editingPractice = sorted.find((p) => p.id === editing) ?? null;
  const done = (ok: boolean) => {
    setEditing(null);
    setSaved(ok);
  };
  return (
    <>
      <BackLink to="/inspectie">{t('improvementPlans.backToInspection')}</BackLink>
      <PageHeading title={t('goodPracticesPage.title')}>
        {t('goodPracticesPage.title')}: {round.data.title}
      </PageHeading>
      <p className="utrecht-paragraph">{t('goodPracticesPage.intro')}</p>
      {saved && (
        <Alert kind="ok" takeFocus>
          {t('goodPracticesPage.saved')}
        </Alert>
      )}
      {sorted.length === 0 ? (
        <EmptyState title={t('goodPracticesPage.empty')} />
      ) : (
        <Table
          caption={t('goodPracticesPage.registerCaption')}
          head={[t('goodPracticesPage.columns.provider'), t('goodPracticesPage.columns.title'), t('goodPracticesPage.columns.description'), t('goodPracticesPage.columns.ref'), t('goodPracticesPage.columns.actions')]}
        >
          {sorted.map((p) => (
            <Row key={p.id}>
              <Cell>{p.providerName}</Cell>
              <Cell header>{p.title}</Cell>
              <Cell>{p.description}</Cell>
              <Cell>{p.ref ? (/^\d$/.test(p.ref) ? t('inspectionWords.themeRef', { ref: p.ref }) : t('inspectionWords.expectationRef', { ref: p.ref })) : '—'}</Cell>
              <Cell>
                <Button onClick={() => { setSaved(false); setEditing(p.id); }} aria-label={`${t('goodPracticesPage.edit')}: ${p.title}`}>
                  {t('goodPracticesPage.edit')}
                </Button>
              </Cell>
            </Row>
          ))}
        </Table>
      )}
      <p className="utrecht-paragraph baken-plan-downloads">
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={practicesCsvUrl(id)} download>
          {t('goodPracticesPage.csv')}
        </a>
      </p>
      {editingPractice ? (
        <PracticeForm key={editingPractice.id} roundId={id} round={round.data} framework={framework.data} practice={editingPractice} onDone={done} />
      ) : round.data.providers.length > 0 ? (
        <PracticeForm key="new" roundId={id} round={round.data} framework={framework.data} practice={null} onDone={done} />
      ) : null}
    </>
  );
}
