// The network as the map and its table read it: the persons, places and online
// accounts still in the network, and where each is drawn. Pure functions, so
// the layout and the notices are tested without a browser.
import { NETWORK_CLASSIFICATIONS } from '../../../../../../server/src/modules/caseFiles/caseFiles.options';
import type { CaseRecord } from '../recordApi';

export type Classification = (typeof NETWORK_CLASSIFICATIONS)[number];

export interface NetworkPerson extends CaseRecord {
  name: string;
  relation: string;
  classification: Classification;
  phones: string[];
  socialHandles: string[];
  addresses: string[];
  vehicles: { plate: string; description: string }[];
  notes: string;
  removed: boolean;
}

export interface NetworkPlace extends CaseRecord {
  address: string;
  kind: string;
  classification: Classification;
  notes: string;
  removed: boolean;
}

export interface NetworkAccount extends CaseRecord {
  platform: string;
  handle: string;
  personId: string | null;
  classification: Classification;
  notes: string;
  removed: boolean;
}

export interface NetworkAnalysis extends CaseRecord {
  madeWithYouth: boolean;
  explainedToYouth: boolean;
  lastReviewedOn: string;
  notes: string;
}

/**
 * Supportive closest to the youth, dangerous furthest: the map reads as "who is
 * close to the youth and safe, who must be kept at a distance", the way the analysis is
 * made with the youth. The order is also the legend's.
 */
export const RING_ORDER: readonly Classification[] = ['supportive', 'neutral', 'risky', 'dangerous'];

/** Most urgent first, for the table a colleague or the police reads when the youth is missing. */
export const URGENCY_ORDER: readonly Classification[] = ['dangerous', 'risky', 'neutral', 'supportive'];

export const SIZE = 800;
const CENTRE = SIZE / 2;
/** Room left and right of the outer ring, so a label on its far side is drawn whole instead of clipped by the edge. */
export const SIDE_PADDING = 60;
/** The longest label a node gets when its ring has room; the full text is in its tooltip and in the table. */
const MAX_LABEL_CHARS = 24;
export const RING_RADIUS: Record<Classification, number> = { supportive: 95, neutral: 170, risky: 245, dangerous: 320 };
/** An account of a person sits just outside the person's ring, so the two never share a label line. */
const ACCOUNT_OFFSET = 24;
/** At most this far (along the ring) between a person and each of their accounts: clear of the person's label. */
const ACCOUNT_ARC = 100;
/** Half the width of a ring's name plus a node: how far along the ring nodes keep from the name at its top. */
const RING_LABEL_CLEARANCE = 64;
/** Roughly the width of one character of a label, in map units. */
const CHAR_WIDTH = 8.5;

export type NodeKind = 'person' | 'place' | 'account';

export interface MapNode {
  id: string;
  kind: NodeKind;
  classification: Classification;
  x: number;
  y: number;
  /** Shortened to fit beside its neighbours; the full text is in `title` and in the table. */
  label: string;
  title: string;
  /** Crowded rings put every other label above its node instead of below. */
  labelAbove: boolean;
}

