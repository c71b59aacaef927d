/// <reference types="vite/client" />
// The authorisation matrix: every API route × every role × own/other
// organisation × in/out of the case team, asserting allow or deny, and an audit
// event for every allowed read of case data. A route without an entry in
// `matrix` fails the first test: adding a route means deciding who may use it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { Secret } from 'otpauth';
import { ROLES, type Role } from '../server/src/platform/authz/roles.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { createSession } from '../server/src/platform/auth/sessions.js';
import { seedOrganisation, seedUser, seedYouth } from '../server/src/platform/db/seed.js';
import { startHarness, type Harness } from './harness.js';
import type { Platform } from '../server/src/platform/http/app-types.js';
import { loadContent } from '../server/src/platform/content/content.js';
import type { RecordKind } from '../server/src/modules/caseFiles/records/recordKind.js';
import { createRecord } from '../server/src/modules/caseFiles/records/records.service.js';
import { RECORD_KIND_DEFINITIONS, RECORD_KIND_LIST } from '../server/src/modules/caseFiles/records/kinds/index.js';
import { ApiClient } from './client.js';
import { CASE_ROLES, CREATE_ROLES, leadActor, matrixContext, type Call, type Rule, type Scope, type Target } from './matrix/types.js';

const youthBody = {
  firstName: 'Test',
  lastName: 'Persoon',
  dateOfBirth: '2010-01-01',
  gender: 'unknown',
  livingSituation: 'atHome',
  legalFramework: 'voluntary',
  lvbIndication: 'unknown',
};

let emailCounter = 0;

