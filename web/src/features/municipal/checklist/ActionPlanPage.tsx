// The action plan of a year's checklist: the questions not answered "yes"
// with their check's suggestions, adding an action (a suggestion or an own
// one) with owner and due date, and every action with its status, progress
// note and history; actions past their due date stand out.
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES } from '../../../../../server/src/modules/municipal/checklist/checklist.options.js';
import { PageHeading, Heading2 } from '../../../ui/Heading';
import { Button } from '../../../ui/Button';
import { ErrorSummary, FieldIdScope, SelectField, TextAreaField, TextField } from '../../../ui/Form';
import { Cell, Row, Table } from '../../../ui/Table';
import { StatusBadge } from '../../../ui/Badge';
import { EmptyState, LoadError, Loading } from '../../../ui/States';
import { formatDate, formatDateTime } from '../../../ui/format';
import { pdfUrl, useActionHistory, useActionPlan, useChecklistPack, useCreateAction, useUpdateAction, type Action, type ActionPlan, type MunicipalChecklist } from './api';
import { findQuestion, useLocalised } from './parts';
import './checklist.css';
import { BackLink } from '../../../ui/BackLink';

const OWN = '__own';

function AddAction({ plan, pack, choice, onChoice }: { plan: ActionPlan; pack: MunicipalChecklist; choice: { ref: string; code: string }; onChoice: (c: { ref: string; code: string }) => void }) {
  const { t } = useTranslation();
  const local = useLocalised();
  const create = useCreateAction(plan.checklist.id);
  const [added, setAdded] = useState(false);
  const gap = plan.gaps.find((g) => g.ref === choice.ref);
  const check = gap ? pack.checks.find((c) => c.ref === gap.checkRef) : undefined;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    setAdded(false);
    create.mutate(
      {
        questionRef: choice.ref,
        actionCode: choice.code === OWN || choice.code === '' ? null : choice.code,
        title: String(form.get('title') ?? ''),
        ownerName: String(form.get('ownerName') ?? ''),
        dueOn: String(form.get('dueOn') ?? '') || null,
      },
      {
        onSuccess: () => {
          setAdded(true);
          element.reset();
          onChoice({ ref: choice.ref, code: '' });
        },
      },
    );
  };
  const labels = {
    questionRef: t('municipalChecklist.plan.add.question'),
    actionCode: t('municipalChecklist.plan.add.suggestion'),
    title: t('municipalChecklist.plan.add.titleField'),
    ownerName: t('municipalChecklist.plan.add.owner'),
    dueOn: t('municipalChecklist.plan.add.dueOn'),
  };
  return (
    <section className="baken-section" aria-labelledby="mc-add">
      <Heading2 id="mc-add">{t('municipalChecklist.plan.add.title')}</Heading2>
      <FieldIdScope scope="add">
        <form className="baken-mc-form" onSubmit={submit} noValidate>
          <ErrorSummary error={create.error} labels={labels} />
          <SelectField
            label={labels.questionRef}
            name="questionRef"
            value={choice.ref}
            onChange={(e) => onChoice({ ref: e.target.value, code: '' })}
            placeholder={t('municipalChecklist.plan.add.choose')}
            options={plan.gaps.map((g) => {
              const q = findQuestion(pack, g.ref).question;
              return { value: g.ref, label: `${g.ref} ${q ? local(q) : ''} (${t(`municipalChecklist.answers.${g.answer}`)})` };
            })}
            error={create.error?.field('questionRef')}
            required
          />
          <SelectField
            label={labels.actionCode}
            name="actionCode"
            value={choice.code}
            onChange={(e) => onChoice({ ref: choice.ref, code: e.target.value })}
            placeholder={t('municipalChecklist.plan.add.choose')}
            options={[
              ...(gap && check
                ? gap.suggestions
                    .filter((s) => !s.planned)
                    .map((s) => {
                      const a = check.actions.find((x) => x.code === s.code);
                      return { value: s.code, label: a ? local(a) : s.code };
                    })
                : []),
              { value: OWN, label: t('municipalChecklist.plan.add.own') },
            ]}
            error={create.error?.field('actionCode')}
            required
          />
          {choice.code === OWN && <TextAreaField label={labels.title} name="title" error={create.error?.field('title')} rows={2} maxLength={300} required />}
          <TextField label={labels.ownerName} name="ownerName" description={t('municipalChecklist.plan.add.ownerHint')} error={create.error?.field('ownerName')} required maxLength={120} />
          <TextField label={labels.dueOn} name="dueOn" type="date" error={create.error?.field('dueOn')} optional />
          <div className="baken-mc-actions-bar">
            <Button appearance="primary" type="submit" busy={create.isPending}>
              {t('municipalChecklist.plan.add.submit')}
            </Button>
            {added && (
              <p className="utrecht-paragraph baken-mc-saved" role="status">
                {t('municipalChecklist.plan.add.added')}
              </p>
            )}
          </div>
        </form>
      </FieldIdScope>
    </section>
  );
}

