// Matrix rows for inspection rounds (modules/inspection/inspection.routes.ts).
// Only the inspector (capability inspection.conduct) may call them; a round is
// its organisation's own, so another organisation's inspector gets 404. The
// records a call needs are made first through the services by an inspector of
// the target's organisation. Reads and changes are audited (checked in
// test/inspection.int.test.ts); they have no youth to count against here.
import type { Actor } from '../../server/src/platform/authz/actor.js';
import { addProvider, createRound } from '../../server/src/modules/inspection/rounds.service.js';
import { recordJudgments } from '../../server/src/modules/inspection/judgments.service.js';
import { judgmentsInput, providerInput, roundInput } from '../../server/src/modules/inspection/inspection.schemas.js';
import { matrixContext, type Rule, type Target } from './types.js';

const INSPECTOR = ['inspector'] as const;
let counter = 0;

/** An inspector of the target's organisation (the lead's account stands in for the person). */
const inspectorOf = (t: Target): Actor => ({
  userId: t.leadId,
  organisationId: t.organisationId,
  organisationKind: 'inspectorate',
  roles: ['inspector'],
  sessionId: 'matrix',
  ip: null,
  userAgent: null,
});

const round = (t: Target) => createRound(matrixContext.platform, inspectorOf(t), roundInput.parse({ title: `Ronde ${++counter}`, kind: 'regular' }));

/** A round with one open-care provider that has a judgment on 1.1.1. */
async function judged(t: Target) {
  const r = await round(t);
  const provider = await addProvider(matrixContext.platform, inspectorOf(t), r.id, providerInput.parse({ name: `Aanbieder ${++counter}`, careKind: 'open' }));
  const result = await recordJudgments(
    matrixContext.platform,
    inspectorOf(t),
    r.id,
    provider.id,
    judgmentsInput.parse({ judgments: [{ ref: '1.1.1', judgment: 'sufficient', findings: '', updatedAt: null }] }),
  );
  return { round: r, provider, judgment: result.judgments[0]! };
}

const rule = (scoped: boolean, call: Extract<Rule, { kind: 'roles' }>['call']): Rule => ({ kind: 'roles', allowed: [...INSPECTOR], scoped, call });

export const entries: Record<string, Rule> = {
  'GET /api/inspection/rounds': rule(false, () => ({ method: 'GET', path: '/api/inspection/rounds' })),
  'POST /api/inspection/rounds': rule(false, () => ({ method: 'POST', path: '/api/inspection/rounds', body: { title: `Nieuwe ronde ${++counter}`, kind: 'thematic' } })),
  'GET /api/inspection/rounds/:id': rule(true, async (t) => ({ method: 'GET', path: `/api/inspection/rounds/${(await round(t)).id}` })),
  'PUT /api/inspection/rounds/:id': rule(true, async (t) => {
    const r = await round(t);
    return { method: 'PUT', path: `/api/inspection/rounds/${r.id}`, body: { title: r.title, kind: r.kind, status: 'closed', updatedAt: r.updatedAt } };
  }),
  'POST /api/inspection/rounds/:id/providers': rule(true, async (t) => ({
    method: 'POST',
    path: `/api/inspection/rounds/${(await round(t)).id}/providers`,
    body: { name: `Aanbieder ${++counter}`, careKind: 'secured' },
  })),
  'GET /api/inspection/rounds/:id/providers/:providerId': rule(true, async (t) => {
    const { round: r, provider } = await judged(t);
    return { method: 'GET', path: `/api/inspection/rounds/${r.id}/providers/${provider.id}` };
  }),
  'PUT /api/inspection/rounds/:id/providers/:providerId': rule(true, async (t) => {
    const { round: r, provider } = await judged(t);
    return { method: 'PUT', path: `/api/inspection/rounds/${r.id}/providers/${provider.id}`, body: { name: provider.name, careKind: 'both', updatedAt: provider.updatedAt } };
  }),
  'PUT /api/inspection/rounds/:id/providers/:providerId/judgments': rule(true, async (t) => {
    const { round: r, provider, judgment } = await judged(t);
    return {
      method: 'PUT',
      path: `/api/inspection/rounds/${r.id}/providers/${provider.id}/judgments`,
      body: {
        judgments: [
          { ref: '1.1.1', judgment: 'insufficient', findings: 'Sluit niet aan.', updatedAt: judgment.updatedAt },
          { ref: '2.1.1', judgment: 'sufficient', findings: '', updatedAt: null },
        ],
      },
    };
  }),
  'PUT /api/inspection/rounds/:id/providers/:providerId/judgments/:ref': rule(true, async (t) => {
    const { round: r, provider, judgment } = await judged(t);
    return {
      method: 'PUT',
      path: `/api/inspection/rounds/${r.id}/providers/${provider.id}/judgments/1.1.1`,
      body: { judgment: 'notAssessed', findings: '', updatedAt: judgment.updatedAt },
    };
  }),
  'GET /api/inspection/rounds/:id/providers/:providerId/history': rule(true, async (t) => {
    const { round: r, provider } = await judged(t);
    return { method: 'GET', path: `/api/inspection/rounds/${r.id}/providers/${provider.id}/history` };
  }),
  'GET /api/inspection/rounds/:id/figures': rule(true, async (t) => ({ method: 'GET', path: `/api/inspection/rounds/${(await judged(t)).round.id}/figures` })),
  'GET /api/inspection/rounds/:id/figures/export': rule(true, async (t) => ({
    method: 'GET',
    path: `/api/inspection/rounds/${(await judged(t)).round.id}/figures/export?figure=themes`,
  })),
};
