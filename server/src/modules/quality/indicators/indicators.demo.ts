// Demo trend for the indicator dashboard of "Jeugdzorg De Haven": the trend is
// made of monthly snapshots taken when someone first opens the dashboard in a
// month, so a fresh demo world would show one point. This invents the five
// months before this one, a little below today's figures (fewer files, fewer
// meeting each indicator), so the chart shows what a trend looks like.
// Counts only, like every snapshot; everything is fictitious.
import type { Actor } from '../../../platform/authz/actor.js';
import { loadContent } from '../../../platform/content/content.js';
import type { Database } from '../../../platform/db/database.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { todayInNetherlands } from '../../../platform/http/schemas.js';
import { computeIndicators } from './indicators.service.js';
import './indicators.tables.js';

const MONTHS_BACK = 5;

/** The first day of the month `back` months before `today` (YYYY-MM-DD). */
function monthStart(today: string, back: number): string {
  const d = new Date(`${today.slice(0, 7)}-01T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 10);
}

export async function loadDemoIndicatorTrend(database: Database, organisationId: string, options: { qualityEmail?: string } = {}): Promise<void> {
  const { qualityEmail = 'kwaliteit@dehaven.demo' } = options;
  const platform = { database, content: loadContent() } as unknown as Platform;
  const q = database.unsafeSystemQuery;
  const officer = await q.selectFrom('users').select('id').where('email', '=', qualityEmail).where('organisation_id', '=', organisationId).executeTakeFirstOrThrow();
  const actor: Actor = { userId: officer.id, organisationId, organisationKind: 'provider', roles: ['qualityOfficer'], sessionId: 'demo', ip: null, userAgent: 'npm run demo' };
  // Opening the dashboard once, as the quality officer would, stores this month's snapshot.
  const live = await computeIndicators(platform, actor);
  const today = todayInNetherlands();
  const rows = live.indicators.flatMap((indicator) =>
    Array.from({ length: MONTHS_BACK }, (_, i) => {
      const back = i + 1;
      const population = Math.max(0, indicator.population - Math.floor(back / 2));
      const met = Math.min(population, Math.max(0, indicator.met - Math.ceil((back * indicator.met) / 8)));
      const month = monthStart(today, back);
      return {
        organisation_id: organisationId,
        month,
        code: indicator.code,
        framework_version: live.frameworkVersion,
        population,
        met,
        measured_at: `${month.slice(0, 7)}-10T09:00:00+01:00`,
      };
    }),
  );
  if (rows.length > 0) await q.insertInto('indicator_snapshots').values(rows).onConflict((oc) => oc.doNothing()).execute();
}
