// Roles and what each may do, declared once. Policies ask for capabilities,
// never for role names, so a role change happens here and nowhere else.
export const ROLES = [
  'caseWorker',
  'leadProfessional',
  'designatedOfficer',
  'safetyOfficer',
  'qualityOfficer',
  'orgAdmin',
  'policyOfficer',
  'careCoordinator',
  'policeLiaison',
  'inspector',
] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = ['provider', 'municipality', 'police', 'regionalCoordination', 'inspectorate'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export type Capability =
  /** May be on a case team, open files of that team, and break the glass. */
  | 'caseData.access'
  | 'caseFile.create'
  /** Opens every file of the organisation without break-the-glass (designated officer). */
  | 'caseFile.readAllInOrganisation'
  | 'caseFile.signOff'
  | 'breakGlass.review'
  | 'audit.searchOrganisation'
  | 'organisation.manageUsers'
  | 'organisation.manageTeams'
  | 'organisation.manageSignIn'
  /** Decides that personal data may leave the organisation (a lead professional). */
  | 'disclosure.decide'
  /** Sees every disclosure of the organisation, across files (the register). */
  | 'disclosure.readOrganisation'
  /** Reads what providers disclosed to this organisation (a police unit), and nothing else. */
  | 'disclosure.receive'
  /** Keeps the organisation's partner directory, contact facts and covenants. */
  | 'partners.manage'
  /** Reads the organisation's partner directory, its contact facts and covenants. */
  | 'partners.read'
  /** Reports an incident of aggression, threat or pressure at work. */
  | 'incident.report'
  /** Receives every safety incident of the organisation and follows it up (the safety officer). */
  | 'incident.manage'
  /** Keeps the organisation's register of CoMensha registrations. */
  | 'comensha.readRegister'
  /** Keeps the self-assessment, the staff expertise register and the policies register (the quality officer). */
  | 'quality.manage'
  /** Reads the organisation's quality work: self-assessment, indicators (as aggregates), expertise, its inspections. */
  | 'quality.read'
  /** Reads the organisation's policies and protocols (everyone who works with the youths). */
  | 'policies.read'
  /** Conducts inspection rounds: judgments, figures, reports, improvement plans (the inspector). */
  | 'inspection.conduct'
  /** Answers the municipal checklist of its municipality or region and keeps the action plan (the policy officer). */
  | 'municipal.checklist'
  /** Searches the directory of specialised providers (municipality and care coordinator). */
  | 'providerDirectory.read'
  /** Keeps the directory of specialised providers (the regional care coordinator). */
  | 'providerDirectory.manage'
  /** Reads the anonymised figures of its municipality or region, and enters the external estimate (municipality, care coordinator). */
  | 'regionalFigures.read'
  /** Convenes case conferences (zorgtafels) and invites organisations to them (care coordinator, designated officer). */
  | 'caseConference.convene'
  /** Takes part in case conferences it is invited to: brings in cases, contributes, takes actions. */
  | 'caseConference.participate';

const capabilitiesByRole: Record<Role, readonly Capability[]> = {
  caseWorker: ['caseData.access', 'caseFile.create', 'partners.read', 'incident.report', 'policies.read', 'caseConference.participate'],
  leadProfessional: [
    'caseData.access',
    'caseFile.create',
    'caseFile.signOff',
    'disclosure.decide',
    'partners.read',
    'incident.report',
    'policies.read',
    'caseConference.participate',
  ],
  designatedOfficer: [
    'caseData.access',
    'caseFile.create',
    'caseFile.readAllInOrganisation',
    'breakGlass.review',
    'audit.searchOrganisation',
    'disclosure.decide',
    'disclosure.readOrganisation',
    'partners.manage',
    'partners.read',
    'incident.report',
    'comensha.readRegister',
    'quality.read',
    'policies.read',
    'caseConference.convene',
    'caseConference.participate',
  ],
  safetyOfficer: ['caseData.access', 'partners.read', 'incident.report', 'incident.manage', 'policies.read'],
  qualityOfficer: ['partners.read', 'incident.report', 'quality.manage', 'quality.read', 'policies.read'],
  // Manages people and access; reads no case file by virtue of this role.
  orgAdmin: ['organisation.manageUsers', 'organisation.manageTeams', 'organisation.manageSignIn', 'audit.searchOrganisation', 'partners.manage', 'partners.read', 'incident.report', 'quality.read', 'policies.read'],
  policyOfficer: ['partners.read', 'municipal.checklist', 'providerDirectory.read', 'regionalFigures.read'],
  careCoordinator: ['partners.read', 'providerDirectory.read', 'providerDirectory.manage', 'regionalFigures.read', 'caseConference.convene', 'caseConference.participate'],
  policeLiaison: ['disclosure.receive', 'caseConference.participate'],
  inspector: ['inspection.conduct'],
};

/** Which roles an organisation of each kind may hand out. */
export const rolesByOrganisationKind: Record<OrganisationKind, readonly Role[]> = {
  provider: ['caseWorker', 'leadProfessional', 'designatedOfficer', 'safetyOfficer', 'qualityOfficer', 'orgAdmin'],
  municipality: ['caseWorker', 'leadProfessional', 'designatedOfficer', 'policyOfficer', 'orgAdmin'],
  police: ['policeLiaison', 'orgAdmin'],
  regionalCoordination: ['careCoordinator', 'orgAdmin'],
  inspectorate: ['inspector', 'orgAdmin'],
};

export function hasCapability(roles: readonly string[], capability: Capability): boolean {
  return roles.some((role) => (capabilitiesByRole[role as Role] ?? []).includes(capability));
}

/** Every capability the roles grant together; the client shows and hides its menus by these. */
export function capabilitiesOf(roles: readonly string[]): Capability[] {
  return [...new Set(roles.flatMap((role) => capabilitiesByRole[role as Role] ?? []))].sort();
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
