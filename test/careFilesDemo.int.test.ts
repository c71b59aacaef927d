// The worked files of the demo world (loadDemoCaseWork for Sanne and
// loadDemoCareFiles for five more) give the quality indicator dashboard
// shares that are neither all nor nothing. Every figure below is counted by
// hand from the demo's records (see the comments), not read back from the code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadContent } from '../server/src/platform/content/content.js';
import type { Platform } from '../server/src/platform/http/app-types.js';
import type { Actor } from '../server/src/platform/authz/actor.js';
import type { Role } from '../server/src/platform/authz/roles.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { computeIndicators } from '../server/src/modules/quality/indicators/indicators.service.js';
import { startHarness, type Harness } from './harness.js';

/**
 * In care (the placement's start): Sanne 45 days, Mohammed 200, Kevin 150,
 * Sara 100, Emma 60 (at home), Fenna 20 (foster care). The other six youths
 * have no placement and were opened today: in no population. So two weeks in:
 * the six; a month in: all but Fenna; three months in: Mohammed, Kevin, Sara.
 */
const EXPECTED: Record<string, { population: number; met: number; notMet: string[] }> = {
  // Residential groups only (Emma and Fenna are not); every placement gives its reasons.
  placementReasoning: { population: 4, met: 4, notMet: [] },
  // Everyone has the approach; Emma has no goal on self-esteem or relationships.
  genderSensitiveApproach: { population: 5, met: 4, notMet: ['Emma de Boer'] },
  // Only Sanne's file holds a police report deliberation.
  policeCooperationRecorded: { population: 5, met: 1, notMet: ['Emma de Boer', 'Sara Haddou', 'Kevin Mulder', 'Mohammed Yilmaz'] },
  // Kevin's initial assessment is unstructured; Emma's draft Ris-L still counts.
  structuredRiskAssessmentAtStart: { population: 6, met: 5, notMet: ['Kevin Mulder'] },
  // Kevin's plan has no internet section; Emma's is a draft. Sara's draft v2 does not replace her full v1.
  safetyPlanSections: { population: 5, met: 3, notMet: ['Emma de Boer', 'Kevin Mulder'] },
  staffSafetyEstimate: { population: 5, met: 4, notMet: ['Emma de Boer'] },
  // Emma's assessment and plan are drafts.
  safetySignedOffByLead: { population: 5, met: 4, notMet: ['Emma de Boer'] },
  // Emma has no phases.
  phasedPlanning: { population: 5, met: 4, notMet: ['Emma de Boer'] },
  // Sanne's and Kevin's analyses leave out the exploitation itself; Emma's is a draft.
  carePlanAnalysis: { population: 5, met: 2, notMet: ['Emma de Boer', 'Kevin Mulder', 'Sanne Visser'] },
  // Kevin's last review was 120 days ago and the next one agreed is overdue.
  reviewsWithinThreeMonths: { population: 3, met: 2, notMet: ['Kevin Mulder'] },
  // Kevin's network has no supportive person or place; Emma has no network analysis.
  networkAnalysisRisksStrengths: { population: 5, met: 3, notMet: ['Emma de Boer', 'Kevin Mulder'] },
  // Sanne has no such goal; Kevin's has no progress report.
  parentsGoals: { population: 5, met: 3, notMet: ['Kevin Mulder', 'Sanne Visser'] },
  // Sara's education goal started after her phase 1 ended.
  educationGoalFirstPhase: { population: 5, met: 4, notMet: ['Sara Haddou'] },
  // Only Mohammed and Sara have both; Kevin has leisure only.
  leisureAndHousingGoals: { population: 5, met: 2, notMet: ['Emma de Boer', 'Kevin Mulder', 'Sanne Visser'] },
  // No file is closed; Mohammed's plan names who takes over, Emma's names nobody yet.
  aftercareDocumented: { population: 2, met: 1, notMet: ['Emma de Boer'] },
  // Sanne is registered; Mohammed and Sara have a reasoning.
  comenshaNoRegistrationReasoned: { population: 4, met: 2, notMet: ['Emma de Boer', 'Kevin Mulder'] },
  // Fenna has no medical decision yet; Sanne's return has its decision.
  medicalDecisionsStartAndMissing: { population: 6, met: 5, notMet: ['Fenna Bos'] },
  // Mohammed's report says "no change" but is a report.
  traumaGoalsProgress: { population: 5, met: 2, notMet: ['Emma de Boer', 'Kevin Mulder', 'Sanne Visser'] },
  // Kevin's report is a setback, but a report.
  selfEsteemGoalsProgress: { population: 5, met: 3, notMet: ['Emma de Boer', 'Sanne Visser'] },
  // Sanne's and Mohammed's goals have no progress report yet.
  relationshipGoalsProgress: { population: 5, met: 1, notMet: ['Emma de Boer', 'Kevin Mulder', 'Mohammed Yilmaz', 'Sanne Visser'] },
};

