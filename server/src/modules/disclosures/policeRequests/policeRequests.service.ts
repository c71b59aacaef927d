// Police information requests by phone, kept on the youth's file. Someone
// rings saying they are police: the professional writes down who, from which
// unit, on which number and what they ask; then calls back on a number the
// organisation already knew (a partner's number in the directory, never the
// number the caller gave) before anything is given. The request ends as
// "nothing given", "refused" (with the reason) or "information given", which
// is only possible after a confirmed call back and is recorded together with
// the disclosure that says what was given (fileDisclosures.service.ts).
// Requests are never deleted.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { nowInNetherlands } from '../../../platform/http/schemas.js';
import { fileAudit, onCaseFile } from '../../caseFiles/fileAccess.js';
import type { PoliceRequestOutcome } from '../disclosures.options.js';
import type { CallbackInput, CloseRequestInput, PoliceRequestInput, PoliceRequestOutput } from './policeRequests.schemas.js';
import './policeRequests.tables.js';
import '../disclosures.tables.js';

const dutchTime = (local: string) => sql<string>`${local}::timestamp AT TIME ZONE 'Europe/Amsterdam'`;
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

async function present(tx: Tx, actor: Actor, youthId: string, requestId?: string): Promise<PoliceRequestOutput[]> {
  let query = tx
    .selectFrom('police_requests as r')
    .leftJoin('users as recorder', 'recorder.id', 'r.recorded_by')
    .leftJoin('users as closer', 'closer.id', 'r.outcome_by')
    .selectAll('r')
    .select(['recorder.display_name as recorded_by_name', 'closer.display_name as outcome_by_name'])
    .where('r.youth_id', '=', youthId)
    .where('r.organisation_id', '=', actor.organisationId);
  if (requestId) query = query.where('r.id', '=', requestId);
  const requests = await query.orderBy('r.received_at', 'desc').orderBy('r.recorded_at', 'desc').execute();
  const ids = requests.map((r) => r.id);
  const callbacks = ids.length
    ? await tx
        .selectFrom('police_request_callbacks as c')
        .leftJoin('users as u', 'u.id', 'c.called_by')
        .selectAll('c')
        .select('u.display_name as called_by_name')
        .where('c.police_request_id', 'in', ids)
        .where('c.organisation_id', '=', actor.organisationId)
        .orderBy('c.called_at')
        .orderBy('c.recorded_at')
        .execute()
    : [];
  return requests.map((r) => {
    const own = callbacks.filter((c) => c.police_request_id === r.id);
    return {
      id: r.id,
      receivedAt: iso(r.received_at)!,
      callerName: r.caller_name,
      callerUnit: r.caller_unit,
      callerPhone: r.caller_phone,
      question: r.question,
      recordedByName: r.recorded_by_name,
      recordedAt: iso(r.recorded_at)!,
      callbacks: own.map((c) => ({
        id: c.id,
        partnerId: c.partner_id,
        partnerName: c.partner_name,
        phone: c.phone,
        confirmed: c.confirmed,
        note: c.note,
        calledAt: iso(c.called_at)!,
        calledByName: c.called_by_name,
      })),
      verified: own.some((c) => c.confirmed),
      outcome: r.outcome as PoliceRequestOutcome | null,
      outcomeReason: r.outcome_reason,
      outcomeAt: iso(r.outcome_at),
      outcomeByName: r.outcome_by_name,
      disclosureId: r.disclosure_id,
    };
  });
}

async function presentOne(tx: Tx, actor: Actor, youthId: string, requestId: string): Promise<PoliceRequestOutput> {
  const [one] = await present(tx, actor, youthId, requestId);
  return one!;
}

/** The request, locked until the transaction ends, while it is still open. */
async function openRequest(tx: Tx, actor: Actor, youthId: string, requestId: string) {
  const request = await tx
    .selectFrom('police_requests')
    .select(['id', 'outcome', 'received_at'])
    .where('id', '=', requestId)
    .where('youth_id', '=', youthId)
    .where('organisation_id', '=', actor.organisationId)
    .forUpdate()
    .executeTakeFirst();
  if (!request) throw new AppError('NOT_FOUND');
  if (request.outcome !== null) throw new AppError('REQUEST_CLOSED');
  return request;
}

export function listPoliceRequests(platform: Platform, actor: Actor, youthId: string): Promise<PoliceRequestOutput[]> {
  return onCaseFile(platform, actor, youthId, 'read', async (tx, access) => {
    const requests = await present(tx, actor, youthId);
    await recordAudit(tx, actor, fileAudit(youthId, access.facts, access.via, { action: 'policeRequest.listed', recordType: 'policeRequest', details: { count: requests.length } }));
    return requests;
  });
}

