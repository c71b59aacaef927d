// The episode while the youth is missing: how long, what to do now (call 112,
// or report), the description with its urgency, the notifications one by one,
// the police information sheet, and the way to the return or a transfer.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EpisodeStep } from '../../../../server/src/modules/missing/missing.options';
import type { Youth } from '../../api/types';
import { Alert } from '../../ui/Alert';
import { Button, ButtonGroup, ButtonLink } from '../../ui/Button';
import { DataList } from '../../ui/DataList';
import { StatusBadge } from '../../ui/Badge';
import { formatDateTime } from '../../ui/format';
import { Heading3 } from '../../ui/Heading';
import { useRecordStep, useUpdateDetails, type Episode } from './api';
import { EpisodeForm } from './EpisodeForm';
import { ReturnForm, TransferForm } from './ReturnForms';
import { SheetList } from './SheetList';
import { StepForm } from './StepForm';
import { StepList } from './StepList';
import { Timeline } from './Timeline';
import { UrgencyAlert } from './UrgencyAlert';
import { dutchLocalInput, elapsedText, useNow } from './time';

type Panel = 'details' | 'return' | 'transfer' | null;

export function OpenEpisode({ youth, episode, canUpdate, justStarted, onReturned }: { youth: Youth; episode: Episode; canUpdate: boolean; justStarted: boolean; onReturned: () => void }) {
  const { t } = useTranslation();
  const now = useNow();
  const [panel, setPanel] = useState<Panel>(null);
  const [noteOpen, setNoteOpen] = useState(false);
  const details = useUpdateDetails(youth.id);
  const called = useRecordStep(youth.id);
  const stillToAct = episode.urgent ? !episode.emergencyCallAt : !episode.policeReportAt;
  const notifications: EpisodeStep[] = [...(episode.urgent ? (['emergencyCall'] as const) : []), 'policeReport', 'parentsInformed', 'guardianInformed'];

  return (
    <section aria-labelledby="open-episode" className="baken-card baken-missing-open">
      <p className="baken-pre-heading">
        <StatusBadge status="danger">{t('missing.episode.missingFor', { elapsed: elapsedText(t, episode.lastSeenAt, now) })}</StatusBadge>{' '}
        <StatusBadge status={episode.urgent ? 'danger' : 'neutral'}>{episode.urgent ? t('missing.urgency.urgent') : t('missing.urgency.notUrgent')}</StatusBadge>
      </p>
      <h2 className="utrecht-heading-2" id="open-episode">
        {t('missing.episode.missingSince', { date: formatDateTime(episode.lastSeenAt) })}
      </h2>
      {stillToAct && (
        <UrgencyAlert
          episode={episode}
          takeFocus={justStarted}
          busy={called.isPending}
          onCalled={canUpdate ? () => called.mutate({ episodeId: episode.id, body: { step: 'emergencyCall', at: dutchLocalInput() } }) : undefined}
        />
      )}
      {episode.transfer && (
        <Alert kind="info">
          <p className="utrecht-paragraph">{t('missing.episode.transferred', { to: episode.transfer.to, date: formatDateTime(episode.transfer.at) })}</p>
          <p className="utrecht-paragraph">{t('missing.episode.transferReason', { reason: episode.transfer.reason })}</p>
          <p className="utrecht-paragraph">{episode.transfer.policeInformedAt ? t('missing.episode.transferPoliceInformed') : t('missing.episode.transferPoliceNotInformed')}</p>
        </Alert>
      )}

      <Heading3 id="episode-actions">{t('missing.episode.actionsTitle')}</Heading3>
      <ButtonGroup>
        <ButtonLink appearance="primary" to={`/jongeren/${youth.id}/vermissing/${episode.id}/informatieblad`}>
          {t('missing.episode.sheetLink')}
        </ButtonLink>
        {canUpdate && (
          <>
            <Button appearance="secondary" onClick={() => setPanel('return')} aria-expanded={panel === 'return'}>
              {t('missing.episode.returnButton')}
            </Button>
            <Button appearance="secondary" onClick={() => setPanel('transfer')} aria-expanded={panel === 'transfer'}>
              {t('missing.episode.transferButton')}
            </Button>
            <Button appearance="subtle" onClick={() => setNoteOpen(true)} aria-expanded={noteOpen}>
              {t('missing.episode.noteButton')}
            </Button>
          </>
        )}
      </ButtonGroup>
      {panel === 'return' && <ReturnForm youthId={youth.id} episode={episode} onDone={onReturned} onCancel={() => setPanel(null)} />}
      {panel === 'transfer' && <TransferForm youthId={youth.id} episode={episode} onDone={() => setPanel(null)} onCancel={() => setPanel(null)} />}
      {noteOpen && <StepForm youthId={youth.id} episode={episode} step="note" onDone={() => setNoteOpen(false)} onCancel={() => setNoteOpen(false)} />}
      <SheetList youthId={youth.id} episode={episode} />

      <Heading3 id="episode-notifications">{t('missing.episode.notificationsTitle')}</Heading3>
      <StepList youthId={youth.id} episode={episode} steps={notifications} canUpdate={canUpdate} />

      <Heading3 id="episode-details">{t('missing.episode.detailsTitle')}</Heading3>
      {panel === 'details' ? (
        <EpisodeForm
          youth={youth}
          initial={episode}
          submitLabel={t('missing.start.saveDetails')}
          busy={details.isPending}
          error={details.error}
          onSubmit={(body) => details.mutate({ episodeId: episode.id, body: { ...body, updatedAt: episode.updatedAt } }, { onSuccess: () => setPanel(null) })}
          onCancel={() => setPanel(null)}
        />
      ) : (
        <>
          <EpisodeDetails episode={episode} />
          {canUpdate && (
            <Button appearance="subtle" onClick={() => setPanel('details')}>
              {t('missing.start.editDetails')}
            </Button>
          )}
        </>
      )}

      <Heading3 id={`timeline-${episode.id}`}>{t('missing.episode.timelineTitle')}</Heading3>
      <Timeline episode={episode} headingId={`timeline-${episode.id}`} />
    </section>
  );
}

export function EpisodeDetails({ episode }: { episode: Episode }) {
  const { t } = useTranslation();
  return (
    <DataList
      items={[
        { key: t('missing.episode.lastSeenPlace'), value: `${episode.lastSeenPlace} (${formatDateTime(episode.lastSeenAt)})` },
        { key: t('missing.episode.appearance'), value: episode.appearance },
        { key: t('missing.episode.companions'), value: episode.companions },
        { key: t('missing.episode.circumstances'), value: episode.circumstances },
        {
          key: t('missing.episode.urgency'),
          value:
            episode.urgency.length === 0 ? (
              t('missing.episode.noCriteria')
            ) : (
              <ul className="baken-plain-list">
                {episode.urgency.map((u) => (
                  <li key={u.criterion}>
                    <strong>{t(`missing.criteria.${u.criterion}`)}</strong>: {u.explanation}
                  </li>
                ))}
              </ul>
            ),
        },
        { key: t('missing.episode.parentsContact'), value: episode.parentsContact },
        { key: t('missing.episode.guardianContact'), value: episode.guardianContact },
      ]}
    />
  );
}
