// The staff expertise register: trainings and professional registrations per
// member of staff, the ratios per team, and the reminders before a
// registration expires. Personal data of staff: every read and every change is
// one transaction with its audit event (qualityAccess.ts decides who). Nothing
// is deleted: a wrong entry is withdrawn and stays on record, and every change
// leaves a snapshot in expertise_history.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../../platform/errors.js';
import { todayInNetherlands } from '../../../platform/http/schemas.js';
import type { Platform } from '../../../platform/http/app-types.js';
import type { FieldMessageKey } from '../../../platform/i18n/fieldMessages.js';
import { EXPIRY_REMINDER_DAYS, type TrainingTopic } from './expertise.options.js';
import type {
  OverviewOutput,
  PersonOutput,
  RegistrationInput,
  RegistrationOutput,
  RegistrationUpdate,
  ReminderOutput,
  TrainingInput,
  TrainingOutput,
  TrainingUpdate,
  WithdrawInput,
} from './expertise.schemas.js';
import { countsAsRegistered, daysBetween, registrationState } from './expiry.js';
import { checkLinkableDocument, readDocumentContent } from './qualityDocuments.js';
import { inQuality, iso, json, userNames } from './qualityAccess.js';
import { CASE_ROLES, staffTrainingCoverage } from './staffCoverage.js';
import { teamRatios, teamRatiosCsv } from './teamRatios.js';
import './expertise.tables.js';

type Problem = { path: string; key: FieldMessageKey };

// ---- reading -------------------------------------------------------------

function trainingColumns(tx: Tx) {
  return tx
    .selectFrom('staff_trainings as t')
    .leftJoin('quality_documents as d', 'd.id', 't.certificate_id')
    .select([
      't.id',
      't.user_id',
      't.title',
      't.provider',
      sql<string>`to_char(t.completed_on, 'YYYY-MM-DD')`.as('completed_on'),
      't.accredited',
      't.accreditation_body',
      't.accreditation_points',
      't.topics',
      't.notes',
      't.certificate_id',
      'd.file_name',
      'd.mime_type',
      'd.byte_size',
      't.withdrawn_at',
      't.withdrawn_reason',
      't.version',
      't.updated_at',
      't.updated_by',
    ]);
}
type TrainingRow = Awaited<ReturnType<ReturnType<typeof trainingColumns>['executeTakeFirstOrThrow']>>;

function registrationColumns(tx: Tx) {
  return tx
    .selectFrom('professional_registrations as p')
    .select([
      'p.id',
      'p.user_id',
      'p.register',
      'p.register_name',
      'p.registration_number',
      sql<string>`to_char(p.registered_from, 'YYYY-MM-DD')`.as('registered_from'),
      sql<string>`to_char(p.expires_on, 'YYYY-MM-DD')`.as('expires_on'),
      'p.notes',
      'p.withdrawn_at',
      'p.withdrawn_reason',
      'p.version',
      'p.updated_at',
      'p.updated_by',
    ]);
}
type RegistrationRow = Awaited<ReturnType<ReturnType<typeof registrationColumns>['executeTakeFirstOrThrow']>>;

function presentTraining(r: TrainingRow, names: Map<string, string>): TrainingOutput {
  return {
    id: r.id,
    userId: r.user_id,
    title: r.title,
    provider: r.provider,
    completedOn: r.completed_on,
    accredited: r.accredited,
    accreditationBody: r.accreditation_body,
    accreditationPoints: r.accreditation_points === null ? null : Number(r.accreditation_points),
    topics: r.topics as TrainingTopic[],
    relevant: r.topics.length > 0,
    notes: r.notes,
    certificateId: r.certificate_id,
    certificate: r.file_name && r.mime_type && r.byte_size ? { fileName: r.file_name, mimeType: r.mime_type, bytes: r.byte_size } : null,
    withdrawn: r.withdrawn_at && r.withdrawn_reason ? { at: iso(r.withdrawn_at), reason: r.withdrawn_reason } : null,
    version: r.version,
    updatedAt: iso(r.updated_at),
    updatedByName: r.updated_by ? (names.get(r.updated_by) ?? null) : null,
  };
}

