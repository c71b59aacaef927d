// Content packs (content/*.yaml): the signal list, the instruments, the
// guidance tips. Validated when Baken starts; a pack that does not validate
// stops the start with the file and the field that are wrong. See content/README.md.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

export const contentDir = join(dirname(fileURLToPath(import.meta.url)), '../../../../content');

const code = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'codes are lowerCamelCase');
const ref = z.string().regex(/^(000|001|002|003|004) /, 'a ref starts with the seed number, e.g. "001 §7"');
const text = z.string().trim().min(3);
const version = z.string().regex(/^\d{4}\.\d+$/, 'versions look like 2026.1');

function uniqueCodes<T extends { code: string }>(items: T[], ctx: z.RefinementCtx, path: (string | number)[]) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.code)) ctx.addIssue({ code: 'custom', message: `duplicate code ${item.code}`, path: [...path, i, 'code'] });
    seen.add(item.code);
  });
}

export const SIGNAL_FORMS = ['sexual', 'criminal', 'both', 'unclear'] as const;

const signalListSchema = z
  .object({
    pack: z.literal('signalList'),
    version,
    title: z.object({ nl: text, en: text }),
    sources: z.record(z.string(), text),
    categories: z.array(z.object({ code, nl: text, en: text })).min(1),
    items: z
      .array(
        z.object({
          code,
          category: code,
          form: z.enum(['sexual', 'criminal', 'both']),
          nl: text,
          en: text,
          ref,
          retired: z.boolean().optional(),
        }),
      )
      .min(1),
  })
  .superRefine((pack, ctx) => {
    uniqueCodes(pack.items, ctx, ['items']);
    const categories = new Set(pack.categories.map((c) => c.code));
    pack.items.forEach((item, i) => {
      if (!categories.has(item.category)) ctx.addIssue({ code: 'custom', message: `unknown category ${item.category}`, path: ['items', i, 'category'] });
    });
  });

const instrumentsSchema = z
  .object({
    pack: z.literal('instruments'),
    version,
    screenings: z.array(
      z.object({
        code,
        name: text.max(60),
        nl: text,
        en: text,
        minAge: z.number().int().min(0).max(30).optional(),
        maxAge: z.number().int().min(0).max(30).optional(),
        ref: ref.optional(),
      }),
    ),
    riskAssessments: z.array(z.object({ code, name: text.max(60), structured: z.boolean(), nl: text, en: text, ref: ref.optional() })),
  })
  .superRefine((pack, ctx) => {
    uniqueCodes(pack.screenings, ctx, ['screenings']);
    uniqueCodes(pack.riskAssessments, ctx, ['riskAssessments']);
  });

/** Where in Baken a tip is shown: the screen of a workflow step. */
export const GUIDANCE_PLACES = [
  'signals',
  'reportingCode',
  'screenings',
  'riskAssessment',
  'safetyPlan',
  'networkAnalysis',
  'visitors',
  'carePlan',
  'medical',
  'aftercare',
  'missing',
  'missingReturn',
  'policeReportDeliberation',
  'disclosures',
  'policeRequests',
  'comensha',
  'incidents',
  'partners',
  'selfAssessment',
  'indicators',
  'expertise',
  'policies',
  'inspection',
  'caseConference',
] as const;

/**
 * The topics of the knowledge base: seed 001 chapters 5 to 11 in order, and
 * the municipality's policy (seed 002).
 */
export const GUIDANCE_TOPICS = ['roles', 'cooperation', 'preventionSignalling', 'policeReport', 'missing', 'residenceSafety', 'dataExchange', 'municipalPolicy'] as const;
/** Who a tip is for: care professionals, the police, both together, the municipality. */
export const GUIDANCE_AUDIENCES = ['care', 'police', 'together', 'municipality'] as const;
export type GuidanceTopic = (typeof GUIDANCE_TOPICS)[number];
export type GuidancePlace = (typeof GUIDANCE_PLACES)[number];

/**
 * A tip added without a topic (for the screen it is written for) gets the
 * topic of its first screen, so a new screen's tips always land in the
 * knowledge base.
 */
export const TOPIC_OF_PLACE: Record<GuidancePlace, GuidanceTopic> = {
  signals: 'preventionSignalling',
  reportingCode: 'preventionSignalling',
  screenings: 'preventionSignalling',
  riskAssessment: 'preventionSignalling',
  safetyPlan: 'residenceSafety',
  networkAnalysis: 'residenceSafety',
  visitors: 'residenceSafety',
  carePlan: 'roles',
  medical: 'missing',
  aftercare: 'cooperation',
  missing: 'missing',
  missingReturn: 'missing',
  policeReportDeliberation: 'policeReport',
  disclosures: 'dataExchange',
  policeRequests: 'dataExchange',
  comensha: 'dataExchange',
  incidents: 'residenceSafety',
  partners: 'cooperation',
  selfAssessment: 'roles',
  indicators: 'roles',
  expertise: 'roles',
  policies: 'roles',
  inspection: 'roles',
  caseConference: 'cooperation',
};

