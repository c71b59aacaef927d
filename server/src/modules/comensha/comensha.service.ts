// Reading CoMensha work: one youth's file (consents, registrations, the
// reasoning when none was made, and where the file stands) and the
// organisation's register with its counts by year. Both are audited reads.
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { hasCapability, ROLES } from '../../platform/authz/roles.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { AppError } from '../../platform/errors.js';
import { todayInNetherlands } from '../../platform/http/schemas.js';
import type { Platform } from '../../platform/http/app-types.js';
import { fileAccessSql } from '../caseFiles/caseFiles.policy.js';
import { fileAudit, onCaseFile } from '../caseFiles/fileAccess.js';
import type { ExploitationForm, NoRegistrationReason } from './comensha.options.js';
import { presentConsents, presentNoRegistrations, presentRegistrations, type ConsentRow, type NoRegistrationRow, type RegistrationRow } from './comensha.presenters.js';
import type { ComenshaFileOutput, ComenshaRegisterOutput, ComenshaStatus } from './comensha.schemas.js';
import { ageOn } from './consentRule.js';
import { comenshaRecipient } from './registrations.service.js';
import './comensha.tables.js';

const DECIDING_ROLES = ROLES.filter((role) => hasCapability([role], 'disclosure.decide'));

export async function readComenshaFile(platform: Platform, actor: Actor, youthId: string): Promise<ComenshaFileOutput> {
  return onCaseFile(platform, actor, youthId, 'read', async (tx, access) => {
    const today = todayInNetherlands();
    const youth = await tx.selectFrom('youths').select('date_of_birth').where('id', '=', youthId).executeTakeFirstOrThrow();
    const { rows: consentRows } = await sql<ConsentRow>`
      SELECT c.id, c.given_by, c.signer_name, c.signed_on::text AS signed_on, c.scope_note, c.withdrawn_on::text AS withdrawn_on,
        c.withdrawn_by, c.withdrawal_note, c.withdrawal_recorded_by, c.withdrawal_recorded_at, c.recorded_by, c.recorded_at,
        d.mime_type AS document_mime_type, d.bytes AS document_bytes, d.uploaded_at AS document_uploaded_at, d.uploaded_by AS document_uploaded_by
      FROM comensha_consents c
      LEFT JOIN LATERAL (
        SELECT mime_type, octet_length(content)::int AS bytes, uploaded_at, uploaded_by FROM comensha_consent_documents
        WHERE consent_id = c.id ORDER BY uploaded_at DESC, id DESC LIMIT 1
      ) d ON true
      WHERE c.youth_id = ${youthId} AND c.organisation_id = ${actor.organisationId}
      ORDER BY c.signed_on DESC, c.recorded_at DESC
      LIMIT 200`.execute(tx);
    const { rows: registrationRows } = await sql<RegistrationRow & { consent_withdrawn: boolean }>`
      SELECT r.*, d.recipient_name, (c.withdrawn_on IS NOT NULL) AS consent_withdrawn
      FROM comensha_registrations r
      JOIN disclosures d ON d.id = r.disclosure_id
      JOIN comensha_consents c ON c.id = r.consent_id
      WHERE r.youth_id = ${youthId} AND r.organisation_id = ${actor.organisationId}
      ORDER BY r.registered_at DESC
      LIMIT 200`.execute(tx);
    const noRegistrationRows = await tx
      .selectFrom('comensha_no_registrations')
      .select(['id', 'reason', 'explanation', 'decided_on', 'recorded_by', 'recorded_at'])
      .where('youth_id', '=', youthId)
      .where('organisation_id', '=', actor.organisationId)
      .orderBy('decided_on', 'desc')
      .orderBy('recorded_at', 'desc')
      .limit(200)
      .execute();
    const { rows: deciders } = await sql<{ id: string; name: string; in_case_team: boolean }>`
      SELECT u.id, u.display_name AS name,
        EXISTS (SELECT 1 FROM case_team_members m WHERE m.youth_id = ${youthId} AND m.user_id = u.id) AS in_case_team
      FROM users u
      WHERE u.organisation_id = ${actor.organisationId} AND u.active
        AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = ANY(${DECIDING_ROLES as string[]}::text[]))
      ORDER BY in_case_team DESC, u.display_name
      LIMIT 200`.execute(tx);
    const recipient = await comenshaRecipient(tx);
    await recordAudit(
      tx,
      actor,
      fileAudit(youthId, access.facts, access.via, {
        action: 'comensha.read',
        recordType: 'comensha',
        details: { consents: consentRows.length, registrations: registrationRows.length, noRegistrations: noRegistrationRows.length },
      }),
    );
    const registrations = await presentRegistrations(tx, registrationRows);
    const noRegistrations = await presentNoRegistrations(tx, noRegistrationRows as NoRegistrationRow[]);
    const latestRegistration = registrations[0];
    const latestReasoning = noRegistrations[0];
    const status: ComenshaStatus = latestRegistration
      ? { state: 'registered', registeredAt: latestRegistration.registeredAt, form: latestRegistration.form }
      : latestReasoning
        ? { state: 'notRegistered', reason: latestReasoning.reason, decidedOn: latestReasoning.decidedOn }
        : { state: 'nothingRecorded' };
    const mayDecide = deciders.some((d) => d.id === actor.userId);
    return {
      status,
      withdrawnAfterRegistration: registrationRows.some((r) => r.consent_withdrawn),
      ageToday: ageOn(youth.date_of_birth, today),
      consents: await presentConsents(tx, consentRows, youth.date_of_birth, today),
      registrations,
      noRegistrations,
      deciders: deciders.map((d) => ({ id: d.id, name: d.name, inCaseTeam: d.in_case_team })),
      // The one filling in the form decides when they may; else the case team's first who may.
      defaultDeciderId: mayDecide ? actor.userId : (deciders.find((d) => d.in_case_team)?.id ?? null),
      recipientName: recipient.name,
    };
  });
}

