// Case conferences (zorgtafels): convened by a care coordinator or designated
// officer, with participants from several organisations (seed 000 and seed
// 001 ch. 11: multidisciplinary consultation; seed 002 check 4: agreements on
// privacy at the table).
//
// Access, in short (see migration 0023 for the database side):
// - Only participants see a conference. Someone of an invited organisation
//   who does not take part yet sees the invitation (title, date, convener),
//   nothing else; everyone else gets "not found".
// - Every read and change is checked here and audited in the reader's own
//   organisation, in the same transaction as the work.
// - A case is brought in for the own organisation: pseudonymous (initials,
//   age, region) or named. A named case is a disclosure (recordDisclosureIn)
//   with its legal ground, decided by a lead professional, in the same
//   transaction; the link to the youth's file stays in the bringing
//   organisation. Others see what was brought in, never the file.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { hasCapability } from '../../platform/authz/roles.js';
import { recordAudit, type AuditEntry } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../platform/errors.js';
import type { Platform } from '../../platform/http/app-types.js';
import { nowInNetherlands } from '../../platform/http/schemas.js';
import type { FieldMessageKey } from '../../platform/i18n/fieldMessages.js';
import { fileAudit, onCaseFile } from '../caseFiles/fileAccess.js';
import { recordDisclosureIn } from '../disclosures/disclosures.service.js';
import type { DisclosureInput } from '../disclosures/disclosures.schemas.js';
import type { ConferenceActionStatus, ConferenceStatus } from './caseConferences.options.js';
import type { CaseInput, ConferenceInput, ConferenceOutput } from './caseConferences.schemas.js';

type DbPlatform = Pick<Platform, 'database'>;
type Problem = { path: string; key: FieldMessageKey };

const iso = (value: Date | string) => new Date(value).toISOString();
const mayTakePart = (actor: Actor) => hasCapability(actor.roles, 'caseConference.participate') || hasCapability(actor.roles, 'caseConference.convene');
const mayConvene = (actor: Actor) => hasCapability(actor.roles, 'caseConference.convene');

interface ConferenceRow {
  id: string;
  title: string;
  starts_at: Date | string;
  online: boolean;
  place: string | null;
  status: ConferenceStatus;
  convening_organisation_id: string;
  convening_organisation_name: string;
  updated_at: Date | string;
}

const audit = (id: string | null, action: AuditEntry['action'], details?: Record<string, unknown>): AuditEntry => ({
  action,
  recordType: 'caseConference',
  recordId: id,
  ...(details ? { details } : {}),
});

/** Runs work for someone who may take part in conferences at all; others are refused (audited, committed). */
async function inConferences<T>({ database }: DbPlatform, actor: Actor, attempted: string, work: (tx: Tx) => Promise<T>, needConvene = false): Promise<T> {
  const REFUSED = Symbol('refused');
  const outcome = await database.inOrganisation(actor.organisationId, async (tx) => {
    if (!mayTakePart(actor) || (needConvene && !mayConvene(actor))) {
      await recordAudit(tx, actor, { action: 'access.denied', outcome: 'denied', recordType: 'caseConference', details: { attempted } });
      return REFUSED;
    }
    return { value: await work(tx) };
  });
  if (outcome === REFUSED) throw new AppError('FORBIDDEN');
  return outcome.value;
}

interface Seat {
  conference: ConferenceRow;
  participantId: string | null;
  /** The reader's organisation convened it and the reader may convene: invites, orders the agenda, closes. */
  manage: boolean;
}

/** The conference as the reader may reach it, or "not found" (audited, committed) for a non-participant. */
async function seat(tx: Tx, actor: Actor, id: string, allowInvitedOnly = false): Promise<Seat> {
  const conference = (
    await sql<ConferenceRow>`SELECT id, title, starts_at, online, place, status, convening_organisation_id, convening_organisation_name, updated_at
      FROM case_conferences WHERE id = ${id} AND case_conference_invited(id)`.execute(tx)
  ).rows[0];
  const participant = conference
    ? (await sql<{ id: string }>`SELECT id FROM case_conference_participants WHERE conference_id = ${id} AND user_id = ${actor.userId}`.execute(tx)).rows[0]
    : undefined;
  if (!conference || (!participant && !allowInvitedOnly)) throw new NotParticipant(id);
  return {
    conference,
    participantId: participant?.id ?? null,
    manage: !!participant && conference.convening_organisation_id === actor.organisationId && mayConvene(actor),
  };
}

