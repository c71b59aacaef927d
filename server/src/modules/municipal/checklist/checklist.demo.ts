// Demo data for the municipal checklist of "Gemeente Zeestad": last year's
// checklist answered in full, this year's in progress with some answers
// changed since (better and worse), and an action plan from the gaps: actions
// from the suggestions and one of its own, open, in progress and done, one
// past its due date. Made through the services, as the policy officer would,
// so the rules, the history and the audit trail apply. Invented.
import type { Actor } from '../../../platform/authz/actor.js';
import type { Role } from '../../../platform/authz/roles.js';
import { loadContent } from '../../../platform/content/content.js';
import type { Database } from '../../../platform/db/database.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { todayInNetherlands } from '../../../platform/http/schemas.js';
import { actionCreate, actionUpdate, answerInput } from './checklist.schemas.js';
import { listChecklists, readChecklist, startChecklist } from './checklist.service.js';
import { saveAnswer } from './answers.service.js';
import { createAction, readActionPlan, updateAction } from './actions.service.js';
import type { ActionStatus, ChecklistAnswer } from './checklist.options.js';

type Given = [ChecklistAnswer, string?, string?, string?];

/** Last year: every question answered. */
const LAST_YEAR: Record<string, Given> = {
  '1.1': ['yes', 'Landelijke cijfers besproken in het sociaal domein-overleg.'],
  '1.2': ['no', 'Geen eigen cijfers; wijkteams houden het niet bij.'],
  '1.3': ['partly', 'Bekend bij de wijkteams, niet bij het jongerenwerk.'],
  '1.4': ['partly', 'Veiligheid trekt het; jeugd schuift aan als het uitkomt.'],
  '2.1': ['no'],
  '2.2': ['partly', 'Twee middelbare scholen doen mee.'],
  '2.3': ['unknown'],
  '2.4': ['partly', 'Eenmalige subsidie voor voorlichting op scholen.'],
  '2.5': ['no'],
  '2.6': ['yes', 'Jongerenwerk meldt bij het wijkteam.'],
  '3.1': ['partly', 'Training voor één wijkteam gegeven.'],
  '3.2': ['yes', 'Veilig Thuis is het meldpunt.'],
  '3.3': ['no'],
  '3.4': ['yes', 'De meldcode wordt gebruikt.'],
  '3.5': ['partly'],
  '4.1': ['partly', 'Partners bekend, afspraken niet vastgelegd.'],
  '4.2': ['no'],
  '4.3': ['no', 'Niemand heeft de zorgcoördinatie.'],
  '4.4': ['no'],
  '4.5': ['unknown'],
  '5.1': ['partly', 'Plaatsing via de regio, met wachttijd.'],
  '5.2': ['yes', 'Specialistische opvang ingekocht via de regio.'],
  '5.3': ['no'],
  '5.4': ['unknown'],
};

/** This year so far: some better, one worse, the rest still to answer. */
const THIS_YEAR: Record<string, Given> = {
  '1.1': ['yes', 'Cijfers van het Landelijk Rapporteur gedeeld met het college.'],
  '1.2': ['partly', 'Wijkteams tellen sinds het voorjaar; cijfers over een half jaar.', 'Telling wijkteams eerste halfjaar'],
  '1.3': ['yes', 'Route staat in de werkinstructie van wijkteams en jongerenwerk.', 'Werkinstructie melden bij CoMensha'],
  '1.4': ['partly', 'Gezamenlijk overleg jeugd en veiligheid, nog niet elke maand.'],
  '2.1': ['no', 'Beleidsplan preventie staat voor volgend jaar gepland.'],
  '2.2': ['yes', 'Vier scholen en de GGD doen mee.'],
  '2.3': ['partly', 'Zicht op jongeren met een licht verstandelijke beperking, nog niet op andere groepen.'],
  '2.4': ['no', 'Subsidie voor voorlichting is niet verlengd.'],
  '3.1': ['partly', 'Drie van de vijf wijkteams getraind.'],
  '3.2': ['yes', 'Veilig Thuis is het meldpunt.'],
  '3.4': ['yes'],
  '4.1': ['yes', 'Samenwerkingsafspraken in het regionaal overleg vastgesteld.', 'Verslag regionaal overleg', 'https://zeestad.demo/regio/verslag'],
  '4.3': ['no', 'Zorgcoördinatie nog steeds niet belegd.'],
  '4.4': ['partly', 'Convenant in concept bij de partners.'],
};