function ActionHistory({ checklistId, action }: { checklistId: string; action: Action }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const history = useActionHistory(checklistId, action.id, open);
  return (
    <details className="baken-mc-details" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('municipalChecklist.plan.history')}</summary>
      {!open ? null : history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <LoadError error={history.error} />
      ) : (
        <ul className="utrecht-unordered-list">
          {history.data.map((h, i) => (
            <li key={i} className="utrecht-unordered-list__item">
              {t('municipalChecklist.plan.historyItem', {
                when: formatDateTime(h.changedAt),
                name: h.changedByName ?? '—',
                status: t(`municipalChecklist.statuses.${(h.snapshot.status as Action['status']) ?? 'open'}`),
              })}
              {typeof h.snapshot.progressNote === 'string' && h.snapshot.progressNote ? ` — ${h.snapshot.progressNote}` : ''}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

function EditAction({ checklistId, action, label }: { checklistId: string; action: Action; label: string }) {
  const { t } = useTranslation();
  const update = useUpdateAction(checklistId, action.id);
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    update.mutate(
      {
        ownerName: String(form.get('ownerName') ?? ''),
        dueOn: String(form.get('dueOn') ?? '') || null,
        status: String(form.get('status') ?? 'open') as Action['status'],
        progressNote: String(form.get('progressNote') ?? ''),
        updatedAt: action.updatedAt,
      },
      { onSuccess: () => setSaved(true) },
    );
  };
  const labels = {
    ownerName: t('municipalChecklist.plan.add.owner'),
    dueOn: t('municipalChecklist.plan.add.dueOn'),
    status: t('municipalChecklist.plan.status'),
    progressNote: t('municipalChecklist.plan.progressNote'),
  };
  return (
    <details className="baken-mc-details">
      <summary>{label}</summary>
      <FieldIdScope scope={`action-${action.id}`}>
        <form className="baken-mc-form" onSubmit={submit} noValidate>
          <ErrorSummary error={update.error} labels={labels} />
          <TextField label={labels.ownerName} name="ownerName" defaultValue={action.ownerName} error={update.error?.field('ownerName')} required maxLength={120} />
          <TextField label={labels.dueOn} name="dueOn" type="date" defaultValue={action.dueOn ?? ''} error={update.error?.field('dueOn')} optional />
          <SelectField
            label={labels.status}
            name="status"
            defaultValue={action.status}
            options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`municipalChecklist.statuses.${s}`) }))}
            error={update.error?.field('status')}
          />
          <TextAreaField label={labels.progressNote} name="progressNote" defaultValue={action.progressNote} error={update.error?.field('progressNote')} optional rows={3} maxLength={2000} />
          <div className="baken-mc-actions-bar">
            <Button type="submit" busy={update.isPending}>
              {t('municipalChecklist.plan.save')}
            </Button>
            {saved && (
              <p className="utrecht-paragraph baken-mc-saved" role="status">
                {t('municipalChecklist.plan.saved')}
              </p>
            )}
          </div>
        </form>
      </FieldIdScope>
      <ActionHistory checklistId={checklistId} action={action} />
    </details>
  );
}

