// The tips that belong to the step being worked on: our own wording of the
// source documents, each with where it comes from. Closed by default under the
// work, one click away: as a column beside the form they squeezed it and were
// often longer than the work itself.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GUIDANCE_PLACES } from '../../../../../server/src/platform/content/content';
import { useContentPack } from './useContent';

type Place = (typeof GUIDANCE_PLACES)[number];

export function GuidanceTips({ place }: { place: Place | Place[] }) {
  const places = Array.isArray(place) ? place : [place];
  const { t, i18n } = useTranslation();
  const guidance = useContentPack('guidance');
  const tips = guidance.data?.tips.filter((tip) => tip.places.some((p) => places.includes(p))) ?? [];
  if (tips.length === 0) return null;
  // The knowledge base's topic for this screen: the one most of its tips have.
  const perTopic = new Map<string, number>();
  for (const tip of tips) perTopic.set(tip.topic, (perTopic.get(tip.topic) ?? 0) + 1);
  const topic = [...perTopic].sort((a, b) => b[1] - a[1])[0]?.[0] as (typeof tips)[number]['topic'] | undefined;
  // "001 §9; 000 Vermissing" → "handreiking zorg en politie (2024) §9; handreiking politie en OM (2017) Vermissing"
  const sourceName = (ref: string) =>
    ref
      .split(';')
      .map((part) => part.trim())
      .map((part) => `${t(`guidance.sources.${part.slice(0, 3)}` as 'guidance.sources.000', { defaultValue: part.slice(0, 3) })} ${part.slice(4)}`)
      .join('; ');
  return (
    <aside className="baken-tips" aria-label={t('guidance.title')}>
      <details>
        <summary className="baken-tips__summary">{t('guidance.summary', { count: tips.length })}</summary>
        <ul>
          {tips.map((tip) => (
            <li key={tip.code}>
              <p className="utrecht-paragraph">{i18n.language === 'en' ? tip.en : tip.nl}</p>
              <p className="baken-tips__source">{t('guidance.source', { ref: sourceName(tip.ref) })}</p>
            </li>
          ))}
        </ul>
        {topic && (
          <p className="baken-tips__more">
            <Link className="utrecht-link" to={`/kennisbank?onderwerp=${topic}`}>
              {t('knowledge.moreTips', { topic: t(`knowledge.topicsInSentence.${topic}`) })}
            </Link>
          </p>
        )}
      </details>
    </aside>
  );
}