const day = (offset: number) => {
  const d = new Date(`${todayInNetherlands()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

interface DemoAction {
  ref: string;
  code?: string;
  title?: string;
  owner: string;
  dueIn: number;
  status: ActionStatus;
  note?: string;
}

const ACTIONS: DemoAction[] = [
  { ref: '1.2', code: 'countLocally', owner: 'Sophie Beleid', dueIn: 60, status: 'inProgress', note: 'Telformulier voor de wijkteams staat klaar.' },
  { ref: '2.1', title: 'Beleidsplan preventie opstellen met onderwijs en GGD', owner: 'Sophie Beleid', dueIn: 120, status: 'open' },
  { ref: '2.4', owner: 'Afdeling Subsidies', dueIn: -20, status: 'open', note: 'Wacht op de begrotingsbehandeling.' },
  { ref: '4.3', code: 'nameCareCoordination', owner: 'Regionaal overleg zorg en veiligheid', dueIn: 90, status: 'inProgress', note: 'Voorstel ligt bij de regio.' },
  { ref: '1.4', code: 'linkToBroaderPolicy', owner: 'Sophie Beleid', dueIn: -5, status: 'done', note: 'Opgenomen in de aanpak huiselijk geweld en ondermijning.' },
];

export interface DemoChecklist {
  lastYearId: string;
  thisYearId: string;
}

/** Last year's checklist of the municipality, completed, and this year's in progress with an action plan. Skips what is already there. */
export async function loadDemoChecklist(database: Database, municipalityId: string, options: { policyEmail?: string } = {}): Promise<DemoChecklist> {
  const content = loadContent();
  const platform = { database, content } as unknown as Platform;
  const q = database.unsafeSystemQuery;
  const user = await q
    .selectFrom('users')
    .select('id')
    .where('organisation_id', '=', municipalityId)
    .$if(!!options.policyEmail, (b) => b.where('email', '=', options.policyEmail!))
    .where('id', 'in', q.selectFrom('user_roles').select('user_id').where('role', '=', 'policyOfficer'))
    .orderBy('email')
    .executeTakeFirstOrThrow();
  const roles = (await q.selectFrom('user_roles').select('role').where('user_id', '=', user.id).execute()).map((r) => r.role as Role);
  const actor: Actor = { userId: user.id, organisationId: municipalityId, organisationKind: 'municipality', roles, sessionId: 'demo', ip: null, userAgent: 'npm run demo' };

  const year = Number(todayInNetherlands().slice(0, 4));
  const existing = await listChecklists(platform, actor);
  const ids: Partial<DemoChecklist> = {};
  for (const [key, y, given] of [['lastYearId', year - 1, LAST_YEAR], ['thisYearId', year, THIS_YEAR]] as const) {
    const found = existing.find((c) => c.own && c.year === y);
    if (found) {
      ids[key] = found.id;
      continue;
    }
    const checklist = await startChecklist(platform, actor, { year: y, regionName: '', participants: [] });
    ids[key] = checklist.id;
    for (const answer of checklist.answers) {
      const g = given[answer.ref];
      if (!g) continue;
      const [value, notes, evidence, evidenceUrl] = g;
      await saveAnswer(platform, actor, checklist.id, answer.ref, answerInput.parse({ answer: value, notes: notes ?? '', evidence: evidence ?? '', evidenceUrl: evidenceUrl ?? '', updatedAt: answer.updatedAt }));
    }
    if (key === 'thisYearId') {
      // A second thought on 2.3, so the history shows a change.
      const now = await readChecklist(platform, actor, checklist.id);
      const a23 = now.answers.find((a) => a.ref === '2.3')!;
      await saveAnswer(platform, actor, checklist.id, '2.3', answerInput.parse({ answer: 'partly', notes: `${a23.notes} Navraag bij de GGD loopt.`, updatedAt: a23.updatedAt }));
      const plan = await readActionPlan(platform, actor, checklist.id);
      for (const demo of ACTIONS) {
        const gap = plan.gaps.find((g) => g.ref === demo.ref);
        // An action from the first suggestion of the check, unless it names its own.
        const code = demo.title ? null : (demo.code ?? gap?.suggestions[0]?.code ?? null);
        // An action on a question now "yes"/"partly" that was planned before it changed: only for gaps.
        if (!gap) continue;
        const created = await createAction(platform, actor, checklist.id, actionCreate.parse({ questionRef: demo.ref, actionCode: code, title: demo.title ?? '', ownerName: demo.owner, dueOn: day(demo.dueIn) }));
        if (demo.status !== 'open' || demo.note) {
          await updateAction(platform, actor, checklist.id, created.id, actionUpdate.parse({ ownerName: demo.owner, dueOn: day(demo.dueIn), status: demo.status, progressNote: demo.note ?? '', updatedAt: created.updatedAt }));
        }
      }
    }
  }
  return ids as DemoChecklist;
}
