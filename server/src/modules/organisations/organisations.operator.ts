// What the operator of a Baken deployment (who runs the server and holds the
// database) does from the command line, `npm run org`: add an organisation with
// its first administrator, and set the municipality codes that decide whose
// anonymised figures an organisation reads. Deliberately not reachable over
// HTTP: a tenant admin who could set their own CBS code could read another
// municipality's figures.
//
// Every change runs as the system (unsafeSystemTransaction, like first-run
// setup) with one audit event in the organisation it changed, in the same
// transaction. Bad input throws OperatorInputError before anything is written.
import { userInfo } from 'node:os';
import { sql } from 'kysely';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../platform/authz/roles.js';
import { recordAudit, type AnonymousOrigin, type AuditEntry } from '../../platform/audit/audit.js';
import type { Database, Tx } from '../../platform/db/database.js';
import { issueActivationLink, slugify } from './organisations.service.js';

/** Input the operator must correct; the message says how. Nothing was changed. */
export class OperatorInputError extends Error {}

/** Who ran the command: no Baken user, so the audit trail names the tool and the account on the server. */
export interface OperatorOrigin {
  client: 'cli';
  osUser: string | null;
}

export function cliOrigin(): OperatorOrigin {
  let osUser: string | null = null;
  try {
    osUser = userInfo().username;
  } catch {
    // No user name (some containers): the event still says it came from the command line.
  }
  return { client: 'cli', osUser };
}

const CBS_CODE = /^GM[0-9]{4}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A CBS municipality code such as GM0363, in any case; "none" is null (clear the code). */
export function parseMunicipalityCode(input: string, allowNone = false): string | null {
  const code = input.trim().toUpperCase();
  if (allowNone && code === 'NONE') return null;
  if (!CBS_CODE.test(code)) {
    throw new OperatorInputError(`"${input}" is not a CBS municipality code: GM followed by four digits, e.g. GM0363${allowNone ? ' (or "none" to clear it)' : ''}.`);
  }
  return code;
}

function parseKind(input: string | undefined): OrganisationKind {
  if (!(ORGANISATION_KINDS as readonly string[]).includes(input ?? '')) {
    const what = input ? `Unknown kind "${input}"` : 'The kind (--kind) is missing';
    throw new OperatorInputError(`${what}. Use one of: ${ORGANISATION_KINDS.join(', ')}.`);
  }
  return input as OrganisationKind;
}

function required(value: string | undefined, what: string, min = 2, max = 120): string {
  const v = value?.trim() ?? '';
  if (v.length < min || v.length > max) throw new OperatorInputError(`${what} must be ${min} to ${max} characters.`);
  return v;
}

function audit(tx: Tx, organisationId: string, origin: OperatorOrigin, entry: Omit<AuditEntry, 'details'> & { details: Record<string, unknown> }) {
  const who: AnonymousOrigin = { userId: null, organisationId, roles: [], ip: null, userAgent: `baken ${origin.client}: npm run org` };
  return recordAudit(tx, who, { ...entry, details: { ...entry.details, via: origin.client, osUser: origin.osUser } });
}

async function findBySlug(tx: Tx, slug: string) {
  const org = await tx
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'slug', 'municipality_code'])
    .where('slug', '=', slug.trim().toLowerCase())
    .executeTakeFirst();
  if (!org) throw new OperatorInputError(`No organisation with slug "${slug}". "npm run org -- list" shows them.`);
  return org;
}

async function refuseTakenCode(tx: Tx, code: string, exceptSlug: string | null) {
  const holder = await tx.selectFrom('organisations').select(['slug']).where('municipality_code', '=', code).executeTakeFirst();
  if (holder && holder.slug !== exceptSlug) {
    throw new OperatorInputError(`CBS code ${code} already belongs to organisation "${holder.slug}".`);
  }
}

export interface OrganisationSummary {
  slug: string;
  name: string;
  kind: string;
  municipalityCode: string | null;
  /** For a regional coordination: the municipalities whose figures it reads. */
  regionMunicipalityCodes: string[];
  isDemo: boolean;
  createdAt: string;
}

