// The organisation's register of disclosures (the designated officer's
// overview): every time personal data left the organisation, filtered by
// period, recipient kind, legal ground and source, with counts. A row names
// the youth and links to the file only when the viewer may open that file,
// decided by the same rule as the file itself (fileAccessSql). Reading the
// register is one audit event in the same transaction.
import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { hasCapability } from '../../../platform/authz/roles.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { fileAccessSql } from '../../caseFiles/caseFiles.policy.js';
import '../disclosures.tables.js';
import type { RegisterOutput, RegisterQuery, RegisterRow } from './register.schemas.js';

const PAGE_LIMIT = 500;
const EXPORT_LIMIT = 10_000;
const REFUSED = Symbol('refused');

async function asRegisterReader<T>({ database }: Platform, actor: Actor, work: (tx: Tx) => Promise<T>): Promise<T> {
  const outcome = await database.inOrganisation(actor.organisationId, async (tx) => {
    if (!hasCapability(actor.roles, 'disclosure.readOrganisation')) {
      await recordAudit(tx, actor, { action: 'access.denied', outcome: 'denied', recordType: 'disclosure', details: { attempted: 'disclosure.readOrganisation' } });
      return REFUSED;
    }
    return { value: await work(tx) };
  });
  if (outcome === REFUSED) throw new AppError('FORBIDDEN');
  return outcome.value;
}

function check(query: RegisterQuery) {
  if (query.from && query.to && query.to < query.from) throw new FieldRuleError([{ path: 'to', key: 'endBeforeStart' }]);
}

/** The WHERE of every register query: the organisation, then the filters that are set. */
function filters(actor: Actor, query: RegisterQuery): RawBuilder<unknown> {
  const parts = [sql`d.organisation_id = ${actor.organisationId}`];
  const day = sql`(d.disclosed_at AT TIME ZONE 'Europe/Amsterdam')::date`;
  if (query.from) parts.push(sql`${day} >= ${query.from}::date`);
  if (query.to) parts.push(sql`${day} <= ${query.to}::date`);
  if (query.recipientKind) parts.push(sql`d.recipient_kind = ${query.recipientKind}`);
  if (query.legalGround) parts.push(sql`d.legal_ground = ${query.legalGround}`);
  if (query.source) parts.push(sql`d.source = ${query.source}`);
  return sql.join(parts, sql` AND `);
}

interface Row {
  id: string;
  disclosed_at: Date | string;
  source: string;
  recipient_kind: string;
  recipient_name: string;
  purpose: string;
  legal_ground: string;
  secrecy_ground: string;
  categories: unknown;
  youth_informed: boolean;
  delivered: boolean;
  decided_by_name: string | null;
  youth_id: string;
  youth_name: string;
  via: string | null;
}

async function rows(tx: Tx, actor: Actor, query: RegisterQuery, limit: number): Promise<RegisterRow[]> {
  const inCaseTeam = sql<boolean>`EXISTS (SELECT 1 FROM case_team_members m WHERE m.youth_id = y.id AND m.user_id = ${actor.userId})`;
  const breakGlassId = sql<string | null>`(SELECT g.id FROM break_glass_grants g
    WHERE g.youth_id = y.id AND g.user_id = ${actor.userId} AND g.expires_at > now() ORDER BY g.expires_at DESC LIMIT 1)`;
  const { rows: found } = await sql<Row>`
    SELECT d.id, d.disclosed_at, d.source, d.recipient_kind, d.recipient_name, d.purpose, d.legal_ground, d.secrecy_ground,
      d.categories, d.youth_informed, d.delivered, u.display_name AS decided_by_name,
      y.id AS youth_id, y.first_name || ' ' || y.last_name AS youth_name,
      ${fileAccessSql(actor, inCaseTeam, breakGlassId)} AS via
    FROM disclosures d
    JOIN youths y ON y.id = d.youth_id AND y.organisation_id = d.organisation_id
    LEFT JOIN users u ON u.id = d.decided_by
    WHERE ${filters(actor, query)}
    ORDER BY d.disclosed_at DESC, d.recorded_at DESC, d.id
    LIMIT ${limit}`.execute(tx);
  return found.map((r) => {
    const mayOpen = r.via !== null;
    const categories = (typeof r.categories === 'string' ? JSON.parse(r.categories) : r.categories) as { category: RegisterRow['categories'][number] }[];
    return {
      id: r.id,
      disclosedAt: new Date(r.disclosed_at).toISOString(),
      source: r.source as RegisterRow['source'],
      recipientKind: r.recipient_kind as RegisterRow['recipientKind'],
      recipientName: r.recipient_name,
      purpose: r.purpose,
      legalGround: r.legal_ground as RegisterRow['legalGround'],
      secrecyGround: r.secrecy_ground as RegisterRow['secrecyGround'],
      categories: categories.map((c) => c.category),
      decidedByName: r.decided_by_name,
      youthInformed: r.youth_informed,
      delivered: r.delivered,
      youthId: mayOpen ? r.youth_id : null,
      youthName: mayOpen ? r.youth_name : null,
    };
  });
}

async function countsBy(tx: Tx, actor: Actor, query: RegisterQuery, column: 'recipient_kind' | 'legal_ground') {
  const { rows: counts } = await sql<{ key: string; count: number }>`
    SELECT ${sql.ref(`d.${column}`)} AS key, count(*)::int AS count FROM disclosures d
    WHERE ${filters(actor, query)} GROUP BY 1 ORDER BY 2 DESC, 1`.execute(tx);
  return counts;
}

export function readRegister(platform: Platform, actor: Actor, query: RegisterQuery): Promise<RegisterOutput> {
  return asRegisterReader(platform, actor, async (tx) => {
    check(query);
    const byRecipientKind = await countsBy(tx, actor, query, 'recipient_kind');
    const byLegalGround = await countsBy(tx, actor, query, 'legal_ground');
    const total = byRecipientKind.reduce((sum, c) => sum + c.count, 0);
    const found = await rows(tx, actor, query, PAGE_LIMIT);
    await recordAudit(tx, actor, { action: 'disclosure.registerRead', recordType: 'disclosure', details: { filters: query, total, shown: found.length } });
    return { total, rows: found, byRecipientKind, byLegalGround };
  });
}

/** The same rows for a spreadsheet, up to 10,000; the audit event says it was an export. */
export function exportRegister(platform: Platform, actor: Actor, query: RegisterQuery): Promise<RegisterRow[]> {
  return asRegisterReader(platform, actor, async (tx) => {
    check(query);
    const found = await rows(tx, actor, query, EXPORT_LIMIT);
    await recordAudit(tx, actor, { action: 'disclosure.registerRead', recordType: 'disclosure', details: { filters: query, shown: found.length, format: 'csv' } });
    return found;
  });
}
