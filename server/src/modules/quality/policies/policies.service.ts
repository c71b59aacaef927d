// The policies register: every policy and protocol of the organisation with its
// current version, owner, adoption and review date and document, and all its
// earlier versions. A new version supersedes the current one and both stay
// readable; a withdrawn policy stays on record. Every change leaves a snapshot
// in policy_history and an audit event in the same transaction.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../../platform/errors.js';
import { todayInNetherlands } from '../../../platform/http/schemas.js';
import type { Platform } from '../../../platform/http/app-types.js';
import type { FieldMessageKey } from '../../../platform/i18n/fieldMessages.js';
import { daysBetween } from '../expertise/expiry.js';
import { checkLinkableDocument, readDocumentContent } from '../expertise/qualityDocuments.js';
import { inQuality, iso, json, userNames } from '../expertise/qualityAccess.js';
import { POLICY_KINDS, POLICY_KIND_SOURCES, REVIEW_REMINDER_DAYS, type PolicyKind, type ReviewState } from './policies.options.js';
import type { PolicyInput, PolicyOutput, PolicyUpdate, PolicyVersionInput, PolicyWithdrawal } from './policies.schemas.js';
import './policies.tables.js';

type Problem = { path: string; key: FieldMessageKey };

/** Overdue after the review date, due soon from REVIEW_REMINDER_DAYS before it (inclusive). */
export function reviewState(daysToReview: number): ReviewState {
  return daysToReview < 0 ? 'overdue' : daysToReview <= REVIEW_REMINDER_DAYS ? 'dueSoon' : 'later';
}

/** Expected kinds without a current policy, in the register's order. */
export function missingKinds(currentKinds: Iterable<string>): PolicyKind[] {
  const present = new Set(currentKinds);
  return POLICY_KINDS.filter((kind) => POLICY_KIND_SOURCES[kind].expected && !present.has(kind));
}

const date = (column: string) => sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;

function policyColumns(tx: Tx) {
  return tx
    .selectFrom('policies as p')
    .leftJoin('quality_documents as d', 'd.id', 'p.document_id')
    .innerJoin('users as o', 'o.id', 'p.owner_id')
    .select([
      'p.id',
      'p.kind',
      'p.title',
      'p.status',
      'p.current_version_id',
      'p.version_label',
      'p.owner_id',
      'o.display_name as owner_name',
      date('p.adopted_on').as('adopted_on'),
      date('p.review_on').as('review_on'),
      'd.file_name',
      'd.byte_size',
      'p.reference',
      date('p.withdrawn_on').as('withdrawn_on'),
      'p.withdrawn_reason',
      'p.version',
      'p.updated_at',
      'p.updated_by',
    ]);
}
type PolicyRow = Awaited<ReturnType<ReturnType<typeof policyColumns>['executeTakeFirstOrThrow']>>;

