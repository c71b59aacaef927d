import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../server/src/platform/content/content';
import { knowledgeNl } from '../../i18n/knowledge.nl';
import { caseWorkNl } from '../../i18n/caseWork.nl';
import { alternatives, formatRef, groupByTopic, knowledgeItems, matches, normalise, queryTerms, searchKnowledge, type KnowledgeItem } from './search';

// A small t over the Dutch catalogs, with i18next's plural suffixes and defaultValue.
function t(key: string, options: Record<string, unknown> = {}): string {
  const catalog = { ...caseWorkNl, ...knowledgeNl } as unknown as Record<string, unknown>;
  const lookup = (k: string) => k.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);
  const count = options.count as number | undefined;
  const value = (count !== undefined ? lookup(`${key}_${count === 1 ? 'one' : 'other'}`) : undefined) ?? lookup(key) ?? options.defaultValue;
  return String(value).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
}

const item = (code: string, nl: string, extra: Partial<KnowledgeItem> = {}): KnowledgeItem => ({ kind: 'tip', code, topic: 'missing', audience: 'care', nl, en: nl, ref: '001 §9', ...extra });

describe('the knowledge-base search', () => {
  it('normalises case, accents, the ij ligature and punctuation', () => {
    expect(normalise('Zorgcoördinator')).toBe('zorgcoordinator');
    expect(normalise('Cliënt, reëel gevaar!')).toBe('client reeel gevaar');
    expect(normalise('ĳs en social-media')).toBe('ijs en social media');
    expect(normalise('  Bel 112  ')).toBe('bel 112');
  });

  it('leaves out stop words and cuts plurals back to a stem', () => {
    expect(queryTerms('Wat doe ik bij een vermissing?')).toEqual(['vermissing']);
    expect(queryTerms('vermissingen')).toEqual(['vermissing']);
    expect(queryTerms('meldingen politie')).toEqual(['melding', 'politie']);
    expect(queryTerms('jongens')).toEqual(['jongen']);
    // Short words and words ending in -ss keep their form.
    expect(queryTerms('AVG ss bus')).toEqual(['avg', 'ss', 'bus']);
    expect(queryTerms('   ')).toEqual([]);
  });

  it('matches every word, inside longer words, without accents and across spaces', () => {
    const tip = item('a', 'Overleg met de zorgcoördinator mensenhandel voordat u de social media van de jongere bekijkt.');
    expect(matches(tip, queryTerms('coordinator'), 'nl')).toBe(true);
    expect(matches(tip, queryTerms('Zorgcoördinator mensenhandel'), 'nl')).toBe(true);
    expect(matches(tip, queryTerms('socialmedia'), 'nl')).toBe(true);
    expect(matches(tip, queryTerms('coordinator aangifte'), 'nl')).toBe(false);
    // The words describing a tip (its topic and audience) count too.
    expect(matches(tip, queryTerms('weglopen'), 'nl')).toBe(false);
    expect(matches(tip, queryTerms('weglopen'), 'nl', 'Vermissing en weglopen')).toBe(true);
    // The English text only when the page is in English.
    expect(matches(item('b', 'Bel niet steeds op.', { en: 'Do not keep calling.' }), queryTerms('calling'), 'nl')).toBe(false);
    expect(matches(item('b', 'Bel niet steeds op.', { en: 'Do not keep calling.' }), queryTerms('calling'), 'en')).toBe(true);
  });

  it('finds the words people use for the same thing: weglopen for vermissing, uitbuiting for loverboy', () => {
    expect(alternatives('vermissing')).toEqual(['vermissing', 'vermis', 'weglo', 'weggelo', 'onttrek']);
    expect(alternatives('verm')).toEqual(['verm', 'vermis', 'weglo', 'weggelo', 'onttrek']);
    expect(alternatives('ver')).toEqual(['ver']);
    expect(alternatives('aangifte')).toEqual(['aangifte']);
    const runaway = item('a', 'Bel een vermiste jongere niet steeds op.');
    const absconding = item('b', 'Maak afspraken over weglopen en onttrekking.');
    const exploitation = item('c', 'Uitbuiters werven jongeren online.');
    expect([runaway, absconding, exploitation].filter((i) => matches(i, queryTerms('vermissing'), 'nl')).map((i) => i.code)).toEqual(['a', 'b']);
    expect([runaway, absconding, exploitation].filter((i) => matches(i, queryTerms('weggelopen'), 'nl')).map((i) => i.code)).toEqual(['a', 'b']);
    expect([runaway, absconding, exploitation].filter((i) => matches(i, queryTerms('loverboys'), 'nl')).map((i) => i.code)).toEqual(['c']);
    // Every word still has to be found: a synonym does not stand in for a second word.
    expect(matches(runaway, queryTerms('vermissing aangifte'), 'nl')).toBe(false);
  });

  it('filters by topic and audience; tips and examples for care and police together count for either', () => {
    const items = [
      item('a', 'Vermist? Bel 112.', { audience: 'care' }),
      item('b', 'Vermissing: neem de melding op.', { audience: 'police' }),
      item('c', 'Spreek samen af wat u doet bij weglopen.', { audience: 'together' }),
      item('d', 'Aangifte doen is niet het doel.', { topic: 'policeReport', audience: 'police' }),
      item('e', 'In Limburg komt de politie naar de opvang.', { kind: 'example', audience: 'together', topic: 'policeReport' }),
      item('f', 'Een gemeente richtte een meldpunt in.', { kind: 'example', audience: 'municipality', topic: 'municipalPolicy' }),
    ];
    const codes = (filter: Parameters<typeof searchKnowledge>[1]) => searchKnowledge(items, filter, 'nl').map((i) => i.code);
    expect(codes({ query: '' })).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    // "weglopen" counts for "vermissing".
    expect(codes({ query: 'vermis' })).toEqual(['a', 'b', 'c']);
    // Tips for care and police together are for the police too, and for care.
    expect(codes({ query: '', audience: 'police' })).toEqual(['b', 'c', 'd', 'e']);
    expect(codes({ query: '', audience: 'care' })).toEqual(['a', 'c', 'e']);
    expect(codes({ query: '', audience: 'together' })).toEqual(['c', 'e']);
    expect(codes({ query: '', audience: 'municipality' })).toEqual(['f']);
    expect(codes({ query: '', topic: 'policeReport' })).toEqual(['d', 'e']);
    expect(codes({ query: 'vermissing', topic: 'missing', audience: 'police' })).toEqual(['b', 'c']);
    expect(codes({ query: 'melding vermissing', topic: 'missing', audience: 'police' })).toEqual(['b']);
    expect(codes({ query: 'vermissing', topic: 'policeReport' })).toEqual([]);
  });

  it('groups by topic in the order of the topics, tips and examples apart', () => {
    const groups = groupByTopic([
      item('d', 'x', { topic: 'policeReport' }),
      item('a', 'x', { topic: 'roles' }),
      item('e', 'x', { topic: 'policeReport', kind: 'example' }),
    ]);
    expect(groups.map((g) => [g.topic, g.tips.map((i) => i.code), g.examples.map((i) => i.code)])).toEqual([
      ['roles', ['a'], []],
      ['policeReport', ['d'], ['e']],
    ]);
  });

  it('reads a ref as a source with its chapter, section or check', () => {
    expect(formatRef('001 §7', t)).toBe('handreiking zorg en politie (2024), hoofdstuk 7');
    expect(formatRef('001 §4, §6', t)).toBe('handreiking zorg en politie (2024), hoofdstukken 4 en 6');
    expect(formatRef('000 Netwerk; 001 §9', t)).toBe('handreiking politie en OM (2017), het netwerk in kaart; handreiking zorg en politie (2024), hoofdstuk 9');
    expect(formatRef('002 Check 3', t)).toBe('checklist gemeenten, check 3');
    expect(formatRef('002 Rol gemeenten', t)).toBe('checklist gemeenten, rol van gemeenten');
    expect(formatRef('003 2.4', t)).toBe('kwaliteitskader (2015), kernelement 2.4');
    expect(formatRef('003 §1.3', t)).toBe('kwaliteitskader (2015), kernelement 1.3');
    expect(formatRef('004 Figuur 1', t)).toBe('inspectierapport (2018), figuur 1');
  });

  it('searches the real packs: "vermissing" finds tips on missing youths, for the police too, and the municipality gets the checklist actions', () => {
    const { guidance, municipalChecklist } = loadContent();
    const items = knowledgeItems(guidance, municipalChecklist);
    const actions = municipalChecklist.checks.flatMap((c) => c.actions);
    const checklistExamples = municipalChecklist.checks.flatMap((c) => c.examples);
    expect(items).toHaveLength(guidance.tips.length + actions.length + guidance.practiceExamples.length + checklistExamples.length);
    const missing = searchKnowledge(items, { query: 'vermissing' }, 'nl');
    expect(missing.length).toBeGreaterThan(5);
    expect(missing.every((i) => ['vermis', 'weglo', 'weggelo', 'onttrek'].some((stem) => normalise(`${i.nl} ${i.ref}`).includes(stem)))).toBe(true);
    expect(missing.map((i) => i.code)).toContain('dontCallTooOften');
    expect(missing.map((i) => i.code)).toContain('nameTheCriteria');
    // The page also searches the topic's name, as here: the police tips on missing youths say "weglopen", not "vermissing".
    const describe = (i: KnowledgeItem) => knowledgeNl.knowledge.topics[i.topic];
    expect(searchKnowledge(items, { query: 'vermissing', audience: 'police' }, 'nl').map((i) => i.code)).not.toContain('restrictiveMeasuresLaw');
    const forPolice = searchKnowledge(items, { query: 'vermissing', audience: 'police' }, 'nl', describe);
    expect(forPolice.map((i) => i.code)).toEqual(expect.arrayContaining(['restrictiveMeasuresLaw', 'parentsArePartners', 'agreeOnRunningAway']));
    expect(forPolice.map((i) => i.code)).not.toContain('dontCallTooOften');
    expect(forPolice.every((i) => i.audience === 'police' || i.audience === 'together')).toBe(true);
    const municipal = searchKnowledge(items, { query: '', topic: 'municipalPolicy' }, 'nl');
    expect(municipal.filter((i) => i.code.startsWith('check-'))).toHaveLength(actions.length);
    expect(municipal.filter((i) => i.kind === 'example')).toHaveLength(checklistExamples.length);
  });
});