class NotParticipant {
  constructor(readonly id: string) {}
}

/**
 * One use case on one conference: a non-participant's attempt is audited and
 * committed, then answered "not found", saying nothing about whether it exists.
 */
async function onConference<T>(
  platform: DbPlatform,
  actor: Actor,
  id: string,
  attempted: string,
  work: (tx: Tx, seat: Seat) => Promise<T>,
  options: { allowInvitedOnly?: boolean; needConvene?: boolean } = {},
): Promise<T> {
  // A step only a convener takes is refused to other roles before the conference is looked up: the refusal says nothing about it.
  const outcome = await inConferences(platform, actor, attempted, async (tx) => {
    let found: Seat;
    try {
      found = await seat(tx, actor, id, options.allowInvitedOnly);
    } catch (error) {
      if (!(error instanceof NotParticipant)) throw error;
      await recordAudit(tx, actor, { action: 'access.denied', outcome: 'denied', recordType: 'caseConference', recordId: id, details: { attempted } });
      return { missing: true as const };
    }
    return { missing: false as const, value: await work(tx, found) };
  }, options.needConvene ?? false);
  if (outcome.missing) throw new AppError('NOT_FOUND');
  return outcome.value;
}

function openOnly(s: Seat) {
  if (s.conference.status === 'closed') throw new FieldRuleError([{ path: 'status', key: 'conferenceClosed' }]);
}

async function myName(tx: Tx, actor: Actor): Promise<{ user: string; organisation: string }> {
  const row = (
    await sql<{ display_name: string; name: string }>`SELECT u.display_name, o.name FROM users u, organisations o WHERE u.id = ${actor.userId} AND o.id = ${actor.organisationId}`.execute(tx)
  ).rows[0];
  return { user: row?.display_name ?? '—', organisation: row?.name ?? '—' };
}

async function history(tx: Tx, actor: Actor, conferenceId: string, change: string, details?: Record<string, unknown>) {
  const me = await myName(tx, actor);
  await sql`INSERT INTO case_conference_history (conference_id, change, details, organisation_id, organisation_name, by_name)
    VALUES (${conferenceId}, ${change}, ${details ? JSON.stringify(details) : null}::jsonb, ${actor.organisationId}, ${me.organisation}, ${me.user})`.execute(tx);
  await sql`UPDATE case_conferences SET updated_at = now() WHERE id = ${conferenceId}`.execute(tx);
}

async function addParticipantRow(tx: Tx, actor: Actor, conferenceId: string, userId: string): Promise<void> {
  const user = (
    await sql<{ display_name: string; roles: string[] }>`SELECT u.display_name, array(SELECT r.role FROM user_roles r WHERE r.user_id = u.id) AS roles
      FROM users u WHERE u.id = ${userId} AND u.active AND u.organisation_id = ${actor.organisationId}`.execute(tx)
  ).rows[0];
  const fakeActor = { ...actor, roles: (user?.roles ?? []) as Actor['roles'] };
  if (!user || !mayTakePart(fakeActor)) throw new FieldRuleError([{ path: 'userId', key: 'conferenceNotParticipantColleague' }]);
  const already = (await sql`SELECT 1 FROM case_conference_participants WHERE conference_id = ${conferenceId} AND user_id = ${userId}`.execute(tx)).rows.length;
  if (already) throw new FieldRuleError([{ path: 'userId', key: 'conferenceAlreadyParticipant' }]);
  const me = await myName(tx, actor);
  await sql`INSERT INTO case_conference_participants (conference_id, organisation_id, organisation_name, user_id, display_name)
    VALUES (${conferenceId}, ${actor.organisationId}, ${me.organisation}, ${userId}, ${user.display_name})`.execute(tx);
}

