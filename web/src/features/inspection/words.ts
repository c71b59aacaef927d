// Words from the framework pack in the interface language, and small helpers
// the inspection pages share.
import type { TFunction } from 'i18next';
import { formatDate } from '../../ui/format';
import type { InspectionFramework } from './api';

type Texts = { nl: string; en: string };

export const textOf = (item: Texts, language: string) => (language.startsWith('en') ? item.en : item.nl);

export type FrameworkExpectation = InspectionFramework['themes'][number]['expectations'][number] & { themeRef: string };

export function expectationsByRef(framework: InspectionFramework): Map<string, FrameworkExpectation> {
  return new Map(framework.themes.flatMap((theme) => theme.expectations.map((e) => [e.ref, { ...e, themeRef: theme.ref }] as const)));
}

export function period(t: TFunction, start: string | null, end: string | null): string {
  if (start && end) return t('inspection.rounds.periodFromTo', { from: formatDate(start), to: formatDate(end) });
  if (start) return t('inspection.rounds.periodFrom', { from: formatDate(start) });
  if (end) return t('inspection.rounds.periodTo', { to: formatDate(end) });
  return t('inspection.rounds.noPeriod');
}

/** Colours of the stacked bars: each judgment also has its own place in the bar, the legend and the table. */
export const JUDGMENT_COLOURS = {
  sufficient: 'hsl(145 55% 30%)',
  insufficient: 'hsl(3 65% 45%)',
  notAssessed: 'hsl(205 10% 72%)',
} as const;
