// Words for the codes the API speaks: access routes, roles, options, audit
// actions. Shared by every feature; catalog.test.ts checks each code has one.
import type { TFunction } from 'i18next';
import { RECORD_KINDS, RECORD_VERBS } from '../../../server/src/platform/audit/actions';

export function accessLabel(t: TFunction, via: string): string {
  return t(`access.${via}` as 'access.caseTeam', { defaultValue: via });
}

export function roleLabel(t: TFunction, role: string): string {
  return t(`roles.${role}` as 'roles.caseWorker', { defaultValue: role });
}

export function rolesLabel(t: TFunction, roles: readonly string[]): string {
  return roles.map((r) => roleLabel(t, r)).join(', ');
}

/**
 * Audit actions are dotted codes ("youth.read"); the catalog keys use an
 * underscore. Record actions ("signal.created") are named from the record kind.
 */
export function auditActionLabel(t: TFunction, action: string): string {
  const [kind, verb] = action.split('.');
  if (kind && verb && (RECORD_KINDS as readonly string[]).includes(kind) && (RECORD_VERBS as readonly string[]).includes(verb)) {
    return t(`recordVerbs.${verb}` as 'recordVerbs.created', {
      one: t(`recordKinds.${kind}.one` as 'recordKinds.signal.one'),
      other: t(`recordKinds.${kind}.other` as 'recordKinds.signal.other'),
    });
  }
  return t(`auditActions.${action.replaceAll('.', '_')}` as 'auditActions.youth_read', { defaultValue: action });
}

/** The purpose of a read: the access route, or the reason given for break-the-glass. */
export function purposeLabel(t: TFunction, purpose: string | null): string {
  if (!purpose) return '—';
  return ['caseTeam', 'designatedOfficer', 'breakGlass'].includes(purpose) ? accessLabel(t, purpose) : purpose;
}

type OptionGroup = 'genders' | 'livingSituations' | 'legalFrameworks' | 'lvbIndications' | 'journalCategories';

export function optionLabel(t: TFunction, group: OptionGroup, value: string): string {
  return t(`${group}.${value}` as 'genders.female', { defaultValue: value });
}

export function optionList(t: TFunction, group: OptionGroup, values: readonly string[]): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: optionLabel(t, group, value) }));
}