async function inviteRow(tx: Tx, conferenceId: string, slug: string, path: string, seen: Set<string>): Promise<Problem | { name: string }> {
  const org = (await sql<{ id: string; name: string; slug: string }>`SELECT id, name, slug FROM case_conference_organisation_by_slug(${slug})`.execute(tx)).rows[0];
  if (!org) return { path, key: 'conferenceOrganisationUnknown' };
  if (seen.has(org.id)) return { path, key: 'conferenceOrganisationTwice' };
  seen.add(org.id);
  await sql`INSERT INTO case_conference_organisations (conference_id, organisation_id, organisation_name, organisation_slug)
    VALUES (${conferenceId}, ${org.id}, ${org.name}, ${org.slug})`.execute(tx);
  return { name: org.name };
}

// ---- use cases ----

export async function listConferences(platform: DbPlatform, actor: Actor) {
  return inConferences(platform, actor, 'list', async (tx) => {
    const rows = (
      await sql<ConferenceRow & { participant: boolean; case_count: number }>`
        SELECT c.id, c.title, c.starts_at, c.online, c.place, c.status, c.convening_organisation_id, c.convening_organisation_name, c.updated_at,
          EXISTS (SELECT 1 FROM case_conference_participants p WHERE p.conference_id = c.id AND p.user_id = ${actor.userId}) AS participant,
          (SELECT count(*)::int FROM case_conference_cases k WHERE k.conference_id = c.id) AS case_count
        FROM case_conferences c WHERE case_conference_invited(c.id)
        ORDER BY c.starts_at DESC, c.id`.execute(tx)
    ).rows;
    await recordAudit(tx, actor, audit(null, 'caseConference.listed', { count: rows.filter((r) => r.participant).length }));
    return {
      conferences: rows
        .filter((r) => r.participant)
        .map((r) => ({
          id: r.id,
          title: r.title,
          startsAt: iso(r.starts_at),
          online: r.online,
          place: r.place,
          status: r.status,
          conveningOrganisationName: r.convening_organisation_name,
          caseCount: Number(r.case_count),
        })),
      invitations: rows
        .filter((r) => !r.participant && r.status !== 'closed')
        .map((r) => ({ id: r.id, title: r.title, startsAt: iso(r.starts_at), status: r.status, conveningOrganisationName: r.convening_organisation_name })),
      canConvene: mayConvene(actor),
    };
  });
}

export async function conveneConference(platform: DbPlatform, actor: Actor, input: ConferenceInput): Promise<ConferenceOutput> {
  const id = await inConferences(
    platform,
    actor,
    'convene',
    async (tx) => {
      const problems: Problem[] = [];
      if (!input.online && input.place === '') problems.push({ path: 'place', key: 'conferencePlaceMissing' });
      const me = await myName(tx, actor);
      const conferenceId = randomUUID();
      await sql`INSERT INTO case_conferences (id, title, starts_at, online, place, convening_organisation_id, convening_organisation_name, created_by)
        VALUES (${conferenceId}, ${input.title}, ${input.startsAt}::timestamp AT TIME ZONE 'Europe/Amsterdam', ${input.online}, ${input.place || null},
                ${actor.organisationId}, ${me.organisation}, ${actor.userId})`.execute(tx);
      const seen = new Set<string>();
      const own = (await sql<{ slug: string }>`SELECT slug FROM organisations WHERE id = ${actor.organisationId}`.execute(tx)).rows[0]!;
      await inviteRow(tx, conferenceId, own.slug, 'organisations', seen);
      for (const [i, slug] of input.organisations.entries()) {
        const outcome = await inviteRow(tx, conferenceId, slug, `organisations.${i}`, seen);
        if ('key' in outcome) problems.push(outcome);
      }
      if (problems.length > 0) throw new FieldRuleError(problems);
      await addParticipantRow(tx, actor, conferenceId, actor.userId);
      await history(tx, actor, conferenceId, 'convened', { organisations: input.organisations.length + 1 });
      await recordAudit(tx, actor, audit(conferenceId, 'caseConference.convened', { organisations: input.organisations.length + 1 }));
      return conferenceId;
    },
    true,
  );
  return readConference(platform, actor, id);
}

