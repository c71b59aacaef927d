// Missing episodes on a youth's file: start one in a minute, keep its
// notifications, record the return with the medical check and the follow-up,
// and transfer responsibility when the youth moves elsewhere meanwhile. Each
// use case runs through onCaseFile (policy, audit, one transaction); the
// timeline event is written in the same transaction as the change it records.
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../platform/errors.js';
import type { Platform } from '../../platform/http/app-types.js';
import { nowInNetherlands } from '../../platform/http/schemas.js';
import type { FieldMessageKey } from '../../platform/i18n/fieldMessages.js';
import { fileAudit, onCaseFile, type FileAccess } from '../caseFiles/fileAccess.js';
import { medicalDecisionKind } from '../caseFiles/records/kinds/care.js';
import type { RecordKind } from '../caseFiles/records/recordKind.js';
import { createIn } from '../caseFiles/records/records.service.js';
import { readEpisodes } from './episodes.read.js';
import { RETURN_STEPS, type EpisodeStep, type EventKind } from './missing.options.js';
import type { DetailsInput, EpisodeOutput, MedicalCheckInput, ReturnInput, StartInput, StepInput, TransferInput } from './missing.schemas.js';
import { assessUrgency, urgencyProblems } from './urgency.js';
import './missing.tables.js';

type Problem = { path: string; key: FieldMessageKey };
type EpisodeRow = { id: string; status: string; last_seen_at: Date; updated_at: Date };

/** A local Dutch time from a form, as a moment. */
export const localMoment = (value: string) => sql<string>`${value}::timestamp AT TIME ZONE 'Europe/Amsterdam'`;

/** Not in the future; a few minutes of difference between the device's clock and the server's are allowed. */
const inFuture = (local: string) => local > nowInNetherlands(new Date(Date.now() + 5 * 60_000));

function checkDetails(input: StartInput): Problem[] {
  const problems: Problem[] = [];
  if (inFuture(input.lastSeenAt)) problems.push({ path: 'lastSeenAt', key: 'dateInFuture' });
  for (const p of urgencyProblems(input.urgency)) {
    problems.push(
      p.key === 'explanationMissing'
        ? { path: `urgency.${p.index}.explanation`, key: 'urgencyExplanationMissing' }
        : { path: `urgency.${p.index}.criterion`, key: p.key === 'criterionTwice' ? 'criterionTwice' : 'invalidOption' },
    );
  }
  return problems;
}

function detailColumns(input: StartInput) {
  // Stored in the fixed order of the criteria, so the sheet and the screen read the same way.
  const { criteria } = assessUrgency(input.urgency);
  const urgency = criteria.map((criterion) => ({ criterion, explanation: input.urgency.find((u) => u.criterion === criterion)!.explanation }));
  return {
    last_seen_at: localMoment(input.lastSeenAt),
    last_seen_place: input.lastSeenPlace,
    circumstances: input.circumstances,
    appearance: input.appearance,
    companions: input.companions,
    urgency_criteria: JSON.stringify(urgency),
    parents_contact: input.parentsContact,
    guardian_contact: input.guardianContact,
  };
}

async function addEvent(tx: Tx, actor: Actor, youthId: string, episodeId: string, kind: EventKind, at: ReturnType<typeof localMoment> | 'now', note = '') {
  await tx
    .insertInto('missing_episode_events')
    .values({
      organisation_id: actor.organisationId,
      youth_id: youthId,
      episode_id: episodeId,
      kind,
      at: at === 'now' ? sql<string>`now()` : at,
      note,
      recorded_by: actor.userId,
    })
    .execute();
}

function audit(tx: Tx, actor: Actor, youthId: string, access: FileAccess, action: Parameters<typeof fileAudit>[3]['action'], episodeId: string, details?: Record<string, unknown>) {
  return recordAudit(tx, actor, fileAudit(youthId, access.facts, access.via, { action, recordType: 'missingEpisode', recordId: episodeId, ...(details ? { details } : {}) }));
}

