// The phases as a short timeline: where the youth is now, and each move from
// one phase to the next with its reason (quality framework 2.3: structure
// first, then step by step more freedom).
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../ui/calendar';
import { formatDate } from '../../../../ui/format';
import { currentPhase, phasesInOrder } from './schedule';
import type { Phase } from './types';

export function PhaseTimeline({ phases }: { phases: Phase[] }) {
  const { t } = useTranslation();
  if (phases.length === 0) return null;
  const today = todayIso();
  const current = currentPhase(phases, today);
  const ordered = phasesInOrder(phases);
  const when = (p: Phase) =>
    p.startedOn > today
      ? t('carePlan.timeline.planned', { date: formatDate(p.startedOn) })
      : p.endedOn
        ? t('carePlan.timeline.period', { from: formatDate(p.startedOn), to: formatDate(p.endedOn) })
        : t('carePlan.timeline.since', { date: formatDate(p.startedOn) });
  return (
    <div className="baken-phase-timeline">
      <p className="utrecht-paragraph baken-phase-timeline__current">
        {current ? t('carePlan.timeline.current', { number: current.number, name: current.name }) : t('carePlan.timeline.noCurrent')}
      </p>
      <ol className="baken-phase-timeline__list" aria-label={t('carePlan.timeline.title')}>
        {ordered.map((p) => {
          const isCurrent = p.id === current?.id;
          return (
            <li
              key={p.id}
              className={['baken-phase-timeline__item', isCurrent ? 'baken-phase-timeline__item--current' : '', p.startedOn > today ? 'baken-phase-timeline__item--planned' : ''].join(' ').trim()}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <span className="baken-phase-timeline__name">
                {t('carePlan.youth.phaseName', { number: p.number, name: p.name })}
                {isCurrent && <span className="baken-phase-timeline__now"> · {t('carePlan.timeline.now')}</span>}
              </span>
              <span className="baken-phase-timeline__when">{when(p)}</span>
              {(p.transitionReason ?? '').trim() !== '' && <span className="baken-phase-timeline__transition baken-prewrap">{t('carePlan.timeline.transition', { reason: p.transitionReason })}</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
