// Matrix rows for improvement plans, good practices, the printed inspection
// reports and the provider's own view (modules/inspection/improvement,
// goodPractices, reports, ownInspection). In the matrix every role works in
// the target's organisation: the inspector's rows get a round owned by that
// organisation; the provider's rows a round of a separate inspectorate with
// the target's organisation linked as the provider. Another organisation's
// target gives 404 for the scoped rows.
import type { Role } from '../../server/src/platform/authz/roles.js';
import { matrixContext, type Rule, type Target } from './types.js';
import '../../server/src/modules/inspection/improvement/improvement.tables.js';
import '../../server/src/modules/inspection/inspection.tables.js';

const INSPECTOR: Role[] = ['inspector'];
/** quality.read */
const READERS: Role[] = ['designatedOfficer', 'qualityOfficer', 'orgAdmin'];
/** quality.manage */
const MANAGERS: Role[] = ['qualityOfficer'];

let counter = 0;
let inspectorate: Promise<string> | null = null;
const db = () => matrixContext.platform.database.unsafeSystemQuery;

function separateInspectorate(): Promise<string> {
  inspectorate ??= db()
    .insertInto('organisations')
    .values({ name: 'Matrix inspectie', slug: `matrix-inspectie-${Date.now()}`, kind: 'inspectorate', is_demo: false })
    .returning('id')
    .executeTakeFirstOrThrow()
    .then((r) => r.id);
  return inspectorate;
}

/** A round owned by `owner` with one provider (linked to `linked` when given), a point, an action and a good practice. */
async function seedPlan(owner: string, linked: string | null) {
  const n = ++counter;
  const round = await db()
    .insertInto('inspection_rounds')
    .values({ organisation_id: owner, title: `Ronde ${n}`, kind: 'regular', framework_version: matrixContext.platform.content.inspectionFramework.version })
    .returning('id')
    .executeTakeFirstOrThrow();
  const provider = await db()
    .insertInto('inspection_round_providers')
    .values({ organisation_id: owner, round_id: round.id, name: `Aanbieder ${n}`, care_kind: 'secured', provider_organisation_id: linked })
    .returning('id')
    .executeTakeFirstOrThrow();
  const base = { organisation_id: owner, round_id: round.id, round_provider_id: provider.id };
  const point = await db()
    .insertInto('improvement_points')
    .values({ ...base, expectation_refs: JSON.stringify(['5.2.1']), description: 'Meer geregistreerde medewerkers', created_by_name: 'Inspecteur', updated_by_name: 'Inspecteur' })
    .returning(['id', 'updated_at'])
    .executeTakeFirstOrThrow();
  const action = await db()
    .insertInto('improvement_actions')
    .values({ ...base, point_id: point.id, what: 'Vacature', owner_name: 'Teamleider', due_on: '2030-01-01', status: 'open', created_by_name: 'x', updated_by_name: 'x' })
    .returning(['id', 'updated_at'])
    .executeTakeFirstOrThrow();
  const practice = await db()
    .insertInto('good_practices')
    .values({ ...base, title: 'Yoga', description: 'Ochtendles', created_by_name: 'Inspecteur', updated_by_name: 'Inspecteur' })
    .returning(['id', 'updated_at'])
    .executeTakeFirstOrThrow();
  const v = (d: Date | string) => new Date(d).toISOString();
  return { roundId: round.id, providerId: provider.id, pointId: point.id, pointVersion: v(point.updated_at), actionId: action.id, actionVersion: v(action.updated_at), practiceId: practice.id, practiceVersion: v(practice.updated_at) };
}

/** The inspector's rows: the round belongs to the target's organisation (an unlinked provider, so the inspector keeps its actions). */
const inspectors = (t: Target) => seedPlan(t.organisationId, null);
/** The provider's rows: a round of another inspectorate with the target's organisation linked. */
const own = async (t: Target) => seedPlan(await separateInspectorate(), t.organisationId);

const action = { what: 'Werving', ownerName: 'Teamleider', dueOn: '2030-02-01', status: 'inProgress', progressNote: '' };

