// Counting a round's judgments in the database: per expectation over the
// providers, and per provider and theme. Only judgments that apply are
// counted: the expectation is in the variant the provider's kind of care calls
// for (a judgment kept from before a change of care kind is not counted).
import { sql, type RawBuilder } from 'kysely';
import type { InspectionFramework } from '../../platform/content/content.js';
import type { Tx } from '../../platform/db/database.js';
import { refsByVariant } from './framework.js';
import type { JudgmentCounts, Tally } from './figures.js';
import './inspection.tables.js';

function inList(column: RawBuilder<unknown>, refs: string[]): RawBuilder<boolean> {
  return refs.length > 0 ? sql<boolean>`${column} IN (${sql.join(refs)})` : sql<boolean>`false`;
}

export async function countJudgments(
  tx: Tx,
  framework: InspectionFramework,
  scope: { organisationId: string; roundId: string; providerId?: string },
): Promise<JudgmentCounts> {
  const refs = refsByVariant(framework);
  const ref = sql.ref('j.expectation_ref');
  const filter = sql`j.organisation_id = ${scope.organisationId} AND j.round_id = ${scope.roundId}
    AND j.judgment IN ('sufficient', 'insufficient')
    AND CASE WHEN p.care_kind = 'open' THEN ${inList(ref, refs.open)} ELSE ${inList(ref, refs.secured)} END
    ${scope.providerId ? sql`AND j.round_provider_id = ${scope.providerId}` : sql``}`;
  const tallies = sql`count(*) FILTER (WHERE j.judgment = 'sufficient')::int AS sufficient,
    count(*) FILTER (WHERE j.judgment = 'insufficient')::int AS insufficient`;
  const from = sql`FROM inspection_judgments j JOIN inspection_round_providers p ON p.id = j.round_provider_id`;

  const byExpectation = await sql<Tally & { ref: string }>`SELECT j.expectation_ref AS ref, ${tallies} ${from} WHERE ${filter} GROUP BY j.expectation_ref`.execute(tx);
  const byProviderTheme = await sql<Tally & { provider_id: string; theme: string }>`
    SELECT j.round_provider_id AS provider_id, substring(j.expectation_ref from '^[0-9]+') AS theme, ${tallies}
    ${from} WHERE ${filter} GROUP BY j.round_provider_id, substring(j.expectation_ref from '^[0-9]+')`.execute(tx);

  const themes = new Map<string, Map<string, Tally>>();
  for (const row of byProviderTheme.rows) {
    const perTheme = themes.get(row.provider_id) ?? new Map<string, Tally>();
    perTheme.set(row.theme, { sufficient: row.sufficient, insufficient: row.insufficient });
    themes.set(row.provider_id, perTheme);
  }
  return {
    byExpectation: new Map(byExpectation.rows.map((r) => [r.ref, { sufficient: r.sufficient, insufficient: r.insufficient }])),
    byProviderTheme: themes,
  };
}
