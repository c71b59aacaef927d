// The knowledge base: every tip of seeds 000, 001 and 002 by topic, for every
// signed-in user. The search runs here over the content packs (see search.ts);
// the search words and filters live in the address, so a link such as
// /kennisbank?onderwerp=missing or /kennisbank#tip-dontCallTooOften opens
// exactly that.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/http';
import type { MunicipalChecklist } from '../../../../server/src/platform/content/content';
import { PageHeading } from '../../ui/Heading';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Form';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { useContentPack } from '../caseFiles/work/useContent';
import { can, useSession } from '../../app/session';
import { AUDIENCES, formatRef, groupByTopic, isAudience, isTopic, knowledgeItems, searchKnowledge, TOPICS, type KnowledgeItem } from './search';
import './knowledge.css';

type Translate = Parameters<typeof formatRef>[1];

export function KnowledgeBasePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const tr = t as unknown as Translate;
  const [params, setParams] = useSearchParams();
  const { hash } = useLocation();
  const session = useSession();
  const guidance = useContentPack('guidance');
  const checklist = useQuery<MunicipalChecklist>({ queryKey: ['content', 'municipalChecklist'], queryFn: () => api.get('/api/content/municipalChecklist'), staleTime: Infinity });

  const topicParam = params.get('onderwerp');
  const audienceParam = params.get('voor');
  const topic = isTopic(topicParam) ? topicParam : undefined;
  const audience = isAudience(audienceParam) ? audienceParam : undefined;
  // The search box is typed into; the address follows it (replacing, so Back leaves the page).
  const [query, setQuery] = useState(params.get('zoek') ?? '');
  useEffect(() => setQuery(params.get('zoek') ?? ''), [params]);

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: name === 'zoek' });
  };

  const items = useMemo(() => (guidance.data ? knowledgeItems(guidance.data, checklist.data) : []), [guidance.data, checklist.data]);
  const describe = (item: KnowledgeItem) =>
    [t(`knowledge.topics.${item.topic}`), t(`knowledge.audiences.${item.audience}`), formatRef(item.ref, tr)].join(' ');
  const found = searchKnowledge(items, { query, topic, audience }, language, describe);
  const groups = groupByTopic(found);
  const tipCount = found.filter((i) => i.kind === 'tip').length;
  const exampleCount = found.length - tipCount;
  const showIndex = !topic && groups.length > 1;

  // A link to one tip (#tip-…) scrolls to it once the packs are there.
  useEffect(() => {
    if (!hash || items.length === 0) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    }
  }, [hash, items.length]);

  return (
    <>
      <PageHeading title={t('knowledge.title')}>{t('knowledge.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('knowledge.intro')}</p>
      <form className="baken-search baken-knowledge__search" role="search" aria-label={t('knowledge.searchLabel')} onSubmit={(event) => event.preventDefault()}>
        <TextField
          label={t('knowledge.query')}
          name="zoek"
          type="search"
          description={t('knowledge.queryHint')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setParam('zoek', event.target.value);
          }}
        />
        <SelectField
          label={t('knowledge.topic')}
          name="onderwerp"
          value={topic ?? ''}
          placeholder={t('knowledge.allTopics')}
          options={TOPICS.map((value) => ({ value, label: t(`knowledge.topics.${value}`) }))}
          onChange={(event) => setParam('onderwerp', event.target.value)}
        />
        <SelectField
          label={t('knowledge.audience')}
          name="voor"
          value={audience ?? ''}
          placeholder={t('knowledge.allAudiences')}
          description={t('knowledge.audienceHint')}
          options={AUDIENCES.map((value) => ({ value, label: t(`knowledge.audiences.${value}`) }))}
          onChange={(event) => setParam('voor', event.target.value)}
        />
        {(query || topic || audience) && (
          <Button appearance="subtle" onClick={() => setParams(new URLSearchParams())}>
            {t('knowledge.clear')}
          </Button>
        )}
      </form>

      {guidance.isPending && <Loading />}
      {guidance.isError && <LoadError error={guidance.error} />}
      {guidance.data && (
        <>
          <p className="utrecht-paragraph baken-knowledge__count" role="status" aria-live="polite">
            {t('knowledge.found', {
              what: [t('knowledge.tipCount', { count: tipCount }), ...(exampleCount > 0 ? [t('knowledge.exampleCount', { count: exampleCount })] : [])].join(` ${t('knowledge.and')} `),
            })}
          </p>
          {found.length === 0 && (
            <EmptyState title={t('knowledge.empty')}>
              <p className="utrecht-paragraph">{t('knowledge.emptyHint')}</p>
            </EmptyState>
          )}
          {showIndex && (
            <nav aria-labelledby="knowledge-topics" className="baken-knowledge__topics">
              <h2 className="utrecht-heading-3" id="knowledge-topics">
                {t('knowledge.topicsNav')}
              </h2>
              <ul>
                {groups.map((group) => (
                  <li key={group.topic}>
                    <Link className="utrecht-link" to={`?${new URLSearchParams({ ...Object.fromEntries(params), onderwerp: group.topic }).toString()}`}>
                      {t(`knowledge.topics.${group.topic}`)}
                    </Link>{' '}
                    <span className="baken-hint">({t('knowledge.tipCount', { count: group.tips.length })})</span>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {groups.map((group) => (
            <section key={group.topic} className="baken-knowledge__topic" aria-labelledby={`topic-${group.topic}`}>
              <h2 className="utrecht-heading-2" id={`topic-${group.topic}`}>
                {t(`knowledge.topics.${group.topic}`)}
              </h2>
              {group.tips.length > 0 && (
                <ul className="baken-knowledge__list" aria-label={`${t('knowledge.tipsFor')}: ${t(`knowledge.topics.${group.topic}`)}`}>
                  {group.tips.map((tip) => (
                    <li key={tip.code} id={`tip-${tip.code}`} tabIndex={-1} className="baken-knowledge__tip">
                      <p className="utrecht-paragraph">{tip[language]}</p>
                      <p className="baken-knowledge__meta">
                        <span className={`baken-knowledge__audience baken-knowledge__audience--${tip.audience}`}>{t(`knowledge.audiences.${tip.audience}`)}</span>{' '}
                        <span>{t('knowledge.source', { ref: formatRef(tip.ref, tr) })}</span>{' '}
                        {/* A readable label, not a bare "#": the link is the tip's address to copy and share. */}
                        <a className="utrecht-link baken-knowledge__anchor" href={`#tip-${tip.code}`}>
                          {t('knowledge.linkToTip')}
                        </a>
                      </p>
                    </li>
                  ))}
                </ul>
              )}
              {group.topic === 'municipalPolicy' && can(session.data, 'municipal.checklist') && (
                <p className="utrecht-paragraph">
                  <Link className="utrecht-link" to="/gemeente/checklist">
                    {t('knowledge.toChecklist')}
                  </Link>
                </p>
              )}
              {group.examples.length > 0 && (
                <>
                  <h3 className="utrecht-heading-3">{t('knowledge.examples')}</h3>
                  <ul className="baken-knowledge__list">
                    {group.examples.map((example) => (
                      <li key={example.code} id={`example-${example.code}`} tabIndex={-1} className="baken-knowledge__example">
                        <p className="utrecht-paragraph">
                          <strong>{example.place?.[language]}.</strong> {example[language]}
                        </p>
                        <p className="baken-knowledge__meta">{t('knowledge.source', { ref: formatRef(example.ref, tr) })}</p>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {showIndex && (
                <p className="baken-knowledge__up">
                  <a className="utrecht-link" href="#knowledge-topics">
                    {t('knowledge.toTopics')}
                  </a>
                </p>
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}