export function ActionPlanPage() {
  const { t } = useTranslation();
  const local = useLocalised();
  const { id = '' } = useParams();
  const plan = useActionPlan(id);
  const pack = useChecklistPack();
  const [choice, setChoice] = useState({ ref: '', code: '' });
  const title = plan.data ? t('municipalChecklist.plan.title', { year: plan.data.checklist.year }) : t('municipalChecklist.title');
  const take = (ref: string, code: string) => {
    setChoice({ ref, code });
    document.getElementById('field-add-ownerName')?.focus();
  };
  return (
    <>
      <BackLink to={`/gemeente/checklist/${id}`}>{t('municipalChecklist.plan.back')}</BackLink>
      <PageHeading title={title}>{title}</PageHeading>
      {plan.isPending || pack.isPending ? (
        <Loading />
      ) : plan.isError || pack.isError ? (
        <LoadError error={plan.error ?? pack.error} />
      ) : (
        <>
          <p className="utrecht-paragraph">{t('municipalChecklist.plan.intro')}</p>
          <p className="utrecht-paragraph">
            {t('municipalChecklist.plan.counts', { ...plan.data.counts, count: plan.data.counts.total })}
            {plan.data.counts.overdue > 0 && (
              <>
                {' '}
                <StatusBadge status="danger">{t('municipalChecklist.plan.overdueCount', { count: plan.data.counts.overdue })}</StatusBadge>
              </>
            )}
          </p>
          <p className="utrecht-paragraph">
            <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={pdfUrl(id)} download>
              {t('municipalChecklist.pdf')}
            </a>
          </p>
          <section className="baken-section" aria-labelledby="mc-actions">
            <Heading2 id="mc-actions">{t('municipalChecklist.plan.actionsTitle')}</Heading2>
            {plan.data.actions.length === 0 ? (
              <EmptyState title={t('municipalChecklist.plan.actionsEmpty')} />
            ) : (
              <Table
                caption={t('municipalChecklist.plan.caption')}
                captionHidden
                head={[
                  t('municipalChecklist.plan.columns.question'),
                  t('municipalChecklist.plan.columns.action'),
                  t('municipalChecklist.plan.columns.owner'),
                  t('municipalChecklist.plan.columns.dueOn'),
                  t('municipalChecklist.plan.columns.status'),
                ]}
              >
                {plan.data.actions.map((a) => {
                  const check = pack.data.checks.find((c) => c.ref === a.checkRef);
                  const suggestion = a.actionCode ? check?.actions.find((x) => x.code === a.actionCode) : undefined;
                  return (
                    <Row key={a.id}>
                      <Cell header>{a.questionRef}</Cell>
                      <Cell>
                        {suggestion ? local(suggestion) : a.title}
                        {!a.actionCode && <span className="baken-cell-sub">{t('municipalChecklist.plan.ownAction')}</span>}
                        {a.progressNote && <span className="baken-cell-sub">{a.progressNote}</span>}
                        <EditAction checklistId={id} action={a} label={t('municipalChecklist.plan.edit', { ref: a.questionRef })} />
                      </Cell>
                      <Cell>{a.ownerName}</Cell>
                      <Cell>
                        {a.dueOn ? formatDate(a.dueOn) : t('municipalChecklist.plan.noDate')}
                        {a.overdue && (
                          <span className="baken-cell-sub baken-mc-overdue">
                            <StatusBadge status="danger">{t('municipalChecklist.plan.overdue')}</StatusBadge>
                          </span>
                        )}
                      </Cell>
                      <Cell>
                        <StatusBadge status={a.status === 'done' ? 'success' : a.status === 'inProgress' ? 'active' : 'neutral'}>{t(`municipalChecklist.statuses.${a.status}`)}</StatusBadge>
                      </Cell>
                    </Row>
                  );
                })}
              </Table>
            )}
          </section>
          <section className="baken-section" aria-labelledby="mc-gaps">
            <Heading2 id="mc-gaps">{t('municipalChecklist.plan.gaps')}</Heading2>
            {plan.data.gaps.length === 0 ? (
              <EmptyState title={t('municipalChecklist.plan.gapsEmpty')} />
            ) : (
              <ul className="baken-mc-questions">
                {plan.data.gaps.map((g) => {
                  const { check, question } = findQuestion(pack.data, g.ref);
                  return (
                    <li key={g.ref} className="baken-mc-question">
                      <p className="utrecht-paragraph baken-mc-question__text">
                        <span className="baken-mc-ref">{g.ref}</span> {question ? local(question) : ''}
                      </p>
                      <p className="utrecht-paragraph baken-cell-sub">{t('municipalChecklist.plan.gapAnswer', { answer: t(`municipalChecklist.answers.${g.answer}`) })}</p>
                      <ul className="utrecht-unordered-list">
                        {g.suggestions.map((s) => {
                          const a = check?.actions.find((x) => x.code === s.code);
                          return (
                            <li key={s.code} className="utrecht-unordered-list__item">
                              {a ? local(a) : s.code}{' '}
                              {s.planned ? (
                                <StatusBadge status="success">{t('municipalChecklist.plan.planned')}</StatusBadge>
                              ) : (
                                <Button appearance="subtle" onClick={() => take(g.ref, s.code)} aria-label={`${t('municipalChecklist.plan.add.take')}: ${a ? local(a) : s.code} (${g.ref})`}>
                                  {t('municipalChecklist.plan.add.take')}
                                </Button>
                              )}
                            </li>
                          );
                        })}
                      </ul>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
          {plan.data.gaps.length > 0 && <AddAction plan={plan.data} pack={pack.data} choice={choice} onChoice={setChoice} />}
        </>
      )}
    </>
  );
}
