// Steps of an episode as a checklist: done (when, and what was noted) or not
// yet, each with a button that opens its small form in place.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EpisodeStep } from '../../../../server/src/modules/missing/missing.options';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { formatDateTime } from '../../ui/format';
import type { Episode } from './api';
import { StepForm } from './StepForm';

/** When a step was done and what goes with it, from the episode. */
function stepState(episode: Episode, step: EpisodeStep, t: (key: string, options?: Record<string, unknown>) => string): { at: string | null; detail: string } {
  const r = episode.return;
  switch (step) {
    case 'emergencyCall':
      return { at: episode.emergencyCallAt, detail: '' };
    case 'policeReport':
      return { at: episode.policeReportAt, detail: episode.policeReference ? t('missing.step.referenceShort', { reference: episode.policeReference }) : '' };
    case 'parentsInformed':
      return { at: episode.parentsInformedAt, detail: '' };
    case 'guardianInformed':
      return {
        at: episode.guardianInformedAt,
        detail: episode.guardianAvailable === null ? '' : episode.guardianAvailable ? t('missing.step.available') : t('missing.step.notAvailable'),
      };
    case 'returnReported':
      return { at: r?.reportedAt ?? null, detail: '' };
    case 'everyoneInformed':
      return { at: r?.everyoneInformedAt ?? null, detail: '' };
    case 'policeConsulted':
      return { at: r?.policeConsultedAt ?? null, detail: r?.policeConsultedNote ?? '' };
    default:
      return { at: null, detail: '' };
  }
}

export function StepList({ youthId, episode, steps, canUpdate }: { youthId: string; episode: Episode; steps: EpisodeStep[]; canUpdate: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<EpisodeStep | null>(null);
  const [saved, setSaved] = useState<{ step: EpisodeStep; n: number } | null>(null);
  return (
    <>
      {saved && (
        <Alert kind="ok" takeFocus key={saved.n}>
          <p className="utrecht-paragraph">
            {t('missing.step.saved')} {t(`missing.steps.${saved.step}`)}
          </p>
        </Alert>
      )}
      <ul className="baken-checklist">
        {steps.map((step) => {
          const { at, detail } = stepState(episode, step, t as never);
          return (
            <li key={step} className="baken-checklist__item baken-missing-step">
              <span className="baken-checklist__label">
                <span className={at ? 'baken-missing-step__done' : 'baken-missing-step__open'} aria-hidden="true">
                  {at ? '✓' : '○'}
                </span>{' '}
                {t(`missing.steps.${step}`)}
              </span>
              <span className="baken-checklist__text">
                <span>{at ? [formatDateTime(at), detail].filter(Boolean).join(' · ') : t('missing.step.notYet')}</span>
                {canUpdate && open !== step && (
                  <span>
                    <Button appearance="subtle" onClick={() => setOpen(step)} aria-label={`${t(at ? 'missing.step.update' : 'missing.step.record')}: ${t(`missing.steps.${step}`)}`}>
                      {at ? t('missing.step.update') : t('missing.step.record')}
                    </Button>
                  </span>
                )}
                {open === step && (
                  <StepForm
                    youthId={youthId}
                    episode={episode}
                    step={step}
                    onCancel={() => setOpen(null)}
                    onDone={() => {
                      setOpen(null);
                      setSaved((s) => ({ step, n: (s?.n ?? 0) + 1 }));
                    }}
                  />
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
