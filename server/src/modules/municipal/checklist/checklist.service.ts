// A municipality's checklists: the list (its own and those it takes part in),
// starting a year's checklist, alone or as a region, reading one with last
// year's answers beside this year's, and changing who takes part. Starting
// copies nothing: every question starts unanswered, and last year's answer is
// shown beside it to compare.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import type { FieldMessageKey } from '../../../platform/i18n/fieldMessages.js';
import type { MunicipalChecklist } from '../../../platform/content/content.js';
import { inChecklist, iso, isoOrNull, municipalityNames, sameVersion, visibleChecklist, whoIs, type ChecklistRow } from './checklist.access.js';
import type { ChecklistAnswer } from './checklist.options.js';
import type { AnswerOutput, ChecklistHeader, ChecklistOutput, ChecklistStart, RegionUpdate } from './checklist.schemas.js';
import { askedQuestions, checkOf, progressOf } from './progress.js';

type Problem = { path: string; key: FieldMessageKey };

/** The municipalities named by short name, all at once: unknown and doubled ones are field problems. */
async function resolveParticipants(tx: Tx, input: { regionName: string; participants: string[] }): Promise<{ ids: string[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const [i, slug] of input.participants.entries()) {
    if (seen.has(slug)) {
      problems.push({ path: `participants.${i}`, key: 'municipalityTwice' });
      continue;
    }
    seen.add(slug);
    const { rows } = await sql<{ id: string }>`SELECT id FROM checklist_municipality_by_slug(${slug})`.execute(tx);
    if (!rows[0]) problems.push({ path: `participants.${i}`, key: 'unknownMunicipality' });
    else ids.push(rows[0].id);
  }
  if (input.participants.length > 0 && input.regionName === '') problems.push({ path: 'regionName', key: 'regionNameMissing' });
  return { ids, problems };
}

async function keepHistory(tx: Tx, actor: Actor, checklist: { id: string; organisation_id: string }, change: 'started' | 'regionUpdated', snapshot: Record<string, unknown>, name: string) {
  await tx
    .insertInto('municipal_checklist_history')
    .values({ organisation_id: checklist.organisation_id, checklist_id: checklist.id, item_ref: null, change, snapshot: JSON.stringify(snapshot), changed_by: actor.userId, changed_by_name: name })
    .execute();
}

/** The header of each checklist: owner and participants by name and short name, progress over the pack's questions. */
async function headersOf(tx: Tx, actor: Actor, pack: MunicipalChecklist, checklists: ChecklistRow[]): Promise<ChecklistHeader[]> {
  if (checklists.length === 0) return [];
  const ids = checklists.map((c) => c.id);
  const participants = await tx.selectFrom('municipal_checklist_participants').select(['checklist_id', 'participant_id']).where('checklist_id', 'in', ids).execute();
  const answers = await tx.selectFrom('municipal_checklist_answers').select(['checklist_id', 'question_ref', 'answer']).where('checklist_id', 'in', ids).execute();
  const names = await municipalityNames(tx, [...checklists.map((c) => c.organisation_id), ...participants.map((p) => p.participant_id)]);
  const unknown = { name: '—', slug: '' };
  return checklists.map((c) => {
    const given = new Map(answers.filter((a) => a.checklist_id === c.id).map((a) => [a.question_ref, a.answer] as const));
    return {
      id: c.id,
      year: c.year,
      packVersion: c.pack_version,
      regionName: c.region_name,
      owner: names.get(c.organisation_id) ?? unknown,
      participants: participants
        .filter((p) => p.checklist_id === c.id)
        .map((p) => names.get(p.participant_id) ?? unknown)
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      own: c.organisation_id === actor.organisationId,
      updatedAt: iso(c.updated_at),
      progress: progressOf(pack, given).overall,
    };
  });
}

const CHECKLIST_COLUMNS = ['id', 'organisation_id', 'year', 'pack_version', 'region_name', 'created_at', 'updated_at'] as const;