/** The organisation's register: every registration, counts by year and form, and the files that hold a reasoning instead. */
export async function readComenshaRegister({ database }: Platform, actor: Actor): Promise<ComenshaRegisterOutput> {
  if (!hasCapability(actor.roles, 'comensha.readRegister')) throw new AppError('FORBIDDEN');
  return database.inOrganisation(actor.organisationId, async (tx) => {
    // The name links to the file only when this viewer may open it (the same decision as the file's policy).
    const via = fileAccessSql(
      actor,
      sql<boolean>`EXISTS (SELECT 1 FROM case_team_members m WHERE m.youth_id = y.id AND m.user_id = ${actor.userId})`,
      sql<string | null>`(SELECT g.id FROM break_glass_grants g WHERE g.youth_id = y.id AND g.user_id = ${actor.userId} AND g.expires_at > now() LIMIT 1)`,
    );
    const { rows: registrations } = await sql<{ id: string; youth_id: string; first_name: string; last_name: string; registered_at: Date | string; form: ExploitationForm; recorded_by_name: string | null; via: string | null }>`
      SELECT r.id, r.youth_id, y.first_name, y.last_name, r.registered_at, r.form, u.display_name AS recorded_by_name, ${via} AS via
      FROM comensha_registrations r
      JOIN youths y ON y.id = r.youth_id
      LEFT JOIN users u ON u.id = r.recorded_by
      WHERE r.organisation_id = ${actor.organisationId}
      ORDER BY r.registered_at DESC
      LIMIT 1000`.execute(tx);
    const { rows: counts } = await sql<{ year: number; sexual: number; criminal: number; both: number; total: number }>`
      SELECT extract(year FROM registered_at AT TIME ZONE 'Europe/Amsterdam')::int AS year,
        count(*) FILTER (WHERE form = 'sexual')::int AS sexual,
        count(*) FILTER (WHERE form = 'criminal')::int AS criminal,
        count(*) FILTER (WHERE form = 'both')::int AS both,
        count(*)::int AS total
      FROM comensha_registrations
      WHERE organisation_id = ${actor.organisationId}
      GROUP BY 1
      ORDER BY 1 DESC`.execute(tx);
    const { rows: notRegistered } = await sql<{ youth_id: string; first_name: string; last_name: string; reason: NoRegistrationReason; decided_on: string; via: string | null }>`
      SELECT * FROM (
        SELECT DISTINCT ON (n.youth_id) n.youth_id, y.first_name, y.last_name, n.reason, n.decided_on::text AS decided_on, ${via} AS via
        FROM comensha_no_registrations n
        JOIN youths y ON y.id = n.youth_id
        WHERE n.organisation_id = ${actor.organisationId}
          AND NOT EXISTS (SELECT 1 FROM comensha_registrations r WHERE r.youth_id = n.youth_id)
        ORDER BY n.youth_id, n.decided_on DESC, n.recorded_at DESC
      ) latest
      ORDER BY decided_on DESC, last_name, first_name
      LIMIT 1000`.execute(tx);
    await recordAudit(tx, actor, {
      action: 'comensha.registerRead',
      recordType: 'comenshaRegister',
      details: { registrations: registrations.length, notRegistered: notRegistered.length },
    });
    return {
      registrations: registrations.map((r) => ({
        id: r.id,
        youthId: r.via ? r.youth_id : null,
        youthName: `${r.first_name} ${r.last_name}`,
        registeredAt: new Date(r.registered_at).toISOString(),
        form: r.form,
        recordedByName: r.recorded_by_name,
      })),
      countsByYear: counts.map((c) => ({ year: Number(c.year), sexual: Number(c.sexual), criminal: Number(c.criminal), both: Number(c.both), total: Number(c.total) })),
      notRegistered: notRegistered.map((n) => ({ youthId: n.via ? n.youth_id : null, youthName: `${n.first_name} ${n.last_name}`, reason: n.reason, decidedOn: n.decided_on })),
    };
  });
}