function presentRegistration(r: RegistrationRow, names: Map<string, string>, today: string): RegistrationOutput {
  return {
    id: r.id,
    userId: r.user_id,
    register: r.register,
    registerName: r.register_name,
    registrationNumber: r.registration_number,
    registeredFrom: r.registered_from,
    expiresOn: r.expires_on,
    state: registrationState({ registeredFrom: r.registered_from, expiresOn: r.expires_on, withdrawn: r.withdrawn_at !== null }, today),
    daysToExpiry: daysBetween(today, r.expires_on),
    notes: r.notes,
    withdrawn: r.withdrawn_at && r.withdrawn_reason ? { at: iso(r.withdrawn_at), reason: r.withdrawn_reason } : null,
    version: r.version,
    updatedAt: iso(r.updated_at),
    updatedByName: r.updated_by ? (names.get(r.updated_by) ?? null) : null,
  };
}

async function teamsOf(tx: Tx, userIds: string[]): Promise<Map<string, { id: string; name: string }[]>> {
  const result = new Map<string, { id: string; name: string }[]>();
  if (userIds.length === 0) return result;
  const rows = await tx
    .selectFrom('team_members as m')
    .innerJoin('teams as t', 't.id', 'm.team_id')
    .select(['m.user_id', 't.id', 't.name'])
    .where('m.user_id', 'in', userIds)
    .orderBy('t.name')
    .execute();
  for (const row of rows) result.set(row.user_id, [...(result.get(row.user_id) ?? []), { id: row.id, name: row.name }]);
  return result;
}

/**
 * Registrations to be reminded of: of active staff, not withdrawn, expiring
 * within EXPIRY_REMINDER_DAYS or expired, and only the latest one per person
 * and register (a renewal ends the reminder of the registration it renews).
 */
async function reminders(tx: Tx, actor: Actor, today: string, onlyUserId?: string): Promise<ReminderOutput[]> {
  let query = tx
    .selectFrom('professional_registrations as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.id', 'p.user_id', 'u.display_name', 'p.register', 'p.register_name', sql<string>`to_char(p.expires_on, 'YYYY-MM-DD')`.as('expires_on')])
    .where('p.organisation_id', '=', actor.organisationId)
    .where('p.withdrawn_at', 'is', null)
    .where('u.active', '=', true)
    .where(sql<boolean>`p.expires_on <= ${today}::date + ${EXPIRY_REMINDER_DAYS}::int`)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('professional_registrations as later')
            .select('later.id')
            .whereRef('later.user_id', '=', 'p.user_id')
            .whereRef('later.register', '=', 'p.register')
            .where('later.withdrawn_at', 'is', null)
            .whereRef('later.expires_on', '>', 'p.expires_on'),
        ),
      ),
    );
  if (onlyUserId) query = query.where('p.user_id', '=', onlyUserId);
  const rows = await query.orderBy('p.expires_on').orderBy('u.display_name').limit(500).execute();
  return rows.map((r) => {
    const days = daysBetween(today, r.expires_on);
    return {
      registrationId: r.id,
      userId: r.user_id,
      displayName: r.display_name,
      register: r.register,
      registerName: r.register_name,
      expiresOn: r.expires_on,
      daysToExpiry: days,
      state: days < 0 ? ('expired' as const) : ('expiresSoon' as const),
    };
  });
}

