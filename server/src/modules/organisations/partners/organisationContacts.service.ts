// The organisation's own contact facts, for "who do I call?": its 24/7 number,
// its designated officer on exploitation and the substitute when that officer
// is away (seed 000 Uitgangspunten; seed 001 §6), with the police contacts
// from the partner directory beside them.
//
// The designated officer must hold that role. The substitute may be any active
// colleague who works with case files: in a small organisation the one
// designated officer is often stood in for by a lead professional, and the
// substitute's job here is to be reachable and informed, not to hold the
// officer's extra access (that stays with the role, given by the admin).
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { hasCapability } from '../../../platform/authz/roles.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import type { FieldMessageKey } from '../../../platform/i18n/fieldMessages.js';
import '../../disclosures/disclosures.tables.js';
import { inPartners, iso, sameVersion, userNames } from './partners.access.js';
import { partnerColumns, presentPartners } from './partners.service.js';
import type { OrganisationContactsInput, OrganisationContactsOutput } from './partners.schemas.js';

/** The kinds shown under "who do I call?" beside the organisation's own contacts. */
export const POLICE_CONTACT_KINDS = ['communityOfficer', 'traffickingTeam', 'missingPersonsContact'] as const;

interface Colleague {
  id: string;
  display_name: string;
  email: string;
  active: boolean;
  roles: string[];
}

async function colleagues(tx: Tx, actor: Actor, ids?: string[]): Promise<Colleague[]> {
  let query = tx
    .selectFrom('users as u')
    .select([
      'u.id',
      'u.display_name',
      'u.email',
      'u.active',
      sql<string[]>`coalesce((SELECT array_agg(r.role) FROM user_roles r WHERE r.user_id = u.id), '{}')`.as('roles'),
    ])
    .where('u.organisation_id', '=', actor.organisationId);
  if (ids) {
    if (ids.length === 0) return [];
    query = query.where('u.id', 'in', ids);
  } else query = query.where('u.active', '=', true);
  return query.orderBy('u.display_name').orderBy('u.id').execute();
}

const isOfficer = (c: Colleague) => c.active && c.roles.includes('designatedOfficer');
const isSubstitute = (c: Colleague) => c.active && hasCapability(c.roles, 'caseData.access');

async function read(tx: Tx, actor: Actor): Promise<OrganisationContactsOutput> {
  const row = await tx.selectFrom('organisation_contacts').selectAll().where('organisation_id', '=', actor.organisationId).executeTakeFirst();
  const people = await colleagues(tx, actor, [row?.designated_officer_id, row?.substitute_officer_id].filter((id): id is string => !!id));
  const person = (id: string | null | undefined) => {
    const c = people.find((p) => p.id === id);
    return c ? { id: c.id, displayName: c.display_name, email: c.email, active: c.active } : null;
  };
  const police = await partnerColumns(tx)
    .where('p.organisation_id', '=', actor.organisationId)
    .where('p.active', '=', true)
    .where('p.kind', 'in', [...POLICE_CONTACT_KINDS])
    .orderBy(sql`array_position(${sql.val([...POLICE_CONTACT_KINDS])}::text[], p.kind)`)
    .orderBy('p.name')
    .limit(100)
    .execute();
  const names = row?.updated_by ? await userNames(tx, [row.updated_by]) : new Map<string, string>();
  return {
    phone247: row?.phone_24_7 ?? null,
    designatedOfficer: person(row?.designated_officer_id),
    substitute: person(row?.substitute_officer_id),
    updatedAt: row ? iso(row.updated_at) : null,
    updatedByName: row?.updated_by ? (names.get(row.updated_by) ?? null) : null,
    policeContacts: await presentPartners(tx, police),
  };
}

export function readOrganisationContacts(platform: Platform, actor: Actor): Promise<OrganisationContactsOutput> {
  return inPartners(platform, actor, 'read', 'organisationContacts.read', async (tx) => {
    const contacts = await read(tx, actor);
    await recordAudit(tx, actor, { action: 'organisationContacts.read', recordType: 'organisationContacts', details: { policeContacts: contacts.policeContacts.length } });
    return contacts;
  });
}

/** Who may be chosen: designated officers for the officer, case-data colleagues for the substitute. */
export function readContactCandidates(platform: Platform, actor: Actor) {
  return inPartners(platform, actor, 'manage', 'organisationContacts.candidates', async (tx) => {
    const all = await colleagues(tx, actor);
    await recordAudit(tx, actor, { action: 'organisationContacts.read', recordType: 'organisationContacts', details: { candidates: true } });
    const pick = (c: Colleague) => ({ id: c.id, displayName: c.display_name });
    return { designatedOfficers: all.filter(isOfficer).map(pick), substitutes: all.filter(isSubstitute).map(pick) };
  });
}

export function saveOrganisationContacts(platform: Platform, actor: Actor, input: OrganisationContactsInput): Promise<OrganisationContactsOutput> {
  return inPartners(platform, actor, 'manage', 'organisationContacts.updated', async (tx) => {
    const existing = await tx.selectFrom('organisation_contacts').selectAll().where('organisation_id', '=', actor.organisationId).forUpdate().executeTakeFirst();
    if (existing ? !sameVersion(existing.updated_at, input.updatedAt) : input.updatedAt !== null) throw new AppError('EDIT_CONFLICT');
    const problems: { path: string; key: FieldMessageKey }[] = [];
    const chosen = await colleagues(tx, actor, [input.designatedOfficerId, input.substituteId].filter((id): id is string => !!id));
    const officer = chosen.find((c) => c.id === input.designatedOfficerId);
    const substitute = chosen.find((c) => c.id === input.substituteId);
    if (input.designatedOfficerId && !(officer && isOfficer(officer))) problems.push({ path: 'designatedOfficerId', key: 'officerNotDesignated' });
    if (input.substituteId && !(substitute && isSubstitute(substitute))) problems.push({ path: 'substituteId', key: 'substituteNotCaseUser' });
    else if (input.substituteId && input.substituteId === input.designatedOfficerId) problems.push({ path: 'substituteId', key: 'substituteIsOfficer' });
    if (problems.length > 0) throw new FieldRuleError(problems);
    const values = {
      phone_24_7: input.phone247 || null,
      designated_officer_id: input.designatedOfficerId,
      substitute_officer_id: input.substituteId,
      updated_by: actor.userId,
    };
    if (existing) {
      await tx.updateTable('organisation_contacts').set({ ...values, updated_at: sql<string>`now()` }).where('organisation_id', '=', actor.organisationId).execute();
    } else {
      // Two first saves at once: the second finds the row taken and is told to reload.
      const inserted = await tx
        .insertInto('organisation_contacts')
        .values({ organisation_id: actor.organisationId, ...values })
        .onConflict((oc) => oc.column('organisation_id').doNothing())
        .returning('organisation_id')
        .executeTakeFirst();
      if (!inserted) throw new AppError('EDIT_CONFLICT');
    }
    const changed = existing
      ? (['phone_24_7', 'designated_officer_id', 'substitute_officer_id'] as const).filter((column) => (existing[column] ?? null) !== values[column])
      : ['phone_24_7', 'designated_officer_id', 'substitute_officer_id'];
    await recordAudit(tx, actor, { action: 'organisationContacts.updated', recordType: 'organisationContacts', details: { changed } });
    return read(tx, actor);
  });
}