const matrix: Record<string, Rule> = {
  'GET /api/health': { kind: 'public' },
  'GET /api/openapi.json': { kind: 'public' },
  'GET /api/csrf': { kind: 'public' },
  'GET /api/session': { kind: 'public' },
  'POST /api/auth/login': { kind: 'public' },
  'POST /api/setup': { kind: 'public' },
  'POST /api/auth/activate': { kind: 'public' },
  'GET /api/auth/oidc/organisations': { kind: 'public' },
  'GET /api/auth/oidc/start': { kind: 'public' },
  'GET /api/auth/oidc/callback': { kind: 'public' },
  'POST /api/auth/mfa/enrolment': { kind: 'pendingMfa' },
  'POST /api/auth/mfa/enrolment/confirm': { kind: 'pendingMfa' },
  'POST /api/auth/mfa/verify': { kind: 'pendingMfa' },
  'POST /api/auth/logout': { kind: 'pendingMfa' },

  'GET /api/sessions': { kind: 'anySignedIn', scoped: false, call: () => ({ method: 'GET', path: '/api/sessions' }) },
  'POST /api/sessions/revoke-others': { kind: 'anySignedIn', scoped: false, call: () => ({ method: 'POST', path: '/api/sessions/revoke-others' }) },
  'DELETE /api/sessions/:id': { kind: 'anySignedIn', scoped: true, call: (t) => ({ method: 'DELETE', path: `/api/sessions/${t.sessionId}` }) },

  'GET /api/admin/users': { kind: 'roles', allowed: ['orgAdmin'], scoped: false, call: () => ({ method: 'GET', path: '/api/admin/users' }) },
  'POST /api/admin/users': {
    kind: 'roles',
    allowed: ['orgAdmin'],
    scoped: false,
    call: () => ({ method: 'POST', path: '/api/admin/users', body: { email: `nieuw${++emailCounter}@example.org`, displayName: 'Nieuw', roles: [] } }),
  },
  'PATCH /api/admin/users/:id': {
    kind: 'roles',
    allowed: ['orgAdmin'],
    scoped: true,
    call: (t) => ({ method: 'PATCH', path: `/api/admin/users/${t.userId}`, body: { displayName: 'Andere Naam' } }),
  },
  'POST /api/admin/users/:id/deactivate': {
    kind: 'roles',
    allowed: ['orgAdmin'],
    scoped: true,
    call: (t) => ({ method: 'POST', path: `/api/admin/users/${t.userId}/deactivate` }),
  },
  'POST /api/admin/users/:id/reactivate': {
    kind: 'roles',
    allowed: ['orgAdmin'],
    scoped: true,
    call: (t) => ({ method: 'POST', path: `/api/admin/users/${t.userId}/reactivate` }),
  },
  'POST /api/admin/users/:id/reset-access': {
    kind: 'roles',
    allowed: ['orgAdmin'],
    scoped: true,
    call: (t) => ({ method: 'POST', path: `/api/admin/users/${t.userId}/reset-access` }),
  },
  'GET /api/admin/teams': { kind: 'roles', allowed: ['orgAdmin'], scoped: false, call: () => ({ method: 'GET', path: '/api/admin/teams' }) },
  'POST /api/admin/teams': {
    kind: 'roles',
    allowed: ['orgAdmin'],
    scoped: false,
    call: () => ({ method: 'POST', path: '/api/admin/teams', body: { name: `Team ${++emailCounter}` } }),
  },
  'GET /api/admin/oidc': { kind: 'roles', allowed: ['orgAdmin'], scoped: false, call: () => ({ method: 'GET', path: '/api/admin/oidc' }) },
  'PUT /api/admin/oidc': {
    kind: 'roles',
    allowed: ['orgAdmin'],
    scoped: false,
    call: () => ({ method: 'PUT', path: '/api/admin/oidc', body: { issuer: 'https://idp.example.org', clientId: 'baken', clientSecret: 's3cret' } }),
  },
  'GET /api/audit-events': {
    kind: 'roles',
    allowed: ['designatedOfficer', 'orgAdmin'],
    scoped: false,
    call: () => ({ method: 'GET', path: '/api/audit-events' }),
  },

  'GET /api/youths': {
    kind: 'roles',
    allowed: CASE_ROLES,
    scoped: false,
    call: () => ({ method: 'GET', path: '/api/youths' }),
  },
  'GET /api/youths/break-glass-search': {
    kind: 'roles',
    allowed: CASE_ROLES,
    scoped: false,
    call: () => ({ method: 'GET', path: '/api/youths/break-glass-search?q=test&dateOfBirth=2010-01-01' }),
  },
  'POST /api/youths': { kind: 'roles', allowed: CREATE_ROLES, scoped: false, call: () => ({ method: 'POST', path: '/api/youths', body: youthBody }) },
  'GET /api/break-glass': {
    kind: 'roles',
    allowed: ['designatedOfficer'],
    scoped: false,
    call: () => ({ method: 'GET', path: '/api/break-glass' }),
  },
  'POST /api/break-glass/:id/review': {
    kind: 'roles',
    allowed: ['designatedOfficer'],
    scoped: true,
    call: (t) => ({ method: 'POST', path: `/api/break-glass/${t.grantId}/review`, body: { verdict: 'justified' } }),
  },

  'GET /api/youths/:id': {
    kind: 'caseFile',
    inTeam: CASE_ROLES,
    outOfTeam: ['designatedOfficer'],
    auditedRead: 'youth.read',
    call: (t) => ({ method: 'GET', path: `/api/youths/${t.youthId}` }),
  },
  'PUT /api/youths/:id': {
    kind: 'caseFile',
    inTeam: CASE_ROLES,
    outOfTeam: ['designatedOfficer'],
    call: (t) => ({ method: 'PUT', path: `/api/youths/${t.youthId}`, body: youthBody }),
  },
  'GET /api/youths/:id/team': {
    kind: 'caseFile',
    inTeam: CASE_ROLES,
    outOfTeam: ['designatedOfficer'],
    auditedRead: 'caseTeam.read',
    call: (t) => ({ method: 'GET', path: `/api/youths/${t.youthId}/team` }),
  },
  'GET /api/youths/:id/team/candidates': {
    kind: 'caseFile',
    inTeam: CASE_ROLES,
    outOfTeam: ['designatedOfficer'],
    auditedRead: 'caseTeam.read',
    call: (t) => ({ method: 'GET', path: `/api/youths/${t.youthId}/team/candidates` }),
  },
  'POST /api/youths/:id/team': {
    kind: 'caseFile',
    inTeam: CASE_ROLES,
    outOfTeam: ['designatedOfficer'],
    call: (t) => ({ method: 'POST', path: `/api/youths/${t.youthId}/team`, body: { userId: t.candidateId } }),
  },
  'DELETE /api/youths/:id/team/:userId': {
    kind: 'caseFile',
    inTeam: CASE_ROLES,
    outOfTeam: ['designatedOfficer'],
    call: (t) => ({ method: 'DELETE', path: `/api/youths/${t.youthId}/team/${t.otherMemberId}` }),
  },
  'GET /api/youths/:id/journal': {
    kind: 'caseFile',
    inTeam: CASE_ROLES,
    outOfTeam: ['designatedOfficer'],
    auditedRead: 'journal.read',
    call: (t) => ({ method: 'GET', path: `/api/youths/${t.youthId}/journal` }),
  },
  'POST /api/youths/:id/journal': {
    kind: 'caseFile',
    inTeam: CASE_ROLES,
    outOfTeam: ['designatedOfficer'],
    call: (t) => ({ method: 'POST', path: `/api/youths/${t.youthId}/journal`, body: { category: 'other', occurredOn: '2026-01-01', body: 'Notitie' } }),
  },
  'GET /api/youths/:id/access-log': {
    kind: 'caseFile',
    inTeam: CASE_ROLES,
    outOfTeam: ['designatedOfficer'],
    auditedRead: 'accessLog.read',
    call: (t) => ({ method: 'GET', path: `/api/youths/${t.youthId}/access-log` }),
  },
  'POST /api/youths/:id/break-glass': {
    kind: 'caseFile',
    // Only someone with a case role who cannot open the file yet may break the glass.
    inTeam: [],
    outOfTeam: ['caseWorker', 'leadProfessional', 'safetyOfficer'],
    refusedStatus: 409,
    call: (t) => ({ method: 'POST', path: `/api/youths/${t.youthId}/break-glass`, body: { reason: 'Spoed: de jongere is vermist sinds vanavond.' } }),
  },
};

