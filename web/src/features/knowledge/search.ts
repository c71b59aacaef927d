// The knowledge base's search, in the browser over the guidance pack and the
// municipal checklist (about two hundred short texts, already fetched once per
// session): no server round trip per keystroke, and nothing to authorise or
// audit beyond the packs themselves, which hold no personal data.
import type { Guidance, GUIDANCE_AUDIENCES, GUIDANCE_TOPICS, MunicipalChecklist } from '../../../../server/src/platform/content/content';

export type Topic = (typeof GUIDANCE_TOPICS)[number];
export type Audience = (typeof GUIDANCE_AUDIENCES)[number];

// The same order as the server's enum (seed 001 chapters 5 to 11, then seed 002).
export const TOPICS: readonly Topic[] = ['roles', 'cooperation', 'preventionSignalling', 'policeReport', 'missing', 'residenceSafety', 'dataExchange', 'municipalPolicy'];
export const AUDIENCES: readonly Audience[] = ['care', 'police', 'together', 'municipality'];

export interface KnowledgeItem {
  kind: 'tip' | 'example';
  /** Unique within its kind; the anchor is tip-<code> or example-<code>. */
  code: string;
  topic: Topic;
  /** Practice examples of seeds 000 and 001 are about care and police working together; seed 002's are the municipality's. */
  audience: Audience;
  nl: string;
  en: string;
  ref: string;
  place?: { nl: string; en: string };
}

export interface KnowledgeFilter {
  query: string;
  topic?: Topic | undefined;
  audience?: Audience | undefined;
}

/**
 * Everything the knowledge base shows: the tips of the guidance pack, the
 * municipality's actions from the checklist (as tips for the municipality),
 * and the practice examples of both packs.
 */
export function knowledgeItems(guidance: Guidance, checklist?: MunicipalChecklist): KnowledgeItem[] {
  const tips: KnowledgeItem[] = guidance.tips.map((tip) => ({ kind: 'tip', code: tip.code, topic: tip.topic, audience: tip.audience, nl: tip.nl, en: tip.en, ref: tip.ref }));
  const examples: KnowledgeItem[] = guidance.practiceExamples.map((e) => ({ kind: 'example', code: e.code, topic: e.topic, audience: 'together', nl: e.nl, en: e.en, ref: e.ref, place: e.place }));
  for (const check of checklist?.checks ?? []) {
    for (const action of check.actions)
      tips.push({ kind: 'tip', code: `check-${action.code}`, topic: 'municipalPolicy', audience: 'municipality', nl: action.nl, en: action.en, ref: `002 Check ${check.ref}` });
    check.examples.forEach((e, i) =>
      examples.push({ kind: 'example', code: `check${check.ref}-${i + 1}`, topic: 'municipalPolicy', audience: 'municipality', nl: e.nl, en: e.en, ref: `002 Check ${check.ref}`, place: { nl: e.placeNl, en: e.placeNl } }),
    );
  }
  return [...tips, ...examples];
}

/** Lower case, without accents (coördinator = coordinator, cliënt = client), letters and digits only. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ĳ', 'ij')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Words that say nothing about what someone looks for ("wat doe ik bij een vermissing").
const STOP_WORDS = new Set(
  'de het een en of van voor bij in op aan met over wat hoe wie waar wanneer ik je jij u we wij ze zij mijn doe doen is zijn moet kan mag als dan er die dat dit the a an and or of for to in on at with what how who when do i is'.split(' '),
);

/**
 * The words to look for. A Dutch plural or inflection is cut back to its stem
 * (vermissingen → vermissing, meldingen → melding), so that the stem matches
 * inside longer words too.
 */
export function queryTerms(query: string): string[] {
  return normalise(query)
    .split(' ')
    .filter((word) => word && !STOP_WORDS.has(word))
    .map((word) => (word.length > 6 && word.endsWith('en') ? word.slice(0, -2) : word.length > 5 && /[^s]s$/.test(word) ? word.slice(0, -1) : word));
}

/**
 * Words people use for the same thing, as stems. The tips say "uitbuiting"
 * where older guidance said "loverboy", and "weglopen" or "onttrekking" as
 * often as "vermissing": a search for one finds the others.
 */
