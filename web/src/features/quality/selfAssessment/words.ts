// Names from the quality framework pack in the interface language, and the
// order of the statuses from nothing to lived practice.
import i18n from '../../../i18n';
import type { QualityFramework, StatusCounts } from './api';

export const STATUS_ORDER = ['notAssessed', 'notArranged', 'beingArranged', 'onPaper', 'inPractice'] as const;
export type StatusKey = (typeof STATUS_ORDER)[number];

export const nameOf = (item: { nl: string; en: string }) => (i18n.language === 'en' ? item.en : item.nl);

export type CoreElement = QualityFramework['coreElements'][number];

export function elementsByRef(framework: QualityFramework): Map<string, CoreElement> {
  return new Map(framework.coreElements.map((e) => [e.ref, e]));
}

/** Criteria that have a status, of all criteria. */
export const assessedCount = (counts: StatusCounts) => counts.total - counts.notAssessed;