// Every kind of case record gets the same routes from records.routes.ts, so its
// decisions are generated here from the kinds: reading needs read access to the
// file, writing needs write access (never through break-the-glass), signing off
// needs a lead professional on the case team. Records the calls need are made
// first through the service itself, as the file's lead professional.
let platform: Platform;

const parsed = (kind: RecordKind, body: unknown) => kind.input.parse(body) as Record<string, unknown>;

async function seedRecord(kind: RecordKind, t: Target) {
  const example = { ...(kind.example as Record<string, unknown>) };
  if (kind.name === 'goalProgress') {
    const goal = await createRecord(platform, leadActor(t), t.youthId, RECORD_KIND_DEFINITIONS.careGoal, parsed(RECORD_KIND_DEFINITIONS.careGoal, RECORD_KIND_DEFINITIONS.careGoal.example));
    example.goalId = goal.id;
  }
  // Through the kind's schema, as a request would be, so defaults apply.
  const record = await createRecord(platform, leadActor(t), t.youthId, kind, parsed(kind, example));
  return { record, example };
}

async function exampleBody(kind: RecordKind, t: Target) {
  if (kind.name !== 'goalProgress') return kind.example;
  const goal = await createRecord(platform, leadActor(t), t.youthId, RECORD_KIND_DEFINITIONS.careGoal, parsed(RECORD_KIND_DEFINITIONS.careGoal, RECORD_KIND_DEFINITIONS.careGoal.example));
  return { ...(kind.example as Record<string, unknown>), goalId: goal.id };
}

const READ: Pick<Extract<Rule, { kind: 'caseFile' }>, 'inTeam' | 'outOfTeam'> = { inTeam: CASE_ROLES, outOfTeam: ['designatedOfficer'] };
const WRITE = READ;
for (const kind of RECORD_KIND_LIST) {
  const base = `/api/youths/:id/${kind.path}`;
  const path = (t: Target) => `/api/youths/${t.youthId}/${kind.path}`;
  if (kind.singleton) {
    matrix[`GET ${base}`] = { kind: 'caseFile', ...READ, auditedRead: `${kind.name}.listed`, call: (t) => ({ method: 'GET', path: path(t) }) };
    matrix[`PUT ${base}`] = { kind: 'caseFile', ...WRITE, call: (t) => ({ method: 'PUT', path: path(t), body: { ...(kind.example as object), updatedAt: null } }) };
    continue;
  }
  matrix[`GET ${base}`] = { kind: 'caseFile', ...READ, auditedRead: `${kind.name}.listed`, call: (t) => ({ method: 'GET', path: path(t) }) };
  matrix[`POST ${base}`] = { kind: 'caseFile', ...WRITE, call: async (t) => ({ method: 'POST', path: path(t), body: await exampleBody(kind, t) }) };
  matrix[`PUT ${base}/:recordId`] = {
    kind: 'caseFile',
    ...WRITE,
    call: async (t) => {
      const { record, example } = await seedRecord(kind, t);
      return { method: 'PUT', path: `${path(t)}/${record.id}`, body: { ...example, updatedAt: record.updatedAt } };
    },
  };
  if (kind.signOff) {
    matrix[`POST ${base}/:recordId/sign-off`] = {
      kind: 'caseFile',
      inTeam: ['leadProfessional'],
      outOfTeam: [],
      call: async (t) => {
        const { record } = await seedRecord(kind, t);
        return { method: 'POST', path: `${path(t)}/${record.id}/sign-off`, body: { updatedAt: record.updatedAt } };
      },
    };
  }
}
matrix['GET /api/youths/:id/history/:recordId'] = {
  kind: 'caseFile',
  ...READ,
  auditedRead: 'recordHistory.read',
  call: async (t) => {
    const { record } = await seedRecord(RECORD_KIND_DEFINITIONS.signal, t);
    return { method: 'GET', path: `/api/youths/${t.youthId}/history/${record.id}` };
  },
};
// Rows that modules add for their own routes (test/matrix/*.ts).
for (const module of Object.values(import.meta.glob<{ entries: Record<string, Rule> }>('./matrix/*.ts', { eager: true }))) {
  if (module.entries) Object.assign(matrix, module.entries);
}
matrix['GET /api/content/:pack'] = { kind: 'anySignedIn', scoped: false, call: () => ({ method: 'GET', path: '/api/content/signalList' }) };

