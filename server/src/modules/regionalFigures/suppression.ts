// Small-cell suppression for the regional figures (issue 7, point 2). Pure:
// applied to every row before anything leaves the server.
//
// A row is one measure: four quarter counts and the year figure. For counts of
// events (signals, registrations, episodes) the year is the sum of the
// quarters; for counts of distinct youths the year is at most that sum. The
// scheme protects the strict case (year = sum), which is enough for the other:
// a looser relation only leaves a reader more possible values.
//
// The rules:
// 1. A count of 1 to 4 shows as "< 5" (primary suppression).
// 2. 0 shows as 0: "nobody" is about no one, and statistics offices publish it.
//    Because "< 5" honestly means 0 to 4, a 0 may also be hidden as "< 5"
//    when that protects another cell (rule 4).
// 3. A year figure of 1 to 4 shows as "< 5" and then every quarter does too,
//    zeros included: otherwise four cells of "< 5" with a year under 5 would
//    give away that each is 1.
// 4. With the year shown, a reader knows the sum of the hidden quarters. As
//    long as any hidden cell can be worked out from that sum (its range of
//    possible values holds one value), one more quarter is hidden: a 0 first
//    (shown as "< 5", which is true), otherwise the smallest count of 5 or
//    more, shown as "x" (hidden to protect a small count). If all quarters
//    are hidden and one still can be worked out, the year is hidden as "x".
//
// The property test (suppression.test.ts) checks with an independent brute
// force that no hidden cell of any random row can be recovered.

/** What a reader sees of one count. */
export type Shown =
  | { kind: 'value'; value: number }
  /** 0 to 4. */
  | { kind: 'small' }
  /** Hidden so that a small count elsewhere in the row cannot be worked out; 5 or more. */
  | { kind: 'hidden' };

export interface SuppressedRow {
  quarters: Shown[];
  year: Shown;
}

export const THRESHOLD = 5;

const small: Shown = { kind: 'small' };
const hidden: Shown = { kind: 'hidden' };

/** The bounds a reader knows for a shown cell. */
function bounds(shown: Shown): [number, number] {
  if (shown.kind === 'value') return [shown.value, shown.value];
  if (shown.kind === 'small') return [0, THRESHOLD - 1];
  return [THRESHOLD, Number.POSITIVE_INFINITY];
}

/**
 * Whether some hidden quarter can be worked out from the shown year and the
 * other cells. With one sum and a box per cell, the possible values of a
 * cell form an interval: [max(lo, S - Σ others' hi), min(hi, S - Σ others' lo)].
 */
export function someCellRecoverable(quarters: Shown[], year: number): boolean {
  const known = quarters.reduce((sum, q) => (q.kind === 'value' ? sum + q.value : sum), 0);
  const rest = year - known;
  const boxes = quarters.map((q, i) => ({ i, b: bounds(q) })).filter(({ i }) => quarters[i]!.kind !== 'value');
  return boxes.some(({ i, b: [lo, hi] }) => {
    const others = boxes.filter((o) => o.i !== i);
    const othersHi = others.reduce((s, o) => s + o.b[1], 0);
    const othersLo = others.reduce((s, o) => s + o.b[0], 0);
    const min = Math.max(lo, rest - othersHi);
    const max = Math.min(hi, rest - othersLo);
    return max - min < 1;
  });
}

export function suppressRow(quarters: readonly number[], year: number): SuppressedRow {
  if (year === 0) return { quarters: quarters.map((value) => ({ kind: 'value', value })), year: { kind: 'value', value: 0 } };
  // Rule 3.
  if (year < THRESHOLD) return { quarters: quarters.map(() => small), year: small };
  // Rule 1 and 2.
  const shown: Shown[] = quarters.map((value) => (value > 0 && value < THRESHOLD ? small : { kind: 'value', value }));
  if (!shown.some((s) => s.kind !== 'value')) return { quarters: shown, year: { kind: 'value', value: year } };
  // Rule 4.
  while (someCellRecoverable(shown, year)) {
    const open = quarters.map((value, i) => ({ value, i })).filter(({ i }) => shown[i]!.kind === 'value');
    if (open.length === 0) return { quarters: shown, year: hidden };
    const next = open.reduce((a, b) => (b.value < a.value ? b : a));
    shown[next.i] = next.value === 0 ? small : hidden;
  }
  return { quarters: shown, year: { kind: 'value', value: year } };
}

/** A shown count as text, for tables and CSV. */
export function shownText(shown: Shown): string {
  if (shown.kind === 'value') return String(shown.value);
  return shown.kind === 'small' ? '< 5' : 'x';
}
