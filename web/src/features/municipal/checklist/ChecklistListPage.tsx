// The municipality's checklists per year (its own and those it takes part in
// as a region), their progress, and starting a year's checklist.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading, Heading2 } from '../../../ui/Heading';
import { Button, TextLink } from '../../../ui/Button';
import { ErrorSummary, TextField } from '../../../ui/Form';
import { Cell, Row, Table } from '../../../ui/Table';
import { EmptyState, LoadError, Loading } from '../../../ui/States';
import { todayIso } from '../../../ui/calendar';
import { parseSlugs, useChecklists, useStartChecklist, type ChecklistHeader } from './api';
import './checklist.css';

function StartForm({ checklists }: { checklists: ChecklistHeader[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartChecklist();
  const thisYear = Number(todayIso().slice(0, 4));
  const ownYears = new Set(checklists.filter((c) => c.own).map((c) => c.year));
  const thisYearsChecklist = checklists.find((c) => c.own && c.year === thisYear);
  // The form offers the first year without a checklist: next year's once this year's exists.
  const nextFree = ownYears.has(thisYear) ? thisYear + 1 : thisYear;
  const [year, setYear] = useState(String(nextFree));
  const [regionName, setRegionName] = useState('');
  const [participants, setParticipants] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate({ year: Number(year), regionName, participants: parseSlugs(participants) }, { onSuccess: (c) => navigate(`/gemeente/checklist/${c.id}`) });
  };
  const labels = { year: t('municipalChecklist.start.year'), regionName: t('municipalChecklist.start.regionName'), participants: t('municipalChecklist.start.participants') };
  const participantError = start.error?.fields.find((f) => f.path.startsWith('participants'))?.message;
  if (thisYearsChecklist && ownYears.has(thisYear + 1)) return null;
  return (
    <section className="baken-section" aria-labelledby="mc-start">
      <Heading2 id="mc-start">{thisYearsChecklist ? t('municipalChecklist.start.nextYearTitle', { year: thisYear + 1 }) : t('municipalChecklist.start.title')}</Heading2>
      {thisYearsChecklist && (
        <p className="utrecht-paragraph">
          {t('municipalChecklist.start.thisYear')} <TextLink to={`/gemeente/checklist/${thisYearsChecklist.id}`}>{t('municipalChecklist.heading', { year: thisYear })}</TextLink>.{' '}
          {t('municipalChecklist.start.nextYearHint', { year: thisYear + 1 })}
        </p>
      )}
      <form className="baken-form" onSubmit={submit} noValidate>
        <ErrorSummary error={start.error} labels={labels} />
        <TextField
          label={labels.year}
          name="year"
          type="number"
          inputMode="numeric"
          description={t('municipalChecklist.start.yearHint')}
          value={year}
          onChange={(e) => setYear(e.target.value)}
          error={start.error?.field('year')}
          required
        />
        <TextField
          label={labels.regionName}
          name="regionName"
          description={t('municipalChecklist.start.regionNameHint')}
          value={regionName}
          onChange={(e) => setRegionName(e.target.value)}
          error={start.error?.field('regionName')}
          optional
          maxLength={120}
        />
        <TextField
          label={labels.participants}
          name="participants"
          description={t('municipalChecklist.start.participantsHint')}
          value={participants}
          onChange={(e) => setParticipants(e.target.value)}
          error={participantError}
          optional
        />
        <Button appearance="primary" type="submit" busy={start.isPending}>
          {t('municipalChecklist.start.submit')}
        </Button>
      </form>
    </section>
  );
}

export function ChecklistListPage() {
  const { t } = useTranslation();
  const checklists = useChecklists();
  return (
    <>
      <PageHeading title={t('municipalChecklist.title')}>{t('municipalChecklist.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('municipalChecklist.intro')}</p>
      {checklists.isPending ? (
        <Loading />
      ) : checklists.isError ? (
        <LoadError error={checklists.error} />
      ) : (
        <>
          {checklists.data.length === 0 ? (
            <EmptyState title={t('municipalChecklist.empty')}>
              <p className="utrecht-paragraph">{t('municipalChecklist.emptyText')}</p>
            </EmptyState>
          ) : (
            <Table caption={t('municipalChecklist.listCaption')} head={[t('municipalChecklist.columns.year'), t('municipalChecklist.columns.whose'), t('municipalChecklist.columns.progress')]}>
              {checklists.data.map((c) => (
                <Row key={c.id}>
                  <Cell header>
                    <TextLink to={`/gemeente/checklist/${c.id}`}>{t('municipalChecklist.heading', { year: c.year })}</TextLink>
                  </Cell>
                  <Cell>
                    {c.regionName ?? c.owner.name}
                    <span className="baken-cell-sub">{c.own ? t('municipalChecklist.own') : t('municipalChecklist.takingPart', { owner: c.owner.name })}</span>
                  </Cell>
                  <Cell>
                    {t('municipalChecklist.answeredOf', { answered: c.progress.answered, questions: c.progress.questions })}
                    <span className="baken-cell-sub">{t('municipalChecklist.countsText', c.progress)}</span>
                  </Cell>
                </Row>
              ))}
            </Table>
          )}
          <StartForm checklists={checklists.data} />
        </>
      )}
    </>
  );
}