export const entries: Record<string, Rule> = {
  'GET /api/inspection/rounds/:id/improvement': {
    kind: 'roles',
    allowed: INSPECTOR,
    scoped: true,
    call: async (t) => ({ method: 'GET', path: `/api/inspection/rounds/${(await inspectors(t)).roundId}/improvement` }),
  },
  'GET /api/inspection/rounds/:id/improvement/export': {
    kind: 'roles',
    allowed: INSPECTOR,
    scoped: true,
    call: async (t) => ({ method: 'GET', path: `/api/inspection/rounds/${(await inspectors(t)).roundId}/improvement/export` }),
  },
  'GET /api/inspection/rounds/:id/providers/:providerId/improvement': {
    kind: 'roles',
    allowed: INSPECTOR,
    scoped: true,
    call: async (t) => {
      const p = await inspectors(t);
      return { method: 'GET', path: `/api/inspection/rounds/${p.roundId}/providers/${p.providerId}/improvement` };
    },
  },
  'GET /api/inspection/rounds/:id/providers/:providerId/improvement/history': {
    kind: 'roles',
    allowed: INSPECTOR,
    scoped: true,
    call: async (t) => {
      const p = await inspectors(t);
      return { method: 'GET', path: `/api/inspection/rounds/${p.roundId}/providers/${p.providerId}/improvement/history` };
    },
  },
  'POST /api/inspection/rounds/:id/providers/:providerId/improvement/points': {
    kind: 'roles',
    allowed: INSPECTOR,
    scoped: true,
    call: async (t) => {
      const p = await inspectors(t);
      return { method: 'POST', path: `/api/inspection/rounds/${p.roundId}/providers/${p.providerId}/improvement/points`, body: { expectationRefs: ['5.2.2'], description: 'Scholing' } };
    },
  },
  'PUT /api/inspection/improvement/points/:id': {
    kind: 'roles',
    allowed: INSPECTOR,
    scoped: true,
    call: async (t) => {
      const p = await inspectors(t);
      return { method: 'PUT', path: `/api/inspection/improvement/points/${p.pointId}`, body: { expectationRefs: ['5.2.1'], description: 'Anders', updatedAt: p.pointVersion } };
    },
  },
  'POST /api/inspection/improvement/points/:id/actions': {
    kind: 'roles',
    allowed: INSPECTOR,
    scoped: true,
    call: async (t) => ({ method: 'POST', path: `/api/inspection/improvement/points/${(await inspectors(t)).pointId}/actions`, body: action }),
  },
  'PUT /api/inspection/improvement/actions/:id': {
    kind: 'roles',
    allowed: INSPECTOR,
    scoped: true,
    call: async (t) => {
      const p = await inspectors(t);
      return { method: 'PUT', path: `/api/inspection/improvement/actions/${p.actionId}`, body: { ...action, updatedAt: p.actionVersion } };
    },
  },
  'POST /api/inspection/improvement/actions/:id/follow-ups': {
    kind: 'roles',
    allowed: INSPECTOR,
    scoped: true,
    call: async (t) => ({ method: 'POST', path: `/api/inspection/improvement/actions/${(await inspectors(t)).actionId}/follow-ups`, body: { verdict: 'accepted', followedUpOn: '2026-01-10' } }),
  },
  'GET /api/inspection/good-practices': { kind: 'roles', allowed: INSPECTOR, scoped: false, call: () => ({ method: 'GET', path: '/api/inspection/good-practices' }) },
  'GET /api/inspection/good-practices/export': { kind: 'roles', allowed: INSPECTOR, scoped: false, call: () => ({ method: 'GET', path: '/api/inspection/good-practices/export?theme=2' }) },
  'GET /api/inspection/rounds/:id/providers/:providerId/good-practices': {
    kind: 'roles',
    allowed: INSPECTOR,
    scoped: true,
    call: async (t) => {
      const p = await inspectors(t);
      return { method: 'GET', path: `/api/inspection/rounds/${p.roundId}/providers/${p.providerId}/good-practices` };
    },
  },
  'POST /api/inspection/rounds/:id/providers/:providerId/good-practices': {
    kind: 'roles',
    allowed: INSPECTOR,
    scoped: true,
    call: async (t) => {
      const p = await inspectors(t);
      return { method: 'POST', path: `/api/inspection/rounds/${p.roundId}/providers/${p.providerId}/good-practices`, body: { title: 'Sollicitatiebrief', description: 'Bij een nieuwe fase', ref: '1' } };
    },
  },
  'PUT /api/inspection/good-practices/:id': {
    kind: 'roles',
    allowed: INSPECTOR,
    scoped: true,
    call: async (t) => {
      const p = await inspectors(t);
      return { method: 'PUT', path: `/api/inspection/good-practices/${p.practiceId}`, body: { title: 'Yoga', description: 'Elke ochtend', ref: '', updatedAt: p.practiceVersion } };
    },
  },
  'GET /api/inspection/rounds/:id/report.pdf': {
    kind: 'roles',
    allowed: INSPECTOR,
    scoped: true,
    call: async (t) => ({ method: 'GET', path: `/api/inspection/rounds/${(await inspectors(t)).roundId}/report.pdf` }),
  },
  'GET /api/inspection/rounds/:id/providers/:providerId/report.pdf': {
    kind: 'roles',
    allowed: INSPECTOR,
    scoped: true,
    call: async (t) => {
      const p = await inspectors(t);
      return { method: 'GET', path: `/api/inspection/rounds/${p.roundId}/providers/${p.providerId}/report.pdf` };
    },
  },
  'GET /api/own-inspections': { kind: 'roles', allowed: READERS, scoped: false, call: () => ({ method: 'GET', path: '/api/own-inspections' }) },
  'GET /api/own-inspections/owners': { kind: 'roles', allowed: MANAGERS, scoped: false, call: () => ({ method: 'GET', path: '/api/own-inspections/owners' }) },
  'GET /api/own-inspections/:id': {
    kind: 'roles',
    allowed: READERS,
    scoped: true,
    call: async (t) => ({ method: 'GET', path: `/api/own-inspections/${(await own(t)).providerId}` }),
  },
  'GET /api/own-inspections/:id/report.pdf': {
    kind: 'roles',
    allowed: READERS,
    scoped: true,
    call: async (t) => ({ method: 'GET', path: `/api/own-inspections/${(await own(t)).providerId}/report.pdf` }),
  },
  'POST /api/own-inspections/:id/points/:pointId/actions': {
    kind: 'roles',
    allowed: MANAGERS,
    scoped: true,
    call: async (t) => {
      const p = await own(t);
      return { method: 'POST', path: `/api/own-inspections/${p.providerId}/points/${p.pointId}/actions`, body: action };
    },
  },
  'PUT /api/own-inspections/:id/actions/:actionId': {
    kind: 'roles',
    allowed: MANAGERS,
    scoped: true,
    call: async (t) => {
      const p = await own(t);
      return { method: 'PUT', path: `/api/own-inspections/${p.providerId}/actions/${p.actionId}`, body: { ...action, updatedAt: p.actionVersion } };
    },
  },
};