async function lockedEpisode(tx: Tx, actor: Actor, youthId: string, episodeId: string): Promise<EpisodeRow> {
  const row = await tx
    .selectFrom('missing_episodes')
    .select(['id', 'status', 'last_seen_at', 'updated_at'])
    .where('id', '=', episodeId)
    .where('youth_id', '=', youthId)
    .where('organisation_id', '=', actor.organisationId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

async function touch(tx: Tx, actor: Actor, episodeId: string, set: Record<string, unknown>) {
  await tx
    .updateTable('missing_episodes')
    .set({ ...set, updated_by: actor.userId, updated_at: sql`now()` } as never)
    .where('id', '=', episodeId)
    .where('organisation_id', '=', actor.organisationId)
    .execute();
}

async function one(tx: Tx, actor: Actor, youthId: string, episodeId: string): Promise<EpisodeOutput> {
  const [episode] = await readEpisodes(tx, actor, youthId, episodeId);
  return episode!;
}

/**
 * The description as it stood, kept in the file's record history: a
 * correction overwrites the row, never the past (read with the history route).
 */
async function snapshot(tx: Tx, actor: Actor, youthId: string, episode: EpisodeOutput, change: 'created' | 'updated') {
  const { events: _events, sheets: _sheets, ...described } = episode;
  await tx
    .insertInto('case_record_history')
    .values({ organisation_id: actor.organisationId, youth_id: youthId, record_kind: 'missingEpisode', record_id: episode.id, change, snapshot: JSON.stringify(described), changed_by: actor.userId })
    .execute();
}

/** A second open episode meets the partial unique index; say so in words. */
function isOneOpenViolation(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; message?: string };
  return e?.code === '23505' && (e.constraint === 'missing_episodes_one_open' || String(e.message).includes('missing_episodes_one_open'));
}

export async function listEpisodes(platform: Platform, actor: Actor, youthId: string): Promise<EpisodeOutput[]> {
  return onCaseFile(platform, actor, youthId, 'read', async (tx, access) => {
    const episodes = await readEpisodes(tx, actor, youthId);
    await recordAudit(tx, actor, fileAudit(youthId, access.facts, access.via, { action: 'missingEpisode.listed', recordType: 'missingEpisode', details: { count: episodes.length } }));
    return episodes;
  });
}

export async function startEpisode(platform: Platform, actor: Actor, youthId: string, input: StartInput): Promise<EpisodeOutput> {
  try {
    return await onCaseFile(platform, actor, youthId, 'update', async (tx, access) => {
      const problems = checkDetails(input);
      if (problems.length) throw new FieldRuleError(problems);
      const open = await tx.selectFrom('missing_episodes').select('id').where('youth_id', '=', youthId).where('status', '=', 'open').executeTakeFirst();
      if (open) throw new AppError('EPISODE_OPEN');
      const row = await tx
        .insertInto('missing_episodes')
        .values({ organisation_id: actor.organisationId, youth_id: youthId, ...detailColumns(input), created_by: actor.userId, updated_by: actor.userId })
        .returning('id')
        .executeTakeFirstOrThrow();
      await addEvent(tx, actor, youthId, row.id, 'started', localMoment(input.lastSeenAt), input.lastSeenPlace);
      const { criteria } = assessUrgency(input.urgency);
      // Criteria by name only: the explanations stay in the file, behind its access.
      await audit(tx, actor, youthId, access, 'missingEpisode.started', row.id, { urgent: criteria.length > 0, criteria });
      const episode = await one(tx, actor, youthId, row.id);
      await snapshot(tx, actor, youthId, episode, 'created');
      return episode;
    });
  } catch (error) {
    if (isOneOpenViolation(error)) throw new AppError('EPISODE_OPEN');
    throw error;
  }
}

export async function updateDetails(platform: Platform, actor: Actor, youthId: string, episodeId: string, input: DetailsInput): Promise<EpisodeOutput> {
  return onCaseFile(platform, actor, youthId, 'update', async (tx, access) => {
    const episode = await lockedEpisode(tx, actor, youthId, episodeId);
    if (new Date(episode.updated_at).toISOString() !== new Date(input.updatedAt).toISOString()) throw new AppError('EDIT_CONFLICT');
    const problems = checkDetails(input);
    if (problems.length) throw new FieldRuleError(problems);
    await touch(tx, actor, episodeId, detailColumns(input));
    await addEvent(tx, actor, youthId, episodeId, 'detailsUpdated', 'now');
    await audit(tx, actor, youthId, access, 'missingEpisode.updated', episodeId, { criteria: assessUrgency(input.urgency).criteria });
    const updated = await one(tx, actor, youthId, episodeId);
    await snapshot(tx, actor, youthId, updated, 'updated');
    return updated;
  });
}

/** The columns each step sets on the episode; a note-only step sets none. */
function stepColumns(input: StepInput): Record<string, unknown> {
  const at = localMoment(input.at);
  switch (input.step) {
    case 'emergencyCall':
      return { emergency_call_at: at };
    case 'policeReport':
      return { police_report_at: at, police_reference: input.reference || null };
    case 'parentsInformed':
      return { parents_informed_at: at };
    case 'guardianInformed':
      return { guardian_informed_at: at, guardian_available: input.guardianAvailable };
    case 'returnReported':
      return { return_reported_at: at };
    case 'everyoneInformed':
      return { everyone_informed_at: at };
    case 'policeConsulted':
      return { police_consulted_at: at, police_consulted_note: input.note };
    case 'evaluationDone':
      return { evaluation_done_at: at, evaluation_notes: input.note, evaluation_with_youth: input.withYouth };
    case 'safetyPlanUpdated':
      return { safety_plan_marked_at: at, safety_plan_note: input.note };
    case 'note':
      return {};
  }
}

const NOTE_REQUIRED: readonly EpisodeStep[] = ['policeConsulted', 'evaluationDone', 'safetyPlanUpdated', 'note'];

export async function recordStep(platform: Platform, actor: Actor, youthId: string, episodeId: string, input: StepInput): Promise<EpisodeOutput> {
  return onCaseFile(platform, actor, youthId, 'update', async (tx, access) => {
    const episode = await lockedEpisode(tx, actor, youthId, episodeId);
    const problems: Problem[] = [];
    if ((RETURN_STEPS as readonly string[]).includes(input.step) && episode.status !== 'returned') problems.push({ path: 'step', key: 'episodeStillOpen' });
    if (inFuture(input.at)) problems.push({ path: 'at', key: 'dateInFuture' });
    if (NOTE_REQUIRED.includes(input.step) && input.note === '') problems.push({ path: 'note', key: 'required' });
    if (input.step === 'guardianInformed' && input.guardianAvailable === null) problems.push({ path: 'guardianAvailable', key: 'required' });
    if (input.step === 'evaluationDone' && input.withYouth === null) problems.push({ path: 'withYouth', key: 'required' });
    if (problems.length) throw new FieldRuleError(problems);
    const columns = stepColumns(input);
    if (Object.keys(columns).length) await touch(tx, actor, episodeId, columns);
    const note = input.step === 'policeReport' && input.reference ? [input.reference, input.note].filter(Boolean).join(' — ') : input.note;
    await addEvent(tx, actor, youthId, episodeId, input.step, localMoment(input.at), note);
    await audit(tx, actor, youthId, access, 'missingEpisode.stepRecorded', episodeId, { step: input.step });
    return one(tx, actor, youthId, episodeId);
  });
}

/** The medical check as a medical decision "after running away", through the records layer (quality indicator 3.1 counts these). */
async function addMedicalCheck(tx: Tx, platform: Platform, actor: Actor, youthId: string, access: FileAccess, episodeId: string, check: MedicalCheckInput, decidedOn: string) {
  const input = medicalDecisionKind.input.parse({ ...check, decidedOn, moment: 'afterMissing', medication: 'notNeeded', firstAid: 'notNeeded' });
  const record = await createIn(tx, platform, actor, youthId, medicalDecisionKind as unknown as RecordKind, access, input as Record<string, unknown>);
  await touch(tx, actor, episodeId, { medical_decision_id: record.id });
  await addEvent(tx, actor, youthId, episodeId, 'medicalCheck', 'now', check.outcome);
}

export async function recordReturn(platform: Platform, actor: Actor, youthId: string, episodeId: string, input: ReturnInput): Promise<EpisodeOutput> {
  return onCaseFile(platform, actor, youthId, 'update', async (tx, access) => {
    const episode = await lockedEpisode(tx, actor, youthId, episodeId);
    if (episode.status !== 'open') throw new AppError('EPISODE_RETURNED');
    const problems: Problem[] = [];
    const at = localMoment(input.returnedAt);
    // Last seen is a minute from a form too, so the two compare minute to minute.
    const { rows } = await sql<{ before: boolean }>`SELECT ${at} < date_trunc('minute', ${new Date(episode.last_seen_at).toISOString()}::timestamptz) AS before`.execute(tx);
    if (inFuture(input.returnedAt)) problems.push({ path: 'returnedAt', key: 'dateInFuture' });
    else if (rows[0]?.before) problems.push({ path: 'returnedAt', key: 'returnBeforeLastSeen' });
    if (problems.length) throw new FieldRuleError(problems);
    await touch(tx, actor, episodeId, {
      status: 'returned',
      // Within the minute last seen, never before it.
      returned_at: sql`greatest(${at}, last_seen_at)`,
      found_place: input.foundPlace,
      found_by: input.foundBy,
      return_notes: input.notes,
      ...(input.returnReported ? { return_reported_at: at } : {}),
      ...(input.everyoneInformed ? { everyone_informed_at: at } : {}),
    });
    await addEvent(tx, actor, youthId, episodeId, 'returned', at, input.foundPlace);
    if (input.returnReported) await addEvent(tx, actor, youthId, episodeId, 'returnReported', at);
    if (input.everyoneInformed) await addEvent(tx, actor, youthId, episodeId, 'everyoneInformed', at);
    await audit(tx, actor, youthId, access, 'missingEpisode.returned', episodeId, { foundBy: input.foundBy, medicalCheck: input.medicalCheck !== null });
    if (input.medicalCheck) await addMedicalCheck(tx, platform, actor, youthId, access, episodeId, input.medicalCheck, input.returnedAt.slice(0, 10));
    return one(tx, actor, youthId, episodeId);
  });
}

/** A medical check recorded after the return was saved (the next day, say). */
export async function recordMedicalCheck(platform: Platform, actor: Actor, youthId: string, episodeId: string, input: MedicalCheckInput): Promise<EpisodeOutput> {
  return onCaseFile(platform, actor, youthId, 'update', async (tx, access) => {
    const episode = await lockedEpisode(tx, actor, youthId, episodeId);
    if (episode.status !== 'returned') throw new FieldRuleError([{ path: 'stiCheck', key: 'episodeStillOpen' }]);
    await addMedicalCheck(tx, platform, actor, youthId, access, episodeId, input, nowInNetherlands().slice(0, 10));
    return one(tx, actor, youthId, episodeId);
  });
}

export async function transferResponsibility(platform: Platform, actor: Actor, youthId: string, episodeId: string, input: TransferInput): Promise<EpisodeOutput> {
  return onCaseFile(platform, actor, youthId, 'update', async (tx, access) => {
    const episode = await lockedEpisode(tx, actor, youthId, episodeId);
    if (episode.status !== 'open') throw new AppError('EPISODE_RETURNED');
    if (inFuture(input.transferredAt)) throw new FieldRuleError([{ path: 'transferredAt', key: 'dateInFuture' }]);
    const at = localMoment(input.transferredAt);
    await touch(tx, actor, episodeId, {
      transferred_at: at,
      transferred_to: input.transferredTo,
      transfer_reason: input.reason,
      transfer_police_informed_at: input.policeInformed ? at : null,
    });
    await addEvent(tx, actor, youthId, episodeId, 'transferred', at, input.transferredTo);
    await audit(tx, actor, youthId, access, 'missingEpisode.transferred', episodeId, { policeInformed: input.policeInformed });
    return one(tx, actor, youthId, episodeId);
  });
}
