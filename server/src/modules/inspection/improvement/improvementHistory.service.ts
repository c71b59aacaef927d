// The history of one provider's improvement plan and good practices: every
// change with its snapshot, newest first. The inspector's door only; the
// snapshots hold the fields as written, never an id of the other organisation.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { inImprovement, inspectorsProvider, iso } from './improvement.access.js';
import type { ImprovementHistoryItem } from './improvement.schemas.js';

export function readImprovementHistory(platform: Platform, actor: Actor, roundId: string, roundProviderId: string): Promise<ImprovementHistoryItem[]> {
  return inImprovement(platform, actor, 'conduct', 'improvementPlan.read', async (tx) => {
    const provider = await inspectorsProvider(tx, actor, roundProviderId, roundId);
    const rows = await tx
      .selectFrom('improvement_history')
      .select(['id', 'record_type', 'record_id', 'change', 'snapshot', 'changed_by_name', 'changed_at'])
      .where('round_provider_id', '=', provider.id)
      .where('organisation_id', '=', actor.organisationId)
      .orderBy('changed_at', 'desc')
      .orderBy(sql`id`, 'desc')
      .limit(500)
      .execute();
    await recordAudit(tx, actor, { action: 'improvementPlan.read', recordType: 'inspectionRoundProvider', recordId: provider.id, details: { history: rows.length } });
    return rows.map((r) => ({
      recordType: r.record_type,
      recordId: r.record_id,
      change: r.change,
      snapshot: (typeof r.snapshot === 'string' ? JSON.parse(r.snapshot) : r.snapshot) as Record<string, unknown>,
      changedByName: r.changed_by_name,
      changedAt: iso(r.changed_at),
    }));
  });
}