const guidanceTip = z
  .object({
    code,
    // Empty for a tip that belongs to no screen: it is shown in the knowledge base only.
    places: z.array(z.enum(GUIDANCE_PLACES)).default([]),
    topic: z.enum(GUIDANCE_TOPICS).optional(),
    audience: z.enum(GUIDANCE_AUDIENCES),
    nl: text,
    en: text,
    ref,
  })
  .transform(({ topic, ...tip }) => ({ ...tip, topic: topic ?? (tip.places[0] ? TOPIC_OF_PLACE[tip.places[0]] : undefined) }));

const guidanceSchema = z
  .object({
    pack: z.literal('guidance'),
    version,
    tips: z.array(guidanceTip).min(1),
    /** Practice examples of seeds 000 and 001 (seed 002's are in the municipal checklist). */
    practiceExamples: z
      .array(z.object({ code, place: z.object({ nl: text, en: text }), topic: z.enum(GUIDANCE_TOPICS), nl: text, en: text, ref }))
      .default([]),
  })
  .superRefine((pack, ctx) => {
    uniqueCodes(pack.tips, ctx, ['tips']);
    uniqueCodes(pack.practiceExamples, ctx, ['practiceExamples']);
    pack.tips.forEach((tip, i) => {
      if (!tip.topic) ctx.addIssue({ code: 'custom', message: 'a tip without a screen needs a topic', path: ['tips', i, 'topic'] });
    });
  })
  .transform((pack) => ({ ...pack, tips: pack.tips.map((tip) => ({ ...tip, topic: tip.topic as GuidanceTopic })) }));

/** The themes a covenant with the police lays down (seed 003 §1.3, plus data exchange from seed 001 §11). */
const covenantThemesSchema = z
  .object({
    pack: z.literal('covenantThemes'),
    version,
    themes: z
      .array(z.object({ code, nl: text.max(80), en: text.max(80), explanationNl: text, explanationEn: text, ref, retired: z.boolean().optional() }))
      .min(1),
  })
  .superRefine((pack, ctx) => uniqueCodes(pack.themes, ctx, ['themes']));

/** The quality framework (seed 003): core elements with criteria and indicators, numbered as in the source. */
export const QUALITY_GROUPS = ['basic', 'general', 'specific'] as const;
export const QUALITY_LEVELS = ['organisation', 'client', 'professional'] as const;
const bilingual = { nl: text, en: text };
const qualityIndicator = z.discriminatedUnion('answeredBy', [
  z.object({ ref: z.string(), level: z.enum(QUALITY_LEVELS), ...bilingual, answeredBy: z.literal('computed'), code }),
  z.object({ ref: z.string(), level: z.enum(QUALITY_LEVELS), ...bilingual, answeredBy: z.literal('selfAssessment') }),
]);
const qualityFrameworkSchema = z
  .object({
    pack: z.literal('qualityFramework'),
    version,
    source: z.enum(['003']),
    title: z.object(bilingual),
    citation: z.object(bilingual),
    groups: z.array(z.object({ code: z.enum(QUALITY_GROUPS), ref: z.string().regex(/^\d$/), ...bilingual, descriptionNl: text, descriptionEn: text })).length(3),
    coreElements: z
      .array(
        z.object({
          ref: z.string().regex(/^\d\.\d$/, 'a core element ref looks like 2.1'),
          group: z.enum(QUALITY_GROUPS),
          ...bilingual,
          descriptionNl: text,
          descriptionEn: text,
          criteria: z.array(z.object({ ref: z.string(), level: z.enum(QUALITY_LEVELS), ...bilingual })).min(1),
          indicators: z.array(qualityIndicator).min(1),
        }),
      )
      .min(1),
  })
  .superRefine((pack, ctx) => {
    const groupRefs = new Map(pack.groups.map((g) => [g.code, g.ref]));
    const elementRefs = new Set<string>();
    const codes = new Set<string>();
    pack.coreElements.forEach((element, e) => {
      if (elementRefs.has(element.ref)) ctx.addIssue({ code: 'custom', message: `duplicate core element ${element.ref}`, path: ['coreElements', e, 'ref'] });
      elementRefs.add(element.ref);
      if (!element.ref.startsWith(`${groupRefs.get(element.group)}.`))
        ctx.addIssue({ code: 'custom', message: `core element ${element.ref} is not in group ${element.group}`, path: ['coreElements', e, 'group'] });
      // The source does not number criteria and indicators: ours run 1, 2, ... per element.
      element.criteria.forEach((c, i) => {
        if (c.ref !== `${element.ref}-c${i + 1}`) ctx.addIssue({ code: 'custom', message: `expected ref ${element.ref}-c${i + 1}`, path: ['coreElements', e, 'criteria', i, 'ref'] });
        if (c.level !== 'organisation') ctx.addIssue({ code: 'custom', message: 'criteria are at organisation level', path: ['coreElements', e, 'criteria', i, 'level'] });
      });
      element.indicators.forEach((indicator, i) => {
        const path = ['coreElements', e, 'indicators', i];
        if (indicator.ref !== `${element.ref}-i${i + 1}`) ctx.addIssue({ code: 'custom', message: `expected ref ${element.ref}-i${i + 1}`, path: [...path, 'ref'] });
        if (indicator.level === 'organisation') ctx.addIssue({ code: 'custom', message: 'indicators are at client or professional level', path: [...path, 'level'] });
        if (indicator.answeredBy === 'computed') {
          if (codes.has(indicator.code)) ctx.addIssue({ code: 'custom', message: `duplicate code ${indicator.code}`, path: [...path, 'code'] });
          codes.add(indicator.code);
        }
      });
    });
  });

