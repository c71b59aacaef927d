// Limits of a team's house rules for visitors. Plain data with no imports, so
// the client can name the same limit the server checks.

/** Long enough for a page of rules a visitor reads at the door; short enough to stay a page. */
export const HOUSE_RULES_MAX_LENGTH = 10_000;