describe('the demo world’s worked files and the quality indicators', () => {
  let h: Harness;
  let platform: Platform;
  let provider: string;
  const actor = async (email: string, roles: Role[]): Promise<Actor> => {
    const user = await h.database.unsafeSystemQuery.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    return { userId: user.id, organisationId: provider, organisationKind: 'provider', roles, sessionId: 'test', ip: null, userAgent: null };
  };

  beforeAll(async () => {
    h = await startHarness();
    const password = 'demo-wachtwoord-voor-de-test';
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), password, await hashPassword(password));
    platform = { database: h.database, content: loadContent() } as unknown as Platform;
    provider = (await h.database.unsafeSystemQuery.selectFrom('organisations').select('id').where('slug', '=', 'de-haven').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => h.close());

  it('computes every file indicator from the demo files as counted by hand', async () => {
    // The lead professional is on every case team, so every file not meeting an indicator is named.
    const result = await computeIndicators(platform, await actor('behandelaar@dehaven.demo', ['leadProfessional', 'qualityOfficer' as Role]));
    expect(result.openFiles).toBe(12);
    const figures = new Map(result.indicators.map((f) => [f.code, f]));
    // Names compared as sets: the list's order follows the database's collation.
    for (const [code, expected] of Object.entries(EXPECTED)) {
      const f = figures.get(code as never);
      expect({ code, population: f?.population, met: f?.met, notMet: f?.notMet.files.map((n) => n.name).sort() }).toEqual({ code, ...expected, notMet: [...expected.notMet].sort() });
    }
    // Neither all nor nothing, except placement reasoning (its form asks for the reasons).
    const shares = Object.entries(EXPECTED).filter(([code]) => code !== 'placementReasoning').map(([code]) => figures.get(code as never)!.share);
    expect(shares.every((s) => s !== null && s > 0 && s < 1)).toBe(true);
  });

  it('shows the quality officer the same counts, without a name', async () => {
    const result = await computeIndicators(platform, await actor('kwaliteit@dehaven.demo', ['qualityOfficer']));
    const f = result.indicators.find((i) => i.code === 'carePlanAnalysis')!;
    expect([f.population, f.met, f.notMet.files.length, f.notMet.hidden]).toEqual([5, 2, 0, 3]);
  });

  it('gives the trend five earlier months below today, and this month as measured live', async () => {
    const result = await computeIndicators(platform, await actor('kwaliteit@dehaven.demo', ['qualityOfficer']));
    const f = result.indicators.find((i) => i.code === 'carePlanAnalysis')!;
    // Five stored months (invented by loadDemoIndicatorTrend) and the live one.
    expect(f.trend.map((p) => p.live)).toEqual([false, false, false, false, false, true]);
    expect(f.trend.at(-1)).toMatchObject({ population: 5, met: 2 });
    // Oldest first, `back` months ago: a population of 5 - floor(back / 2), met 2 - ceil(back * 2 / 8), never below 0.
    expect(f.trend.slice(0, 5).map((p) => [p.population, p.met])).toEqual([
      [3, 0],
      [3, 1],
      [4, 1],
      [4, 1],
      [5, 1],
    ]);
  });

  it('made the records through the records service, each change audited', async () => {
    // Kevin's file: placement, risk assessment (+ sign-off), medical decision, safety plan (+ sign-off),
    // analysis (+ sign-off), person, account, network analysis, phase, four goals, two progress reports, review.
    const rows = (
      await sql<{ action: string }>`SELECT e.action FROM audit_events e JOIN youths y ON y.id = e.youth_id
        WHERE y.first_name = 'Kevin' AND y.organisation_id = ${provider} AND e.outcome = 'allowed'`.execute(h.database.unsafeSystemQuery)
    ).rows;
    expect(rows.filter((r) => r.action === 'careGoal.created')).toHaveLength(4);
    expect(rows.filter((r) => r.action.endsWith('.signedOff'))).toHaveLength(3);
    expect(rows.filter((r) => r.action.endsWith('.created'))).toHaveLength(16);
  });
});