async function present(tx: Tx, rows: PolicyRow[], today: string): Promise<PolicyOutput[]> {
  if (rows.length === 0) return [];
  const versions = await tx
    .selectFrom('policy_versions as v')
    .leftJoin('quality_documents as d', 'd.id', 'v.document_id')
    .select([
      'v.id',
      'v.policy_id',
      'v.sequence',
      'v.version_label',
      'v.owner_id',
      date('v.adopted_on').as('adopted_on'),
      date('v.review_on').as('review_on'),
      'd.file_name',
      'd.byte_size',
      'v.reference',
      'v.change_note',
      'v.superseded_at',
      'v.recorded_at',
      'v.recorded_by',
    ])
    .where(
      'v.policy_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('v.sequence', 'desc')
    .execute();
  const names = await userNames(tx, [...rows.map((r) => r.updated_by), ...versions.flatMap((v) => [v.owner_id, v.recorded_by])]);
  return rows.map((r) => {
    const days = daysBetween(today, r.review_on);
    return {
      id: r.id,
      kind: r.kind as PolicyKind,
      title: r.title,
      status: r.status,
      currentVersionId: r.current_version_id,
      versionLabel: r.version_label,
      owner: { id: r.owner_id, name: r.owner_name },
      adoptedOn: r.adopted_on,
      reviewOn: r.review_on,
      review: r.status === 'current' ? reviewState(days) : null,
      daysToReview: days,
      document: r.file_name && r.byte_size ? { fileName: r.file_name, bytes: r.byte_size } : null,
      reference: r.reference,
      withdrawnOn: r.withdrawn_on,
      withdrawnReason: r.withdrawn_reason,
      version: r.version,
      updatedAt: iso(r.updated_at),
      updatedByName: r.updated_by ? (names.get(r.updated_by) ?? null) : null,
      versions: versions
        .filter((v) => v.policy_id === r.id)
        .map((v) => ({
          id: v.id,
          sequence: v.sequence,
          versionLabel: v.version_label,
          ownerName: names.get(v.owner_id) ?? null,
          adoptedOn: v.adopted_on,
          reviewOn: v.review_on,
          document: v.file_name && v.byte_size ? { fileName: v.file_name, bytes: v.byte_size } : null,
          reference: v.reference,
          changeNote: v.change_note,
          current: v.id === r.current_version_id,
          supersededAt: v.superseded_at ? iso(v.superseded_at) : null,
          recordedAt: iso(v.recorded_at),
          recordedByName: names.get(v.recorded_by) ?? null,
        })),
    };
  });
}

async function readOne(tx: Tx, actor: Actor, id: string): Promise<PolicyOutput | undefined> {
  const row = await policyColumns(tx).where('p.id', '=', id).where('p.organisation_id', '=', actor.organisationId).executeTakeFirst();
  return row ? (await present(tx, [row], todayInNetherlands()))[0] : undefined;
}

async function snapshot(tx: Tx, actor: Actor, change: 'created' | 'updated' | 'newVersion' | 'withdrawn', policy: PolicyOutput) {
  // Review state depends on the day it is read, not on the change; versions have their own rows.
  const { review: _review, daysToReview: _days, versions: _versions, ...kept } = policy;
  await tx
    .insertInto('policy_history')
    .values({ organisation_id: actor.organisationId, policy_id: policy.id, change, snapshot: JSON.stringify(kept), changed_by: actor.userId })
    .execute();
}

async function checkOwner(tx: Tx, actor: Actor, ownerId: string, problems: Problem[]) {
  const owner = await tx.selectFrom('users').select('id').where('id', '=', ownerId).where('organisation_id', '=', actor.organisationId).where('active', '=', true).executeTakeFirst();
  if (!owner) problems.push({ path: 'ownerId', key: 'unknownOwner' });
}

/** What the schema cannot check about a version's facts; every broken rule at once. */
async function checkVersion(tx: Tx, actor: Actor, input: Omit<PolicyVersionInput, 'version'>, problems: Problem[]) {
  await checkOwner(tx, actor, input.ownerId, problems);
  if (input.reviewOn < input.adoptedOn) problems.push({ path: 'reviewOn', key: 'reviewBeforeAdopted' });
  if (input.adoptedOn > todayInNetherlands()) problems.push({ path: 'adoptedOn', key: 'dateInFuture' });
  if (!input.documentId && input.reference === '') problems.push({ path: 'reference', key: 'documentOrReferenceMissing' });
}

function versionColumns(input: Omit<PolicyVersionInput, 'version'>) {
  return {
    version_label: input.versionLabel,
    owner_id: input.ownerId,
    adopted_on: input.adoptedOn,
    review_on: input.reviewOn,
    document_id: input.documentId,
    reference: input.reference || null,
  };
}

export function readPolicyRegister(platform: Platform, actor: Actor) {
  return inQuality(platform, actor, { on: 'policies', do: 'read' }, 'policy.listed', async (tx) => {
    const today = todayInNetherlands();
    const rows = await policyColumns(tx).where('p.organisation_id', '=', actor.organisationId).orderBy('p.kind').orderBy('p.title').limit(500).execute();
    const policies = await present(tx, rows, today);
    await recordAudit(tx, actor, { action: 'policy.listed', recordType: 'policy', details: { count: policies.length } });
    return { today, policies, missingKinds: missingKinds(policies.filter((p) => p.status === 'current').map((p) => p.kind)) };
  });
}

export function readPolicy(platform: Platform, actor: Actor, id: string): Promise<PolicyOutput> {
  return inQuality(platform, actor, { on: 'policies', do: 'read' }, 'policy.read', async (tx) => {
    const policy = await readOne(tx, actor, id);
    if (!policy) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, { action: 'policy.read', recordType: 'policy', recordId: id });
    return policy;
  });
}

/** Current policies to review within 60 days or overdue, soonest first: the quality officer's start page. */
export function readReviewReminders(platform: Platform, actor: Actor) {
  return inQuality(platform, actor, { on: 'policies', do: 'manage' }, 'policy.remindersRead', async (tx) => {
    const today = todayInNetherlands();
    const rows = await tx
      .selectFrom('policies')
      .select(['id', 'kind', 'title', 'version_label', date('review_on').as('review_on')])
      .where('organisation_id', '=', actor.organisationId)
      .where('status', '=', 'current')
      .where(sql<boolean>`review_on <= ${today}::date + ${REVIEW_REMINDER_DAYS}::int`)
      .orderBy('review_on')
      .orderBy('title')
      .limit(200)
      .execute();
    await recordAudit(tx, actor, { action: 'policy.remindersRead', recordType: 'policy', details: { count: rows.length } });
    return rows.map((r) => {
      const days = daysBetween(today, r.review_on);
      return { id: r.id, kind: r.kind as PolicyKind, title: r.title, versionLabel: r.version_label, reviewOn: r.review_on, daysToReview: days, review: days < 0 ? ('overdue' as const) : ('dueSoon' as const) };
    });
  });
}