export function recordPoliceRequest(platform: Platform, actor: Actor, youthId: string, input: PoliceRequestInput): Promise<PoliceRequestOutput> {
  return onCaseFile(platform, actor, youthId, 'update', async (tx, access) => {
    if (input.receivedAt > nowInNetherlands()) throw new FieldRuleError([{ path: 'receivedAt', key: 'dateInFuture' }]);
    const row = await tx
      .insertInto('police_requests')
      .values({
        organisation_id: actor.organisationId,
        youth_id: youthId,
        received_at: dutchTime(input.receivedAt),
        caller_name: input.callerName,
        caller_unit: input.callerUnit,
        caller_phone: input.callerPhone,
        question: input.question,
        recorded_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, actor, fileAudit(youthId, access.facts, access.via, { action: 'policeRequest.recorded', recordType: 'policeRequest', recordId: row.id }));
    return presentOne(tx, actor, youthId, row.id);
  });
}

/**
 * A call back to a partner's known number. The number is taken from the
 * directory here, not from the request: a number typed in is not known.
 */
export function recordCallback(platform: Platform, actor: Actor, youthId: string, requestId: string, input: CallbackInput): Promise<PoliceRequestOutput> {
  return onCaseFile(platform, actor, youthId, 'update', async (tx, access) => {
    await openRequest(tx, actor, youthId, requestId);
    const problems: FieldRuleError['fields'] = [];
    const partner = await tx
      .selectFrom('partners')
      .select(['id', 'name', 'phone', 'verified_phone'])
      .where('id', '=', input.partnerId)
      .where('organisation_id', '=', actor.organisationId)
      .where('active', '=', true)
      .executeTakeFirst();
    const known = partner ? partner.verified_phone || partner.phone || null : null;
    if (!partner) problems.push({ path: 'partnerId', key: 'unknownPartner' });
    else if (!known) problems.push({ path: 'partnerId', key: 'partnerWithoutNumber' });
    if (input.calledAt > nowInNetherlands()) problems.push({ path: 'calledAt', key: 'dateInFuture' });
    if (problems.length > 0 || !partner || !known) throw new FieldRuleError(problems);
    const row = await tx
      .insertInto('police_request_callbacks')
      .values({
        organisation_id: actor.organisationId,
        police_request_id: requestId,
        partner_id: partner.id,
        partner_name: partner.name,
        phone: known,
        confirmed: input.confirmed,
        note: input.note || null,
        called_at: dutchTime(input.calledAt),
        called_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(
      tx,
      actor,
      fileAudit(youthId, access.facts, access.via, { action: 'policeRequest.callbackRecorded', recordType: 'policeRequest', recordId: requestId, details: { callbackId: row.id, confirmed: input.confirmed } }),
    );
    return presentOne(tx, actor, youthId, requestId);
  });
}

/** Ends the request without giving anything: nothing given, or refused with the reason. */
export function closePoliceRequest(platform: Platform, actor: Actor, youthId: string, requestId: string, input: CloseRequestInput): Promise<PoliceRequestOutput> {
  return onCaseFile(platform, actor, youthId, 'update', async (tx, access) => {
    await openRequest(tx, actor, youthId, requestId);
    if (input.outcome === 'refused' && input.reason === '') throw new FieldRuleError([{ path: 'reason', key: 'requestRefusalReasonMissing' }]);
    await tx
      .updateTable('police_requests')
      .set({ outcome: input.outcome, outcome_reason: input.reason || null, outcome_by: actor.userId, outcome_at: sql<string>`now()` })
      .where('id', '=', requestId)
      .execute();
    await recordAudit(tx, actor, fileAudit(youthId, access.facts, access.via, { action: 'policeRequest.closed', recordType: 'policeRequest', recordId: requestId, details: { outcome: input.outcome } }));
    return presentOne(tx, actor, youthId, requestId);
  });
}

/**
 * Before information is given in answer to a request: the request is open and
 * a call back confirmed the caller. Holds the request's row until the caller's
 * transaction ends, so two answers cannot both pass.
 */
export async function claimPoliceRequest(tx: Tx, actor: Actor, youthId: string, requestId: string): Promise<void> {
  await openRequest(tx, actor, youthId, requestId);
  const confirmed = await tx
    .selectFrom('police_request_callbacks')
    .select('id')
    .where('police_request_id', '=', requestId)
    .where('organisation_id', '=', actor.organisationId)
    .where('confirmed', '=', true)
    .executeTakeFirst();
  if (!confirmed) throw new AppError('CALLBACK_REQUIRED');
}

/** Closes a claimed request as answered by the disclosure just recorded (its audit event says so). */
export async function markAnswered(tx: Tx, actor: Actor, requestId: string, disclosureId: string): Promise<void> {
  await tx
    .updateTable('police_requests')
    .set({ outcome: 'informationGiven', disclosure_id: disclosureId, outcome_by: actor.userId, outcome_at: sql<string>`now()` })
    .where('id', '=', requestId)
    .where('organisation_id', '=', actor.organisationId)
    .execute();
}
