// The benchmark's own routes, registered through buildApp's extraRoutes in the
// benchmark process only: never part of the product app.
//
// - bare: the HTTP ceiling of this server (plugins, hooks, no database).
// - anchor: the database floor of an audited read: the youth read and the audit
//   insert as ONE statement through the driver, with no application logic.
import { sql } from 'kysely';
import type { App, Platform } from '../server/src/platform/http/app-types.js';

export function benchRoutes(actor: { userId: string; roles: string[] }) {
  return (app: App, { database }: Platform): void => {
    app.get('/api/bench/bare', { config: { auth: 'public' }, schema: { hide: true } }, async () => ({ ok: true }));

    app.get('/api/bench/anchor/:id', { config: { auth: 'public' }, schema: { hide: true } }, async (request) => {
      const { id } = request.params as { id: string };
      const { rows } = await sql<Record<string, unknown>>`
        WITH y AS (SELECT * FROM youths WHERE id = ${id}),
        a AS (
          INSERT INTO audit_events (organisation_id, actor_user_id, actor_roles, action, youth_id, record_type, record_id, purpose)
          SELECT organisation_id, ${actor.userId}, ${`{${actor.roles.join(',')}}`}::text[], 'youth.read', id, 'youth', id, 'designatedOfficer' FROM y
        )
        SELECT * FROM y`.execute(database.unsafeSystemQuery);
      if (rows.length !== 1) throw new Error(`anchor: youth ${id} not found`);
      return rows[0];
    });
  };
}