export async function readConference(platform: DbPlatform, actor: Actor, id: string): Promise<ConferenceOutput> {
  return onConference(platform, actor, id, 'read', async (tx, s) => {
    await recordAudit(tx, actor, audit(id, 'caseConference.read'));
    return present(tx, actor, s);
  });
}

async function present(tx: Tx, actor: Actor, s: Seat): Promise<ConferenceOutput> {
  const id = s.conference.id;
  const organisations = (
    await sql<{ organisation_name: string; organisation_slug: string; organisation_id: string }>`
      SELECT organisation_name, organisation_slug, organisation_id FROM case_conference_organisations WHERE conference_id = ${id} ORDER BY invited_at, organisation_name`.execute(tx)
  ).rows;
  const participants = (
    await sql<{ id: string; display_name: string; organisation_name: string; user_id: string }>`
      SELECT id, display_name, organisation_name, user_id FROM case_conference_participants WHERE conference_id = ${id} ORDER BY organisation_name, display_name`.execute(tx)
  ).rows;
  const cases = (
    await sql<{
      id: string;
      position: number;
      kind: 'pseudonymous' | 'named';
      organisation_name: string;
      brought_by_name: string;
      brought_at: Date | string;
      initials: string | null;
      age: number | null;
      region: string | null;
      subject_name: string | null;
      summary: string;
      disclosed: unknown;
      own_youth_id: string | null;
    }>`SELECT k.id, k.position, k.kind, k.organisation_name, k.brought_by_name, k.brought_at, k.initials, k.age, k.region, k.subject_name, k.summary, k.disclosed,
          l.youth_id AS own_youth_id
        FROM case_conference_cases k LEFT JOIN case_conference_case_links l ON l.case_id = k.id
        WHERE k.conference_id = ${id} ORDER BY k.position, k.brought_at`.execute(tx)
  ).rows;
  const entries = (
    await sql<{ id: string; case_id: string; kind: 'contribution' | 'decision'; text: string; organisation_name: string; author_name: string; created_at: Date | string }>`
      SELECT id, case_id, kind, text, organisation_name, author_name, created_at FROM case_conference_entries WHERE conference_id = ${id} ORDER BY created_at, id`.execute(tx)
  ).rows;
  const actions = (
    await sql<{
      id: string;
      case_id: string;
      description: string;
      owner_participant_id: string;
      due_on: string;
      status: ConferenceActionStatus;
      updated_at: Date | string;
    }>`SELECT id, case_id, description, owner_participant_id, to_char(due_on, 'YYYY-MM-DD') AS due_on, status, updated_at
        FROM case_conference_actions WHERE conference_id = ${id} ORDER BY due_on, created_at, id`.execute(tx)
  ).rows;
  const hist = (
    await sql<{ change: string; by_name: string; organisation_name: string; changed_at: Date | string }>`
      SELECT change, by_name, organisation_name, changed_at FROM case_conference_history WHERE conference_id = ${id} ORDER BY id DESC`.execute(tx)
  ).rows;
  const byId = new Map(participants.map((p) => [p.id, p]));
  const c = s.conference;
  const open = c.status !== 'closed';
  return {
    id,
    title: c.title,
    startsAt: iso(c.starts_at),
    online: c.online,
    place: c.place,
    status: c.status,
    conveningOrganisationName: c.convening_organisation_name,
    caseCount: cases.length,
    // The convener first, then the others by name.
    organisations: organisations
      .map((o) => ({ name: o.organisation_name, slug: o.organisation_slug, convener: o.organisation_id === c.convening_organisation_id }))
      .sort((a, b) => Number(b.convener) - Number(a.convener) || a.name.localeCompare(b.name, 'nl')),
    participants: participants.map((p) => ({ id: p.id, name: p.display_name, organisationName: p.organisation_name, isMe: p.user_id === actor.userId })),
    cases: cases.map((k) => ({
      id: k.id,
      position: k.position,
      kind: k.kind,
      organisationName: k.organisation_name,
      broughtByName: k.brought_by_name,
      broughtAt: iso(k.brought_at),
      initials: k.initials,
      age: k.age === null ? null : Number(k.age),
      region: k.region,
      subjectName: k.subject_name,
      summary: k.summary,
      disclosed: (typeof k.disclosed === 'string' ? JSON.parse(k.disclosed) : k.disclosed) as ConferenceOutput['cases'][number]['disclosed'],
      ownYouthId: k.own_youth_id,
      entries: entries
        .filter((e) => e.case_id === k.id)
        .map((e) => ({ id: e.id, kind: e.kind, text: e.text, organisationName: e.organisation_name, authorName: e.author_name, createdAt: iso(e.created_at) })),
      actions: actions
        .filter((a) => a.case_id === k.id)
        .map((a) => ({
          id: a.id,
          description: a.description,
          ownerParticipantId: a.owner_participant_id,
          ownerName: byId.get(a.owner_participant_id)?.display_name ?? '—',
          ownerOrganisationName: byId.get(a.owner_participant_id)?.organisation_name ?? '—',
          dueOn: a.due_on,
          status: a.status,
          updatedAt: iso(a.updated_at),
        })),
    })),
    history: hist.map((h) => ({ change: h.change, byName: h.by_name, organisationName: h.organisation_name, at: iso(h.changed_at) })),
    may: { manage: s.manage && open, addColleagues: open && mayConvene(actor), bringIn: open },
    updatedAt: iso(c.updated_at),
  };
}

