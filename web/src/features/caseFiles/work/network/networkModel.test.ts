import { describe, expect, it } from 'vitest';
import { analysisConcerns, layoutNetwork, monthsBefore, RING_RADIUS, shorten, SIDE_PADDING, SIZE, summarise, type Network, type NetworkAccount, type NetworkPerson, type NetworkPlace } from './networkModel';
import { dutchDate, idExpiredOnVisit, needsWarning } from './visitChecks';

const meta = { createdAt: '', createdByName: null, updatedAt: '', updatedByName: null };
const person = (id: string, classification: NetworkPerson['classification'], removed = false): NetworkPerson => ({
  ...meta,
  id,
  name: `Persoon ${id}`,
  relation: 'vriend',
  classification,
  phones: [],
  socialHandles: [],
  addresses: [],
  vehicles: [],
  notes: '',
  removed,
});
const place = (id: string, classification: NetworkPlace['classification'], removed = false): NetworkPlace => ({ ...meta, id, address: `Straat ${id}`, kind: 'hangout', classification, notes: '', removed });
const account = (id: string, personId: string | null, removed = false): NetworkAccount => ({ ...meta, id, platform: 'Snapchat', handle: `h${id}`, personId, classification: 'risky', notes: '', removed });

const distance = (n: { x: number; y: number }) => Math.hypot(n.x - SIZE / 2, n.y - SIZE / 2);

describe('network map layout', () => {
  const network: Network = {
    persons: [person('p1', 'supportive'), person('p2', 'dangerous'), person('p3', 'risky', true)],
    places: [place('l1', 'risky'), place('l2', 'neutral', true)],
    accounts: [account('a1', 'p2'), account('a2', 'p2'), account('a3', null), account('a4', 'p3'), account('a5', 'p1', true)],
  };
  const layout = layoutNetwork(network);
  const node = (id: string) => layout.nodes.find((n) => n.id === id);

  it('draws nothing that was removed from the network', () => {
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'l1', 'p1', 'p2']);
  });

  it('puts each person and place on the ring of its classification, supportive closest', () => {
    expect(distance(node('p1')!)).toBeCloseTo(RING_RADIUS.supportive, 0);
    expect(distance(node('p2')!)).toBeCloseTo(RING_RADIUS.dangerous, 0);
    expect(distance(node('l1')!)).toBeCloseTo(RING_RADIUS.risky, 0);
    expect(RING_RADIUS.supportive).toBeLessThan(RING_RADIUS.neutral);
    expect(RING_RADIUS.risky).toBeLessThan(RING_RADIUS.dangerous);
  });

  it('links an account to its person, and draws an account of a removed person on its own ring', () => {
    expect(layout.links.map((l) => l.id).sort()).toEqual(['p2-a1', 'p2-a2']);
    expect(distance(node('a1')!)).toBeGreaterThan(distance(node('p2')!));
    expect(distance(node('a4')!)).toBeCloseTo(RING_RADIUS.risky, 0);
    expect(node('a3')!.kind).toBe('account');
  });

  it('keeps every node inside the drawing', () => {
    const many: Network = { persons: Array.from({ length: 30 }, (_, i) => person(`p${i}`, 'dangerous')), places: [], accounts: Array.from({ length: 30 }, (_, i) => account(`a${i}`, `p${i}`)) };
    for (const n of layoutNetwork(many).nodes) {
      expect(n.x).toBeGreaterThan(20);
      expect(n.x).toBeLessThan(SIZE - 20);
      expect(n.y).toBeGreaterThan(20);
      expect(n.y).toBeLessThan(SIZE - 20);
    }
  });

  it('keeps a label on the far side of the outer ring whole and inside the drawing', () => {
    // One dangerous person and one account: the account sits at the right-hand edge, where labels were clipped.
    const wide = layoutNetwork({ persons: [{ ...person('p', 'dangerous'), name: 'Stationsplein, Zeestad' }], places: [{ ...place('l', 'dangerous'), address: 'Stationsplein, Zeestad' }], accounts: [] });
    for (const n of wide.nodes) {
      expect(n.label).toBe('Stationsplein, Zeestad');
      // A generous 9 map units per character, half of it each side of the node.
      const half = (n.label.length * 9) / 2;
      expect(n.x - half).toBeGreaterThan(-SIDE_PADDING);
      expect(n.x + half).toBeLessThan(SIZE + SIDE_PADDING);
    }
  });

  it('shortens labels on a crowded ring, and alternates them above and below', () => {
    const crowded = layoutNetwork({ persons: Array.from({ length: 12 }, (_, i) => ({ ...person(`p${i}`, 'supportive'), name: 'Een heel lange bijnaam' })), places: [], accounts: [] });
    expect(crowded.nodes.every((n) => n.label.length < 'Een heel lange bijnaam'.length)).toBe(true);
    expect(crowded.nodes.filter((n) => n.labelAbove).length).toBe(6);
    expect(crowded.nodes[0]!.title).toBe('Een heel lange bijnaam (vriend)');
  });

  it('counts what is still in the network', () => {
    expect(summarise(network)).toEqual({ persons: { supportive: 1, neutral: 0, risky: 0, dangerous: 1 }, personCount: 2, placeCount: 1, accountCount: 4 });
  });

  it('shortens text with an ellipsis', () => {
    expect(shorten('Mo', 6)).toBe('Mo');
    expect(shorten('Mohammed Zeestad', 6)).toBe('Moham…');
  });
});

describe('network analysis notices', () => {
  const ok = { madeWithYouth: true, explainedToYouth: true, lastReviewedOn: '2026-01-20' };
  it('counts three calendar months back, clamping the day', () => {
    expect(monthsBefore('2026-04-20', 3)).toBe('2026-01-20');
    expect(monthsBefore('2026-05-31', 3)).toBe('2026-02-28');
    expect(monthsBefore('2026-02-15', 3)).toBe('2025-11-15');
  });
  it('flags an analysis reviewed more than three months ago', () => {
    expect(analysisConcerns(ok, '2026-04-20', true)).toEqual([]);
    expect(analysisConcerns(ok, '2026-04-21', true)).toEqual(['reviewOverdue']);
  });
  it('flags an analysis not made with or explained to the youth, and one not recorded at all', () => {
    expect(analysisConcerns({ ...ok, madeWithYouth: false, explainedToYouth: false }, '2026-02-01', true)).toEqual(['notMadeWithYouth', 'notExplained']);
    expect(analysisConcerns(null, '2026-02-01', true)).toEqual(['notRecorded']);
    expect(analysisConcerns(null, '2026-02-01', false)).toEqual([]);
  });
});

describe('visit checks', () => {
  it('takes the visit’s day in Dutch time', () => {
    expect(dutchDate('2026-01-20T23:30:00.000Z')).toBe('2026-01-21');
    expect(dutchDate('2026-07-20T21:30:00.000Z')).toBe('2026-07-20');
  });
  it('calls an identity document expired only if it ran out before the day of the visit', () => {
    expect(idExpiredOnVisit('2026-01-20', '2026-01-21T10:00:00.000Z')).toBe(true);
    expect(idExpiredOnVisit('2026-01-21', '2026-01-21T10:00:00.000Z')).toBe(false);
    expect(idExpiredOnVisit('2026-01-20', '2026-01-20T23:30:00.000Z')).toBe(true);
    expect(idExpiredOnVisit(null, '2026-01-21T10:00:00.000Z')).toBe(false);
  });
  it('warns for risky and dangerous persons only', () => {
    expect(['supportive', 'neutral', 'risky', 'dangerous', undefined].map((c) => needsWarning(c as never))).toEqual([false, false, true, true, false]);
  });
});
