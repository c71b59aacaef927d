// Option lists of inspection rounds, shared by server and client (no imports).

/** What kind of study a round is: a thematic study (seed 004), a regular or incident-driven visit, a follow-up. */
export const ROUND_KINDS = ['thematic', 'regular', 'incident', 'followUp'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** An open round takes judgments; a closed one keeps them as they are. */
export const ROUND_STATUSES = ['open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/**
 * The kind of care a provider offers in the round. It decides the variant of
 * the framework: open care the open variant, secured care and both the secured
 * one (a provider with secured groups is judged on restrictive measures and
 * leave too, as seed 004 did with the provider that had both).
 */
export const CARE_KINDS = ['open', 'secured', 'both'] as const;
export type CareKind = (typeof CARE_KINDS)[number];

export const JUDGMENT_VALUES = ['sufficient', 'insufficient', 'notAssessed'] as const;
export type JudgmentValue = (typeof JUDGMENT_VALUES)[number];

/** The three figures a round shows, each also as CSV. */
export const FIGURES = ['providers', 'expectations', 'themes'] as const;
export type FigureName = (typeof FIGURES)[number];