describe('authorisation matrix', () => {
  let h: Harness;
  let orgA: string;
  let orgB: string;
  let secrets: SecretBox;
  let passwordHash: string;
  const clients = new Map<Role, { client: ApiClient; userId: string }>();
  let lead: string;
  let spareA: string;
  let spareB: string;
  let leadB: string;

  beforeAll(async () => {
    h = await startHarness();
    secrets = new SecretBox(h.secretKey);
    platform = { database: h.database, config: h.config, secrets, content: loadContent() };
    matrixContext.platform = platform;
    passwordHash = await hashPassword('matrix wachtwoord 123');
    orgA = await seedOrganisation(h.database, { name: 'A', slug: 'a', kind: 'provider' });
    orgB = await seedOrganisation(h.database, { name: 'B', slug: 'b', kind: 'provider' });
    const mk = (organisationId: string, email: string, roles: Role[], totpSecret?: string) =>
      seedUser(h.database, secrets, { organisationId, email, displayName: email, roles, password: '', passwordHash, totpSecret });
    lead = await mk(orgA, 'lead@a.org', ['leadProfessional']);
    spareA = await mk(orgA, 'spare@a.org', ['caseWorker']);
    leadB = await mk(orgB, 'lead@b.org', ['leadProfessional']);
    spareB = await mk(orgB, 'spare@b.org', ['caseWorker']);
    for (const role of ROLES) {
      const totpSecret = new Secret({ size: 20 }).base32;
      const email = `${role.toLowerCase()}@a.org`;
      const userId = await mk(orgA, email, [role], totpSecret);
      const client = new ApiClient(h.baseUrl);
      await client.signIn(email, 'matrix wachtwoord 123', totpSecret);
      clients.set(role, { client, userId });
    }
  }, 120_000);
  afterAll(() => h.close());

  it('has a decision for every API route', () => {
    const declared = new Set(Object.keys(matrix));
    const actual = h.routes.map((r) => `${r.method} ${r.url}`);
    const undecided = actual.filter((key) => !declared.has(key));
    expect(undecided, 'routes without an entry in the authorisation matrix').toEqual([]);
    const stale = [...declared].filter((key) => !actual.includes(key));
    expect(stale, 'matrix entries for routes that no longer exist').toEqual([]);
    for (const route of h.routes) {
      const rule = matrix[`${route.method} ${route.url}`]!;
      const expectedAuth = rule.kind === 'public' ? 'public' : rule.kind === 'pendingMfa' ? 'pendingMfa' : 'signedIn';
      expect(`${route.method} ${route.url}: ${route.auth}`).toBe(`${route.method} ${route.url}: ${expectedAuth}`);
    }
  });

  it('refuses every non-public route without a session', async () => {
    const anon = new ApiClient(h.baseUrl);
    for (const route of h.routes.filter((r) => r.auth !== 'public')) {
      const path = route.url.replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');
      const r = await anon.request(route.method, path, route.method === 'GET' ? undefined : {});
      expect(`${route.method} ${route.url} → ${r.status}`).toBe(`${route.method} ${route.url} → 401`);
    }
  });

  async function freshTarget(role: Role, scope: Scope): Promise<Target> {
    const me = clients.get(role)!.userId;
    const other = scope === 'otherOrganisation';
    const organisationId = other ? orgB : orgA;
    const leadId = other ? leadB : lead;
    const spare = other ? spareB : spareA;
    const youthId = await seedYouth(h.database, {
      organisationId,
      firstName: 'Test',
      lastName: 'Persoon',
      dateOfBirth: '2010-01-01',
      caseTeam: scope === 'inTeam' ? [{ userId: me }, { userId: leadId, teamRole: 'lead' }] : [{ userId: leadId, teamRole: 'lead' }, { userId: spare }],
    });
    const otherMemberId = scope === 'inTeam' ? leadId : spare;
    const candidate = await seedUser(h.database, secrets, {
      organisationId,
      email: `kandidaat${++emailCounter}@x.org`,
      displayName: 'Kandidaat',
      roles: ['caseWorker'],
      password: '',
      passwordHash,
    });
    const grant = await h.database.unsafeSystemQuery
      .insertInto('break_glass_grants')
      .values({ organisation_id: organisationId, youth_id: youthId, user_id: leadId, reason: 'matrix', expires_at: sql<Date>`now()` })
      .returning('id')
      .executeTakeFirstOrThrow();
    // A second session of the acting user (own organisation) or of someone in the other one.
    const sessionOwner = other ? spareB : me;
    const sessionToken = await h.database.unsafeSystemTransaction((tx) =>
      createSession(tx, { userId: sessionOwner, organisationId, authMethod: 'password', ip: null, userAgent: null }, 1),
    );
    const session = await h.database.unsafeSystemQuery
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', sessionOwner)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    void sessionToken;
    return { youthId, organisationId, leadId, otherMemberId, candidateId: candidate, userId: candidate, grantId: grant.id, sessionId: session.id };
  }

  function expectedStatus(rule: Rule, role: Role, scope: Scope): 'allow' | number {
    if (rule.kind === 'anySignedIn') return scope === 'otherOrganisation' && rule.scoped ? 404 : 'allow';
    if (rule.kind === 'roles') {
      if (!rule.allowed.includes(role)) return 403;
      return scope === 'otherOrganisation' && rule.scoped ? 404 : 'allow';
    }
    if (rule.kind === 'caseFile') {
      if (scope === 'otherOrganisation') return 404;
      const allowed = scope === 'inTeam' ? rule.inTeam : rule.outOfTeam;
      if (allowed.includes(role)) return 'allow';
      if (!CASE_ROLES.includes(role)) return 403;
      return rule.refusedStatus ?? 403;
    }
    throw new Error('not a signed-in rule');
  }

  const cells = Object.entries(matrix).filter(([, rule]) => rule.kind !== 'public' && rule.kind !== 'pendingMfa');

  for (const [key, rule] of cells) {
    it(`${key}: allow or deny for every role, organisation and case-team membership`, async () => {
      const scopes: Scope[] =
        rule.kind === 'caseFile' ? ['inTeam', 'outOfTeam', 'otherOrganisation'] : 'scoped' in rule && rule.scoped ? ['inTeam', 'otherOrganisation'] : ['inTeam'];
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const role of ROLES) {
        for (const scope of scopes) {
          const target = await freshTarget(role, scope);
          const call = await (rule as Extract<Rule, { call: unknown }>).call(target);
          const { client, userId } = clients.get(role)!;
          const auditedRead = 'auditedRead' in rule ? rule.auditedRead : undefined;
          const before = auditedRead ? await countReads(userId, target.youthId, auditedRead) : 0;
          const r = await client.request(call.method, call.path, call.body);
          const want = expectedStatus(rule, role, scope);
          const got = r.status >= 200 && r.status < 300 ? 'allow' : r.status;
          outcomes.push(`${role}/${scope}: ${got}`);
          expected.push(`${role}/${scope}: ${want}`);
          if (got === 'allow' && auditedRead) {
            const after = await countReads(userId, target.youthId, auditedRead);
            expect(after, `${key} ${role}/${scope} wrote no ${auditedRead} audit event`).toBe(before + 1);
          }
          if (got !== 'allow') expect(Object.keys(r.body as object).sort()).toEqual(['code', 'message']);
        }
      }
      expect(outcomes).toEqual(expected);
    });
  }

  it('never lists a youth of another organisation', async () => {
    const target = await freshTarget('designatedOfficer', 'otherOrganisation');
    for (const role of CASE_ROLES) {
      const list = await clients.get(role)!.client.get('/api/youths');
      expect(list.body.map((y: { id: string }) => y.id)).not.toContain(target.youthId);
    }
  });

  async function countReads(userId: string, youthId: string, action: string): Promise<number> {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events
      WHERE actor_user_id = ${userId} AND youth_id = ${youthId} AND action = ${action}`.execute(h.database.unsafeSystemQuery);
    return rows[0]!.n;
  }
});