export async function setConferenceStatus(platform: DbPlatform, actor: Actor, id: string, status: 'planned' | 'held' | 'closed'): Promise<ConferenceOutput> {
  return onConference(platform, actor, id, status === 'closed' ? 'close' : 'update', async (tx, s) => {
    if (!s.manage) throw new AppError('FORBIDDEN');
    openOnly(s);
    await sql`UPDATE case_conferences SET status = ${status}, closed_at = ${status === 'closed' ? sql`now()` : null} WHERE id = ${id}`.execute(tx);
    await history(tx, actor, id, status === 'closed' ? 'closed' : status === 'held' ? 'markedHeld' : 'markedPlanned');
    await recordAudit(tx, actor, audit(id, status === 'closed' ? 'caseConference.closed' : 'caseConference.updated', { status }));
    return present(tx, actor, await seat(tx, actor, id));
  }, { needConvene: true });
}

export async function inviteOrganisation(platform: DbPlatform, actor: Actor, id: string, slug: string): Promise<ConferenceOutput> {
  return onConference(platform, actor, id, 'invite', async (tx, s) => {
    if (!s.manage) throw new AppError('FORBIDDEN');
    openOnly(s);
    const seen = new Set((await sql<{ organisation_id: string }>`SELECT organisation_id FROM case_conference_organisations WHERE conference_id = ${id}`.execute(tx)).rows.map((r) => r.organisation_id));
    const outcome = await inviteRow(tx, id, slug, 'slug', seen);
    if ('key' in outcome) throw new FieldRuleError([outcome]);
    await history(tx, actor, id, 'organisationInvited', { organisation: outcome.name });
    await recordAudit(tx, actor, audit(id, 'caseConference.organisationInvited'));
    return present(tx, actor, await seat(tx, actor, id));
  }, { needConvene: true });
}

/**
 * Naming a participant of the own organisation: oneself (anyone of an invited
 * organisation who may take part), or a colleague (who may convene).
 */
