// The inspection framework pack read for one provider: which variant its kind
// of care calls for, which expectations that variant holds, and which theme a
// ref belongs to. Pure functions over the pack; the services, the figures,
// the seed study and the provider's own view all use these, so "what applies"
// is decided in one place.
import type { InspectionFramework } from '../../platform/content/content.js';
import type { CareKind } from './inspection.options.js';

export type Variant = 'open' | 'secured';
export type Expectation = InspectionFramework['themes'][number]['expectations'][number] & { themeRef: string };

/** Secured care and both are judged on the secured variant (it holds every open expectation too). */
export function variantOf(careKind: CareKind): Variant {
  return careKind === 'open' ? 'open' : 'secured';
}

/** Every expectation of the pack in its order, with its theme. */
export function allExpectations(framework: InspectionFramework): Expectation[] {
  return framework.themes.flatMap((theme) => theme.expectations.map((e) => ({ ...e, themeRef: theme.ref })));
}

/** The expectations a provider with this kind of care is judged on (retired ones are no longer judged). */
export function applicableExpectations(framework: InspectionFramework, careKind: CareKind): Expectation[] {
  const variant = variantOf(careKind);
  return allExpectations(framework).filter((e) => !e.retired && e.appliesTo.includes(variant));
}

export function applies(framework: InspectionFramework, careKind: CareKind, ref: string): boolean {
  return applicableExpectations(framework, careKind).some((e) => e.ref === ref);
}

/** The theme a ref belongs to: its leading number ("2.1.3" and "2-s1" are both theme 2). */
export function themeOfRef(ref: string): string {
  return /^\d+/.exec(ref)?.[0] ?? '';
}

/** The refs each variant is judged on, for SQL that counts only what applies. */
export function refsByVariant(framework: InspectionFramework): Record<Variant, string[]> {
  return {
    open: applicableExpectations(framework, 'open').map((e) => e.ref),
    secured: applicableExpectations(framework, 'secured').map((e) => e.ref),
  };
}