export function listChecklists(platform: Platform, actor: Actor): Promise<ChecklistHeader[]> {
  return inChecklist(platform, actor, 'read', 'municipalChecklist.listed', async (tx) => {
    const rows = await tx.selectFrom('municipal_checklists').select([...CHECKLIST_COLUMNS]).orderBy('year', 'desc').orderBy('created_at', 'desc').execute();
    await recordAudit(tx, actor, { action: 'municipalChecklist.listed', recordType: 'municipalChecklist', details: { count: rows.length } });
    return headersOf(tx, actor, platform.content.municipalChecklist, rows);
  });
}

export function startChecklist(platform: Platform, actor: Actor, input: ChecklistStart): Promise<ChecklistOutput> {
  return inChecklist(platform, actor, 'answer', 'municipalChecklist.started', async (tx) => {
    const pack = platform.content.municipalChecklist;
    const { ids, problems } = await resolveParticipants(tx, input);
    const taken = await tx.selectFrom('municipal_checklists').select('id').where('organisation_id', '=', actor.organisationId).where('year', '=', input.year).executeTakeFirst();
    if (taken) problems.unshift({ path: 'year', key: 'checklistYearTaken' });
    if (problems.length > 0) throw new FieldRuleError(problems);
    const checklist = await tx
      .insertInto('municipal_checklists')
      .values({ organisation_id: actor.organisationId, year: input.year, pack_version: pack.version, region_name: input.regionName || null, created_by: actor.userId })
      .returning(['id', 'organisation_id'])
      .executeTakeFirstOrThrow();
    if (ids.length > 0) {
      await tx
        .insertInto('municipal_checklist_participants')
        .values(ids.map((participant) => ({ checklist_id: checklist.id, organisation_id: actor.organisationId, participant_id: participant })))
        .execute();
    }
    await tx
      .insertInto('municipal_checklist_answers')
      .values(askedQuestions(pack).map((q) => ({ organisation_id: actor.organisationId, checklist_id: checklist.id, question_ref: q.ref })))
      .execute();
    const me = await whoIs(tx, actor);
    await keepHistory(tx, actor, checklist, 'started', { year: input.year, regionName: input.regionName || null, participants: input.participants }, me.name);
    await recordAudit(tx, actor, {
      action: 'municipalChecklist.started',
      recordType: 'municipalChecklist',
      recordId: checklist.id,
      details: { year: input.year, region: input.regionName !== '', participants: ids.length },
    });
    return loadChecklist(tx, actor, pack, checklist.id);
  });
}