/**
 * The inspection framework (seed 004): themes with numbered expectations. Each
 * expectation says which variants hold it (open and/or secured care); the
 * source's own count of expectations per theme and variant is kept beside them,
 * so the pack shows how much of the framework it holds.
 */
export const CARE_VARIANTS = ['open', 'secured'] as const;
const variantCounts = z.object({ open: z.number().int().min(0), secured: z.number().int().min(0) });
const inspectionFrameworkSchema = z
  .object({
    pack: z.literal('inspectionFramework'),
    version,
    source: z.enum(['004']),
    title: z.object(bilingual),
    citation: z.object(bilingual),
    inSource: variantCounts,
    themes: z
      .array(
        z.object({
          ref: z.string().regex(/^\d$/, 'a theme ref is one digit, e.g. 2'),
          ...bilingual,
          descriptionNl: text,
          descriptionEn: text,
          inSource: variantCounts,
          expectations: z.array(
            z.object({
              // The framework's number (2.1.3); where the source names an expectation without one, the theme plus -s1, -s2.
              ref: z.string().regex(/^\d\.\d+\.\d+$|^\d-s\d+$/, 'an expectation ref looks like 2.1.3 (or 1-s1 where the source gives no number)'),
              appliesTo: z.array(z.enum(CARE_VARIANTS)).min(1),
              ...bilingual,
              /** Where the source names it (document and place). */
              seen: ref,
              retired: z.boolean().optional(),
            }),
          ),
        }),
      )
      .min(1),
  })
  .superRefine((pack, ctx) => {
    const themeRefs = new Set<string>();
    const refs = new Set<string>();
    const total = { open: 0, secured: 0 };
    pack.themes.forEach((theme, t) => {
      if (themeRefs.has(theme.ref)) ctx.addIssue({ code: 'custom', message: `duplicate theme ${theme.ref}`, path: ['themes', t, 'ref'] });
      themeRefs.add(theme.ref);
      total.open += theme.inSource.open;
      total.secured += theme.inSource.secured;
      theme.expectations.forEach((e, i) => {
        const path = ['themes', t, 'expectations', i];
        if (refs.has(e.ref)) ctx.addIssue({ code: 'custom', message: `duplicate expectation ${e.ref}`, path: [...path, 'ref'] });
        refs.add(e.ref);
        if (!e.ref.startsWith(`${theme.ref}.`) && !e.ref.startsWith(`${theme.ref}-`))
          ctx.addIssue({ code: 'custom', message: `expectation ${e.ref} is not in theme ${theme.ref}`, path: [...path, 'ref'] });
        if (new Set(e.appliesTo).size !== e.appliesTo.length) ctx.addIssue({ code: 'custom', message: 'a variant twice', path: [...path, 'appliesTo'] });
        // Secured care is judged on everything open care is: an open-only expectation would break that.
        if (!e.appliesTo.includes('secured')) ctx.addIssue({ code: 'custom', message: 'every expectation applies to secured care', path: [...path, 'appliesTo'] });
      });
      for (const variant of CARE_VARIANTS) {
        const held = theme.expectations.filter((e) => !e.retired && e.appliesTo.includes(variant)).length;
        if (held > theme.inSource[variant])
          ctx.addIssue({ code: 'custom', message: `theme ${theme.ref} holds ${held} ${variant} expectations, the source has ${theme.inSource[variant]}`, path: ['themes', t, 'expectations'] });
      }
    });
    for (const variant of CARE_VARIANTS) {
      if (total[variant] !== pack.inSource[variant])
        ctx.addIssue({ code: 'custom', message: `the themes count ${total[variant]} ${variant} expectations, the pack says ${pack.inSource[variant]}`, path: ['inSource', variant] });
    }
  });

