// The fixed choices of a directory entry. The client names each in its
// catalogs (providerDirectory.nl.ts / .en.ts).

/** Open care, secured care (gesloten jeugdhulp, by court order) or both (seed 004: 5, 7 and 1 of the thirteen). */
export const CARE_KINDS = ['open', 'secured', 'both'] as const;
export type CareKind = (typeof CARE_KINDS)[number];

/** Who the provider's groups are for; an entry may name several. */
export const TARGET_GROUPS = ['girls', 'boys', 'lvb', 'mentalHealth'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Whether the provider works to the quality framework (seed 003), as far as the coordinator knows. */
export const QUALITY_FRAMEWORK_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type QualityFrameworkAnswer = (typeof QUALITY_FRAMEWORK_ANSWERS)[number];

export const HISTORY_CHANGES = ['created', 'updated', 'archived', 'restored', 'assessmentShared', 'assessmentUnshared'] as const;
export type HistoryChange = (typeof HISTORY_CHANGES)[number];

/**
 * The care kinds a filter matches: a provider with both kinds offers open care
 * and secured care, so it is found under either.
 */
export function careKindsMatching(filter: CareKind): CareKind[] {
  return filter === 'both' ? ['both'] : [filter, 'both'];
}
