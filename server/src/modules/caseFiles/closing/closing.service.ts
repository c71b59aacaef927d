// Closing a file at the end of care. A write like any other ('update'), so the
// policy refuses break-the-glass readers and colleagues outside the team, and a
// file that is already closed answers FILE_CLOSED through refusalFor. From then
// on facts.closed refuses every write while reads go on until retention ends.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { AppError, FieldRuleError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { todayInNetherlands } from '../../../platform/http/schemas.js';
import { RETENTION_YEARS } from '../caseFiles.options.js';
import { fileAudit, onCaseFile } from '../fileAccess.js';
import type { CloseInput } from './closing.schemas.js';

export async function closeCaseFile(platform: Platform, actor: Actor, youthId: string, input: CloseInput) {
  return onCaseFile(platform, actor, youthId, 'update', async (tx, { via, facts }) => {
    const youth = await tx
      .selectFrom('youths')
      .select('created_at')
      .where('id', '=', youthId)
      .where('organisation_id', '=', actor.organisationId)
      .executeTakeFirstOrThrow();
    // The day the file was opened as the professionals saw it (Dutch time), not the UTC date.
    if (input.closedOn < todayInNetherlands(new Date(youth.created_at))) throw new FieldRuleError([{ path: 'closedOn', key: 'closedBeforeOpened' }]);
    // Date arithmetic in PostgreSQL: a closing on 29 February keeps its file until 28 February
    // of a year without one, never 1 March. `closed_on IS NULL` settles two closings at once:
    // the second waits for the first's row lock, then finds nothing left to close.
    const closed = await tx
      .updateTable('youths')
      .set({
        closed_on: input.closedOn,
        closure_reason: input.reason,
        closed_by: actor.userId,
        retention_until: sql<string>`(${input.closedOn}::date + make_interval(years => ${RETENTION_YEARS}))::date`,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', youthId)
      .where('organisation_id', '=', actor.organisationId)
      .where('closed_on', 'is', null)
      .returning(['closed_on', 'closure_reason', 'retention_until'])
      .executeTakeFirst();
    if (!closed) throw new AppError('FILE_CLOSED');
    // The reason is free text about the youth: it stays in the file, not in the trail.
    await recordAudit(
      tx,
      actor,
      fileAudit(youthId, facts, via, { action: 'caseFile.closed', details: { closedOn: closed.closed_on, retentionUntil: closed.retention_until } }),
    );
    return { closedOn: closed.closed_on!, closureReason: closed.closure_reason!, retentionUntil: closed.retention_until! };
  });
}