export interface MapLink {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface NetworkLayout {
  centre: number;
  rings: { classification: Classification; radius: number }[];
  nodes: MapNode[];
  links: MapLink[];
}

export interface Network {
  persons: NetworkPerson[];
  places: NetworkPlace[];
  accounts: NetworkAccount[];
}

/** What is still in the network: removed records stay for the history, not on the map or in its table. */
export function current({ persons, places, accounts }: Network): Network {
  return { persons: persons.filter((p) => !p.removed), places: places.filter((p) => !p.removed), accounts: accounts.filter((a) => !a.removed) };
}

export function accountText(a: Pick<NetworkAccount, 'platform' | 'handle'>): string {
  return `${a.platform}: ${a.handle}`;
}

export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

const round = (n: number) => Math.round(n * 10) / 10;
const at = (radius: number, degrees: number) => {
  const rad = (degrees * Math.PI) / 180;
  return { x: round(CENTRE + radius * Math.cos(rad)), y: round(CENTRE + radius * Math.sin(rad)) };
};

/**
 * Where everything goes. Each classification has its ring; persons, places and
 * accounts without a person share it, spread evenly (grouped by kind, so the
 * shapes cluster). A person's accounts take the places beside that person,
 * just outside the ring and on a line to it, so they never land on another
 * item or on the person's own label. The top of each ring is left free for
 * its name.
 */
export function layoutNetwork(network: Network): NetworkLayout {
  const { persons, places, accounts } = current(network);
  const personIds = new Set(persons.map((p) => p.id));
  const isLinked = (a: NetworkAccount) => a.personId !== null && personIds.has(a.personId);
  const nodes: MapNode[] = [];
  const links: MapLink[] = [];

  for (const classification of RING_ORDER) {
    const radius = RING_RADIUS[classification];
    type Cell = { id: string; kind: NodeKind; classification: Classification; text: string; title: string; owner?: string };
    const cells: Cell[] = [];
    for (const p of persons.filter((p) => p.classification === classification)) {
      cells.push({ id: p.id, kind: 'person', classification, text: p.name, title: `${p.name} (${p.relation})` });
      for (const a of accounts.filter((a) => a.personId === p.id)) cells.push({ id: a.id, kind: 'account', classification: a.classification, text: a.handle, title: accountText(a), owner: p.id });
    }
    for (const p of places.filter((p) => p.classification === classification)) cells.push({ id: p.id, kind: 'place', classification, text: p.address, title: p.address });
    for (const a of accounts.filter((a) => !isLinked(a) && a.classification === classification)) cells.push({ id: a.id, kind: 'account', classification, text: accountText(a), title: accountText(a) });
    if (cells.length === 0) continue;

    // The top of each ring carries its name: nothing is drawn within reach of it.
    const halfGap = (Math.asin(Math.min(1, RING_LABEL_CLEARANCE / radius)) * 180) / Math.PI;
    const step = (360 - 2 * halfGap) / cells.length;
    // An account stays close to its person even when the ring has room to spare.
    const accountStep = Math.min(step, ((ACCOUNT_ARC / radius) * 180) / Math.PI);
    const arc = (2 * Math.PI * radius) / cells.length;
    // Alternating labels above and below doubles the room each one has.
    const crowded = arc < 14 * CHAR_WIDTH;
    const maxChars = Math.max(6, Math.min(MAX_LABEL_CHARS, Math.floor(((crowded ? 2 : 1) * arc) / CHAR_WIDTH) - 1));
    const first = -90 + halfGap + step / 2;
    let owner = { angle: 0, x: 0, y: 0 };
    let nth = 0;
    cells.forEach((cell, i) => {
      if (cell.owner) {
        nth += 1;
        // Never further round than the account's own cell, so it cannot reach the next item.
        const { x, y } = at(radius + ACCOUNT_OFFSET, owner.angle + nth * accountStep);
        nodes.push({ id: cell.id, kind: 'account', classification: cell.classification, x, y, label: shorten(cell.text, Math.min(maxChars, 12)), title: cell.title, labelAbove: false });
        links.push({ id: `${cell.owner}-${cell.id}`, x1: owner.x, y1: owner.y, x2: x, y2: y });
        return;
      }
      nth = 0;
      const angle = first + i * step;
      const { x, y } = at(radius, angle);
      if (cell.kind === 'person') owner = { angle, x, y };
      nodes.push({ id: cell.id, kind: cell.kind, classification: cell.classification, x, y, label: shorten(cell.text, maxChars), title: cell.title, labelAbove: crowded && i % 2 === 1 });
    });
  }

  return { centre: CENTRE, rings: RING_ORDER.map((classification) => ({ classification, radius: RING_RADIUS[classification] })), nodes, links };
}

export interface MapSummary {
  persons: Record<Classification, number>;
  personCount: number;
  placeCount: number;
  accountCount: number;
}

export function summarise(network: Network): MapSummary {
  const { persons, places, accounts } = current(network);
  const byClass = Object.fromEntries(RING_ORDER.map((c) => [c, persons.filter((p) => p.classification === c).length])) as Record<Classification, number>;
  return { persons: byClass, personCount: persons.length, placeCount: places.length, accountCount: accounts.length };
}

export const byUrgency = <T extends { classification: Classification }>(items: T[]): T[] =>
  [...items].sort((a, b) => URGENCY_ORDER.indexOf(a.classification) - URGENCY_ORDER.indexOf(b.classification));

/** A calendar date some months before another, the day clamped to the shorter month (31 May − 3 months = 28/29 Feb). */
export function monthsBefore(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** How long an analysis stays current: the seed asks for an up-to-date analysis for when the youth goes missing. */
export const REVIEW_MONTHS = 3;

export type AnalysisConcern = 'notRecorded' | 'notMadeWithYouth' | 'notExplained' | 'reviewOverdue';

/** What a colleague should know about how current and how shared the analysis is. */
export function analysisConcerns(analysis: Pick<NetworkAnalysis, 'madeWithYouth' | 'explainedToYouth' | 'lastReviewedOn'> | null, today: string, hasNetwork: boolean): AnalysisConcern[] {
  if (!analysis) return hasNetwork ? ['notRecorded'] : [];
  const concerns: AnalysisConcern[] = [];
  if (!analysis.madeWithYouth) concerns.push('notMadeWithYouth');
  if (!analysis.explainedToYouth) concerns.push('notExplained');
  if (analysis.lastReviewedOn < monthsBefore(today, REVIEW_MONTHS)) concerns.push('reviewOverdue');
  return concerns;
}
