// The progress history of one goal, under the goal itself: the reports newest
// first, a report added to this goal without choosing it again, and a report
// corrected in place (there the goal can still be changed, for one filed under
// the wrong goal).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../ui/Alert';
import { StatusBadge } from '../../../../ui/Badge';
import { Button } from '../../../../ui/Button';
import { todayIso } from '../../../../ui/calendar';
import { FieldIdScope } from '../../../../ui/Form';
import { formatDate } from '../../../../ui/format';
import { useCaseFile } from '../../CaseFileLayout';
import { optionText, specs } from '../fieldSpecs';
import type { Option } from '../RecordForm';
import { RecordForm } from '../RecordForm';
import { RecordHistory } from '../RecordHistory';
import { useCreateRecord, useUpdateRecord } from '../recordApi';
import { CARE_PLAN_PATHS, type Goal, type Progress } from './types';

const badge = (assessment: string) => (assessment === 'setback' ? 'warning' : assessment === 'progress' ? 'success' : 'neutral');

/** `goalTitleId`: the goal's heading, so the group (and its buttons) say which goal they belong to. */
export function GoalProgress({ goal, goalTitleId, reports, goalOptions }: { goal: Goal; goalTitleId: string; reports: Progress[]; goalOptions: Option[] }) {
  const { t } = useTranslation();
  const { youth, access } = useCaseFile();
  const create = useCreateRecord<Progress>(youth.id, CARE_PLAN_PATHS.progress);
  const update = useUpdateRecord<Progress>(youth.id, CARE_PLAN_PATHS.progress);
  const [mode, setMode] = useState<{ kind: 'idle' } | { kind: 'new' } | { kind: 'edit'; id: string }>({ kind: 'idle' });
  const [saved, setSaved] = useState(0);
  const allFields = specs.goalProgress(t, goalOptions);
  const headingId = `progress-${goal.id}`;
  const done = () => {
    setMode({ kind: 'idle' });
    setSaved((n) => n + 1);
  };

  return (
    <FieldIdScope scope={headingId}>
      <div className="baken-goal-progress" role="group" aria-labelledby={`${goalTitleId} ${headingId}`}>
        <h4 className="utrecht-heading-4" id={headingId}>
          {t('carePlan.progress.title')}
        </h4>
        {saved > 0 && mode.kind === 'idle' && (
          <Alert kind="ok" takeFocus key={saved}>
            {t('carePlan.progress.saved')}
          </Alert>
        )}
        {reports.length === 0 && mode.kind !== 'new' && <p className="utrecht-paragraph baken-goal-progress__none">{t('carePlan.progress.none')}</p>}
        {reports.length > 0 && (
          <ol className="baken-goal-progress__list">
            {reports.map((p) => (
              <li key={p.id} className="baken-goal-progress__item">
                {mode.kind === 'edit' && mode.id === p.id ? (
                  <RecordForm
                    kind="goalProgress"
                    fields={allFields}
                    initial={p}
                    submitLabel={t('records.save')}
                    busy={update.isPending}
                    error={update.error}
                    onSubmit={(body) => update.mutate({ id: p.id, body: { ...body, updatedAt: p.updatedAt } }, { onSuccess: done })}
                    onCancel={() => setMode({ kind: 'idle' })}
                  />
                ) : (
                  <>
                    <p className="baken-goal-progress__head">
                      <span className="baken-goal-progress__date">{formatDate(p.reportedOn)}</span>{' '}
                      <StatusBadge status={badge(p.assessment)}>{optionText(t, 'progressAssessments', p.assessment)}</StatusBadge>
                    </p>
                    <p className="utrecht-paragraph baken-prewrap">{p.report}</p>
                    <p className="baken-record__meta">{t('records.recordedBy', { name: p.createdByName ?? '—', date: formatDate(p.createdAt) })}</p>
                    {access.canUpdate && (
                      <Button appearance="subtle" onClick={() => (update.reset(), setMode({ kind: 'edit', id: p.id }))}>
                        {t('records.edit')}
                        <span className="baken-visually-hidden">: {formatDate(p.reportedOn)}</span>
                      </Button>
                    )}
                    <RecordHistory youthId={youth.id} recordId={p.id} kind="goalProgress" />
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
        {mode.kind === 'new' && (
          <div className="baken-goal-progress__form">
            <RecordForm
              kind="goalProgress"
              fields={allFields.filter((f) => f.name !== 'goalId')}
              initial={{ reportedOn: todayIso(), assessment: 'progress' }}
              submitLabel={t('records.save')}
              busy={create.isPending}
              error={create.error}
              onSubmit={(body) => create.mutate({ ...body, goalId: goal.id }, { onSuccess: done })}
              onCancel={() => setMode({ kind: 'idle' })}
            />
          </div>
        )}
        {access.canUpdate && mode.kind === 'idle' && (
          <Button appearance="secondary" onClick={() => (create.reset(), setMode({ kind: 'new' }))}>
            {t('carePlan.progress.add')}
          </Button>
        )}
      </div>
    </FieldIdScope>
  );
}