export async function addParticipant(platform: DbPlatform, actor: Actor, id: string, userId: string): Promise<ConferenceOutput> {
  return onConference(
    platform,
    actor,
    id,
    'addParticipant',
    async (tx, s) => {
      // A colleague is named by someone who takes part and may convene; anyone invited may join themselves.
      if (userId !== actor.userId && (!mayConvene(actor) || !s.participantId)) throw new AppError('FORBIDDEN');
      openOnly(s);
      await addParticipantRow(tx, actor, id, userId);
      await history(tx, actor, id, 'participantAdded');
      await recordAudit(tx, actor, audit(id, 'caseConference.participantAdded', { self: userId === actor.userId }));
      return present(tx, actor, await seat(tx, actor, id, true));
    },
    { allowInvitedOnly: true, needConvene: userId !== actor.userId },
  );
}

/** Colleagues of the own organisation who may take part, for the convener's picker. */
export async function conferenceColleagues(platform: DbPlatform, actor: Actor, id: string) {
  return onConference(platform, actor, id, 'colleagues', async (tx) => {
    const rows = (
      await sql<{ id: string; display_name: string; roles: string[] }>`SELECT u.id, u.display_name, array(SELECT r.role FROM user_roles r WHERE r.user_id = u.id) AS roles
        FROM users u WHERE u.active AND u.organisation_id = ${actor.organisationId}
          AND NOT EXISTS (SELECT 1 FROM case_conference_participants p WHERE p.conference_id = ${id} AND p.user_id = u.id)
        ORDER BY u.display_name`.execute(tx)
    ).rows;
    await recordAudit(tx, actor, audit(id, 'caseConference.read', { part: 'colleagues' }));
    return { colleagues: rows.filter((r) => mayTakePart({ ...actor, roles: r.roles as Actor['roles'] })).map((r) => ({ id: r.id, name: r.display_name })) };
  });
}

async function nextPosition(tx: Tx, id: string): Promise<number> {
  return Number((await sql<{ n: number }>`SELECT coalesce(max(position), 0) + 1 AS n FROM case_conference_cases WHERE conference_id = ${id}`.execute(tx)).rows[0]!.n);
}

/** How the conference is named as a recipient in the register: most titles already say "Zorgtafel …". */
function recipientLabel(title: string): string {
  return /^zorgtafel\b/i.test(title.trim()) ? title.trim() : `Zorgtafel: ${title.trim()}`;
}

