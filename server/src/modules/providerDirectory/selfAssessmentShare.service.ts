// A provider that works in Baken and is linked to a directory entry may show
// municipalities and coordinators the date of its latest closed
// self-assessment (quality framework, seed 003). Its quality officer decides.
// The date is copied at the moment of sharing: a later self-assessment shows
// only after sharing again. Self-assessments themselves never leave the
// provider's scope; only this one date does.
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/http/app-types.js';

/** The services need only the database (the directory uses no content pack). */
type DirectoryPlatform = Pick<Platform, 'database'>;
import { todayInNetherlands } from '../../platform/http/schemas.js';
import { iso } from '../organisations/partners/partners.access.js';
import '../quality/selfAssessment/selfAssessment.tables.js';
import { inProviderDirectory } from './providerDirectory.access.js';
import type { OwnEntriesOutput } from './providerDirectory.schemas.js';
import './providerDirectory.tables.js';

/** The Dutch calendar day the organisation's latest closed self-assessment was closed; null if none is. */
async function latestClosedSelfAssessment(tx: Tx, actor: Actor): Promise<string | null> {
  const row = await tx
    .selectFrom('self_assessments')
    .select(sql<Date | string | null>`max(closed_at)`.as('closed_at'))
    .where('organisation_id', '=', actor.organisationId)
    .where('closed_at', 'is not', null)
    .executeTakeFirst();
  return row?.closed_at ? todayInNetherlands(new Date(row.closed_at)) : null;
}

async function ownEntries(tx: Tx, actor: Actor): Promise<OwnEntriesOutput> {
  const rows = await tx
    .selectFrom('provider_directory_entries as e')
    .leftJoin('provider_directory_shares as s', (join) => join.onRef('s.entry_id', '=', 'e.id').on('s.organisation_id', '=', actor.organisationId))
    .select(['e.id', 'e.name', 'e.care_kind', 'e.updated_at', 's.self_assessment_on', 's.shared_at'])
    .where('e.linked_organisation_id', '=', actor.organisationId)
    .where('e.archived_at', 'is', null)
    .orderBy('e.name')
    .execute();
  return {
    entries: rows.map((r) => ({
      id: r.id,
      name: r.name,
      careKind: r.care_kind,
      selfAssessment: r.self_assessment_on && r.shared_at ? { date: r.self_assessment_on, sharedAt: iso(r.shared_at) } : null,
      updatedAt: iso(r.updated_at),
    })),
    latestClosedSelfAssessment: await latestClosedSelfAssessment(tx, actor),
  };
}

export function readOwnEntries(platform: DirectoryPlatform, actor: Actor): Promise<OwnEntriesOutput> {
  return inProviderDirectory(platform, actor, 'share', 'providerDirectory.ownRead', async (tx) => {
    const own = await ownEntries(tx, actor);
    await recordAudit(tx, actor, { action: 'providerDirectory.ownRead', recordType: 'providerDirectoryEntry', details: { count: own.entries.length } });
    return own;
  });
}

export function setSelfAssessmentShare(platform: DirectoryPlatform, actor: Actor, entryId: string, share: boolean): Promise<OwnEntriesOutput> {
  const action = share ? 'providerDirectory.selfAssessmentShared' : 'providerDirectory.selfAssessmentUnshared';
  return inProviderDirectory(platform, actor, 'share', action, async (tx) => {
    // Only an entry linked to the actor's own organisation; any other is as if it did not exist.
    const entry = await tx
      .selectFrom('provider_directory_entries')
      .select(['id', 'name', 'archived_at'])
      .where('id', '=', entryId)
      .where('linked_organisation_id', '=', actor.organisationId)
      .executeTakeFirst();
    if (!entry) throw new AppError('NOT_FOUND');
    if (entry.archived_at !== null) throw new AppError('DIRECTORY_ENTRY_ARCHIVED');
    const date = share ? await latestClosedSelfAssessment(tx, actor) : null;
    if (share && date === null) throw new AppError('NO_CLOSED_SELF_ASSESSMENT');
    const removed = await tx.deleteFrom('provider_directory_shares').where('entry_id', '=', entryId).where('organisation_id', '=', actor.organisationId).executeTakeFirst();
    if (share) {
      await tx.insertInto('provider_directory_shares').values({ entry_id: entryId, organisation_id: actor.organisationId, self_assessment_on: date!, shared_by: actor.userId }).execute();
    }
    if (share || Number(removed.numDeletedRows) > 0) {
      await tx
        .insertInto('provider_directory_history')
        .values({
          entry_id: entryId,
          change: share ? 'assessmentShared' : 'assessmentUnshared',
          snapshot: JSON.stringify({ name: entry.name, selfAssessmentDate: date }),
          changed_by_organisation_id: actor.organisationId,
          changed_by: actor.userId,
        })
        .execute();
    }
    await recordAudit(tx, actor, { action, recordType: 'providerDirectoryEntry', recordId: entryId, details: share ? { date } : {} });
    return ownEntries(tx, actor);
  });
}