/** Who can own a policy: active colleagues of the organisation. */
export function readOwnerCandidates(platform: Platform, actor: Actor) {
  return inQuality(platform, actor, { on: 'policies', do: 'manage' }, 'policy.ownerCandidatesRead', async (tx) => {
    const rows = await tx.selectFrom('users').select(['id', 'display_name']).where('organisation_id', '=', actor.organisationId).where('active', '=', true).orderBy('display_name').limit(2000).execute();
    await recordAudit(tx, actor, { action: 'policy.ownerCandidatesRead', recordType: 'policy', details: { count: rows.length } });
    return rows.map((r) => ({ id: r.id, displayName: r.display_name }));
  });
}

async function addVersion(tx: Tx, actor: Actor, policyId: string, sequence: number, input: Omit<PolicyVersionInput, 'version'>): Promise<string> {
  const row = await tx
    .insertInto('policy_versions')
    .values({ organisation_id: actor.organisationId, policy_id: policyId, sequence, ...versionColumns(input), change_note: input.changeNote, recorded_by: actor.userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function createPolicy(platform: Platform, actor: Actor, input: PolicyInput): Promise<PolicyOutput> {
  return inQuality(platform, actor, { on: 'policies', do: 'manage' }, 'policy.created', async (tx) => {
    const problems: Problem[] = [];
    await checkVersion(tx, actor, input, problems);
    if (problems.length > 0) throw new FieldRuleError(problems);
    if (input.documentId) await checkLinkableDocument(tx, actor, input.documentId, 'policy', 'documentId');
    const row = await tx
      .insertInto('policies')
      .values({ organisation_id: actor.organisationId, kind: input.kind, title: input.title, ...versionColumns(input), created_by: actor.userId, updated_by: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    const versionId = await addVersion(tx, actor, row.id, 1, input);
    await tx.updateTable('policies').set({ current_version_id: versionId }).where('id', '=', row.id).execute();
    const policy = (await readOne(tx, actor, row.id))!;
    await snapshot(tx, actor, 'created', policy);
    await recordAudit(tx, actor, { action: 'policy.created', recordType: 'policy', recordId: row.id, details: { kind: input.kind, versionLabel: input.versionLabel, document: input.documentId !== null } });
    return policy;
  });
}

/** The policy locked for a change, when it is this organisation's, current, and at the version the form was read at. */
async function lockedPolicy(tx: Tx, actor: Actor, id: string, version: number) {
  const existing = await tx
    .selectFrom('policies')
    .select(['id', 'status', 'version', 'version_label', 'current_version_id', date('adopted_on').as('adopted_on')])
    .where('id', '=', id)
    .where('organisation_id', '=', actor.organisationId)
    .forUpdate()
    .executeTakeFirst();
  if (!existing) throw new AppError('NOT_FOUND');
  if (existing.status === 'withdrawn') throw new AppError('POLICY_WITHDRAWN');
  if (existing.version !== version) throw new AppError('EDIT_CONFLICT');
  return existing;
}

export function updatePolicy(platform: Platform, actor: Actor, id: string, input: PolicyUpdate): Promise<PolicyOutput> {
  return inQuality(platform, actor, { on: 'policies', do: 'manage' }, 'policy.updated', async (tx) => {
    const existing = await lockedPolicy(tx, actor, id, input.version);
    const problems: Problem[] = [];
    await checkOwner(tx, actor, input.ownerId, problems);
    if (input.reviewOn < existing.adopted_on) problems.push({ path: 'reviewOn', key: 'reviewBeforeAdopted' });
    if (problems.length > 0) throw new FieldRuleError(problems);
    const change = { owner_id: input.ownerId, review_on: input.reviewOn };
    await tx
      .updateTable('policies')
      .set({ title: input.title, ...change, version: sql<number>`version + 1`, updated_by: actor.userId, updated_at: sql<string>`now()` })
      .where('id', '=', id)
      .execute();
    // The current version carries the same owner and review date, so its row says what is true of it now.
    if (existing.current_version_id) await tx.updateTable('policy_versions').set(change).where('id', '=', existing.current_version_id).execute();
    const policy = (await readOne(tx, actor, id))!;
    await snapshot(tx, actor, 'updated', policy);
    await recordAudit(tx, actor, { action: 'policy.updated', recordType: 'policy', recordId: id, details: { reviewOn: input.reviewOn } });
    return policy;
  });
}

export function addPolicyVersion(platform: Platform, actor: Actor, id: string, input: PolicyVersionInput): Promise<PolicyOutput> {
  return inQuality(platform, actor, { on: 'policies', do: 'manage' }, 'policy.versionAdded', async (tx) => {
    const existing = await lockedPolicy(tx, actor, id, input.version);
    const problems: Problem[] = [];
    await checkVersion(tx, actor, input, problems);
    if (input.adoptedOn < existing.adopted_on) problems.push({ path: 'adoptedOn', key: 'adoptedBeforeCurrent' });
    if (input.versionLabel === existing.version_label) problems.push({ path: 'versionLabel', key: 'versionLabelUnchanged' });
    if (problems.length > 0) throw new FieldRuleError(problems);
    if (input.documentId) await checkLinkableDocument(tx, actor, input.documentId, 'policy', 'documentId');
    const last = await tx.selectFrom('policy_versions').select(sql<number>`max(sequence)::int`.as('sequence')).where('policy_id', '=', id).executeTakeFirstOrThrow();
    if (existing.current_version_id) await tx.updateTable('policy_versions').set({ superseded_at: sql<string>`now()` }).where('id', '=', existing.current_version_id).execute();
    const versionId = await addVersion(tx, actor, id, (last.sequence ?? 0) + 1, input);
    await tx
      .updateTable('policies')
      .set({ ...versionColumns(input), current_version_id: versionId, version: sql<number>`version + 1`, updated_by: actor.userId, updated_at: sql<string>`now()` })
      .where('id', '=', id)
      .execute();
    const policy = (await readOne(tx, actor, id))!;
    await snapshot(tx, actor, 'newVersion', policy);
    await recordAudit(tx, actor, { action: 'policy.versionAdded', recordType: 'policy', recordId: id, details: { versionLabel: input.versionLabel, supersedes: existing.version_label } });
    return policy;
  });
}

export function withdrawPolicy(platform: Platform, actor: Actor, id: string, input: PolicyWithdrawal): Promise<PolicyOutput> {
  return inQuality(platform, actor, { on: 'policies', do: 'manage' }, 'policy.withdrawn', async (tx) => {
    const existing = await lockedPolicy(tx, actor, id, input.version);
    const problems: Problem[] = [];
    if (input.withdrawnOn > todayInNetherlands()) problems.push({ path: 'withdrawnOn', key: 'dateInFuture' });
    else if (input.withdrawnOn < existing.adopted_on) problems.push({ path: 'withdrawnOn', key: 'withdrawnBeforeAdopted' });
    if (problems.length > 0) throw new FieldRuleError(problems);
    await tx
      .updateTable('policies')
      .set({ status: 'withdrawn', withdrawn_on: input.withdrawnOn, withdrawn_reason: input.reason, version: sql<number>`version + 1`, updated_by: actor.userId, updated_at: sql<string>`now()` })
      .where('id', '=', id)
      .execute();
    const policy = (await readOne(tx, actor, id))!;
    await snapshot(tx, actor, 'withdrawn', policy);
    await recordAudit(tx, actor, { action: 'policy.withdrawn', recordType: 'policy', recordId: id, details: { withdrawnOn: input.withdrawnOn } });
    return policy;
  });
}

/** The document of one version, current or earlier. */
export function readPolicyDocument(platform: Platform, actor: Actor, id: string, versionId: string) {
  return inQuality(platform, actor, { on: 'policies', do: 'read' }, 'policy.documentRead', async (tx) => {
    const found = await tx
      .selectFrom('policy_versions')
      .select(['document_id', 'version_label'])
      .where('id', '=', versionId)
      .where('policy_id', '=', id)
      .where('organisation_id', '=', actor.organisationId)
      .executeTakeFirst();
    if (!found?.document_id) throw new AppError('NOT_FOUND');
    const document = await readDocumentContent(tx, found.document_id);
    await recordAudit(tx, actor, { action: 'policy.documentRead', recordType: 'policy', recordId: id, details: { versionId, versionLabel: found.version_label } });
    return document;
  });
}

export function readPolicyHistory(platform: Platform, actor: Actor, id: string) {
  return inQuality(platform, actor, { on: 'policies', do: 'read' }, 'policy.historyRead', async (tx) => {
    const rows = await tx
      .selectFrom('policy_history as h')
      .leftJoin('users as u', 'u.id', 'h.changed_by')
      .select(['h.change', 'h.snapshot', 'h.changed_at', 'u.display_name'])
      .where('h.policy_id', '=', id)
      .where('h.organisation_id', '=', actor.organisationId)
      .orderBy('h.id', 'desc')
      .limit(200)
      .execute();
    if (rows.length === 0) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, { action: 'policy.historyRead', recordType: 'policy', recordId: id });
    return rows.map((r) => ({ change: r.change, changedAt: iso(r.changed_at), changedByName: r.display_name, snapshot: json<Record<string, unknown>>(r.snapshot) }));
  });
}