/**
 * The municipal checklist (seed 002): five checks, each with its questions
 * numbered check.question in the source's order (1.1 to 5.4), why the check
 * matters, the actions a municipality can take and practice examples.
 */
const municipalChecklistSchema = z
  .object({
    pack: z.literal('municipalChecklist'),
    version,
    source: z.enum(['002']),
    title: z.object(bilingual),
    citation: z.object(bilingual),
    checks: z
      .array(
        z.object({
          ref: z.string().regex(/^\d$/, 'a check ref is one digit, e.g. 3'),
          ...bilingual,
          whyNl: text,
          whyEn: text,
          // Where the check is in the source.
          seen: ref,
          questions: z.array(z.object({ ref: z.string().regex(/^\d\.\d+$/, 'a question ref looks like 3.2'), ...bilingual, retired: z.boolean().optional() })).min(1),
          actions: z.array(z.object({ code, ...bilingual })).min(1),
          examples: z.array(z.object({ placeNl: text, ...bilingual })),
        }),
      )
      .min(1),
  })
  .superRefine((pack, ctx) => {
    pack.checks.forEach((check, c) => {
      if (check.ref !== String(c + 1)) ctx.addIssue({ code: 'custom', message: `check ${check.ref} out of order: expected ${c + 1}`, path: ['checks', c, 'ref'] });
      check.questions.forEach((q, i) => {
        if (q.ref !== `${check.ref}.${i + 1}`) ctx.addIssue({ code: 'custom', message: `question ${q.ref} out of order: expected ${check.ref}.${i + 1}`, path: ['checks', c, 'questions', i, 'ref'] });
      });
    });
    uniqueCodes(pack.checks.flatMap((check) => check.actions), ctx, ['actions']);
  });

export type SignalList = z.infer<typeof signalListSchema>;
export type Instruments = z.infer<typeof instrumentsSchema>;
export type Guidance = z.infer<typeof guidanceSchema>;
export type CovenantThemes = z.infer<typeof covenantThemesSchema>;
export type QualityFramework = z.infer<typeof qualityFrameworkSchema>;
export type QualityIndicator = z.infer<typeof qualityIndicator>;
export type InspectionFramework = z.infer<typeof inspectionFrameworkSchema>;
export type MunicipalChecklist = z.infer<typeof municipalChecklistSchema>;

export interface ContentPacks {
  signalList: SignalList;
  instruments: Instruments;
  guidance: Guidance;
  covenantThemes: CovenantThemes;
  qualityFramework: QualityFramework;
  inspectionFramework: InspectionFramework;
  municipalChecklist: MunicipalChecklist;
}

export class ContentError extends Error {}

function loadPack<T>(file: string, schema: z.ZodType<T>, dir: string): T {
  const path = join(dir, file);
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContentError(`content pack ${file}: cannot be read as YAML (${(error as Error).message})`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ContentError(`content pack ${file} is not valid: ${issues}`);
  }
  return result.data;
}

export function loadContent(dir: string = contentDir): ContentPacks {
  return {
    signalList: loadPack('signals/signal-list.yaml', signalListSchema, dir),
    instruments: loadPack('instruments/instruments.yaml', instrumentsSchema, dir),
    guidance: loadPack('guidance/tips.yaml', guidanceSchema, dir),
    covenantThemes: loadPack('covenants/themes.yaml', covenantThemesSchema, dir),
    qualityFramework: loadPack('quality/framework.yaml', qualityFrameworkSchema, dir),
    inspectionFramework: loadPack('inspection/framework.yaml', inspectionFrameworkSchema, dir),
    municipalChecklist: loadPack('municipal/checklist.yaml', municipalChecklistSchema, dir),
  };
}

/** An instrument's age range, checked against the youth's age on the day of screening. */
export function ageFits(instrument: { minAge?: number | undefined; maxAge?: number | undefined }, age: number): boolean {
  return (instrument.minAge === undefined || age >= instrument.minAge) && (instrument.maxAge === undefined || age <= instrument.maxAge);
}
