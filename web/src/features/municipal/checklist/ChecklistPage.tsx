// One year's checklist: where it stands overall and per check (bar with the
// numbers as text), last year compared per check, the region, and per check
// why it matters and every question with its answer form: yes, partly, no or
// unknown, notes and evidence, with last year's answer beside it. Each
// question is saved on its own, against the version it was read at.
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_ANSWERS } from '../../../../../server/src/modules/municipal/checklist/checklist.options.js';
import { PageHeading, Heading2, Heading3 } from '../../../ui/Heading';
import { Button, ButtonLink } from '../../../ui/Button';
import { ErrorSummary, FieldIdScope, TextAreaField, TextField } from '../../../ui/Form';
import { Cell, Row, Table } from '../../../ui/Table';
import { LoadError, Loading } from '../../../ui/States';
import { formatDateTime } from '../../../ui/format';
import {
  parseSlugs,
  pdfUrl,
  useAnswerHistory,
  useChecklist,
  useChecklistPack,
  useSaveAnswer,
  useSaveRegion,
  type Answer,
  type AnswerCounts,
  type Checklist,
  type MunicipalChecklist,
} from './api';
import { ProgressBar, useLocalised } from './parts';
import './checklist.css';
import { BackLink } from '../../../ui/BackLink';

function AnswerHistory({ checklistId, answer }: { checklistId: string; answer: Answer }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const history = useAnswerHistory(checklistId, answer.ref, open);
  return (
    <details className="baken-mc-details" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('municipalChecklist.question.history')}</summary>
      {!open ? null : history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <LoadError error={history.error} />
      ) : history.data.length === 0 ? (
        <p className="utrecht-paragraph">{t('municipalChecklist.question.historyEmpty')}</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {history.data.map((h, i) => {
            const value = h.snapshot.answer as string | undefined;
            return (
              <li key={i} className="utrecht-unordered-list__item">
                {t('municipalChecklist.question.historyItem', {
                  when: formatDateTime(h.changedAt),
                  name: h.changedByName ?? '—',
                  answer: value ? t(`municipalChecklist.answers.${value as 'yes'}`) : t(`municipalChecklist.changes.${h.change}`),
                })}
                {typeof h.snapshot.notes === 'string' && h.snapshot.notes ? ` — ${h.snapshot.notes}` : ''}
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}

function QuestionForm({ checklistId, answer, text }: { checklistId: string; answer: Answer; text: string }) {
  const { t } = useTranslation();
  const save = useSaveAnswer(checklistId, answer.ref);
  const [saved, setSaved] = useState(false);
  const scope = `q${answer.ref.replace('.', '-')}`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    save.mutate(
      {
        answer: (form.get('answer') as Answer['answer']) ?? ('' as never),
        notes: String(form.get('notes') ?? ''),
        evidence: String(form.get('evidence') ?? ''),
        evidenceUrl: String(form.get('evidenceUrl') ?? ''),
        updatedAt: answer.updatedAt,
      },
      { onSuccess: () => setSaved(true) },
    );
  };
  const labels = {
    answer: t('municipalChecklist.question.answer', { ref: answer.ref }),
    notes: t('municipalChecklist.question.notes'),
    evidence: t('municipalChecklist.question.evidence'),
    evidenceUrl: t('municipalChecklist.question.evidenceUrl'),
  };
  const answerError = save.error?.field('answer');
  const fieldsetId = `field-${scope}-answer`;
  return (
    <FieldIdScope scope={scope}>
      <form className="baken-mc-form" onSubmit={submit} noValidate aria-label={labels.answer}>
        <ErrorSummary error={save.error} labels={labels} />
        <fieldset
          className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset ${answerError ? 'utrecht-form-fieldset--invalid' : ''}`}
          id={fieldsetId}
          tabIndex={-1}
          aria-describedby={answerError ? `${fieldsetId}-error` : undefined}
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend baken-visually-hidden">{`${labels.answer}: ${text}`}</legend>
          {answerError && (
            <div className="utrecht-form-field-error-message" id={`${fieldsetId}-error`}>
              {answerError}
            </div>
          )}
          <div className="baken-mc-answers">
            {CHECKLIST_ANSWERS.map((value) => (
              <div className="utrecht-form-field utrecht-form-field--radio" key={value}>
                <input
                  type="radio"
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                  id={`${fieldsetId}-${value}`}
                  name="answer"
                  value={value}
                  defaultChecked={answer.answer === value}
                />
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${fieldsetId}-${value}`}>
                  {t(`municipalChecklist.answers.${value}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <TextAreaField label={labels.notes} name="notes" defaultValue={answer.notes} error={save.error?.field('notes')} optional rows={3} maxLength={4000} />
        <TextField label={labels.evidence} name="evidence" description={t('municipalChecklist.question.evidenceHint')} defaultValue={answer.evidence} error={save.error?.field('evidence')} optional maxLength={2000} />
        <TextField
          label={labels.evidenceUrl}
          name="evidenceUrl"
          type="url"
          description={t('municipalChecklist.question.evidenceUrlHint')}
          defaultValue={answer.evidenceUrl ?? ''}
          error={save.error?.field('evidenceUrl')}
          optional
          maxLength={500}
        />
        <div className="baken-mc-actions-bar">
          <Button type="submit" busy={save.isPending}>
            {t('municipalChecklist.question.save')}
          </Button>
          {saved && !save.isPending && (
            <p className="utrecht-paragraph baken-mc-saved" role="status">
              {t('municipalChecklist.question.saved')}
            </p>
          )}
        </div>
      </form>
    </FieldIdScope>
  );
}

function Question({ checklist, answer, text }: { checklist: Checklist; answer: Answer; text: string }) {
  const { t } = useTranslation();
  const previous = answer.previous;
  return (
    <li className="baken-mc-question" id={`vraag-${answer.ref}`}>
      <Heading3>
        <span className="baken-mc-ref">{answer.ref}</span> {text}
      </Heading3>
      {previous && (
        <p className="utrecht-paragraph baken-mc-last-year">
          {previous.answer
            ? t('municipalChecklist.question.lastYear', { year: previous.year, answer: t(`municipalChecklist.answers.${previous.answer}`) })
            : t('municipalChecklist.question.lastYearNone', { year: previous.year })}
          {previous.notes ? ` — ${previous.notes}` : ''}
        </p>
      )}
      <QuestionForm checklistId={checklist.id} answer={answer} text={text} />
      {answer.answeredAt && answer.answeredByName && (
        <p className="utrecht-paragraph baken-cell-sub">
          {t('municipalChecklist.question.answeredBy', { name: answer.answeredByName, organisation: answer.answeredByOrganisation ?? '', when: formatDateTime(answer.answeredAt) })}
        </p>
      )}
      <AnswerHistory checklistId={checklist.id} answer={answer} />
    </li>
  );
}

function CountsText({ counts }: { counts: AnswerCounts }) {
  const { t } = useTranslation();
  return <>{t('municipalChecklist.comparison.counts', counts)}</>;
}

function Comparison({ checklist, pack }: { checklist: Checklist; pack: MunicipalChecklist }) {
  const { t } = useTranslation();
  const local = useLocalised();
  return (
    <section className="baken-section" aria-labelledby="mc-compare">
      <Heading2 id="mc-compare">{t('municipalChecklist.comparison.title')}</Heading2>
      {checklist.previousYear === null ? (
        <p className="utrecht-paragraph">{t('municipalChecklist.comparison.none')}</p>
      ) : (
        <Table
          caption={t('municipalChecklist.comparison.caption', { year: checklist.previousYear })}
          head={[t('municipalChecklist.comparison.check'), t('municipalChecklist.comparison.now'), t('municipalChecklist.comparison.then', { year: checklist.previousYear })]}
        >
          {checklist.checks.map((c) => {
            const check = pack.checks.find((x) => x.ref === c.ref);
            return (
              <Row key={c.ref}>
                <Cell header>
                  {c.ref}. {check ? local(check) : ''}
                </Cell>
                <Cell>
                  <CountsText counts={c.current} />
                </Cell>
                <Cell>{c.previous ? <CountsText counts={c.previous} /> : '—'}</Cell>
              </Row>
            );
          })}
        </Table>
      )}
    </section>
  );
}

function RegionForm({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation();
  const save = useSaveRegion(checklist.id);
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    save.mutate(
      { regionName: String(form.get('regionName') ?? ''), participants: parseSlugs(String(form.get('participants') ?? '')), updatedAt: checklist.updatedAt },
      { onSuccess: () => setSaved(true) },
    );
  };
  const labels = { regionName: t('municipalChecklist.start.regionName'), participants: t('municipalChecklist.start.participants') };
  return (
    <details className="baken-mc-details">
      <summary>{t('municipalChecklist.regionForm.title')}</summary>
      <FieldIdScope scope="region">
        <form className="baken-mc-form" onSubmit={submit} noValidate key={checklist.updatedAt}>
          <ErrorSummary error={save.error} labels={labels} />
          {!checklist.regionName && <p className="utrecht-paragraph">{t('municipalChecklist.regionForm.alone')}</p>}
          <TextField label={labels.regionName} name="regionName" defaultValue={checklist.regionName ?? ''} error={save.error?.field('regionName')} optional maxLength={120} />
          <TextField
            label={labels.participants}
            name="participants"
            description={t('municipalChecklist.start.participantsHint')}
            defaultValue={checklist.participants.map((p) => p.slug).join(', ')}
            error={save.error?.fields.find((f) => f.path.startsWith('participants'))?.message}
            optional
          />
          <div className="baken-mc-actions-bar">
            <Button type="submit" busy={save.isPending}>
              {t('municipalChecklist.regionForm.submit')}
            </Button>
            {saved && (
              <p className="utrecht-paragraph baken-mc-saved" role="status">
                {t('municipalChecklist.regionForm.saved')}
              </p>
            )}
          </div>
        </form>
      </FieldIdScope>
    </details>
  );
}

export function ChecklistPage() {
  const { t } = useTranslation();
  const local = useLocalised();
  const { id = '' } = useParams();
  const checklist = useChecklist(id);
  const pack = useChecklistPack();
  const title = checklist.data ? t('municipalChecklist.heading', { year: checklist.data.year }) : t('municipalChecklist.title');
  return (
    <>
      <BackLink to="/gemeente/checklist">{t('municipalChecklist.back')}</BackLink>
      <PageHeading title={title}>{title}</PageHeading>
      {checklist.isPending || pack.isPending ? (
        <Loading />
      ) : checklist.isError || pack.isError ? (
        <LoadError error={checklist.error ?? pack.error} />
      ) : (
        <>
          <p className="utrecht-paragraph">
            {checklist.data.regionName
              ? t('municipalChecklist.region', { name: checklist.data.regionName, members: [checklist.data.owner, ...checklist.data.participants].map((m) => m.name).join(', ') })
              : t('municipalChecklist.whose', { name: checklist.data.owner.name })}
          </p>
          <p className="utrecht-paragraph baken-cell-sub">{t('municipalChecklist.source')}</p>
          <div className="baken-mc-actions-bar">
            <ButtonLink to={`/gemeente/checklist/${id}/actieplan`}>{t('municipalChecklist.actionPlanLink', { count: checklist.data.actionCount })}</ButtonLink>
            <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={pdfUrl(id)} download>
              {t('municipalChecklist.pdf')}
            </a>
          </div>
          {checklist.data.own && <RegionForm checklist={checklist.data} />}
          <section className="baken-section" aria-labelledby="mc-overall">
            <Heading2 id="mc-overall">{t('municipalChecklist.overall')}</Heading2>
            <ProgressBar counts={checklist.data.progress} label={t('municipalChecklist.progressLabel')} />
          </section>
          <Comparison checklist={checklist.data} pack={pack.data} />
          {pack.data.checks.map((check) => {
            const counts = checklist.data.checks.find((c) => c.ref === check.ref)?.current;
            const answers = checklist.data.answers.filter((a) => a.checkRef === check.ref);
            return (
              <section className="baken-section" key={check.ref} aria-labelledby={`mc-check-${check.ref}`}>
                <Heading2 id={`mc-check-${check.ref}`}>{t('municipalChecklist.check.heading', { ref: check.ref, name: local(check) })}</Heading2>
                {counts && <ProgressBar counts={counts} label={t('municipalChecklist.check.heading', { ref: check.ref, name: '' }).replace(/:\s*$/, '')} />}
                <p className="utrecht-paragraph">
                  <strong>{t('municipalChecklist.check.why')}: </strong>
                  {check.whyNl && local({ nl: check.whyNl, en: check.whyEn })} <span className="baken-cell-sub">{t('municipalChecklist.check.source', { ref: check.ref })}</span>
                </p>
                <details className="baken-mc-details">
                  <summary>{t('municipalChecklist.check.whatToDo')}</summary>
                  <ul className="utrecht-unordered-list">
                    {check.actions.map((a) => (
                      <li key={a.code} className="utrecht-unordered-list__item">
                        {local(a)}
                      </li>
                    ))}
                  </ul>
                </details>
                <ol className="baken-mc-questions">
                  {answers.map((answer) => {
                    const question = check.questions.find((q) => q.ref === answer.ref);
                    return <Question key={answer.ref} checklist={checklist.data} answer={answer} text={question ? local(question) : answer.ref} />;
                  })}
                </ol>
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
