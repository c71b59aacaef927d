// Matrix rows for missing episodes. Reading an episode, its police sheet or a
// printed sheet reads the file (its case team, or a designated officer) and
// leaves one audit event; every change is a change of the file (never through
// break-the-glass). The dashboard is for every role with case data, and shows
// only the files each may open (test/missing.int.test.ts).
import { nowInNetherlands } from '../../server/src/platform/http/schemas.js';
import { recordReturn, startEpisode } from '../../server/src/modules/missing/missing.service.js';
import { handOverPoliceSheet, previewPoliceSheet } from '../../server/src/modules/missing/policeSheet.service.js';
import { handOverInput, returnInput, startInput } from '../../server/src/modules/missing/missing.schemas.js';
import { CASE_ROLES, leadActor, matrixContext, type Rule, type Target } from './types.js';

const READ = { inTeam: CASE_ROLES, outOfTeam: ['designatedOfficer'] } satisfies Pick<Extract<Rule, { kind: 'caseFile' }>, 'inTeam' | 'outOfTeam'>;
const WRITE = READ;

const localIn = (minutes: number) => nowInNetherlands(new Date(Date.now() + minutes * 60_000));
const base = (t: Target) => `/api/youths/${t.youthId}/missing-episodes`;

/** An open episode on the target's file, started by its lead professional. */
const started = (t: Target) => startEpisode(matrixContext.platform, leadActor(t), t.youthId, startInput.parse({ lastSeenAt: localIn(-60), lastSeenPlace: 'Bij de groep' }));

const returned = async (t: Target) => {
  const episode = await started(t);
  return recordReturn(matrixContext.platform, leadActor(t), t.youthId, episode.id, returnInput.parse({ returnedAt: localIn(-1), foundPlace: 'Thuis', foundBy: 'cameBack' }));
};

/** What handing the sheet over sends: everything kept, to a recipient typed in, decided by the file's lead professional. */
async function handOverBody(t: Target, episodeId: string) {
  const { sheet } = await previewPoliceSheet(matrixContext.platform, leadActor(t), t.youthId, episodeId);
  return {
    keep: sheet.sections.flatMap((s) => s.items.map((i) => i.key)),
    fingerprint: sheet.fingerprint,
    recipientKind: 'police',
    recipientName: 'Wijkagent Noord',
    purpose: 'De politie zoekt de jongere.',
    legalGround: 'vitalInterest',
    secrecyGround: 'conflictOfDuties',
    secrecyReasoning: 'Direct gevaar voor de jongere.',
    decidedById: t.leadId,
    youthInformed: false,
    youthNotInformedReason: 'De jongere is vermist.',
    disclosedAt: localIn(-1),
    whys: { identity: 'Om de juiste jongere te zoeken.', description: 'Waar en wanneer laatst gezien.' },
  };
}

export const entries: Record<string, Rule> = {
  'GET /api/youths/:id/missing-episodes': {
    kind: 'caseFile',
    ...READ,
    auditedRead: 'missingEpisode.listed',
    call: async (t) => {
      await started(t);
      return { method: 'GET', path: base(t) };
    },
  },
  'POST /api/youths/:id/missing-episodes': {
    kind: 'caseFile',
    ...WRITE,
    call: (t) => ({ method: 'POST', path: base(t), body: { lastSeenAt: localIn(-30), lastSeenPlace: 'Station', urgency: [{ criterion: 'youngAge', explanation: 'Twaalf jaar.' }] } }),
  },
  'PUT /api/youths/:id/missing-episodes/:episodeId': {
    kind: 'caseFile',
    ...WRITE,
    call: async (t) => {
      const episode = await started(t);
      return { method: 'PUT', path: `${base(t)}/${episode.id}`, body: { lastSeenAt: localIn(-60), lastSeenPlace: 'Bij de groep', appearance: 'Rode jas', updatedAt: episode.updatedAt } };
    },
  },
  'POST /api/youths/:id/missing-episodes/:episodeId/steps': {
    kind: 'caseFile',
    ...WRITE,
    call: async (t) => ({ method: 'POST', path: `${base(t)}/${(await started(t)).id}/steps`, body: { step: 'policeReport', at: localIn(-10), reference: 'PL-1' } }),
  },
  'POST /api/youths/:id/missing-episodes/:episodeId/return': {
    kind: 'caseFile',
    ...WRITE,
    call: async (t) => ({ method: 'POST', path: `${base(t)}/${(await started(t)).id}/return`, body: { returnedAt: localIn(-1), foundPlace: 'Thuis', foundBy: 'parents' } }),
  },
  'POST /api/youths/:id/missing-episodes/:episodeId/medical-check': {
    kind: 'caseFile',
    ...WRITE,
    call: async (t) => ({
      method: 'POST',
      path: `${base(t)}/${(await returned(t)).id}/medical-check`,
      body: { stiCheck: 'offered', pregnancyTest: 'offered', csgReferral: 'notNeeded', reasoning: 'Na terugkomst aangeboden.' },
    }),
  },
  'POST /api/youths/:id/missing-episodes/:episodeId/transfer': {
    kind: 'caseFile',
    ...WRITE,
    call: async (t) => ({
      method: 'POST',
      path: `${base(t)}/${(await started(t)).id}/transfer`,
      body: { transferredAt: localIn(-1), transferredTo: 'Groep Zuid', reason: 'Overgeplaatst.', policeInformed: true },
    }),
  },
  'GET /api/youths/:id/missing-episodes/:episodeId/police-sheet': {
    kind: 'caseFile',
    ...READ,
    auditedRead: 'missingEpisode.sheetPreviewed',
    call: async (t) => ({ method: 'GET', path: `${base(t)}/${(await started(t)).id}/police-sheet` }),
  },
  'POST /api/youths/:id/missing-episodes/:episodeId/police-sheet': {
    kind: 'caseFile',
    ...WRITE,
    call: async (t) => {
      const episode = await started(t);
      return { method: 'POST', path: `${base(t)}/${episode.id}/police-sheet`, body: await handOverBody(t, episode.id) };
    },
  },
  'GET /api/youths/:id/missing-episodes/:episodeId/police-sheets/:disclosureId/pdf': {
    kind: 'caseFile',
    ...READ,
    auditedRead: 'missingEpisode.sheetPrinted',
    call: async (t) => {
      const episode = await started(t);
      const handed = await handOverPoliceSheet(matrixContext.platform, leadActor(t), t.youthId, episode.id, handOverInput.parse(await handOverBody(t, episode.id)));
      return { method: 'GET', path: `${base(t)}/${episode.id}/police-sheets/${handed.disclosureId}/pdf` };
    },
  },
  'GET /api/missing-now': { kind: 'roles', allowed: CASE_ROLES, scoped: false, call: () => ({ method: 'GET', path: '/api/missing-now' }) },
};