export async function bringInCase(platform: Platform, actor: Actor, id: string, input: CaseInput): Promise<ConferenceOutput> {
  if (input.kind === 'pseudonymous') {
    return onConference(platform, actor, id, 'bringIn', async (tx, s) => {
      openOnly(s);
      const me = await myName(tx, actor);
      await sql`INSERT INTO case_conference_cases (conference_id, position, organisation_id, organisation_name, kind, initials, age, region, summary, brought_by_name)
        VALUES (${id}, ${await nextPosition(tx, id)}, ${actor.organisationId}, ${me.organisation}, 'pseudonymous', ${input.initials.toUpperCase()}, ${input.age}, ${input.region},
                ${input.summary}, ${me.user})`.execute(tx);
      await history(tx, actor, id, 'caseBroughtIn', { kind: 'pseudonymous' });
      await recordAudit(tx, actor, audit(id, 'caseConference.caseBroughtIn', { kind: 'pseudonymous' }));
      return present(tx, actor, s);
    });
  }
  // A named case: the youth's file in the own organisation, changed (a disclosure) by someone allowed to.
  // The conference is checked first, so a non-participant learns nothing about the file either.
  await onConference(platform, actor, id, 'bringIn', async () => undefined);
  return onCaseFile(platform, actor, input.youthId, 'update', async (tx, access) => {
    // Left the conference between the check above and now: as not found. Any other error stays what it is.
    const s = await seat(tx, actor, id).catch((error: unknown) => {
      throw error instanceof NotParticipant ? new AppError('NOT_FOUND') : error;
    });
    openOnly(s);
    if (!input.categories.some((c) => c.category === 'identity')) throw new FieldRuleError([{ path: 'categories', key: 'conferenceIdentityMissing' }]);
    const me = await myName(tx, actor);
    const youth = (await sql<{ first_name: string; last_name: string }>`SELECT first_name, last_name FROM youths WHERE id = ${input.youthId}`.execute(tx)).rows[0]!;
    const caseId = randomUUID();
    const disclosureInput: DisclosureInput = {
      recipientPartnerId: null,
      recipientKind: 'caseConference',
      recipientName: recipientLabel(s.conference.title),
      purpose: input.purpose,
      legalGround: input.legalGround,
      secrecyGround: input.secrecyGround,
      secrecyReasoning: input.secrecyReasoning,
      categories: input.categories,
      summary: input.summary,
      decidedById: input.decidedById,
      youthInformed: input.youthInformed,
      youthNotInformedReason: input.youthNotInformedReason,
      disclosedAt: nowInNetherlands(),
    };
    const disclosure = await recordDisclosureIn(tx, actor, input.youthId, access, disclosureInput, {
      source: 'caseConference',
      sourceId: caseId,
      content: {
        title: recipientLabel(s.conference.title),
        sections: [{ heading: 'Ingebracht', lines: [{ label: 'Jongere', text: `${youth.first_name} ${youth.last_name}` }, { label: null, text: input.summary }] }],
      },
    });
    const disclosed = { purpose: input.purpose, legalGround: input.legalGround, categories: input.categories, decidedByName: disclosure.decidedByName ?? '—' };
    await sql`INSERT INTO case_conference_cases (id, conference_id, position, organisation_id, organisation_name, kind, subject_name, summary, disclosed, brought_by_name)
      VALUES (${caseId}, ${id}, ${await nextPosition(tx, id)}, ${actor.organisationId}, ${me.organisation}, 'named', ${`${youth.first_name} ${youth.last_name}`},
              ${input.summary}, ${JSON.stringify(disclosed)}::jsonb, ${me.user})`.execute(tx);
    await sql`INSERT INTO case_conference_case_links (case_id, organisation_id, youth_id, disclosure_id)
      VALUES (${caseId}, ${actor.organisationId}, ${input.youthId}, ${disclosure.id})`.execute(tx);
    await history(tx, actor, id, 'caseBroughtIn', { kind: 'named' });
    await recordAudit(
      tx,
      actor,
      fileAudit(input.youthId, access.facts, access.via, { action: 'caseConference.caseBroughtIn', recordType: 'caseConference', recordId: id, details: { kind: 'named', caseId } }),
    );
    return present(tx, actor, s);
  });
}

export async function orderAgenda(platform: DbPlatform, actor: Actor, id: string, caseIds: string[]): Promise<ConferenceOutput> {
  return onConference(platform, actor, id, 'orderAgenda', async (tx, s) => {
    if (!s.manage) throw new AppError('FORBIDDEN');
    openOnly(s);
    const existing = (await sql<{ id: string }>`SELECT id FROM case_conference_cases WHERE conference_id = ${id}`.execute(tx)).rows.map((r) => r.id);
    if (existing.length !== caseIds.length || new Set(caseIds).size !== caseIds.length || !caseIds.every((c) => existing.includes(c)))
      throw new FieldRuleError([{ path: 'caseIds', key: 'conferenceAgendaIncomplete' }]);
    await sql`UPDATE case_conference_cases c SET position = o.position
      FROM unnest(${caseIds}::uuid[]) WITH ORDINALITY AS o(id, position)
      WHERE c.id = o.id AND c.conference_id = ${id}`.execute(tx);
    await history(tx, actor, id, 'agendaOrdered');
    await recordAudit(tx, actor, audit(id, 'caseConference.agendaOrdered'));
    return present(tx, actor, s);
  }, { needConvene: true });
}

async function caseOf(tx: Tx, id: string, caseId: string, path = 'caseId') {
  const found = (await sql`SELECT 1 FROM case_conference_cases WHERE id = ${caseId} AND conference_id = ${id}`.execute(tx)).rows.length;
  if (!found) throw new FieldRuleError([{ path, key: 'conferenceCaseUnknown' }]);
}

