// The round's figures, as seed 004 shows them: per expectation and per theme
// how many providers were judged sufficient and insufficient, and per provider
// its score. The database counts the judgments (figures.service.ts); this adds
// what only the pack knows: to whom an expectation applies, so that "not
// assessed" is what applies minus what was judged.
//
// A provider's theme: insufficient when any judged expectation of the theme is
// insufficient, sufficient when none is and at least one is sufficient, not
// assessed when none of the theme's expectations was judged. An inspector
// judges a selection of the framework in a round, so an expectation left
// unjudged does not count against the provider.
import type { InspectionFramework } from '../../platform/content/content.js';
import { applicableExpectations, variantOf, type Variant } from './framework.js';
import type { CareKind } from './inspection.options.js';

export interface Tally {
  sufficient: number;
  insufficient: number;
}

export interface FigureProvider {
  id: string;
  name: string;
  careKind: CareKind;
}

/** Judgments that apply, counted per expectation (over providers) and per provider and theme. */
export interface JudgmentCounts {
  byExpectation: Map<string, Tally>;
  /** providerId → themeRef → tally */
  byProviderTheme: Map<string, Map<string, Tally>>;
}

export interface Counted {
  /** Providers the item applies to. */
  applicable: number;
  sufficient: number;
  insufficient: number;
  notAssessed: number;
}

export interface ExpectationFigure extends Counted {
  ref: string;
  themeRef: string;
}

export interface ThemeFigure extends Counted {
  ref: string;
  /** How many of the theme's expectations the pack holds per variant, and how many the source has. */
  inPack: Record<Variant, number>;
  inSource: Record<Variant, number>;
}

export interface ProviderScore extends Counted {
  id: string;
  name: string;
  careKind: CareKind;
  variant: Variant;
  themes: (Counted & { ref: string; outcome: ThemeOutcome | null })[];
}

export type ThemeOutcome = 'sufficient' | 'insufficient' | 'notAssessed';

export interface RoundFigures {
  providerCount: number;
  providersByVariant: Record<Variant, number>;
  expectations: ExpectationFigure[];
  themes: ThemeFigure[];
  providers: ProviderScore[];
}

const none: Tally = { sufficient: 0, insufficient: 0 };

export function themeOutcome(tally: Tally, applicable: number): ThemeOutcome | null {
  if (applicable === 0) return null;
  if (tally.insufficient > 0) return 'insufficient';
  return tally.sufficient > 0 ? 'sufficient' : 'notAssessed';
}

/** One provider's score per theme and in total, from its counted judgments. */
export function providerScore(framework: InspectionFramework, provider: FigureProvider, byTheme: Map<string, Tally> | undefined): ProviderScore {
  const applicable = applicableExpectations(framework, provider.careKind);
  const themes = framework.themes.map((theme) => {
    const count = applicable.filter((e) => e.themeRef === theme.ref).length;
    const tally = byTheme?.get(theme.ref) ?? none;
    return { ref: theme.ref, applicable: count, ...tally, notAssessed: count - tally.sufficient - tally.insufficient, outcome: themeOutcome(tally, count) };
  });
  const sufficient = themes.reduce((n, t) => n + t.sufficient, 0);
  const insufficient = themes.reduce((n, t) => n + t.insufficient, 0);
  return {
    ...provider,
    variant: variantOf(provider.careKind),
    applicable: applicable.length,
    sufficient,
    insufficient,
    notAssessed: applicable.length - sufficient - insufficient,
    themes,
  };
}

export function roundFigures(framework: InspectionFramework, providers: FigureProvider[], counts: JudgmentCounts): RoundFigures {
  const scores = providers.map((p) => providerScore(framework, p, counts.byProviderTheme.get(p.id)));
  const providersByVariant: Record<Variant, number> = {
    open: scores.filter((s) => s.variant === 'open').length,
    secured: scores.filter((s) => s.variant === 'secured').length,
  };
  const expectations = framework.themes.flatMap((theme) =>
    theme.expectations
      .filter((e) => !e.retired)
      .map((e) => {
        const applicable = e.appliesTo.reduce((n, variant) => n + providersByVariant[variant], 0);
        const tally = counts.byExpectation.get(e.ref) ?? none;
        return { ref: e.ref, themeRef: theme.ref, applicable, ...tally, notAssessed: applicable - tally.sufficient - tally.insufficient };
      }),
  );
  const themes = framework.themes.map((theme) => {
    const held = theme.expectations.filter((e) => !e.retired);
    const inPack = { open: held.filter((e) => e.appliesTo.includes('open')).length, secured: held.filter((e) => e.appliesTo.includes('secured')).length };
    const outcomes = scores.map((s) => s.themes.find((t) => t.ref === theme.ref)!.outcome).filter((o): o is ThemeOutcome => o !== null);
    const count = (o: ThemeOutcome) => outcomes.filter((x) => x === o).length;
    return {
      ref: theme.ref,
      applicable: outcomes.length,
      sufficient: count('sufficient'),
      insufficient: count('insufficient'),
      notAssessed: count('notAssessed'),
      inPack,
      inSource: theme.inSource,
    };
  });
  return { providerCount: providers.length, providersByVariant, expectations, themes, providers: scores };
}
