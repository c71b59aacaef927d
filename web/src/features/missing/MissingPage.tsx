// Missing episodes in a youth's file: the open one on top with what to do now,
// or the button that starts one; then the episodes after their return, with
// their follow-up; tips beside it from the guidance pack.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Heading2 } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { useCaseFile } from '../caseFiles/CaseFileLayout';
import { GuidanceTips } from '../caseFiles/work/GuidanceTips';
import { useEpisodes, useStartEpisode } from './api';
import { EpisodeForm } from './EpisodeForm';
import { OpenEpisode } from './OpenEpisode';
import { ReturnedEpisode } from './ReturnedEpisode';
import './missing.css';

export function MissingPage() {
  const { t } = useTranslation();
  const { youth, access } = useCaseFile();
  const episodes = useEpisodes(youth.id);
  const start = useStartEpisode(youth.id);
  const [starting, setStarting] = useState(false);
  const [justStarted, setJustStarted] = useState<string | null>(null);
  const [justReturned, setJustReturned] = useState<string | null>(null);

  if (episodes.isPending) return <Loading />;
  if (episodes.isError) return <LoadError error={episodes.error} />;
  const open = episodes.data.find((e) => e.status === 'open');
  const returned = episodes.data.filter((e) => e.status === 'returned');
  // The episode that just ended, or without an open one the latest: shown in full; the rest below.
  const featured = returned.find((e) => e.id === justReturned) ?? (open ? undefined : returned[0]);
  const earlier = returned.filter((e) => e !== featured);
  const canUpdate = access.canUpdate;

  return (
    <div className="baken-work">
      <div className="baken-work__main">
        <Heading2>{t('missing.title')}</Heading2>
        {!open && !starting && <p className="utrecht-paragraph">{t('missing.intro')}</p>}
        {open && (
          <OpenEpisode
            key={open.id}
            youth={youth}
            episode={open}
            canUpdate={canUpdate}
            justStarted={justStarted === open.id}
            onReturned={() => setJustReturned(open.id)}
          />
        )}
        {!open && canUpdate && !starting && (
          <Button appearance="primary" className="baken-missing-start" onClick={() => setStarting(true)}>
            {t('missing.startButton')}
          </Button>
        )}
        {!open && starting && (
          <section aria-labelledby="start-episode" className="baken-card baken-missing-open">
            <h3 className="utrecht-heading-3" id="start-episode">
              {t('missing.start.title')}
            </h3>
            <p className="utrecht-paragraph">{t('missing.start.intro')}</p>
            <EpisodeForm
              youth={youth}
              submitLabel={t('missing.start.submit')}
              busy={start.isPending}
              error={start.error}
              onSubmit={(body) =>
                start.mutate(body, {
                  onSuccess: (episode) => {
                    setStarting(false);
                    setJustStarted(episode.id);
                  },
                })
              }
              onCancel={() => {
                start.reset();
                setStarting(false);
              }}
            />
          </section>
        )}
        {episodes.data.length === 0 && !starting && <EmptyState title={t('missing.noneYet')} />}
        {featured && <ReturnedEpisode key={featured.id} youthId={youth.id} episode={featured} canUpdate={canUpdate} justReturned={featured.id === justReturned} />}
        {earlier.length > 0 && (
          <section aria-labelledby="earlier-episodes">
            <h2 className="utrecht-heading-2" id="earlier-episodes">
              {t('missing.earlier')}
            </h2>
            {earlier.map((episode) => (
              <ReturnedEpisode key={episode.id} youthId={youth.id} episode={episode} canUpdate={canUpdate} justReturned={false} headingLevel={3} />
            ))}
          </section>
        )}
      </div>
      <div className="baken-work__aside">
        <GuidanceTips place={open || starting ? 'missing' : ['missing', 'missingReturn']} />
      </div>
    </div>
  );
}