/** The register's overview: staff with a case role, the ratios per team, and the reminders. */
export function readExpertiseOverview(platform: Platform, actor: Actor): Promise<OverviewOutput> {
  return inQuality(platform, actor, { on: 'expertise', do: 'read' }, 'expertise.read', async (tx) => {
    const today = todayInNetherlands();
    const { staff, ratios } = await staffAndRatios(tx, actor, today);
    const registrations = staff.length
      ? await registrationColumns(tx)
          .where('p.organisation_id', '=', actor.organisationId)
          .where('p.user_id', 'in', staff.map((s) => s.userId))
          .where('p.withdrawn_at', 'is', null)
          .orderBy('p.expires_on', 'desc')
          .execute()
      : [];
    const trainings = staff.length
      ? await tx
          .selectFrom('staff_trainings')
          .select([
            'user_id',
            sql<number>`count(*)::int`.as('total'),
            sql<number>`(count(*) FILTER (WHERE cardinality(topics) > 0))::int`.as('relevant'),
            sql<number>`(count(*) FILTER (WHERE accredited))::int`.as('accredited'),
            sql<string>`to_char(max(completed_on), 'YYYY-MM-DD')`.as('last_on'),
          ])
          .where('organisation_id', '=', actor.organisationId)
          .where('withdrawn_at', 'is', null)
          .where('user_id', 'in', staff.map((s) => s.userId))
          .groupBy('user_id')
          .execute()
      : [];
    const byUser = new Map(trainings.map((t) => [t.user_id, t]));
    const teams = await teamsOf(tx, staff.map((s) => s.userId));
    const noNames = new Map<string, string>();
    const rows = staff.map((person) => {
      const own = registrations.filter((r) => r.user_id === person.userId).map((r) => presentRegistration(r, noNames, today));
      // Expiring last first (the query's order): a valid one if there is one, else the latest.
      const shown = own.find((r) => countsAsRegistered(r.state)) ?? own[0] ?? null;
      const t = byUser.get(person.userId);
      return {
        userId: person.userId,
        displayName: person.displayName,
        teams: teams.get(person.userId) ?? [],
        registeredToday: person.registeredOn,
        registration: shown && { id: shown.id, register: shown.register, registerName: shown.registerName, expiresOn: shown.expiresOn, state: shown.state, daysToExpiry: shown.daysToExpiry },
        trainings: t?.total ?? 0,
        relevantTrainings: t?.relevant ?? 0,
        accreditedTrainings: t?.accredited ?? 0,
        lastTrainingOn: t?.last_on ?? null,
      };
    });
    const due = await reminders(tx, actor, today);
    await recordAudit(tx, actor, { action: 'expertise.read', recordType: 'expertise', details: { staff: rows.length, reminders: due.length } });
    return { today, staff: rows, ratios, reminders: due };
  });
}

async function staffAndRatios(tx: Tx, actor: Actor, today: string) {
  const staff = await staffTrainingCoverage(tx, today);
  const teams = await tx.selectFrom('teams').select(['id', 'name']).where('organisation_id', '=', actor.organisationId).orderBy('name').execute();
  return { staff, ratios: teamRatios(staff, teams) };
}

/** The ratios per team as CSV, for the given labels of the two rows that are not a team. */
export function exportTeamRatios(platform: Platform, actor: Actor, labels: { noTeam: string; organisation: string }): Promise<{ csv: string; today: string }> {
  return inQuality(platform, actor, { on: 'expertise', do: 'read' }, 'expertise.exported', async (tx) => {
    const today = todayInNetherlands();
    const { ratios } = await staffAndRatios(tx, actor, today);
    await recordAudit(tx, actor, { action: 'expertise.exported', recordType: 'expertise', details: { format: 'csv', rows: ratios.length } });
    return { csv: teamRatiosCsv(ratios, labels), today };
  });
}

/** Registrations expiring within 60 days or expired: the start page of the quality officer. */
export function readExpiryReminders(platform: Platform, actor: Actor): Promise<ReminderOutput[]> {
  return inQuality(platform, actor, { on: 'expertise', do: 'manage' }, 'expertise.remindersRead', async (tx) => {
    const due = await reminders(tx, actor, todayInNetherlands());
    await recordAudit(tx, actor, { action: 'expertise.remindersRead', recordType: 'expertise', details: { count: due.length } });
    return due;
  });
}

