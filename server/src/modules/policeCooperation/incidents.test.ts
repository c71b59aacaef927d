import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/authz/actor.js';
import { ROLES, type Role } from '../../platform/authz/roles.js';
import { can, type IncidentAction } from './incidents.policy.js';
import { incidentFollowUpInput, incidentReportInput, suspectInput } from './incidents.schemas.js';

const actor = (...roles: Role[]): Actor => ({ userId: 'me', organisationId: 'o', organisationKind: 'provider', roles, sessionId: 's', ip: null, userAgent: null });
const STAFF: Role[] = ['caseWorker', 'leadProfessional', 'designatedOfficer', 'safetyOfficer', 'qualityOfficer', 'orgAdmin'];

describe('safety incident policy', () => {
  // The whole table, so a role or capability change shows up here as a decision to make.
  const expected: Record<Exclude<IncidentAction, 'read'>, Role[]> = {
    report: STAFF,
    list: STAFF,
    followUp: ['safetyOfficer'],
  };
  for (const [action, allowed] of Object.entries(expected) as [IncidentAction, Role[]][]) {
    it(`${action}: only ${allowed.join(', ')}`, () => {
      expect(ROLES.filter((role) => can(actor(role), action).allowed)).toEqual(allowed);
    });
  }

  it('lists the whole organisation only for the safety officer', () => {
    expect(can(actor('safetyOfficer'), 'list')).toEqual({ allowed: true, via: 'safetyOfficer' });
    expect(can(actor('caseWorker'), 'list')).toEqual({ allowed: true, via: 'reporter' });
  });

  it('lets a reporter read their own incident, and only the safety officer read anyone’s', () => {
    expect(ROLES.filter((role) => can(actor(role), 'read', { reportedBy: 'me' }).allowed)).toEqual(STAFF);
    expect(ROLES.filter((role) => can(actor(role), 'read', { reportedBy: 'someone else' }).allowed)).toEqual(['safetyOfficer']);
    expect(can(actor('caseWorker'), 'read').allowed).toBe(false);
  });

  it('refuses an action it does not know, and a user without roles', () => {
    expect(can(actor('safetyOfficer'), 'delete' as IncidentAction).allowed).toBe(false);
    expect(can(actor(), 'report').allowed).toBe(false);
  });
});

describe('safety incident input', () => {
  const base = { kind: 'threat', occurredAt: '2026-03-01T21:30', location: 'Groep Noord', description: 'Man bij de deur dreigde een collega.', policeInvolvement: 'notInformed' };

  it('fills in defaults and upper-cases a licence plate', () => {
    const parsed = incidentReportInput.parse({ ...base, suspects: [{ licencePlate: ' fx-123-b ' }] });
    expect(parsed).toMatchObject({ involved: '', policeContactRoute: null, policeContactAt: null, reportFiledBy: null, policeReference: '' });
    expect(parsed.suspects).toEqual([{ appearance: '', clothing: '', vehicle: '', licencePlate: 'FX-123-B', otherFeatures: '' }]);
  });

  it('refuses unknown kinds, a bad time, a strange plate and too many suspects', () => {
    expect(incidentReportInput.safeParse({ ...base, kind: 'burglary' }).success).toBe(false);
    expect(incidentReportInput.safeParse({ ...base, occurredAt: '2026-03-01 21:30' }).success).toBe(false);
    expect(suspectInput.safeParse({ licencePlate: 'AB/12' }).success).toBe(false);
    expect(suspectInput.safeParse({ licencePlate: 'ABCDEFGHIJKLM' }).success).toBe(false);
    expect(incidentReportInput.safeParse({ ...base, suspects: Array.from({ length: 11 }, () => ({ appearance: 'lang' })) }).success).toBe(false);
  });

  it('asks the follow-up for the version it changes', () => {
    expect(incidentFollowUpInput.safeParse({ status: 'closed', policeInvolvement: 'notInformed' }).success).toBe(false);
    expect(incidentFollowUpInput.safeParse({ updatedAt: '2026-03-01T20:30:00.000Z', status: 'closed', policeInvolvement: 'notInformed' }).success).toBe(true);
  });
});
