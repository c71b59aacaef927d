// Matrix rows for the municipal checklist (modules/municipal/checklist). The
// municipality's own policy work, never a youth's file: reads are audited
// (checked in municipalChecklist.int.test.ts) but have no youth to count
// against here. Only the policy officer (municipal.checklist) reads and
// answers it. Each organisation gets one checklist, made through the service
// as its policy officer, with a gap (question 4.3 answered "no") for actions;
// another organisation's policy officer gets 404.
import type { Role } from '../../server/src/platform/authz/roles.js';
import type { Actor } from '../../server/src/platform/authz/actor.js';
import { startChecklist } from '../../server/src/modules/municipal/checklist/checklist.service.js';
import { matrixContext, type Rule, type Target } from './types.js';

const POLICY: Role[] = ['policyOfficer'];
const BASE = '/api/municipal/checklists';

let counter = 0;
const seeded = new Map<string, Promise<string>>();

const policyActor = (t: Target): Actor => ({
  userId: t.leadId,
  organisationId: t.organisationId,
  organisationKind: 'municipality',
  roles: ['policyOfficer'],
  sessionId: 'matrix',
  ip: null,
  userAgent: null,
});

const db = () => matrixContext.platform.database.unsafeSystemQuery;

/** The target organisation's checklist (one per organisation), with 4.3 answered "no". */
function checklistOf(t: Target): Promise<string> {
  let id = seeded.get(t.organisationId);
  if (!id) {
    id = (async () => {
      const checklist = await startChecklist(matrixContext.platform, policyActor(t), { year: 2100, regionName: '', participants: [] });
      await db().updateTable('municipal_checklist_answers').set({ answer: 'no' }).where('checklist_id', '=', checklist.id).where('question_ref', '=', '4.3').execute();
      return checklist.id;
    })();
    seeded.set(t.organisationId, id);
  }
  return id;
}

async function seedAction(t: Target) {
  const checklistId = await checklistOf(t);
  const action = await db()
    .insertInto('municipal_checklist_actions')
    .values({ organisation_id: t.organisationId, checklist_id: checklistId, question_ref: '4.3', action_code: null, title: `Actie ${++counter}`, owner_name: 'Beleid' })
    .returning(['id', 'updated_at'])
    .executeTakeFirstOrThrow();
  return { checklistId, actionId: action.id, updatedAt: new Date(action.updated_at).toISOString() };
}

const updatedAtOf = async (table: 'municipal_checklists' | 'municipal_checklist_answers', checklistId: string) => {
  const query =
    table === 'municipal_checklists'
      ? db().selectFrom('municipal_checklists').select('updated_at').where('id', '=', checklistId)
      : db().selectFrom('municipal_checklist_answers').select('updated_at').where('checklist_id', '=', checklistId).where('question_ref', '=', '1.1');
  return new Date((await query.executeTakeFirstOrThrow()).updated_at).toISOString();
};

export const entries: Record<string, Rule> = {
  [`GET ${BASE}`]: { kind: 'roles', allowed: POLICY, scoped: false, call: () => ({ method: 'GET', path: BASE }) },
  [`POST ${BASE}`]: { kind: 'roles', allowed: POLICY, scoped: false, call: () => ({ method: 'POST', path: BASE, body: { year: 2015 + (++counter % 80) } }) },
  [`GET ${BASE}/:id`]: { kind: 'roles', allowed: POLICY, scoped: true, call: async (t) => ({ method: 'GET', path: `${BASE}/${await checklistOf(t)}` }) },
  [`PUT ${BASE}/:id/region`]: {
    kind: 'roles',
    allowed: POLICY,
    scoped: true,
    call: async (t) => {
      const id = await checklistOf(t);
      return { method: 'PUT', path: `${BASE}/${id}/region`, body: { regionName: '', participants: [], updatedAt: await updatedAtOf('municipal_checklists', id) } };
    },
  },
  [`PUT ${BASE}/:id/answers/:ref`]: {
    kind: 'roles',
    allowed: POLICY,
    scoped: true,
    call: async (t) => {
      const id = await checklistOf(t);
      return { method: 'PUT', path: `${BASE}/${id}/answers/1.1`, body: { answer: 'yes', updatedAt: await updatedAtOf('municipal_checklist_answers', id) } };
    },
  },
  [`GET ${BASE}/:id/answers/:ref/history`]: { kind: 'roles', allowed: POLICY, scoped: true, call: async (t) => ({ method: 'GET', path: `${BASE}/${await checklistOf(t)}/answers/1.1/history` }) },
  [`GET ${BASE}/:id/action-plan`]: { kind: 'roles', allowed: POLICY, scoped: true, call: async (t) => ({ method: 'GET', path: `${BASE}/${await checklistOf(t)}/action-plan` }) },
  [`POST ${BASE}/:id/actions`]: {
    kind: 'roles',
    allowed: POLICY,
    scoped: true,
    call: async (t) => ({ method: 'POST', path: `${BASE}/${await checklistOf(t)}/actions`, body: { questionRef: '4.3', title: `Eigen actie ${++counter}`, ownerName: 'Beleid' } }),
  },
  [`PUT ${BASE}/:id/actions/:actionId`]: {
    kind: 'roles',
    allowed: POLICY,
    scoped: true,
    call: async (t) => {
      const a = await seedAction(t);
      return { method: 'PUT', path: `${BASE}/${a.checklistId}/actions/${a.actionId}`, body: { ownerName: 'Beleid', status: 'inProgress', updatedAt: a.updatedAt } };
    },
  },
  [`GET ${BASE}/:id/actions/:actionId/history`]: {
    kind: 'roles',
    allowed: POLICY,
    scoped: true,
    call: async (t) => {
      const a = await seedAction(t);
      return { method: 'GET', path: `${BASE}/${a.checklistId}/actions/${a.actionId}/history` };
    },
  },
  [`GET ${BASE}/:id/pdf`]: { kind: 'roles', allowed: POLICY, scoped: true, call: async (t) => ({ method: 'GET', path: `${BASE}/${await checklistOf(t)}/pdf` }) },
};