export async function addEntry(platform: DbPlatform, actor: Actor, id: string, caseId: string, kind: 'contribution' | 'decision', text: string): Promise<ConferenceOutput> {
  return onConference(platform, actor, id, kind, async (tx, s) => {
    openOnly(s);
    await caseOf(tx, id, caseId);
    const me = await myName(tx, actor);
    await sql`INSERT INTO case_conference_entries (conference_id, case_id, kind, text, organisation_id, organisation_name, author_name)
      VALUES (${id}, ${caseId}, ${kind}, ${text}, ${actor.organisationId}, ${me.organisation}, ${me.user})`.execute(tx);
    await history(tx, actor, id, kind === 'decision' ? 'decisionAdded' : 'contributionAdded');
    await recordAudit(tx, actor, audit(id, kind === 'decision' ? 'caseConference.decisionAdded' : 'caseConference.contributionAdded', { caseId }));
    return present(tx, actor, s);
  });
}

export async function addAction(
  platform: DbPlatform,
  actor: Actor,
  id: string,
  caseId: string,
  input: { description: string; ownerParticipantId: string; dueOn: string },
): Promise<ConferenceOutput> {
  return onConference(platform, actor, id, 'addAction', async (tx, s) => {
    openOnly(s);
    await caseOf(tx, id, caseId);
    const owner = (await sql`SELECT 1 FROM case_conference_participants WHERE id = ${input.ownerParticipantId} AND conference_id = ${id}`.execute(tx)).rows.length;
    if (!owner) throw new FieldRuleError([{ path: 'ownerParticipantId', key: 'conferenceOwnerUnknown' }]);
    const me = await myName(tx, actor);
    await sql`INSERT INTO case_conference_actions (conference_id, case_id, description, owner_participant_id, due_on, organisation_id, created_by_name, updated_by_organisation_id)
      VALUES (${id}, ${caseId}, ${input.description}, ${input.ownerParticipantId}, ${input.dueOn}::date, ${actor.organisationId}, ${me.user}, ${actor.organisationId})`.execute(tx);
    await history(tx, actor, id, 'actionAdded');
    await recordAudit(tx, actor, audit(id, 'caseConference.actionAdded', { caseId }));
    return present(tx, actor, s);
  });
}

export async function updateAction(platform: DbPlatform, actor: Actor, id: string, actionId: string, status: ConferenceActionStatus): Promise<ConferenceOutput> {
  return onConference(platform, actor, id, 'updateAction', async (tx, s) => {
    openOnly(s);
    const updated = await sql`UPDATE case_conference_actions SET status = ${status}, updated_at = now(), updated_by_organisation_id = ${actor.organisationId}
      WHERE id = ${actionId} AND conference_id = ${id}`.execute(tx);
    if (Number(updated.numAffectedRows ?? 0) === 0) throw new AppError('NOT_FOUND');
    await history(tx, actor, id, 'actionUpdated', { status });
    await recordAudit(tx, actor, audit(id, 'caseConference.actionUpdated', { status }));
    return present(tx, actor, s);
  });
}

/** On the youth's file, for the bringing organisation only: where this youth was discussed. */
export async function fileConferenceCases(platform: Platform, actor: Actor, youthId: string) {
  return onCaseFile(platform, actor, youthId, 'read', async (tx, access) => {
    const rows = (
      await sql<{ conference_id: string; title: string; starts_at: Date | string; status: ConferenceStatus; case_id: string; brought_at: Date | string }>`
        SELECT c.id AS conference_id, c.title, c.starts_at, c.status, k.id AS case_id, k.brought_at
        FROM case_conference_case_links l JOIN case_conference_cases k ON k.id = l.case_id JOIN case_conferences c ON c.id = k.conference_id
        WHERE l.youth_id = ${youthId} ORDER BY c.starts_at DESC`.execute(tx)
    ).rows;
    await recordAudit(tx, actor, fileAudit(youthId, access.facts, access.via, { action: 'caseConference.fileCasesRead', details: { count: rows.length } }));
    return {
      cases: rows.map((r) => ({ conferenceId: r.conference_id, conferenceTitle: r.title, startsAt: iso(r.starts_at), status: r.status, caseId: r.case_id, broughtAt: iso(r.brought_at) })),
    };
  });
}
