// The catalogs name every code the API can send: a new role, option or audit
// action without Dutch (and English) words fails here, not in front of a user.
import { describe, expect, it } from 'vitest';
import { BASE_AUDIT_ACTIONS, RECORD_KINDS } from '../../../server/src/platform/audit/actions';
import { ORGANISATION_KINDS, ROLES } from '../../../server/src/platform/authz/roles';
import { GENDERS, JOURNAL_CATEGORIES, LEGAL_FRAMEWORKS, LIVING_SITUATIONS, LVB_INDICATIONS, TEAM_ROLES } from '../../../server/src/modules/caseFiles/caseFiles.options';
import { nl } from './nl';
import { en } from './en';

function leaves(catalog: object, prefix = ''): [string, unknown][] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    value && typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

describe.each([
  ['nl', nl],
  ['en', en],
] as const)('the %s catalog', (_name, catalog) => {
  it('has a label for every audit action, role, organisation kind and option', () => {
    const c = catalog as Record<string, Record<string, unknown>>;
    for (const action of BASE_AUDIT_ACTIONS) expect(c.auditActions?.[action.replaceAll('.', '_')], action).toEqual(expect.any(String));
    // Record actions are named from the kind ("Signaal toegevoegd"): every kind needs its words.
    for (const kind of RECORD_KINDS) expect((c.recordKinds as Record<string, unknown> | undefined)?.[kind], kind).toEqual({ one: expect.any(String), other: expect.any(String) });
    for (const role of ROLES) {
      expect(c.roles?.[role], role).toEqual(expect.any(String));
      expect(c.roleDescriptions?.[role], role).toEqual(expect.any(String));
    }
    for (const kind of ORGANISATION_KINDS) expect(c.organisationKinds?.[kind], kind).toEqual(expect.any(String));
    const options: [string, readonly string[]][] = [
      ['genders', GENDERS],
      ['livingSituations', LIVING_SITUATIONS],
      ['legalFrameworks', LEGAL_FRAMEWORKS],
      ['lvbIndications', LVB_INDICATIONS],
      ['journalCategories', JOURNAL_CATEGORIES],
    ];
    for (const [group, values] of options) for (const value of values) expect(c[group]?.[value], `${group}.${value}`).toEqual(expect.any(String));
    for (const role of TEAM_ROLES) expect((c.caseTeam as Record<string, unknown>)[role], role).toEqual(expect.any(String));
  });

  it('has no empty text', () => {
    for (const [key, value] of leaves(catalog)) expect(String(value).trim(), key).not.toBe('');
  });
});