async function person(tx: Tx, actor: Actor, userId: string, today: string): Promise<PersonOutput | undefined> {
  const user = await tx.selectFrom('users').select(['id', 'display_name', 'active']).where('id', '=', userId).where('organisation_id', '=', actor.organisationId).executeTakeFirst();
  if (!user) return undefined;
  const roles = await tx.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute();
  const trainings = await trainingColumns(tx).where('t.user_id', '=', userId).where('t.organisation_id', '=', actor.organisationId).orderBy('t.completed_on', 'desc').execute();
  const registrations = await registrationColumns(tx).where('p.user_id', '=', userId).where('p.organisation_id', '=', actor.organisationId).orderBy('p.expires_on', 'desc').execute();
  const names = await userNames(tx, [...trainings.map((t) => t.updated_by), ...registrations.map((r) => r.updated_by)]);
  const presentedTrainings = trainings.map((t) => presentTraining(t, names));
  const presentedRegistrations = registrations.map((r) => presentRegistration(r, names, today));
  return {
    userId: user.id,
    displayName: user.display_name,
    active: user.active,
    caseRole: roles.some((r) => CASE_ROLES.includes(r.role)),
    teams: (await teamsOf(tx, [user.id])).get(user.id) ?? [],
    registeredToday: presentedRegistrations.some((r) => countsAsRegistered(r.state)),
    hasRelevantTraining: presentedTrainings.some((t) => t.relevant && !t.withdrawn && t.completedOn <= today),
    trainings: presentedTrainings,
    registrations: presentedRegistrations,
  };
}

/** One person's trainings and registrations: the quality officer, those who read quality work, or the person themself. */
export function readPerson(platform: Platform, actor: Actor, userId: string): Promise<PersonOutput> {
  return inQuality(platform, actor, { on: 'expertise', do: 'readPerson', userId }, 'expertise.personRead', async (tx) => {
    const found = await person(tx, actor, userId, todayInNetherlands());
    if (!found) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, {
      action: 'expertise.personRead',
      recordType: 'staffMember',
      recordId: userId,
      details: { own: userId === actor.userId, trainings: found.trainings.length, registrations: found.registrations.length },
    });
    return found;
  });
}

/** Your own entries, with a reminder when your registration expires soon or has expired. */
export function readOwnExpertise(platform: Platform, actor: Actor): Promise<PersonOutput & { reminders: ReminderOutput[] }> {
  return inQuality(platform, actor, { on: 'expertise', do: 'readPerson', userId: actor.userId }, 'expertise.personRead', async (tx) => {
    const today = todayInNetherlands();
    const found = await person(tx, actor, actor.userId, today);
    if (!found) throw new AppError('NOT_FOUND');
    const due = await reminders(tx, actor, today, actor.userId);
    await recordAudit(tx, actor, { action: 'expertise.personRead', recordType: 'staffMember', recordId: actor.userId, details: { own: true, reminders: due.length } });
    return { ...found, reminders: due };
  });
}

export function readCertificate(platform: Platform, actor: Actor, trainingId: string) {
  let training: { user_id: string; certificate_id: string | null } | undefined;
  // Whose certificate it is decides who may read it. One that does not exist
  // is nobody's: refused to those who may only read their own, not found for the others.
  const whose = async (tx: Tx) => {
    training = await tx.selectFrom('staff_trainings').select(['user_id', 'certificate_id']).where('id', '=', trainingId).where('organisation_id', '=', actor.organisationId).executeTakeFirst();
    return { on: 'expertise' as const, do: 'readPerson' as const, userId: training?.user_id ?? 'nobody' };
  };
  return inQuality(platform, actor, whose, 'staffTraining.certificateRead', async (tx) => {
    if (!training?.certificate_id) throw new AppError('NOT_FOUND');
    const document = await readDocumentContent(tx, training.certificate_id);
    await recordAudit(tx, actor, { action: 'staffTraining.certificateRead', recordType: 'staffTraining', recordId: trainingId, details: { own: training.user_id === actor.userId } });
    return document;
  });
}

