// The parts of an improvement plan both doors show: per point the expectations
// it is about, what must improve, its date, and a table of the actions with
// owner, date, status, progress and the inspector's follow-up. Each door adds
// its own controls per action (the provider edits, the inspector follows up)
// and below each point (a form).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading3 } from '../../../ui/Heading';
import { StatusBadge } from '../../../ui/Badge';
import { Cell, Row, Table } from '../../../ui/Table';
import { formatDate } from '../../../ui/format';
import type { InspectionFramework } from '../../quality/inspections/api';
import './improvement.css';

export interface PlanAction {
  id: string;
  what: string;
  ownerName: string;
  dueOn: string;
  status: 'open' | 'inProgress' | 'done';
  progressNote: string | null;
  overdue: boolean;
  followUps: { id: string; verdict: 'accepted' | 'notYetSufficient' | 'closed'; note: string | null; followedUpOn: string; recordedByName: string }[];
}
export interface PlanPoint<A extends PlanAction = PlanAction> {
  id: string;
  expectationRefs: string[];
  description: string;
  dueOn: string | null;
  actions: A[];
}

export function expectationText(framework: InspectionFramework | undefined, ref: string): string {
  for (const theme of framework?.themes ?? []) for (const e of theme.expectations) if (e.ref === ref) return e.nl;
  return '';
}

export function StatusWord({ status }: { status: PlanAction['status'] }) {
  const { t } = useTranslation();
  return <StatusBadge status={status === 'done' ? 'success' : status === 'inProgress' ? 'active' : 'neutral'}>{t(`inspectionWords.actionStatus.${status}`)}</StatusBadge>;
}

function FollowUps({ action }: { action: PlanAction }) {
  const { t } = useTranslation();
  if (action.followUps.length === 0) return <span className="baken-plan-muted">{t('inspectionWords.noFollowUp')}</span>;
  return (
    <ul className="utrecht-unordered-list baken-plan-list">
      {action.followUps.map((f) => (
        <li className="utrecht-unordered-list__item" key={f.id}>
          {t('inspectionWords.followUpLine', { verdict: t(`inspectionWords.verdict.${f.verdict}`), date: formatDate(f.followedUpOn), name: f.recordedByName })}
          {f.note ? `: ${f.note}` : ''}
        </li>
      ))}
    </ul>
  );
}

export function PointsList<A extends PlanAction>({
  points,
  framework,
  actionControl,
  actionControlLabel,
  belowPoint,
}: {
  points: PlanPoint<A>[];
  framework: InspectionFramework | undefined;
  actionControl?: (action: A, point: PlanPoint<A>, n: number) => ReactNode;
  actionControlLabel?: string;
  belowPoint?: (point: PlanPoint<A>, n: number) => ReactNode;
}) {
  const { t } = useTranslation();
  if (points.length === 0) return <p className="utrecht-paragraph">{t('planParts.noPoints')}</p>;
  return (
    <>
      {points.map((point, i) => {
        const n = i + 1;
        const head = [t('planParts.columns.what'), t('planParts.columns.owner'), t('planParts.columns.dueOn'), t('planParts.columns.status'), t('planParts.columns.progress'), t('planParts.columns.followUp')];
        if (actionControl) head.push(actionControlLabel ?? '');
        return (
          <article className="baken-section baken-plan-point" key={point.id} aria-labelledby={`point-${point.id}`}>
            <Heading3 id={`point-${point.id}`}>{t('planParts.point', { n })}</Heading3>
            <p className="utrecht-paragraph baken-plan-muted">
              {t('planParts.about')}:{' '}
              {point.expectationRefs.map((ref, k) => (
                <span key={ref}>
                  {k > 0 && '; '}
                  {t('inspectionWords.expectationRef', { ref })}
                  {expectationText(framework, ref) && ` (${expectationText(framework, ref)})`}
                </span>
              ))}
            </p>
            <p className="utrecht-paragraph">{point.description}</p>
            {point.dueOn && <p className="utrecht-paragraph">{t('planParts.dueOn', { date: formatDate(point.dueOn) })}</p>}
            {point.actions.length === 0 ? (
              <p className="utrecht-paragraph baken-plan-muted">{t('planParts.noActions')}</p>
            ) : (
              <Table caption={t('planParts.actionsCaption', { n })} head={head}>
                {point.actions.map((action) => (
                  <Row key={action.id}>
                    <Cell header>{action.what}</Cell>
                    <Cell>{action.ownerName}</Cell>
                    <Cell>
                      {formatDate(action.dueOn)}
                      {action.overdue && (
                        <>
                          {' '}
                          <StatusBadge status="danger">{t('inspectionWords.overdue')}</StatusBadge>
                        </>
                      )}
                    </Cell>
                    <Cell>
                      <StatusWord status={action.status} />
                    </Cell>
                    <Cell>{action.progressNote ?? ''}</Cell>
                    <Cell>
                      <FollowUps action={action} />
                    </Cell>
                    {actionControl && <Cell>{actionControl(action, point, n)}</Cell>}
                  </Row>
                ))}
              </Table>
            )}
            {belowPoint?.(point, n)}
          </article>
        );
      })}
    </>
  );
}
