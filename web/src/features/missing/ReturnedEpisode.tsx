// An episode after the return: how long it lasted, the reminder to consult the
// police before asking the youth what happened, the follow-up steps, the
// medical check, and the two tasks (evaluation with the youth, safety-plan
// update) that stay open until done.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { StatusBadge } from '../../ui/Badge';
import { Button, ButtonGroup, TextLink } from '../../ui/Button';
import { DataList } from '../../ui/DataList';
import { formatDateTime } from '../../ui/format';
import { Heading3 } from '../../ui/Heading';
import type { Episode } from './api';
import { EpisodeDetails } from './OpenEpisode';
import { MedicalCheckForm } from './ReturnForms';
import { SheetList } from './SheetList';
import { StepForm } from './StepForm';
import { StepList } from './StepList';
import { Timeline } from './Timeline';
import { elapsedText } from './time';

type Open = 'medical' | 'evaluationDone' | 'safetyPlanUpdated' | 'policeConsulted' | null;

export function ReturnedEpisode({ youthId, episode, canUpdate, justReturned, headingLevel = 2 }: { youthId: string; episode: Episode; canUpdate: boolean; justReturned: boolean; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const back = episode.return!;
  const close = () => setOpen(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = `episode-${episode.id}`;
  const medical = episode.medicalCheck;
  const decision = (value: string) => t(`options.medicalDecisions.${value}` as 'options.medicalDecisions.offered');
  return (
    <section aria-labelledby={id} className="baken-card baken-missing-returned">
      <p className="baken-pre-heading">
        {episode.openTasks.length > 0 ? <StatusBadge status="warning">{t('missing.return.followUpOpen')}</StatusBadge> : <StatusBadge status="success">{t('missing.return.followUpDone')}</StatusBadge>}{' '}
        {episode.urgent && <StatusBadge status="danger">{t('missing.urgency.urgent')}</StatusBadge>}
      </p>
      <Heading className={headingLevel === 2 ? 'utrecht-heading-2' : 'utrecht-heading-3'} id={id}>
        {t('missing.episode.period', { from: formatDateTime(episode.lastSeenAt), to: formatDateTime(back.at) })}
      </Heading>
      <p className="utrecht-paragraph">{t('missing.episode.duration', { elapsed: elapsedText(t, episode.lastSeenAt, new Date(back.at).getTime()) })}</p>

      {!back.policeConsultedAt && (
        <Alert kind="warning" title={t('missing.return.consultTitle')} takeFocus={justReturned}>
          <p className="utrecht-paragraph">{t('missing.return.consult')}</p>
          {canUpdate && open !== 'policeConsulted' && (
            <Button appearance="secondary" onClick={() => setOpen('policeConsulted')}>
              {t('missing.step.record')}: {t('missing.steps.policeConsulted')}
            </Button>
          )}
          {open === 'policeConsulted' && <StepForm youthId={youthId} episode={episode} step="policeConsulted" onDone={close} onCancel={close} />}
        </Alert>
      )}

      <TasksPanel youthId={youthId} episode={episode} canUpdate={canUpdate} open={open} setOpen={setOpen} />

      <Heading3 id={`${id}-follow-up`}>{t('missing.return.followUpTitle')}</Heading3>
      <StepList youthId={youthId} episode={episode} steps={['returnReported', 'everyoneInformed', 'policeConsulted']} canUpdate={canUpdate} />
      <ul className="baken-checklist">
        <li className="baken-checklist__item baken-missing-step">
          <span className="baken-checklist__label">
            <span className={medical ? 'baken-missing-step__done' : 'baken-missing-step__open'} aria-hidden="true">
              {medical ? '✓' : '○'}
            </span>{' '}
            {t('missing.return.medicalLabel')}
          </span>
          <span className="baken-checklist__text">
            <span>
              {medical
                ? [t('missing.return.medicalSummary', { sti: decision(medical.stiCheck), pregnancy: decision(medical.pregnancyTest), csg: decision(medical.csgReferral) }), medical.outcome]
                    .filter(Boolean)
                    .join(' · ')
                : t('missing.return.medicalNone')}
            </span>
            {canUpdate && !medical && open !== 'medical' && (
              <span>
                <Button appearance="subtle" onClick={() => setOpen('medical')}>
                  {t('missing.step.record')}
                  <span className="baken-visually-hidden">: {t('missing.return.medicalLabel')}</span>
                </Button>
              </span>
            )}
            {open === 'medical' && <MedicalCheckForm youthId={youthId} episode={episode} onDone={close} onCancel={close} />}
          </span>
        </li>
      </ul>

      <Heading3 id={`${id}-return`}>{t('missing.return.detailsTitle')}</Heading3>
      <DataList
        items={[
          { key: t('missing.return.foundPlaceLabel'), value: back.foundPlace },
          { key: t('missing.return.foundByLabel'), value: t(`missing.foundBy.${back.foundBy}`) },
          { key: t('missing.return.notesLabel'), value: back.notes },
        ]}
      />
      <SheetList youthId={youthId} episode={episode} />
      <details className="baken-missing-more">
        <summary>{t('missing.episode.timelineShow')}</summary>
        <EpisodeDetails episode={episode} />
        <Heading3 id={`${id}-timeline`}>{t('missing.episode.timelineTitle')}</Heading3>
        <Timeline episode={episode} headingId={`${id}-timeline`} />
      </details>
    </section>
  );
}

function TasksPanel({ youthId, episode, canUpdate, open, setOpen }: { youthId: string; episode: Episode; canUpdate: boolean; open: Open; setOpen: (open: Open) => void }) {
  const { t } = useTranslation();
  const close = () => setOpen(null);
  const evaluation = episode.evaluation;
  const plan = episode.safetyPlanUpdate;
  const id = `tasks-${episode.id}`;
  return (
    <section aria-labelledby={id} className="baken-missing-tasks">
      <Heading3 id={id}>{t('missing.return.tasksTitle')}</Heading3>
      {episode.openTasks.length === 0 && <p className="utrecht-paragraph">{t('missing.return.tasksDone')}</p>}
      <ul className="baken-plain-list baken-missing-tasks__list">
        <li>
          <StatusBadge status={evaluation ? 'success' : 'warning'}>{evaluation ? t('missing.return.done') : t('missing.return.open')}</StatusBadge> <strong>{t('missing.steps.evaluationDone')}</strong>
          {evaluation ? (
            <p className="utrecht-paragraph">
              {t('missing.return.evaluationDoneOn', { date: formatDateTime(evaluation.doneAt) })}, {evaluation.withYouth ? t('missing.return.withYouth') : t('missing.return.withoutYouth')}: {evaluation.notes}
            </p>
          ) : (
            <>
              <p className="utrecht-paragraph">{t('missing.return.evaluationTask')}</p>
              {canUpdate && open !== 'evaluationDone' && (
                <Button appearance="secondary" onClick={() => setOpen('evaluationDone')}>
                  {t('missing.step.record')}: {t('missing.steps.evaluationDone')}
                </Button>
              )}
              {open === 'evaluationDone' && <StepForm youthId={youthId} episode={episode} step="evaluationDone" onDone={close} onCancel={close} />}
            </>
          )}
        </li>
        <li>
          <StatusBadge status={plan.done ? 'success' : 'warning'}>{plan.done ? t('missing.return.done') : t('missing.return.open')}</StatusBadge> <strong>{t('missing.steps.safetyPlanUpdated')}</strong>
          {plan.done ? (
            <p className="utrecht-paragraph">
              {plan.via === 'version'
                ? t('missing.return.safetyPlanByVersion', { version: plan.version, date: plan.at ? formatDateTime(plan.at) : '' })
                : t('missing.return.safetyPlanByNote', { date: plan.at ? formatDateTime(plan.at) : '', note: plan.note ?? '' })}
            </p>
          ) : (
            <>
              <p className="utrecht-paragraph">{t('missing.return.safetyPlanTask')}</p>
              <ButtonGroup>
                <TextLink to={`/jongeren/${youthId}/veiligheidsplan`}>{t('missing.return.toSafetyPlan')}</TextLink>
                {canUpdate && open !== 'safetyPlanUpdated' && (
                  <Button appearance="subtle" onClick={() => setOpen('safetyPlanUpdated')}>
                    {t('missing.return.markSafetyPlan')}
                  </Button>
                )}
              </ButtonGroup>
              {open === 'safetyPlanUpdated' && <StepForm youthId={youthId} episode={episode} step="safetyPlanUpdated" onDone={close} onCancel={close} />}
            </>
          )}
        </li>
      </ul>
    </section>
  );
}
