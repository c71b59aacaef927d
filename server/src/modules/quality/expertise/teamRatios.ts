// Per team: how many staff with a case role are registered today, and how many
// have relevant training (inspection 004 §5.2.1 and §5.2.2 ask for a reasoned
// ratio of registered to unregistered staff, and staff trained for the work).
// Someone in two teams counts in both; the organisation row counts each person
// once; people in no team get a row of their own so nobody drops out.
import { csvCell } from '../../disclosures/register/registerCsv.js';
import type { StaffCoverageRow } from './staffCoverage.js';

export interface TeamRatio {
  /** A team id; null for the organisation as a whole and for staff in no team (see `scope`). */
  teamId: string | null;
  scope: 'team' | 'noTeam' | 'organisation';
  teamName: string | null;
  staff: number;
  registered: number;
  unregistered: number;
  /** Whole percent of staff registered today; null without staff. */
  registeredPercent: number | null;
  withRelevantTraining: number;
  trainingPercent: number | null;
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((100 * part) / whole));

function ratio(scope: TeamRatio['scope'], teamId: string | null, teamName: string | null, people: StaffCoverageRow[]): TeamRatio {
  const registered = people.filter((p) => p.registeredOn).length;
  const trained = people.filter((p) => p.hasRelevantTraining).length;
  return {
    teamId,
    scope,
    teamName,
    staff: people.length,
    registered,
    unregistered: people.length - registered,
    registeredPercent: percent(registered, people.length),
    withRelevantTraining: trained,
    trainingPercent: percent(trained, people.length),
  };
}

/** Teams in the order given (by name), then staff in no team (only when there are any), then the organisation. */
export function teamRatios(staff: StaffCoverageRow[], teams: { id: string; name: string }[]): TeamRatio[] {
  const rows = teams.map((team) => ratio('team', team.id, team.name, staff.filter((p) => p.teamIds.includes(team.id))));
  const known = new Set(teams.map((t) => t.id));
  const noTeam = staff.filter((p) => !p.teamIds.some((id) => known.has(id)));
  if (noTeam.length > 0) rows.push(ratio('noTeam', null, null, noTeam));
  rows.push(ratio('organisation', null, null, staff));
  return rows;
}

const CSV_HEADER = ['Team', 'Medewerkers', 'Geregistreerd', 'Niet geregistreerd', 'Percentage geregistreerd', 'Met relevante scholing', 'Percentage met relevante scholing'];

/** The ratios as CSV the way the disclosure register exports (semicolons, UTF-8 with BOM, no formulas), for the given day. */
export function teamRatiosCsv(rows: TeamRatio[], labels: { noTeam: string; organisation: string }): string {
  const lines = rows.map((r) =>
    [
      r.scope === 'team' ? (r.teamName ?? '') : r.scope === 'noTeam' ? labels.noTeam : labels.organisation,
      r.staff,
      r.registered,
      r.unregistered,
      r.registeredPercent ?? '',
      r.withRelevantTraining,
      r.trainingPercent ?? '',
    ]
      .map((value) => csvCell(String(value)))
      .join(';'),
  );
  return `\uFEFF${[CSV_HEADER.map(csvCell).join(';'), ...lines].join('\r\n')}\r\n`;
}
