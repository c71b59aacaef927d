// Answering one question of the checklist: yes, partly, no or unknown, with
// notes and evidence (text and an optional link). Each save names the version
// it was made against (EDIT_CONFLICT otherwise), keeps who answered and when,
// leaves a snapshot in the history and is audited in the same transaction.
// Policy officers of the owner and of every municipality taking part answer.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { inChecklist, iso, json, visibleChecklist, whoIs } from './checklist.access.js';
import type { AnswerInput, AnswerOutput } from './checklist.schemas.js';
import { loadChecklist } from './checklist.service.js';

export function saveAnswer(platform: Platform, actor: Actor, checklistId: string, ref: string, input: AnswerInput): Promise<AnswerOutput> {
  return inChecklist(platform, actor, 'answer', 'municipalChecklist.answered', async (tx) => {
    const checklist = await visibleChecklist(tx, checklistId);
    const stored = await tx
      .selectFrom('municipal_checklist_answers')
      .select(['id', 'updated_at'])
      .where('checklist_id', '=', checklistId)
      .where('question_ref', '=', ref)
      .forUpdate()
      .executeTakeFirst();
    if (!stored) throw new AppError('NOT_FOUND');
    if (new Date(stored.updated_at).getTime() !== new Date(input.updatedAt).getTime()) throw new AppError('EDIT_CONFLICT');
    const me = await whoIs(tx, actor);
    await tx
      .updateTable('municipal_checklist_answers')
      .set({
        answer: input.answer,
        notes: input.notes,
        evidence: input.evidence,
        evidence_url: input.evidenceUrl || null,
        answered_by: actor.userId,
        answered_by_name: me.name,
        answered_by_organisation: me.organisation,
        answered_at: sql<string>`clock_timestamp()`,
        updated_at: sql<string>`clock_timestamp()`,
      })
      .where('id', '=', stored.id)
      .execute();
    const snapshot = { answer: input.answer, notes: input.notes, evidence: input.evidence, evidenceUrl: input.evidenceUrl || null, organisation: me.organisation };
    await tx
      .insertInto('municipal_checklist_history')
      .values({ organisation_id: checklist.organisation_id, checklist_id: checklistId, item_ref: ref, change: 'answered', snapshot: JSON.stringify(snapshot), changed_by: actor.userId, changed_by_name: me.name })
      .execute();
    await recordAudit(tx, actor, { action: 'municipalChecklist.answered', recordType: 'municipalChecklist', recordId: checklistId, details: { ref, answer: input.answer } });
    const full = await loadChecklist(tx, actor, platform.content.municipalChecklist, checklistId);
    return full.answers.find((a) => a.ref === ref)!;
  });
}

/** Every change of one answer or one action, newest first. */
export function readHistory(platform: Platform, actor: Actor, checklistId: string, itemRef: string, kind: 'answer' | 'action') {
  const action = kind === 'answer' ? 'municipalChecklist.historyRead' : 'municipalChecklist.actionHistoryRead';
  return inChecklist(platform, actor, 'read', action, async (tx) => {
    await visibleChecklist(tx, checklistId);
    if (kind === 'action') {
      const exists = await tx.selectFrom('municipal_checklist_actions').select('id').where('id', '=', itemRef).where('checklist_id', '=', checklistId).executeTakeFirst();
      if (!exists) throw new AppError('NOT_FOUND');
    }
    const rows = await tx
      .selectFrom('municipal_checklist_history')
      .select(['change', 'snapshot', 'changed_at', 'changed_by_name'])
      .where('checklist_id', '=', checklistId)
      .where('item_ref', '=', itemRef)
      .orderBy('id', 'desc')
      .limit(200)
      .execute();
    await recordAudit(tx, actor, { action, recordType: 'municipalChecklist', recordId: checklistId, details: kind === 'answer' ? { ref: itemRef } : { actionId: itemRef } });
    return rows.map((r) => ({ change: r.change, changedAt: iso(r.changed_at), changedByName: r.changed_by_name, snapshot: json<Record<string, unknown>>(r.snapshot) }));
  });
}