export function readExpertiseHistory(platform: Platform, actor: Actor, subjectId: string) {
  return inQuality(platform, actor, { on: 'expertise', do: 'read' }, 'expertise.historyRead', async (tx) => {
    const rows = await tx
      .selectFrom('expertise_history as h')
      .leftJoin('users as u', 'u.id', 'h.changed_by')
      .select(['h.subject_type', 'h.change', 'h.snapshot', 'h.changed_at', 'u.display_name'])
      .where('h.subject_id', '=', subjectId)
      .where('h.organisation_id', '=', actor.organisationId)
      .orderBy('h.id', 'desc')
      .limit(200)
      .execute();
    if (rows.length === 0) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, { action: 'expertise.historyRead', recordType: rows[0]!.subject_type === 'training' ? 'staffTraining' : 'professionalRegistration', recordId: subjectId });
    return rows.map((r) => ({ change: r.change, changedAt: iso(r.changed_at), changedByName: r.display_name, snapshot: json<Record<string, unknown>>(r.snapshot) }));
  });
}

// ---- changing ------------------------------------------------------------

/** The person an entry is for: an active colleague of this organisation who works in case files. */
async function checkStaffMember(tx: Tx, actor: Actor, userId: string, problems: Problem[]) {
  const user = await tx
    .selectFrom('users as u')
    .select('u.id')
    .where('u.id', '=', userId)
    .where('u.organisation_id', '=', actor.organisationId)
    .where('u.active', '=', true)
    .where((eb) => eb.exists(eb.selectFrom('user_roles as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id').where('r.role', 'in', [...CASE_ROLES])))
    .executeTakeFirst();
  if (!user) problems.push({ path: 'userId', key: 'notCaseStaff' });
}

async function trainingColumnsFrom(tx: Tx, actor: Actor, input: TrainingUpdate | TrainingInput, ownTrainingId?: string) {
  const problems: Problem[] = [];
  if ('userId' in input) await checkStaffMember(tx, actor, input.userId, problems);
  if (input.completedOn > todayInNetherlands()) problems.push({ path: 'completedOn', key: 'dateInFuture' });
  if (input.accredited && input.accreditationBody === '') problems.push({ path: 'accreditationBody', key: 'accreditationBodyMissing' });
  if (!input.accredited && input.accreditationPoints !== null) problems.push({ path: 'accreditationPoints', key: 'pointsWithoutAccreditation' });
  if (problems.length > 0) throw new FieldRuleError(problems);
  if (input.certificateId) await checkLinkableDocument(tx, actor, input.certificateId, 'certificate', 'certificateId', ownTrainingId);
  return {
    title: input.title,
    provider: input.provider,
    completed_on: input.completedOn,
    accredited: input.accredited,
    accreditation_body: input.accredited ? input.accreditationBody : null,
    accreditation_points: input.accredited ? input.accreditationPoints : null,
    topics: [...new Set(input.topics)],
    notes: input.notes,
    certificate_id: input.certificateId,
  };
}

async function trainingSnapshot(tx: Tx, actor: Actor, id: string, change: 'created' | 'updated' | 'withdrawn'): Promise<TrainingOutput> {
  const row = await trainingColumns(tx).where('t.id', '=', id).executeTakeFirstOrThrow();
  const training = presentTraining(row, await userNames(tx, [row.updated_by]));
  await tx
    .insertInto('expertise_history')
    .values({ organisation_id: actor.organisationId, subject_type: 'training', subject_id: id, change, snapshot: JSON.stringify(training), changed_by: actor.userId })
    .execute();
  return training;
}

