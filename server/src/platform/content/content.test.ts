import { mkdtempSync, mkdirSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ageFits, ContentError, contentDir, GUIDANCE_TOPICS, loadContent } from './content.js';

describe('content packs', () => {
  it('load and validate from content/', () => {
    const content = loadContent();
    expect(content.signalList.items.length).toBeGreaterThan(20);
    expect(content.instruments.screenings.map((s) => s.code)).toEqual(expect.arrayContaining(['scil', 'miniScl', 'kjts', 'other']));
    expect(content.guidance.tips.every((t) => GUIDANCE_TOPICS.includes(t.topic))).toBe(true);
  });

  it('refuses a pack with a broken item, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baken-content-'));
    cpSync(contentDir, dir, { recursive: true });
    mkdirSync(join(dir, 'signals'), { recursive: true });
    writeFileSync(
      join(dir, 'signals', 'signal-list.yaml'),
      'pack: signalList\nversion: "2026.1"\ntitle: {nl: Lijst, en: List}\nsources: {}\ncategories: [{code: a, nl: Aaa, en: Aaa}]\nitems: [{code: x, category: b, form: sexual, nl: Tekst, en: Text, ref: "001 §1"}]\n',
    );
    expect(() => loadContent(dir)).toThrow(ContentError);
    expect(() => loadContent(dir)).toThrow(/signal-list.yaml.*items.0.category: unknown category b/);
  });

  it('loads the covenant themes: the six of core element 1.3 plus data exchange, each with a source', () => {
    const { covenantThemes } = loadContent();
    expect(covenantThemes.themes.map((t) => t.code)).toEqual([
      'contactAndTrust',
      'networkAnalysis',
      'missing',
      'safety',
      'willingnessToReport',
      'tracingPerpetrators',
      'dataExchange',
    ]);
    expect(covenantThemes.themes.filter((t) => t.ref === '003 §1.3')).toHaveLength(6);
    expect(covenantThemes.themes.find((t) => t.code === 'dataExchange')?.ref).toBe('001 §11');
  });

  it('refuses a covenant theme pack with a theme twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baken-content-'));
    cpSync(contentDir, dir, { recursive: true });
    const theme = '{code: safety, nl: Veiligheid, en: Safety, explanationNl: Uitleg hier, explanationEn: Explained here, ref: "003 §1.3"}';
    writeFileSync(join(dir, 'covenants', 'themes.yaml'), `pack: covenantThemes\nversion: "2026.2"\nthemes: [${theme}, ${theme}]\n`);
    expect(() => loadContent(dir)).toThrow(/covenants\/themes.yaml.*themes.1.code: duplicate code safety/);
  });

  const COMPUTED_INDICATOR_CODES = [
    'placementReasoning',
    'genderSensitiveApproach',
    'policeCooperationRecorded',
    'staffTraining',
    'structuredRiskAssessmentAtStart',
    'safetyPlanSections',
    'staffSafetyEstimate',
    'safetySignedOffByLead',
    'phasedPlanning',
    'carePlanAnalysis',
    'reviewsWithinThreeMonths',
    'networkAnalysisRisksStrengths',
    'parentsGoals',
    'educationGoalFirstPhase',
    'leisureAndHousingGoals',
    'aftercareDocumented',
    'comenshaConsentAndCopy',
    'comenshaNoRegistrationReasoned',
    'medicalDecisionsStartAndMissing',
    'traumaGoalsProgress',
    'selfEsteemGoalsProgress',
    'relationshipGoalsProgress',
  ];

  it('loads the quality framework: 16 core elements in three groups, numbered as in seed 003', () => {
    const { qualityFramework } = loadContent();
    expect(qualityFramework.coreElements.map((e) => e.ref)).toEqual(
      ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '3.1', '3.2', '3.3', '3.4'],
    );
    expect(qualityFramework.coreElements.filter((e) => e.group === 'basic')).toHaveLength(4);
    expect(qualityFramework.coreElements.filter((e) => e.group === 'general')).toHaveLength(8);
    expect(qualityFramework.coreElements.filter((e) => e.group === 'specific')).toHaveLength(4);
    const element = (ref: string) => qualityFramework.coreElements.find((e) => e.ref === ref)!;
    expect(element('2.6').criteria.map((c) => c.ref)).toEqual(['2.6-c1', '2.6-c2', '2.6-c3', '2.6-c4']);
    expect(element('2.1').indicators.map((i) => i.ref)).toEqual(['2.1-i1', '2.1-i2', '2.1-i3', '2.1-i4', '2.1-i5']);
    expect(element('1.4').indicators[0]!.level).toBe('professional');
  });

  it('gives every computed indicator a unique code, exactly the agreed set, and leaves the rest to the self-assessment', () => {
    const indicators = loadContent().qualityFramework.coreElements.flatMap((e) => e.indicators);
    const computed = indicators.flatMap((i) => (i.answeredBy === 'computed' ? [i.code] : []));
    expect(computed).toHaveLength(indicators.filter((i) => i.answeredBy === 'computed').length);
    expect(new Set(computed).size).toBe(computed.length);
    expect([...computed].sort()).toEqual([...COMPUTED_INDICATOR_CODES].sort());
    const byCode = new Map(
      loadContent().qualityFramework.coreElements.flatMap((e) => e.indicators.flatMap((i) => (i.answeredBy === 'computed' ? [[i.code, e.ref] as const] : []))),
    );
    expect([byCode.get('staffTraining'), byCode.get('comenshaNoRegistrationReasoned'), byCode.get('relationshipGoalsProgress')]).toEqual(['1.4', '2.8', '3.4']);
    // 2.2 (climate) cannot be read from the files: both its indicators are asked in the self-assessment.
    const climate = indicators.filter((i) => i.ref.startsWith('2.2-'));
    expect(climate.map((i) => i.answeredBy)).toEqual(['selfAssessment', 'selfAssessment']);
  });

  it('refuses a quality framework with a computed indicator without a code, a code twice or a ref out of order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baken-content-'));
    cpSync(contentDir, dir, { recursive: true });
    const original = readFileSync(join(contentDir, 'quality', 'framework.yaml'), 'utf8');
    writeFileSync(join(dir, 'quality', 'framework.yaml'), original.replace('        code: genderSensitiveApproach\n', ''));
    expect(() => loadContent(dir)).toThrow(/quality\/framework.yaml.*coreElements.1.indicators.0/);
    writeFileSync(join(dir, 'quality', 'framework.yaml'), original.replace('code: genderSensitiveApproach', 'code: placementReasoning'));
    expect(() => loadContent(dir)).toThrow(/coreElements.1.indicators.0.code: duplicate code placementReasoning/);
    writeFileSync(join(dir, 'quality', 'framework.yaml'), original.replace('ref: "2.6-c3"', 'ref: "2.6-c9"'));
    expect(() => loadContent(dir)).toThrow(/coreElements.9.criteria.2.ref: expected ref 2.6-c3/);
  });

  it('loads the inspection framework: five themes, the expectations seed 004 names with their numbers, secured adding restrictive measures and leave', () => {
    const { inspectionFramework } = loadContent();
    expect(inspectionFramework.themes.map((t) => [t.ref, t.nl])).toEqual([
      ['1', 'Uitvoering hulpverlening'],
      ['2', 'Veiligheid'],
      ['3', 'Leefklimaat'],
      ['4', 'Cliëntenpositie'],
      ['5', 'Organisatie'],
    ]);
    const expectations = inspectionFramework.themes.flatMap((t) => t.expectations);
    const refsFor = (variant: 'open' | 'secured') => expectations.filter((e) => e.appliesTo.includes(variant)).map((e) => e.ref);
    expect(refsFor('open')).toEqual(['1.1.1', '2.1.1', '2.1.2', '2.1.3', '2.2.1', '2.2.2', '2.2.3', '5.2.1', '5.2.2']);
    expect(refsFor('secured')).toEqual(['1.1.1', '1-s1', '1-s2', '2.1.1', '2.1.2', '2.1.3', '2.2.1', '2.2.2', '2.2.3', '5.2.1', '5.2.2']);
    // Seed 004, Bevindingen and footnote 10: 33 and 40 judged, theme 1 holding 8 and 15 of them.
    expect(inspectionFramework.inSource).toEqual({ open: 33, secured: 40 });
    expect(inspectionFramework.themes.map((t) => t.inSource.open)).toEqual([8, 6, 6, 3, 10]);
    expect(inspectionFramework.themes.map((t) => t.inSource.secured)).toEqual([15, 6, 6, 3, 10]);
  });

  it('refuses an inspection framework with an expectation in the wrong theme, a ref twice, more than the source has, or counts that do not add up', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baken-content-'));
    cpSync(contentDir, dir, { recursive: true });
    const file = join(dir, 'inspection', 'framework.yaml');
    const original = readFileSync(join(contentDir, 'inspection', 'framework.yaml'), 'utf8');
    writeFileSync(file, original.replace('ref: "2.2.3"', 'ref: "3.2.3"'));
    expect(() => loadContent(dir)).toThrow(/inspection\/framework.yaml.*themes.1.expectations.5.ref: expectation 3.2.3 is not in theme 2/);
    writeFileSync(file, original.replace('ref: "2.2.3"', 'ref: "2.2.2"'));
    expect(() => loadContent(dir)).toThrow(/themes.1.expectations.5.ref: duplicate expectation 2.2.2/);
    writeFileSync(file, original.replace('    inSource:\n      open: 6\n      secured: 6\n    expectations:\n      - ref: "2.1.1"', '    inSource:\n      open: 5\n      secured: 5\n    expectations:\n      - ref: "2.1.1"'));
    expect(() => loadContent(dir)).toThrow(/theme 2 holds 6 open expectations, the source has 5/);
    expect(() => loadContent(dir)).toThrow(/inSource.open: the themes count 32 open expectations, the pack says 33/);
    writeFileSync(file, original.replace('ref: "1-s1"\n        appliesTo: [secured]', 'ref: "1-s1"\n        appliesTo: [open]'));
    expect(() => loadContent(dir)).toThrow(/themes.0.expectations.1.appliesTo: every expectation applies to secured care/);
  });

  it('loads the municipal checklist: the five checks of seed 002 with their 24 questions numbered 1.1 to 5.4', () => {
    const { municipalChecklist } = loadContent();
    expect(municipalChecklist.checks.map((c) => [c.ref, c.questions.length])).toEqual([
      ['1', 4],
      ['2', 6],
      ['3', 5],
      ['4', 5],
      ['5', 4],
    ]);
    expect(municipalChecklist.checks.flatMap((c) => c.questions.map((q) => q.ref)).slice(0, 5)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1']);
    // Every check says why it matters and offers at least one action for the action plan.
    for (const check of municipalChecklist.checks) expect(check.actions.length).toBeGreaterThan(0);
  });

  it('refuses a municipal checklist with a question out of order or an action code twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baken-content-'));
    cpSync(contentDir, dir, { recursive: true });
    const file = join(dir, 'municipal', 'checklist.yaml');
    const original = readFileSync(join(contentDir, 'municipal', 'checklist.yaml'), 'utf8');
    writeFileSync(file, original.replace('ref: "3.2"', 'ref: "3.9"'));
    expect(() => loadContent(dir)).toThrow(/municipal\/checklist.yaml.*checks.2.questions.1.ref: question 3.9 out of order: expected 3.2/);
    writeFileSync(file, original.replace('code: barrierModel', 'code: countLocally'));
    expect(() => loadContent(dir)).toThrow(/duplicate code countLocally/);
  });

  it('holds the tips of seeds 000, 001 and 002 per topic and audience, every topic with tips and every seed-001 topic with tips for the police', () => {
    const { guidance } = loadContent();
    // Tips of other sources (003, 004) and tips other screens add later are left out of the count.
    const fromGuides = guidance.tips.filter((tip) => /\b00[012] /.test(tip.ref));
    const counts: Record<string, Record<string, number>> = {};
    for (const tip of fromGuides) {
      counts[tip.topic] ??= {};
      counts[tip.topic]![tip.audience] = (counts[tip.topic]![tip.audience] ?? 0) + 1;
    }
    // Counted by hand in content/guidance/tips.yaml.
    expect(counts).toEqual({
      roles: { care: 6, police: 2 },
      cooperation: { care: 6, police: 4, together: 8 },
      preventionSignalling: { care: 8, police: 3, together: 10 },
      policeReport: { care: 11, police: 4, together: 5 },
      missing: { care: 12, police: 2, together: 6 },
      residenceSafety: { care: 11, police: 1, together: 8 },
      dataExchange: { care: 11, police: 3, together: 8 },
      municipalPolicy: { municipality: 9 },
    });
    expect(fromGuides).toHaveLength(138);
    for (const topic of GUIDANCE_TOPICS) expect(guidance.tips.filter((tip) => tip.topic === topic).length, topic).toBeGreaterThan(0);
    // Seed 002 is the municipality's: its tips are for the municipality and about its policy.
    expect(new Set(fromGuides.filter((tip) => tip.ref.startsWith('002')).map((tip) => `${tip.topic}/${tip.audience}`))).toEqual(new Set(['municipalPolicy/municipality']));
    // A tip for no screen is in the knowledge base only; the screens keep theirs.
    // 70 before the case conference screen took caseToCareTable and careTablePrivacy.
    expect(fromGuides.filter((tip) => tip.places.length === 0)).toHaveLength(68);
    expect(guidance.practiceExamples.map((e) => [e.code, e.topic, e.ref])).toEqual([
      ['limburgSharingInformation', 'dataExchange', '001 §3'],
      ['limburgPoliceVisitsShelter', 'policeReport', '001 §3'],
      ['limburgWhatItBrought', 'cooperation', '001 §3'],
      ['visitorChecksInPractice', 'residenceSafety', '000 Netwerk'],
    ]);
  });

  it('refuses a guidance pack with an unknown topic, a code twice, or a tip with neither a screen nor a topic; a tip for a screen without a topic takes the screen\'s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baken-content-'));
    cpSync(contentDir, dir, { recursive: true });
    const file = join(dir, 'guidance', 'tips.yaml');
    const tip = (code: string, extra: string) => `  - {code: ${code}, audience: care, nl: Een tip hier, en: A tip here, ref: "001 §7"${extra}}\n`;
    const pack = (...tips: string[]) => `pack: guidance\nversion: "2026.9"\ntips:\n${tips.join('')}`;
    writeFileSync(file, pack(tip('a', ', places: [signals], topic: weather')));
    expect(() => loadContent(dir)).toThrow(/guidance\/tips.yaml.*tips.0.topic/);
    writeFileSync(file, pack(tip('a', ', topic: missing'), tip('a', ', topic: roles')));
    expect(() => loadContent(dir)).toThrow(/tips.1.code: duplicate code a/);
    writeFileSync(file, pack(tip('a', ', places: []')));
    expect(() => loadContent(dir)).toThrow(/tips.0.topic: a tip without a screen needs a topic/);
    writeFileSync(file, pack(tip('a', ', places: [missingReturn, policeRequests]'), tip('b', ', topic: municipalPolicy'), tip('c', ', places: [expertise]')));
    const { guidance } = loadContent(dir);
    expect(guidance.tips.map((t) => [t.code, t.topic, t.places])).toEqual([
      ['a', 'missing', ['missingReturn', 'policeRequests']],
      ['b', 'municipalPolicy', []],
      ['c', 'roles', ['expertise']],
    ]);
    expect(guidance.practiceExamples).toEqual([]);
  });

  it('checks an instrument’s age range inclusively', () => {
    const kjts = { minAge: 3, maxAge: 18 };
    expect([2, 3, 18, 19].map((age) => ageFits(kjts, age))).toEqual([false, true, true, false]);
    expect(ageFits({ minAge: 14 }, 27)).toBe(true);
  });
});