/** The checklist with every answer, last year's answer beside it and the progress per check now and last year. */
export async function loadChecklist(tx: Tx, actor: Actor, pack: MunicipalChecklist, id: string): Promise<ChecklistOutput> {
  const checklist = await visibleChecklist(tx, id);
  const [header] = await headersOf(tx, actor, pack, [checklist]);
  const rows = await tx
    .selectFrom('municipal_checklist_answers')
    .select(['question_ref', 'answer', 'notes', 'evidence', 'evidence_url', 'answered_by_name', 'answered_by_organisation', 'answered_at', 'updated_at'])
    .where('checklist_id', '=', id)
    .execute();
  // Last year's (the owner's latest earlier checklist), when this municipality can see it.
  const previous = await tx
    .selectFrom('municipal_checklists')
    .select(['id', 'year'])
    .where('organisation_id', '=', checklist.organisation_id)
    .where('year', '<', checklist.year)
    .orderBy('year', 'desc')
    .limit(1)
    .executeTakeFirst();
  const previousRows = previous
    ? await tx.selectFrom('municipal_checklist_answers').select(['question_ref', 'answer', 'notes']).where('checklist_id', '=', previous.id).execute()
    : [];
  const before = new Map(previousRows.map((r) => [r.question_ref, r]));
  const byRef = new Map(rows.map((r) => [r.question_ref, r]));
  const answers: AnswerOutput[] = askedQuestions(pack)
    .filter((q) => byRef.has(q.ref))
    .map((q) => {
      const r = byRef.get(q.ref)!;
      const last = before.get(q.ref);
      return {
        ref: q.ref,
        checkRef: q.checkRef,
        answer: r.answer,
        notes: r.notes,
        evidence: r.evidence,
        evidenceUrl: r.evidence_url,
        answeredByName: r.answered_by_name,
        answeredByOrganisation: r.answered_by_organisation,
        answeredAt: isoOrNull(r.answered_at),
        updatedAt: iso(r.updated_at),
        previous: previous && last ? { year: previous.year, answer: last.answer, notes: last.notes } : null,
      };
    });
  const now = progressOf(pack, new Map(rows.map((r) => [r.question_ref, r.answer] as [string, ChecklistAnswer | null])));
  const then = previous ? progressOf(pack, new Map(previousRows.map((r) => [r.question_ref, r.answer] as [string, ChecklistAnswer | null]))) : null;
  const actions = await tx.selectFrom('municipal_checklist_actions').select((eb) => eb.fn.countAll<number>().as('n')).where('checklist_id', '=', id).executeTakeFirstOrThrow();
  return {
    ...header!,
    previousYear: previous?.year ?? null,
    answers,
    checks: now.checks.map((c, i) => ({ ref: c.ref, current: c.counts, previous: then ? then.checks[i]!.counts : null })),
    actionCount: Number(actions.n),
  };
}

export function readChecklist(platform: Platform, actor: Actor, id: string): Promise<ChecklistOutput> {
  return inChecklist(platform, actor, 'read', 'municipalChecklist.read', async (tx) => {
    const checklist = await loadChecklist(tx, actor, platform.content.municipalChecklist, id);
    await recordAudit(tx, actor, { action: 'municipalChecklist.read', recordType: 'municipalChecklist', recordId: id, details: { year: checklist.year } });
    return checklist;
  });
}

/** The region's name and the municipalities taking part; only the owner changes them. */
export function updateRegion(platform: Platform, actor: Actor, id: string, input: RegionUpdate): Promise<ChecklistOutput> {
  return inChecklist(platform, actor, 'answer', 'municipalChecklist.regionUpdated', async (tx) => {
    const checklist = await visibleChecklist(tx, id, { forUpdate: true });
    if (checklist.organisation_id !== actor.organisationId) throw new AppError('CHECKLIST_OWNER_ONLY');
    if (!sameVersion(checklist.updated_at, input.updatedAt)) throw new AppError('EDIT_CONFLICT');
    const { ids, problems } = await resolveParticipants(tx, input);
    if (problems.length > 0) throw new FieldRuleError(problems);
    await tx.deleteFrom('municipal_checklist_participants').where('checklist_id', '=', id).where('organisation_id', '=', actor.organisationId).execute();
    if (ids.length > 0) {
      await tx
        .insertInto('municipal_checklist_participants')
        .values(ids.map((participant) => ({ checklist_id: id, organisation_id: actor.organisationId, participant_id: participant })))
        .execute();
    }
    await tx
      .updateTable('municipal_checklists')
      .set({ region_name: input.regionName || null, updated_at: sql<string>`clock_timestamp()` })
      .where('id', '=', id)
      .where('organisation_id', '=', actor.organisationId)
      .execute();
    const me = await whoIs(tx, actor);
    await keepHistory(tx, actor, checklist, 'regionUpdated', { regionName: input.regionName || null, participants: input.participants }, me.name);
    await recordAudit(tx, actor, { action: 'municipalChecklist.regionUpdated', recordType: 'municipalChecklist', recordId: id, details: { participants: ids.length } });
    return loadChecklist(tx, actor, platform.content.municipalChecklist, id);
  });
}

export { checkOf };
