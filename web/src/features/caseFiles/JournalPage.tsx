// The journal: dated notes with a category, newest first. Notes are never
// edited or deleted here; a correction is a new note.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { JOURNAL_CATEGORIES } from '../../../../server/src/modules/caseFiles/caseFiles.options';
import type { ApiError } from '../../api/http';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../ui/Form';
import { formatDate } from '../../ui/format';
import { todayIso } from '../../ui/calendar';
import { Heading2, Heading3 } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { optionLabel, optionList } from '../../i18n/labels';
import { useAddJournalEntry, useJournal } from './api';
import { useCaseFile } from './CaseFileLayout';

export function JournalPage() {
  const { t } = useTranslation();
  const { youth, access } = useCaseFile();
  const journal = useJournal(youth.id);
  const add = useAddJournalEntry(youth.id);
  const [error, setError] = useState<ApiError | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [category, setCategory] = useState('');
  const categories = optionList(t, 'journalCategories', JOURNAL_CATEGORIES);
  const labels = { category: t('journal.category'), occurredOn: t('journal.occurredOn'), body: t('journal.body') };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setError(null);
    add.mutate(
      { category: String(data.get('category')), occurredOn: String(data.get('occurredOn')), body: String(data.get('body') ?? '') },
      { onSuccess: () => setFormKey((k) => k + 1), onError: setError },
    );
  };
  const entries = journal.data?.filter((e) => !category || e.category === category);

  return (
    <>
      {access.canUpdate && (
      <section aria-labelledby="new-note-heading" className="baken-narrow">
        <Heading2 id="new-note-heading">{t('journal.newTitle')}</Heading2>
        {add.isSuccess && <Alert kind="ok" takeFocus key={formKey}>{t('journal.added')}</Alert>}
        <ErrorSummary error={error} labels={labels} />
        <form onSubmit={submit} noValidate className="baken-form" key={formKey}>
          <SelectField label={labels.category} name="category" options={categories} defaultValue="observation" error={error?.field('category')} />
          <TextField label={labels.occurredOn} name="occurredOn" type="date" required max={todayIso()} defaultValue={todayIso()} error={error?.field('occurredOn')} />
          <TextAreaField label={labels.body} name="body" required rows={6} error={error?.field('body')} description={t('journal.bodyHint')} />
          <Button type="submit" appearance="primary" busy={add.isPending}>
            {t('journal.add')}
          </Button>
        </form>
      </section>
      )}
      <section aria-labelledby="notes-heading" className="baken-section">
        <Heading2 id="notes-heading">{t('caseFile.tabs.journal')}</Heading2>
        <div className="baken-filter">
          <SelectField label={t('journal.filter')} name="filter" value={category} onChange={(e) => setCategory(e.target.value)} options={categories} placeholder={t('journal.allCategories')} />
        </div>
        {journal.isPending && <Loading />}
        {journal.isError && <LoadError error={journal.error} />}
        {entries && entries.length === 0 && <EmptyState title={t('journal.empty')} />}
        {entries && entries.length > 0 && (
          <ol className="baken-notes" aria-label={t('journal.listLabel')}>
            {entries.map((entry) => (
              <li key={entry.id} className="baken-note">
                <Heading3>
                  {formatDate(entry.occurredOn)} — {optionLabel(t, 'journalCategories', entry.category)}
                </Heading3>
                <p className="baken-note__meta">{t('journal.by', { name: entry.authorName })}</p>
                <p className="utrecht-paragraph baken-note__body">{entry.body}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
