// Searching the organisation's audit trail: for the designated officer and the
// organisation admin. The search itself is audited.
import { z } from 'zod';
import { sql } from 'kysely';
import type { App, Platform } from '../http/app-types.js';
import { actorOf } from '../http/context.js';
import { errorResponses, isoDate } from '../http/schemas.js';
import { hasCapability } from '../authz/roles.js';
import { AppError } from '../errors.js';
import { recordAudit } from './audit.js';
import { AUDIT_ACTIONS } from './actions.js';
import type { Actor } from '../authz/actor.js';
import { nameFilter } from '../db/nameFilter.js';

/** Purposes that are codes, not free text: the routes by which a file was opened. */
const ACCESS_ROUTES: readonly string[] = ['caseTeam', 'designatedOfficer', 'breakGlass'];

const auditEventSchema = z.object({
  id: z.number(),
  at: z.string(),
  actorName: z.string().nullable(),
  actorRoles: z.array(z.string()),
  action: z.string(),
  outcome: z.string(),
  recordType: z.string().nullable(),
  youthId: z.string().nullable(),
  youthName: z.string().nullable(),
  purpose: z.string().nullable(),
  ip: z.string().nullable(),
});

export function registerAuditRoutes(app: App, { database }: Platform): void {
  /** A refused look into the log is itself on the record, committed before the answer. */
  const refuse = async (actor: Actor, attempted: string): Promise<never> => {
    await database.inOrganisation(actor.organisationId, (tx) =>
      recordAudit(tx, actor, { action: 'access.denied', outcome: 'denied', recordType: 'auditEvent', details: { attempted } }),
    );
    throw new AppError('FORBIDDEN');
  };

  // The people the log can be narrowed to: everyone of the organisation, also
  // those no longer active, whose earlier events stay in the log.
  app.get(
    '/api/audit-events/actors',
    {
      schema: {
        tags: ['audit'],
        response: { 200: z.array(z.object({ id: z.string(), displayName: z.string(), active: z.boolean() })), ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      if (!hasCapability(actor.roles, 'audit.searchOrganisation')) return refuse(actor, 'auditActors');
      return database.inOrganisation(actor.organisationId, async (tx) => {
        const rows = await tx
          .selectFrom('users')
          .select(['id', 'display_name', 'active'])
          .where('organisation_id', '=', actor.organisationId)
          .orderBy('display_name')
          .orderBy('id')
          .execute();
        return rows.map((r) => ({ id: r.id, displayName: r.display_name, active: r.active }));
      });
    },
  );

  app.get(
    '/api/audit-events',
    {
      schema: {
        tags: ['audit'],
        querystring: z.object({
          userId: z.uuid().optional(),
          youthId: z.uuid().optional(),
          /** Part of the youth's name: only for roles that see youths' names in the log. */
          youthName: z.string().trim().min(2).max(80).optional(),
          action: z.enum(AUDIT_ACTIONS).optional(),
          from: isoDate.optional(),
          to: isoDate.optional(),
          beforeId: z.coerce.number().int().positive().optional(),
        }),
        response: { 200: z.array(auditEventSchema), ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      if (!hasCapability(actor.roles, 'audit.searchOrganisation')) return refuse(actor, 'auditSearch');
      const f = request.query;
      // Names of youths are case data (see below): whoever may not see them in
      // the log may not find events by them either.
      const showNames = hasCapability(actor.roles, 'caseFile.readAllInOrganisation');
      if (f.youthName && !showNames) return refuse(actor, 'auditSearchByYouthName');
      return database.inOrganisation(actor.organisationId, async (tx) => {
        let query = tx
          .selectFrom('audit_events as e')
          .leftJoin('users as u', 'u.id', 'e.actor_user_id')
          .leftJoin('youths as y', 'y.id', 'e.youth_id')
          .select([
            'e.id',
            'e.occurred_at',
            'u.display_name',
            'e.actor_roles',
            'e.action',
            'e.outcome',
            'e.record_type',
            'e.youth_id',
            sql<string | null>`y.first_name || ' ' || y.last_name`.as('youth_name'),
            'e.purpose',
            'e.ip',
          ])
          .where('e.organisation_id', '=', actor.organisationId);
        if (f.userId) query = query.where('e.actor_user_id', '=', f.userId);
        if (f.youthId) query = query.where('e.youth_id', '=', f.youthId);
        // The same name search as the youth list: a prefix of the first, last or full name.
        if (f.youthName) query = query.where(nameFilter(f.youthName));
        if (f.action) query = query.where('e.action', '=', f.action);
        // Days on the Dutch clock, as the log shows its times: not the database session's.
        if (f.from) query = query.where(sql<boolean>`e.occurred_at >= (${f.from}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'`);
        if (f.to) query = query.where(sql<boolean>`e.occurred_at < (${f.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`);
        if (f.beforeId) query = query.where('e.id', '<', f.beforeId);
        const rows = await query.orderBy('e.id', 'desc').limit(100).execute();
        await recordAudit(tx, actor, {
          action: 'audit.searched',
          recordType: 'auditEvent',
          youthId: f.youthId ?? null,
          details: { filters: Object.keys(f), count: rows.length },
        });
        // Names of youths and free-text purposes (a break-the-glass reason names
        // the youth and the emergency) are case data: the organisation admin
        // sees that an event concerned a file and on which ground, not whose.
        const purposeFor = (purpose: string | null) =>
          showNames || purpose === null || ACCESS_ROUTES.includes(purpose) ? purpose : 'breakGlass';
        return rows.map((r) => ({
          id: r.id,
          at: new Date(r.occurred_at).toISOString(),
          actorName: r.display_name,
          actorRoles: r.actor_roles,
          action: r.action,
          outcome: r.outcome,
          recordType: r.record_type,
          youthId: r.youth_id,
          youthName: showNames ? r.youth_name : null,
          purpose: purposeFor(r.purpose),
          ip: r.ip,
        }));
      });
    },
  );
}