const SYNONYMS: readonly (readonly string[])[] = [
  ['vermis', 'weglo', 'weggelo', 'onttrek'],
  ['uitbuit', 'loverboy', 'mensenhand'],
  ['lvb', 'verstandelijk', 'intellectual'],
  ['beroepsgeheim', 'geheimhouding'],
];

/** The stems a search word may be found as: itself, or its synonyms when it starts one of them (or one starts it). */
export function alternatives(term: string): string[] {
  const group = SYNONYMS.find((stems) => stems.some((stem) => term.startsWith(stem) || (term.length >= 4 && stem.startsWith(term))));
  return group ? [term, ...group] : [term];
}

/**
 * Whether an item matches: every search word (or a synonym) occurs in its
 * text (in the language shown), its source or the words describing it (topic
 * and audience names), also across spaces and hyphens (social media = socialmedia).
 */
export function matches(item: KnowledgeItem, terms: string[], language: 'nl' | 'en', describing = ''): boolean {
  if (terms.length === 0) return true;
  const text = normalise([item[language], item.place?.[language] ?? '', item.ref, describing].join(' '));
  const haystack = `${text} ${text.replaceAll(' ', '')}`;
  return terms.every((term) => alternatives(term).some((alternative) => haystack.includes(alternative)));
}

export function searchKnowledge(items: KnowledgeItem[], filter: KnowledgeFilter, language: 'nl' | 'en', describe: (item: KnowledgeItem) => string = () => ''): KnowledgeItem[] {
  const terms = queryTerms(filter.query);
  return items.filter(
    (item) =>
      (!filter.topic || item.topic === filter.topic) &&
      forAudience(item, filter.audience) &&
      matches(item, terms, language, describe(item)),
  );
}

/** Whether an item is for the audience chosen. Tips (and examples) for care and police together are for either of them too. */
export function forAudience(item: KnowledgeItem, audience: Audience | undefined): boolean {
  if (!audience || item.audience === audience) return true;
  return item.audience === 'together' && (audience === 'care' || audience === 'police');
}

/** The items per topic, in the order of the topics; topics without items left out. */
export function groupByTopic(items: KnowledgeItem[]): { topic: Topic; tips: KnowledgeItem[]; examples: KnowledgeItem[] }[] {
  return TOPICS.map((topic) => ({
    topic,
    tips: items.filter((i) => i.topic === topic && i.kind === 'tip'),
    examples: items.filter((i) => i.topic === topic && i.kind === 'example'),
  })).filter((group) => group.tips.length + group.examples.length > 0);
}

export function isTopic(value: string | null): value is Topic {
  return value !== null && (TOPICS as readonly string[]).includes(value);
}
export function isAudience(value: string | null): value is Audience {
  return value !== null && (AUDIENCES as readonly string[]).includes(value);
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A ref as people read it: "001 §7" → "handreiking zorg en politie (2024),
 * hoofdstuk 7"; "000 Netwerk; 001 §9" → "… (2017), het netwerk in kaart;
 * … (2024), hoofdstuk 9"; "002 Check 3" → "checklist gemeenten, check 3".
 */
export function formatRef(ref: string, t: Translate): string {
  return ref
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const doc = part.slice(0, 3);
      const rest = part.slice(4).trim();
      const name = t(`guidance.sources.${doc}`, { defaultValue: doc });
      if (!rest) return name;
      let where: string;
      const chapters = rest.split(',').map((c) => c.trim());
      if (doc === '003' && /^§?\d+\.\d+$/.test(rest)) where = t('knowledge.ref.coreElement', { ref: rest.replace('§', '') });
      else if (chapters.every((c) => /^§\d+$/.test(c))) {
        const numbers = chapters.map((c) => c.slice(1));
        where = t('knowledge.ref.chapter', { count: numbers.length, list: joinList(numbers, t('knowledge.ref.and')) });
      } else if (/^Check \d$/.test(rest)) where = t('knowledge.ref.check', { ref: rest.slice(6) });
      else where = t(`knowledge.ref.sections.${rest.replaceAll(' ', '')}`, { defaultValue: rest.charAt(0).toLowerCase() + rest.slice(1) });
      return `${name}, ${where}`;
    })
    .join('; ');
}

function joinList(items: string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