export function recordTraining(platform: Platform, actor: Actor, input: TrainingInput): Promise<TrainingOutput> {
  return inQuality(platform, actor, { on: 'expertise', do: 'manage' }, 'staffTraining.recorded', async (tx) => {
    const columns = await trainingColumnsFrom(tx, actor, input);
    const row = await tx
      .insertInto('staff_trainings')
      .values({ organisation_id: actor.organisationId, user_id: input.userId, ...columns, created_by: actor.userId, updated_by: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    const training = await trainingSnapshot(tx, actor, row.id, 'created');
    await recordAudit(tx, actor, { action: 'staffTraining.recorded', recordType: 'staffTraining', recordId: row.id, details: { staffMember: input.userId, relevant: training.relevant, accredited: training.accredited } });
    return training;
  });
}

/** The entry locked for a change, when it is this organisation's and still at the version the form was read at. */
async function lockedForChange(tx: Tx, actor: Actor, table: 'staff_trainings' | 'professional_registrations', id: string, version: number) {
  const existing = await tx.selectFrom(table).select(['id', 'user_id', 'version', 'withdrawn_at']).where('id', '=', id).where('organisation_id', '=', actor.organisationId).forUpdate().executeTakeFirst();
  if (!existing) throw new AppError('NOT_FOUND');
  if (existing.withdrawn_at !== null) throw new AppError('ENTRY_WITHDRAWN');
  if (existing.version !== version) throw new AppError('EDIT_CONFLICT');
  return existing;
}

export function updateTraining(platform: Platform, actor: Actor, id: string, input: TrainingUpdate): Promise<TrainingOutput> {
  return inQuality(platform, actor, { on: 'expertise', do: 'manage' }, 'staffTraining.updated', async (tx) => {
    const existing = await lockedForChange(tx, actor, 'staff_trainings', id, input.version);
    const columns = await trainingColumnsFrom(tx, actor, input, id);
    await tx
      .updateTable('staff_trainings')
      .set({ ...columns, version: sql<number>`version + 1`, updated_by: actor.userId, updated_at: sql<string>`now()` })
      .where('id', '=', id)
      .where('organisation_id', '=', actor.organisationId)
      .execute();
    const training = await trainingSnapshot(tx, actor, id, 'updated');
    await recordAudit(tx, actor, { action: 'staffTraining.updated', recordType: 'staffTraining', recordId: id, details: { staffMember: existing.user_id, relevant: training.relevant } });
    return training;
  });
}

export function withdrawTraining(platform: Platform, actor: Actor, id: string, input: WithdrawInput): Promise<TrainingOutput> {
  return inQuality(platform, actor, { on: 'expertise', do: 'manage' }, 'staffTraining.withdrawn', async (tx) => {
    const existing = await lockedForChange(tx, actor, 'staff_trainings', id, input.version);
    await tx
      .updateTable('staff_trainings')
      .set({ withdrawn_at: sql<string>`now()`, withdrawn_reason: input.reason, version: sql<number>`version + 1`, updated_by: actor.userId, updated_at: sql<string>`now()` })
      .where('id', '=', id)
      .where('organisation_id', '=', actor.organisationId)
      .execute();
    const training = await trainingSnapshot(tx, actor, id, 'withdrawn');
    await recordAudit(tx, actor, { action: 'staffTraining.withdrawn', recordType: 'staffTraining', recordId: id, details: { staffMember: existing.user_id } });
    return training;
  });
}

function registrationColumnsFrom(input: RegistrationInput | RegistrationUpdate, problems: Problem[]) {
  if (input.register === 'other' && input.registerName === '') problems.push({ path: 'registerName', key: 'registerNameMissing' });
  if (input.expiresOn <= input.registeredFrom) problems.push({ path: 'expiresOn', key: 'expiryNotAfterStart' });
  return {
    register: input.register,
    register_name: input.register === 'other' ? input.registerName : null,
    registration_number: input.registrationNumber,
    registered_from: input.registeredFrom,
    expires_on: input.expiresOn,
    notes: input.notes,
  };
}

async function registrationSnapshot(tx: Tx, actor: Actor, id: string, change: 'created' | 'updated' | 'withdrawn'): Promise<RegistrationOutput> {
  const row = await registrationColumns(tx).where('p.id', '=', id).executeTakeFirstOrThrow();
  const registration = presentRegistration(row, await userNames(tx, [row.updated_by]), todayInNetherlands());
  // The state depends on the day it is read, not on the change: it stays out of the snapshot.
  const { state: _state, daysToExpiry: _days, ...kept } = registration;
  await tx
    .insertInto('expertise_history')
    .values({ organisation_id: actor.organisationId, subject_type: 'registration', subject_id: id, change, snapshot: JSON.stringify(kept), changed_by: actor.userId })
    .execute();
  return registration;
}

export function recordRegistration(platform: Platform, actor: Actor, input: RegistrationInput): Promise<RegistrationOutput> {
  return inQuality(platform, actor, { on: 'expertise', do: 'manage' }, 'professionalRegistration.recorded', async (tx) => {
    const problems: Problem[] = [];
    await checkStaffMember(tx, actor, input.userId, problems);
    const columns = registrationColumnsFrom(input, problems);
    if (problems.length > 0) throw new FieldRuleError(problems);
    const row = await tx
      .insertInto('professional_registrations')
      .values({ organisation_id: actor.organisationId, user_id: input.userId, ...columns, created_by: actor.userId, updated_by: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    const registration = await registrationSnapshot(tx, actor, row.id, 'created');
    await recordAudit(tx, actor, {
      action: 'professionalRegistration.recorded',
      recordType: 'professionalRegistration',
      recordId: row.id,
      details: { staffMember: input.userId, register: input.register, expiresOn: input.expiresOn },
    });
    return registration;
  });
}

export function updateRegistration(platform: Platform, actor: Actor, id: string, input: RegistrationUpdate): Promise<RegistrationOutput> {
  return inQuality(platform, actor, { on: 'expertise', do: 'manage' }, 'professionalRegistration.updated', async (tx) => {
    const existing = await lockedForChange(tx, actor, 'professional_registrations', id, input.version);
    const problems: Problem[] = [];
    const columns = registrationColumnsFrom(input, problems);
    if (problems.length > 0) throw new FieldRuleError(problems);
    await tx
      .updateTable('professional_registrations')
      .set({ ...columns, version: sql<number>`version + 1`, updated_by: actor.userId, updated_at: sql<string>`now()` })
      .where('id', '=', id)
      .where('organisation_id', '=', actor.organisationId)
      .execute();
    const registration = await registrationSnapshot(tx, actor, id, 'updated');
    await recordAudit(tx, actor, {
      action: 'professionalRegistration.updated',
      recordType: 'professionalRegistration',
      recordId: id,
      details: { staffMember: existing.user_id, expiresOn: input.expiresOn },
    });
    return registration;
  });
}

export function withdrawRegistration(platform: Platform, actor: Actor, id: string, input: WithdrawInput): Promise<RegistrationOutput> {
  return inQuality(platform, actor, { on: 'expertise', do: 'manage' }, 'professionalRegistration.withdrawn', async (tx) => {
    const existing = await lockedForChange(tx, actor, 'professional_registrations', id, input.version);
    await tx
      .updateTable('professional_registrations')
      .set({ withdrawn_at: sql<string>`now()`, withdrawn_reason: input.reason, version: sql<number>`version + 1`, updated_by: actor.userId, updated_at: sql<string>`now()` })
      .where('id', '=', id)
      .where('organisation_id', '=', actor.organisationId)
      .execute();
    const registration = await registrationSnapshot(tx, actor, id, 'withdrawn');
    await recordAudit(tx, actor, { action: 'professionalRegistration.withdrawn', recordType: 'professionalRegistration', recordId: id, details: { staffMember: existing.user_id } });
    return registration;
  });
}