/** Every organisation, with no personal data: no user, no youth. */
export async function listOrganisations(database: Database): Promise<OrganisationSummary[]> {
  const { rows } = await sql<{ slug: string; name: string; kind: string; municipality_code: string | null; region: string[]; is_demo: boolean; created_at: Date | string }>`
    SELECT o.slug, o.name, o.kind, o.municipality_code, o.is_demo, o.created_at,
      coalesce((SELECT array_agg(r.municipality_code ORDER BY r.municipality_code) FROM regional_figure_region_municipalities r
                WHERE r.organisation_id = o.id), '{}') AS region
    FROM organisations o ORDER BY o.kind, o.name`.execute(database.unsafeSystemQuery);
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    municipalityCode: r.municipality_code,
    regionMunicipalityCodes: r.region,
    isDemo: r.is_demo,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

export interface AddOrganisationInput {
  name: string | undefined;
  kind: string | undefined;
  /** Defaults to the name, as first-run setup makes it. */
  slug?: string | undefined;
  /** Only for a municipality. */
  municipalityCode?: string | undefined;
  adminEmail: string | undefined;
  adminName: string | undefined;
}

export interface AddedOrganisation {
  organisationId: string;
  slug: string;
  adminUserId: string;
  /** One-time, expiring: the administrator chooses a password with it, then sets up two-step verification. */
  activationUrl: string;
}

/** An organisation with its first administrator, who has no password until the activation link is used. */
export async function addOrganisation(
  database: Database,
  baseUrl: string,
  input: AddOrganisationInput,
  origin: OperatorOrigin,
): Promise<AddedOrganisation> {
  const name = required(input.name, 'The name (--name)');
  const kind = parseKind(input.kind);
  const slug = input.slug === undefined ? slugify(name) : input.slug.trim().toLowerCase();
  if (!SLUG.test(slug) || slug.length > 60) throw new OperatorInputError(`"${input.slug}" is not a usable slug: lowercase letters, digits and single hyphens, at most 60.`);
  const municipalityCode = input.municipalityCode === undefined ? null : parseMunicipalityCode(input.municipalityCode);
  if (municipalityCode && kind !== 'municipality') throw new OperatorInputError('Only a municipality has a CBS code (--cbs).');
  const adminEmail = required(input.adminEmail, 'The administrator\'s email (--admin-email)', 3, 254).toLowerCase();
  if (!EMAIL.test(adminEmail)) throw new OperatorInputError(`"${input.adminEmail}" is not an email address.`);
  const adminName = required(input.adminName, 'The administrator\'s name (--admin-name)');

  return database.unsafeSystemTransaction(async (tx) => {
    // The unique indexes stop a race; these checks give the operator the reason.
    const sameSlug = await tx.selectFrom('organisations').select('name').where('slug', '=', slug).executeTakeFirst();
    if (sameSlug) throw new OperatorInputError(`Slug "${slug}" is taken by "${sameSlug.name}". Choose another with --slug.`);
    if (municipalityCode) await refuseTakenCode(tx, municipalityCode, null);
    const sameEmail = await tx.selectFrom('users').select('id').where('email', '=', adminEmail).executeTakeFirst();
    if (sameEmail) throw new OperatorInputError(`An account with email ${adminEmail} already exists; every account has its own address.`);

    const organisation = await tx
      .insertInto('organisations')
      .values({ name, kind, slug, municipality_code: municipalityCode })
      .returning('id')
      .executeTakeFirstOrThrow();
    const user = await tx
      .insertInto('users')
      .values({ organisation_id: organisation.id, email: adminEmail, display_name: adminName, password_hash: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('user_roles').values({ user_id: user.id, organisation_id: organisation.id, role: 'orgAdmin' }).execute();
    const activationUrl = await issueActivationLink(tx, baseUrl, user.id);
    await audit(tx, organisation.id, origin, {
      action: 'operator.organisationAdded',
      recordType: 'organisation',
      recordId: organisation.id,
      details: { kind, slug, municipalityCode, adminUserId: user.id },
    });
    return { organisationId: organisation.id, slug, adminUserId: user.id, activationUrl };
  });
}

/** Sets or clears (null) a municipality's CBS code: the youths whose figures it reads. */
export async function setMunicipalityCode(
  database: Database,
  input: { slug: string | undefined; code: string | undefined },
  origin: OperatorOrigin,
): Promise<{ slug: string; from: string | null; to: string | null }> {
  const slug = required(input.slug, 'The organisation (--org)', 1, 60);
  const to = parseMunicipalityCode(input.code ?? '', true);
  return database.unsafeSystemTransaction(async (tx) => {
    const org = await findBySlug(tx, slug);
    if (org.kind !== 'municipality') throw new OperatorInputError(`"${org.slug}" is a ${org.kind}; only a municipality has a CBS code.`);
    const from = org.municipality_code;
    if (from === to) return { slug: org.slug, from, to };
    if (to) await refuseTakenCode(tx, to, org.slug);
    await tx.updateTable('organisations').set({ municipality_code: to }).where('id', '=', org.id).execute();
    await audit(tx, org.id, origin, {
      action: 'operator.municipalityCodeSet',
      recordType: 'organisation',
      recordId: org.id,
      details: { from, to },
    });
    return { slug: org.slug, from, to };
  });
}

/**
 * Adds and removes member municipalities of a regional coordination. Only that
 * kind: regional_figure_counts() (migrations 0022, 0024) reads membership for
 * regionalCoordination organisations alone. A member need not use Baken itself:
 * the code is what youths' files carry.
 */
export async function changeRegionMembership(
  database: Database,
  input: { slug: string | undefined; add: readonly string[]; remove: readonly string[] },
  origin: OperatorOrigin,
): Promise<{ slug: string; added: string[]; removed: string[]; codes: string[] }> {
  const slug = required(input.slug, 'The organisation (--org)', 1, 60);
  const add = [...new Set(input.add.map((c) => parseMunicipalityCode(c)!))];
  const remove = [...new Set(input.remove.map((c) => parseMunicipalityCode(c)!))];
  if (add.length === 0 && remove.length === 0) throw new OperatorInputError('Name at least one --add or --remove code.');
  const both = add.filter((c) => remove.includes(c));
  if (both.length > 0) throw new OperatorInputError(`${both.join(', ')} is both added and removed.`);
  return database.unsafeSystemTransaction(async (tx) => {
    const org = await findBySlug(tx, slug);
    if (org.kind !== 'regionalCoordination') {
      throw new OperatorInputError(`"${org.slug}" is a ${org.kind}; only a regionalCoordination has member municipalities.`);
    }
    const members = async () =>
      (
        await sql<{ code: string }>`SELECT municipality_code AS code FROM regional_figure_region_municipalities
          WHERE organisation_id = ${org.id} ORDER BY 1`.execute(tx)
      ).rows.map((r) => r.code);
    const before = await members();
    const notMembers = remove.filter((c) => !before.includes(c));
    if (notMembers.length > 0) throw new OperatorInputError(`${notMembers.join(', ')} is not a member of "${org.slug}" (members: ${before.join(', ') || 'none'}).`);
    const added = add.filter((c) => !before.includes(c));
    if (added.length === 0 && remove.length === 0) return { slug: org.slug, added, removed: [], codes: before };
    if (added.length > 0) {
      await sql`INSERT INTO regional_figure_region_municipalities (organisation_id, municipality_code)
        SELECT ${org.id}, code FROM unnest(${added}::text[]) AS code`.execute(tx);
    }
    if (remove.length > 0) {
      await sql`DELETE FROM regional_figure_region_municipalities WHERE organisation_id = ${org.id} AND municipality_code = ANY(${remove}::text[])`.execute(tx);
    }
    const codes = await members();
    await audit(tx, org.id, origin, {
      action: 'operator.regionMembershipChanged',
      recordType: 'organisation',
      recordId: org.id,
      details: { added, removed: remove, codes },
    });
    return { slug: org.slug, added, removed: remove, codes };
  });
}
