// The client-level indicators of the quality framework through HTTP, on a
// fixed set of files whose figures are counted by hand below: five files in
// organisation A with chosen records (one closed, one too new to count), a
// file in organisation B that must never count, and who sees which names.
//
// Today is T; every date is T minus a number of days, so the populations
// (two weeks, a month, three months into care) hold whatever day it runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { Secret } from 'otpauth';
import { SecretBox } from '../server/src/platform/crypto.js';
import { seedUser, seedYouth } from '../server/src/platform/db/seed.js';
import { todayInNetherlands } from '../server/src/platform/http/schemas.js';
import { monthBefore } from '../server/src/modules/quality/indicators/indicators.service.js';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, PASSWORD, type World } from './world.js';
import { ApiClient } from './client.js';

const T = todayInNetherlands();
const daysAgo = (n: number) => {
  const d = new Date(`${T}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
};

type Figure = {
  code: string;
  ref: string;
  coreElementRef: string;
  unit: string;
  population: number;
  met: number;
  share: number | null;
  notMet: { files: { youthId: string; name: string }[]; openable: number; hidden: number };
  trend: { month: string; population: number; met: number; share: number | null; live: boolean }[];
};

/**
 * The hand count for organisation A. Files: Anna (care 60 days, every record
 * in order), Bram (120 days, half of them), Cato (10 days: too new for any
 * population but aftercare), Dirk (closed 30 days ago), Eva (100 days, no
 * care records, not in a residential group, registered with CoMensha); youthA
 * and youthA2 of the world have no
 * placement and were opened today, so they are in no population. Staff: six
 * active users with a case role, one with a training.
 */
const EXPECTED: Record<string, { population: number; met: number; notMet: string[] }> = {
  placementReasoning: { population: 2, met: 2, notMet: [] }, // Anna, Bram; Eva is not in a residential group
  genderSensitiveApproach: { population: 3, met: 2, notMet: ['Eva'] }, // Anna and Bram have a self-esteem goal
  policeCooperationRecorded: { population: 3, met: 1, notMet: ['Bram', 'Eva'] }, // Anna's deliberation
  staffTraining: { population: 6, met: 1, notMet: [] }, // leadA's training; staff are never named
  structuredRiskAssessmentAtStart: { population: 3, met: 1, notMet: ['Bram', 'Eva'] }, // Bram's is unstructured
  safetyPlanSections: { population: 3, met: 1, notMet: ['Bram', 'Eva'] }, // Bram's plan has no internet section
  staffSafetyEstimate: { population: 3, met: 2, notMet: ['Eva'] },
  safetySignedOffByLead: { population: 3, met: 1, notMet: ['Bram', 'Eva'] }, // Bram's risk assessment is a draft
  phasedPlanning: { population: 3, met: 1, notMet: ['Bram', 'Eva'] },
  carePlanAnalysis: { population: 3, met: 1, notMet: ['Bram', 'Eva'] }, // Bram's leaves out the exploitation
  reviewsWithinThreeMonths: { population: 2, met: 1, notMet: ['Eva'] }, // Bram (review at T-40) and Eva (none in 100 days); Anna is 60 days in
  networkAnalysisRisksStrengths: { population: 3, met: 1, notMet: ['Bram', 'Eva'] }, // Bram's network has no strength
  parentsGoals: { population: 3, met: 1, notMet: ['Bram', 'Eva'] },
  educationGoalFirstPhase: { population: 3, met: 2, notMet: ['Eva'] }, // Anna in phase 1, Bram without phases
  leisureAndHousingGoals: { population: 3, met: 1, notMet: ['Bram', 'Eva'] }, // Bram has leisure only
  aftercareDocumented: { population: 2, met: 1, notMet: ['Dirk'] }, // Cato names the next provider; closed Dirk names nobody
  comenshaConsentAndCopy: { population: 1, met: 1, notMet: [] }, // Eva's registration rests on her signed consent with the form
  comenshaNoRegistrationReasoned: { population: 2, met: 1, notMet: ['Bram'] }, // Anna reasoned; Eva is registered
  medicalDecisionsStartAndMissing: { population: 3, met: 1, notMet: ['Bram', 'Eva'] }, // Anna decided after her return; Bram did not
  traumaGoalsProgress: { population: 3, met: 1, notMet: ['Bram', 'Eva'] },
  selfEsteemGoalsProgress: { population: 3, met: 1, notMet: ['Bram', 'Eva'] }, // Bram's goal has no progress report
  relationshipGoalsProgress: { population: 3, met: 1, notMet: ['Bram', 'Eva'] },
};

const NAMES: Record<string, string> = { Anna: 'Anna Alfa', Bram: 'Bram Beta', Cato: 'Cato Gamma', Dirk: 'Dirk Delta', Eva: 'Eva Epsilon' };
/** The lists are sorted by last name, then first name. */
const byLastName = (a: string, b: string) => a.split(' ')[1]!.localeCompare(b.split(' ')[1]!);

describe('quality indicators', () => {
  let h: Harness;
  let w: World;
  let coord: ApiClient;
  let coordId: string;
  const y: Record<string, string> = {};

  const ok = async <T = any>(reply: Promise<{ status: number; body: T }>): Promise<T> => {
    const r = await reply;
    if (r.status !== 200) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    const db = h.database.unsafeSystemQuery;
    const team = await db.selectFrom('teams').select('id').where('organisation_id', '=', w.orgA).executeTakeFirstOrThrow();
    // A treatment coordinator who also does quality work: case access to the files of their team, and quality.read.
    const totpSecret = new Secret({ size: 20 }).base32;
    coordId = await seedUser(h.database, new SecretBox(h.secretKey), {
      organisationId: w.orgA,
      email: 'coord@example.org',
      displayName: 'coordA',
      roles: ['leadProfessional', 'qualityOfficer'],
      password: PASSWORD,
      totpSecret,
      teamIds: [team.id],
    });
    coord = new ApiClient(h.baseUrl);
    await coord.signIn('coord@example.org', PASSWORD, totpSecret);

    const U = w.users;
    const youth = (first: string, last: string, caseTeam: { userId: string; teamRole?: 'lead' | 'member' }[], organisationId = w.orgA) =>
      seedYouth(h.database, { organisationId, firstName: first, lastName: last, dateOfBirth: '2010-03-03', caseTeam });
    y.Anna = await youth('Anna', 'Alfa', [{ userId: coordId, teamRole: 'lead' }]);
    y.Bram = await youth('Bram', 'Beta', [{ userId: U.caseWorkerA!.id, teamRole: 'lead' }, { userId: U.leadA!.id }]);
    y.Cato = await youth('Cato', 'Gamma', [{ userId: coordId, teamRole: 'lead' }]);
    y.Dirk = await youth('Dirk', 'Delta', [{ userId: coordId, teamRole: 'lead' }]);
    y.Eva = await youth('Eva', 'Epsilon', [{ userId: U.caseWorkerA!.id, teamRole: 'lead' }, { userId: coordId }]);

    const lead = await w.signIn('leadA');
    const worker = await w.signIn('caseWorkerA');
    const quality = await w.signIn('qualityA');
    const workerB = await w.signIn('caseWorkerB');

    const placement = (c: ApiClient, id: string, days: number, groupComposition = 'homogeneous') =>
      ok(c.put(`/api/youths/${id}/placement`, {
        careStartedOn: daysAgo(days),
        groupComposition,
        reasoning: 'Meidengroep met vergelijkbare ervaringen.',
        genderSensitiveApproach: 'Vrouwelijke mentor; doelen over weerbaarheid.',
        updatedAt: null,
      }));
    const signOff = async (c: ApiClient, id: string, path: string, record: { id: string; updatedAt: string }) =>
      ok(c.post(`/api/youths/${id}/${path}/${record.id}/sign-off`, { updatedAt: record.updatedAt }));
    const riskAssessment = (c: ApiClient, id: string, instrument: string, assessedOn: string) =>
      ok(c.post(`/api/youths/${id}/risk-assessments`, {
        instrument,
        assessedOn,
        participants: ['Mentor'],
        riskFactors: 'Oudere vriend.',
        protectiveFactors: 'Oma.',
        level: 'high',
        conclusion: 'Veiligheidsplan maken.',
        isInitial: true,
      }));
    const fullPlan = {
      reviewOn: daysAgo(-30),
      riskyNetwork: 'Geen contact met Mo.',
      internetUse: 'Telefoon ’s avonds bij de groepsleiding.',
      abscondingRisk: 'Verhoogd in het weekend.',
      possibleAddresses: 'Stationsplein.',
      parentContact: 'Moeder belt elke avond.',
      policeCooperation: 'Wijkagent is op de hoogte.',
      staffSafety: 'Geen gevaar voor medewerkers of andere jongeren verwacht.',
      agreementsYouth: 'Om 21.30 uur terug.',
      agreementsParents: 'Melden contact met onbekenden.',
    };
    const goal = (c: ApiClient, id: string, domain: string, startedOn: string) =>
      ok(c.post(`/api/youths/${id}/care-plan/goals`, { domain, description: `Doel over ${domain}.`, youthText: `Jij werkt aan ${domain}.`, startedOn }));
    const progress = (c: ApiClient, id: string, goalId: string) =>
      ok(c.post(`/api/youths/${id}/care-plan/progress`, { goalId, reportedOn: daysAgo(5), assessment: 'progress', report: 'Gaat vooruit.' }));
    const analysis = (c: ApiClient, id: string, exploitation: string) =>
      ok(c.post(`/api/youths/${id}/care-plan/analyses`, {
        analysedOn: daysAgo(50),
        participants: ['Mentor'],
        problems: 'Weglopen.',
        risks: 'Seksuele uitbuiting.',
        needs: 'Veiligheid.',
        strengths: 'Sportief.',
        exploitation,
        surfaceBehaviour: 'Liegt over waar ze was.',
        underlyingProblems: 'Hechting.',
      }));
    const medical = (c: ApiClient, id: string, decidedOn: string, moment = 'startOfCare') =>
      ok(c.post(`/api/youths/${id}/medical-decisions`, {
        decidedOn,
        moment,
        stiCheck: 'offered',
        pregnancyTest: 'offered',
        medication: 'notNeeded',
        firstAid: 'notNeeded',
        csgReferral: 'notNeeded',
        reasoning: 'Bij de start aangeboden.',
      }));

    // Anna: sixty days in care, every record in order.
    await placement(coord, y.Anna, 60);
    await signOff(coord, y.Anna, 'risk-assessments', await riskAssessment(coord, y.Anna, 'risL', daysAgo(58)));
    await signOff(coord, y.Anna, 'safety-plans', await ok(coord.post(`/api/youths/${y.Anna}/safety-plans`, fullPlan)));
    await ok(coord.post(`/api/youths/${y.Anna}/care-plan/phases`, { number: 1, name: 'Veilig landen', rules: 'Telefoon onder toezicht.', startedOn: daysAgo(60), endedOn: null }));
    await signOff(coord, y.Anna, 'care-plan/analyses', await analysis(coord, y.Anna, 'Afspraken met mannen via een oudere jongen.'));
    await ok(coord.put(`/api/youths/${y.Anna}/network/analysis`, { madeWithYouth: true, explainedToYouth: true, lastReviewedOn: daysAgo(20), notes: '', updatedAt: null }));
    await ok(coord.post(`/api/youths/${y.Anna}/network/persons`, { name: 'Mo', relation: 'Vriend', classification: 'dangerous' }));
    await ok(coord.post(`/api/youths/${y.Anna}/network/persons`, { name: 'Oma', relation: 'Grootmoeder', classification: 'supportive' }));
    for (const domain of ['parentsNetwork', 'traumaProcessing', 'selfEsteem', 'healthyRelationships']) {
      await progress(coord, y.Anna, (await goal(coord, y.Anna, domain, daysAgo(40))).id);
    }
    await goal(coord, y.Anna, 'education', daysAgo(55));
    await goal(coord, y.Anna, 'leisure', daysAgo(40));
    await goal(coord, y.Anna, 'housing', daysAgo(40));
    await medical(coord, y.Anna, daysAgo(59));
    const missing = async (c: ApiClient, id: string) => {
      const episode = await ok(c.post(`/api/youths/${id}/missing-episodes`, { lastSeenAt: `${daysAgo(21)}T20:00`, lastSeenPlace: 'Bij de groep' }));
      await ok(c.post(`/api/youths/${id}/missing-episodes/${episode.id}/return`, { returnedAt: `${daysAgo(20)}T11:00`, foundPlace: 'Station', foundBy: 'police' }));
    };
    await missing(coord, y.Anna);
    await medical(coord, y.Anna, daysAgo(18), 'afterMissing');
    await ok(coord.post(`/api/youths/${y.Anna}/report-deliberations`, {
      deliberatedOn: daysAgo(40),
      participants: ['Jongere', 'Mentor'],
      youthWish: 'doesNotWant',
      youthWords: 'Ik wil het nu niet.',
      fearOfRevenge: '',
      loyaltyToExploiter: '',
      offences: 'no',
      offencesNote: '',
      nonPunishment: '',
      vulnerability: 'unknown',
      weighing: 'Besproken; over een maand opnieuw.',
      outcome: 'pending',
    }));
    await ok(coord.post(`/api/youths/${y.Anna}/comensha/no-registrations`, { reason: 'youthRefused', explanation: 'Wil het niet.', decidedOn: daysAgo(30) }));

    // Bram: 120 days, half of it: an unstructured draft assessment, a plan without internet, an analysis without the exploitation.
    await placement(lead, y.Bram, 120, 'mixed');
    await riskAssessment(lead, y.Bram, 'unstructured', daysAgo(118));
    await signOff(lead, y.Bram, 'safety-plans', await ok(lead.post(`/api/youths/${y.Bram}/safety-plans`, { ...fullPlan, internetUse: '' })));
    await signOff(lead, y.Bram, 'care-plan/analyses', await analysis(lead, y.Bram, ''));
    await ok(lead.post(`/api/youths/${y.Bram}/care-plan/reviews`, { reviewedOn: daysAgo(40), participants: ['Mentor'], summary: 'Gaat beter.', nextReviewOn: daysAgo(-50) }));
    await ok(lead.put(`/api/youths/${y.Bram}/network/analysis`, { madeWithYouth: true, explainedToYouth: true, lastReviewedOn: daysAgo(20), notes: '', updatedAt: null }));
    await ok(lead.post(`/api/youths/${y.Bram}/network/places`, { address: 'Stationsplein 1', kind: 'hangout', classification: 'risky', notes: '' }));
    await goal(lead, y.Bram, 'education', daysAgo(100));
    await goal(lead, y.Bram, 'selfEsteem', daysAgo(100));
    await goal(lead, y.Bram, 'leisure', daysAgo(100));
    await medical(lead, y.Bram, daysAgo(119));
    await missing(lead, y.Bram); // and no medical decision after it

    // Cato: ten days in care, aftercare already names who takes over.
    await placement(coord, y.Cato, 10);
    await ok(coord.put(`/api/youths/${y.Cato}/aftercare`, { nextProvider: 'Ambulant team Zuid', plan: 'Warme overdracht.', updatedAt: null }));

    // Dirk: closed a month ago, aftercare names nobody.
    await placement(coord, y.Dirk, 200, 'mixed');
    await ok(coord.put(`/api/youths/${y.Dirk}/aftercare`, { plan: 'Terug naar huis.', updatedAt: null }));
    // The file was opened when care started (a file cannot close before the day it opened).
    await db.updateTable('youths').set({ created_at: new Date(`${daysAgo(200)}T09:00:00Z`) } as never).where('id', '=', y.Dirk).execute();
    await ok(coord.post(`/api/youths/${y.Dirk}/close`, { closedOn: daysAgo(30), reason: 'Terug naar huis.' }));

    // Eva: 100 days in care, not in a residential group, nothing else.
    await placement(worker, y.Eva, 100, 'notResidential');
    // ...but a registration with CoMensha on her own signed consent (she is 16), with the form.
    const consent = await ok(worker.post(`/api/youths/${y.Eva}/comensha/consents`, { givenBy: 'youth', signerName: 'Eva Epsilon', signedOn: daysAgo(10), scopeNote: '' }));
    await ok(worker.put(`/api/youths/${y.Eva}/comensha/consents/${consent.id}/document`, new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'))], { type: 'application/pdf' })));
    await ok(worker.post(`/api/youths/${y.Eva}/comensha/registrations`, {
      consentId: consent.id,
      registeredAt: `${daysAgo(5)}T10:30`,
      form: 'sexual',
      period: 'Dit jaar',
      place: 'Zeestad',
      recruitment: ['online'],
      recruitmentNote: '',
      work: 'Afspraken met mannen.',
      signals: 'Laat terug, nieuwe telefoon.',
      policeReport: 'considered',
      policeReportNote: '',
      careGiven: 'Begeleiding thuis.',
      currentStay: 'Thuis',
      remarks: '',
      decidedById: coordId,
    }));

    // The file in organisation B meets everything it can; it must never count for A.
    await placement(workerB, w.youthB, 100);
    await progress(workerB, w.youthB, (await goal(workerB, w.youthB, 'traumaProcessing', daysAgo(90))).id);
    await medical(workerB, w.youthB, daysAgo(99));

    await ok(quality.post('/api/expertise/trainings', { userId: U.leadA!.id, title: 'Signalen van uitbuiting', provider: 'Kenniscentrum', completedOn: daysAgo(100), topics: ['exploitationSignals'] }));
  });
  afterAll(() => h.close());

  const byCode = (body: { indicators: Figure[] }) => new Map(body.indicators.map((f) => [f.code, f]));
  const auditCount = async (action: string, userId: string, outcome = 'allowed') =>
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE action = ${action} AND actor_user_id = ${userId} AND outcome = ${outcome}`.execute(
      h.database.unsafeSystemQuery,
    )).rows[0]!.n;

  it('counts every indicator exactly as counted by hand, in the order and with the refs of the framework pack', async () => {
    const quality = await w.signIn('qualityA');
    const { status, body } = await quality.get('/api/quality/indicators');
    expect(status).toBe(200);
    expect(body.openFiles).toBe(6); // Anna, Bram, Cato, Eva, youthA, youthA2; Dirk is closed
    expect(body.indicators.map((f: Figure) => f.code)).toEqual(Object.keys(EXPECTED));
    const figures = byCode(body);
    for (const [code, expected] of Object.entries(EXPECTED)) {
      const f = figures.get(code)!;
      expect({ code, population: f.population, met: f.met }).toEqual({ code, population: expected.population, met: expected.met });
      expect(f.share).toBe(expected.population === 0 ? null : expected.met / expected.population);
    }
    expect(figures.get('safetyPlanSections')).toMatchObject({ ref: '2.1-i2', coreElementRef: '2.1', unit: 'files' });
    expect(figures.get('staffTraining')).toMatchObject({ ref: '1.4-i1', coreElementRef: '1.4', unit: 'staff' });
  });

  it('names no file to a quality officer without case access: every file not meeting an indicator is a count', async () => {
    const quality = await w.signIn('qualityA');
    const figures = byCode((await quality.get('/api/quality/indicators')).body);
    for (const [code, expected] of Object.entries(EXPECTED)) {
      const f = figures.get(code)!;
      expect(f.notMet.files).toEqual([]);
      expect(f.notMet.openable).toBe(0);
      expect(f.notMet.hidden).toBe(expected.population - expected.met);
    }
  });

  it('names to a lead professional doing quality work only the files of their own case teams, the rest as a count', async () => {
    const figures = byCode((await coord.get('/api/quality/indicators')).body);
    // coordA is on the teams of Anna, Cato, Dirk and Eva, not Bram.
    const mine = new Set(['Anna', 'Cato', 'Dirk', 'Eva']);
    for (const [code, expected] of Object.entries(EXPECTED)) {
      const f = figures.get(code)!;
      if (f.unit === 'staff') {
        expect(f.notMet).toEqual({ files: [], openable: 0, hidden: expected.population - expected.met });
        continue;
      }
      const open = expected.notMet.filter((n) => mine.has(n));
      expect({ code, names: f.notMet.files.map((x) => x.name) }).toEqual({ code, names: open.map((n) => NAMES[n]) });
      expect(f.notMet.files.map((x) => x.youthId)).toEqual(open.map((n) => y[n]));
      expect(f.notMet.openable).toBe(open.length);
      expect(f.notMet.hidden).toBe(expected.notMet.length - open.length);
    }
    // The same figures as anyone else: case access changes the names, never the counts.
    expect(figures.get('safetyPlanSections')).toMatchObject({ population: 3, met: 1 });
  });

  it('names every file to the designated officer, who may read every file of the organisation', async () => {
    const designated = await w.signIn('designatedA');
    const figures = byCode((await designated.get('/api/quality/indicators')).body);
    for (const [code, expected] of Object.entries(EXPECTED)) {
      const f = figures.get(code)!;
      if (f.unit === 'staff') continue;
      expect({ code, names: f.notMet.files.map((x) => x.name) }).toEqual({ code, names: expected.notMet.map((n) => NAMES[n]!).sort(byLastName) });
      expect(f.notMet.hidden).toBe(0);
    }
  });

  it("counts organisation B's file for B only, never for A", async () => {
    const adminB = await w.signIn('adminB');
    const figures = byCode((await adminB.get('/api/quality/indicators')).body);
    expect(figures.get('placementReasoning')).toMatchObject({ population: 1, met: 1 });
    expect(figures.get('traumaGoalsProgress')).toMatchObject({ population: 1, met: 1 });
    expect(figures.get('medicalDecisionsStartAndMissing')).toMatchObject({ population: 1, met: 1 });
    expect(figures.get('staffTraining')).toMatchObject({ population: 1, met: 0 }); // caseWorkerB
    for (const f of figures.values()) expect(f.notMet.files).toEqual([]);
  });

  it('refuses the inspector, the police and a case worker, and audits each refusal; every read is one audit event', async () => {
    for (const key of ['inspectorI', 'liaisonP', 'caseWorkerA', 'leadA']) {
      const client = await w.signIn(key);
      const before = await auditCount('access.denied', w.users[key]!.id, 'denied');
      for (const path of ['/api/quality/indicators', '/api/quality/indicators/export']) {
        const r = await client.get(path);
        expect({ key, path, status: r.status }).toEqual({ key, path, status: 403 });
        expect(JSON.stringify(r.body)).not.toMatch(/Anna|Bram|Eva/);
      }
      expect(await auditCount('access.denied', w.users[key]!.id, 'denied')).toBe(before + 2);
    }
    const reads = await auditCount('qualityIndicators.read', coordId);
    await coord.get('/api/quality/indicators');
    expect(await auditCount('qualityIndicators.read', coordId)).toBe(reads + 1);
    const { rows } = await sql<{ details: any; record_type: string }>`SELECT details, record_type FROM audit_events
      WHERE action = 'qualityIndicators.read' AND actor_user_id = ${coordId} ORDER BY id DESC LIMIT 1`.execute(h.database.unsafeSystemQuery);
    // Named: the not-met lists coordA saw above, summed over the indicators.
    const named = Object.values(EXPECTED).reduce((n, e) => n + e.notMet.filter((x) => ['Anna', 'Cato', 'Dirk', 'Eva'].includes(x)).length, 0);
    expect(rows[0]).toMatchObject({ record_type: 'qualityIndicators', details: { openFiles: 6, indicators: 22, named } });
  });

  it('exports counts only as CSV: no name, no id, every cell safe from formulas', async () => {
    const before = await auditCount('qualityIndicators.read', coordId);
    const r = await coord.get('/api/quality/indicators/export');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/text\/csv/);
    expect(r.headers.get('content-disposition')).toMatch(/attachment; filename="indicatoren-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = r.body as string;
    for (const name of Object.values(NAMES)) expect(text).not.toContain(name.split(' ')[0]);
    for (const id of Object.values(y)) expect(text).not.toContain(id);
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 22);
    const header = lines[0]!.split(';');
    expect(header.slice(0, 9)).toEqual(['Kernelement', 'Indicator', 'Omschrijving', 'Telt', 'Van toepassing op', 'Voldoet', 'Aandeel (%)', 'Voldoet niet, u kunt openen', 'Voldoet niet, overige']);
    expect(header).toHaveLength(9 + 12);
    const row = lines.find((l) => l.includes(';2.1-i2;'))!.split(';');
    // Safety plan sections: 3 files, 1 meets it (33%); coordA may open Eva, Bram is counted only.
    expect(row.slice(3, 9)).toEqual(['dossiers', '3', '1', '33', '1', '1']);
    expect(row.at(-1)).toBe('33');
    const staff = lines.find((l) => l.includes(';1.4-i1;'))!.split(';');
    expect(staff.slice(3, 9)).toEqual(['medewerkers', '6', '1', '17', '0', '5']);
    for (const cell of lines.flatMap((l) => l.split(';'))) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(await auditCount('qualityIndicators.read', coordId)).toBe(before + 1);
  });

  it('keeps a monthly trend: a snapshot the first time in a month, stored months as they were, the current month live', async () => {
    const db = h.database.unsafeSystemQuery;
    // The reads above stored this month's snapshot once, with the figures of the first read.
    const stored = await db.selectFrom('indicator_snapshots').select(['code', 'population', 'met']).where('organisation_id', '=', w.orgA).execute();
    expect(stored).toHaveLength(22);
    expect(stored.find((s) => s.code === 'phasedPlanning')).toMatchObject({ population: 3, met: 1 });
    // Two stored months from before: one five months ago, one too old for the twelve-month trend.
    const month = (back: number) => `${monthBefore(T, back)}-01`;
    await sql`INSERT INTO indicator_snapshots (organisation_id, month, code, framework_version, population, met)
      VALUES (${w.orgA}, ${month(5)}::date, 'phasedPlanning', '2026.1', 4, 1),
             (${w.orgA}, ${month(12)}::date, 'phasedPlanning', '2026.1', 10, 10)`.execute(db);
    // Eva gets a phase: the live figure moves, this month's snapshot does not.
    const worker = await w.signIn('caseWorkerA');
    await ok(worker.post(`/api/youths/${y.Eva}/care-plan/phases`, { number: 1, name: 'Start', rules: 'Op de groep.', startedOn: daysAgo(90), endedOn: null }));

    const quality = await w.signIn('qualityA');
    const body = (await quality.get('/api/quality/indicators')).body;
    expect(body.months).toHaveLength(12);
    expect(body.months[0]).toBe(monthBefore(T, 11));
    expect(body.months.at(-1)).toBe(T.slice(0, 7));
    const f = byCode(body).get('phasedPlanning')!;
    expect(f).toMatchObject({ population: 3, met: 2 });
    expect(f.trend).toEqual([
      { month: monthBefore(T, 5), population: 4, met: 1, share: 0.25, measuredOn: expect.any(String), live: false },
      { month: T.slice(0, 7), population: 3, met: 2, share: 2 / 3, measuredOn: T, live: true },
    ]);
    const again = await db.selectFrom('indicator_snapshots').select(['population', 'met']).where('organisation_id', '=', w.orgA)
      .where('code', '=', 'phasedPlanning').where('month', '=', month(0) as never).executeTakeFirstOrThrow();
    expect(again).toEqual({ population: 3, met: 1 });
    // A month nobody measured is left out of the trend, not shown as zero.
    expect(byCode(body).get('carePlanAnalysis')!.trend.map((p) => p.month)).toEqual([T.slice(0, 7)]);
  });

  it('shows no figures when the organisation has no open files', async () => {
    // Organisation B after its only file closes: nothing to measure, every share empty.
    const workerB = await w.signIn('caseWorkerB');
    await ok(workerB.post(`/api/youths/${w.youthB}/close`, { closedOn: T, reason: 'Einde zorg.' }));
    const adminB = await w.signIn('adminB');
    const body = (await adminB.get('/api/quality/indicators')).body;
    expect(body.openFiles).toBe(0);
    const figures = byCode(body);
    expect(figures.get('placementReasoning')).toMatchObject({ population: 0, met: 0, share: null });
    // Closed today: counted for aftercare (closed in the last year), where it names nobody to take over.
    expect(figures.get('aftercareDocumented')).toMatchObject({ population: 1, met: 0 });
  });
});
