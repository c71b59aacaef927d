// A registration with CoMensha, and the reasoning when none is made. A
// registration passes the consent rule (consentRule.ts) for its own day or is
// refused, naming every problem; with valid consent it is stored in Baken's
// own structure, its copy in words is kept, and it is recorded as a disclosure
// (recordDisclosureIn), all in one transaction with the audit event.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../platform/errors.js';
import { nowInNetherlands } from '../../platform/http/schemas.js';
import type { Platform } from '../../platform/http/app-types.js';
import type { FieldMessageKey } from '../../platform/i18n/fieldMessages.js';
import { fileAudit, onCaseFile } from '../caseFiles/fileAccess.js';
import { recordDisclosureIn } from '../disclosures/disclosures.service.js';
import type { DataCategory } from '../disclosures/disclosures.options.js';
import type { DisclosedContent, DisclosureInput } from '../disclosures/disclosures.schemas.js';
import type { ConsentGiver, ConsentProblem } from './comensha.options.js';
import type { NoRegistrationInput, NoRegistrationOutput, RegistrationInput, RegistrationOutput } from './comensha.schemas.js';
import { checkConsent, type ConsentFacts } from './consentRule.js';
import { registrationContent } from './registrationContent.js';
import { renderRegistrationPdf } from './registrationPdf.js';
import { CATEGORY_REASONS, REGISTRATION_PURPOSE } from './registrationText.js';
import { presentNoRegistrations, presentRegistrations } from './comensha.presenters.js';
import './comensha.tables.js';

const PROBLEM_KEYS: Record<ConsentProblem, FieldMessageKey> = {
  noConsent: 'comenshaNoConsent',
  withdrawn: 'comenshaConsentWithdrawn',
  signerMustBeYouth: 'comenshaSignerMustBeYouth',
  signerMustBeParents: 'comenshaSignerMustBeParents',
  noDocument: 'comenshaNoDocument',
  signedAfter: 'comenshaSignedAfter',
};

/** Where a registration goes: the organisation's own CoMensha partner when it keeps one. */
export async function comenshaRecipient(tx: Tx): Promise<{ partnerId: string | null; name: string }> {
  const partner = await tx
    .selectFrom('partners')
    .select(['id', 'name'])
    .where('kind', '=', 'comensha')
    .where('active', '=', true)
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
  return partner ? { partnerId: partner.id, name: partner.name } : { partnerId: null, name: 'CoMensha' };
}

interface ConsentRow {
  id: string;
  given_by: ConsentGiver;
  signer_name: string;
  signed_on: string;
  withdrawn_on: string | null;
  has_document: boolean;
}

/**
 * The consent as the rule sees it, held (FOR SHARE) until the registration
 * commits: a withdrawal recorded at the same moment waits, and is then on or
 * after the registration's day, which the rule already accounts for.
 */
async function consentFacts(tx: Tx, actor: Actor, youthId: string, consentId: string): Promise<ConsentRow | undefined> {
  const { rows } = await sql<ConsentRow>`
    SELECT c.id, c.given_by, c.signer_name, c.signed_on::text AS signed_on, c.withdrawn_on::text AS withdrawn_on,
      EXISTS (SELECT 1 FROM comensha_consent_documents d WHERE d.consent_id = c.id) AS has_document
    FROM comensha_consents c
    WHERE c.id = ${consentId} AND c.youth_id = ${youthId} AND c.organisation_id = ${actor.organisationId}
    FOR SHARE OF c`.execute(tx);
  return rows[0];
}

function categoriesFor(input: RegistrationInput): DisclosureInput['categories'] {
  const categories: { category: DataCategory; why: string }[] = [
    { category: 'identity', why: CATEGORY_REASONS.identity },
    { category: 'exploitation', why: CATEGORY_REASONS.exploitation },
  ];
  if (input.form !== 'sexual') categories.push({ category: 'offences', why: CATEGORY_REASONS.offences });
  categories.push({ category: 'healthCare', why: CATEGORY_REASONS.healthCare });
  return categories;
}

export async function registerWithComensha(platform: Platform, actor: Actor, youthId: string, input: RegistrationInput): Promise<RegistrationOutput> {
  return onCaseFile(platform, actor, youthId, 'update', async (tx, access) => {
    const youth = await tx
      .selectFrom('youths as y')
      .innerJoin('organisations as o', 'o.id', 'y.organisation_id')
      .select(['y.first_name', 'y.last_name', 'y.date_of_birth', 'y.gender', 'o.name as organisation_name'])
      .where('y.id', '=', youthId)
      .executeTakeFirstOrThrow();
    const problems: { path: string; key: FieldMessageKey; params?: Record<string, unknown> }[] = [];
    if (input.registeredAt > nowInNetherlands()) problems.push({ path: 'registeredAt', key: 'dateInFuture' });
    const consent = input.consentId ? await consentFacts(tx, actor, youthId, input.consentId) : undefined;
    if (input.consentId && !consent) {
      problems.push({ path: 'consentId', key: 'comenshaUnknownConsent' });
    } else {
      const facts: ConsentFacts | null = consent
        ? { givenBy: consent.given_by, signedOn: consent.signed_on, withdrawnOn: consent.withdrawn_on, hasDocument: consent.has_document }
        : null;
      const check = checkConsent(facts, youth.date_of_birth, input.registeredAt.slice(0, 10));
      for (const problem of check.problems) problems.push({ path: 'consentId', key: PROBLEM_KEYS[problem], params: { age: check.ageAtSigning } });
    }
    if (problems.length > 0 || !consent) throw new FieldRuleError(problems);

    const recipient = await comenshaRecipient(tx);
    const names = new Map(
      (await tx.selectFrom('users').select(['id', 'display_name']).where('id', 'in', [input.decidedById, actor.userId]).execute()).map((u) => [u.id, u.display_name]),
    );
    const content: DisclosedContent = registrationContent({
      input,
      youth: { firstName: youth.first_name, lastName: youth.last_name, dateOfBirth: youth.date_of_birth, gender: youth.gender },
      consent: { givenBy: consent.given_by, signerName: consent.signer_name, signedOn: consent.signed_on },
      organisationName: youth.organisation_name,
      decidedByName: names.get(input.decidedById) ?? '—',
      recordedByName: names.get(actor.userId) ?? '—',
    });
    const registrationId = randomUUID();
    // The decider's role is checked there: only who may decide on disclosures decides this one.
    const disclosure = await recordDisclosureIn(
      tx,
      actor,
      youthId,
      access,
      {
        recipientPartnerId: recipient.partnerId,
        recipientKind: recipient.partnerId ? null : 'comensha',
        recipientName: recipient.partnerId ? '' : recipient.name,
        purpose: REGISTRATION_PURPOSE,
        legalGround: 'consent',
        secrecyGround: 'consent',
        secrecyReasoning: '',
        categories: categoriesFor(input),
        summary: '',
        decidedById: input.decidedById,
        youthInformed: true,
        youthNotInformedReason: '',
        disclosedAt: input.registeredAt,
      } as DisclosureInput,
      { source: 'comenshaRegistration', sourceId: registrationId, content },
    );
    const row = await tx
      .insertInto('comensha_registrations')
      .values({
        id: registrationId,
        organisation_id: actor.organisationId,
        youth_id: youthId,
        consent_id: consent.id,
        registered_at: sql<string>`${input.registeredAt}::timestamp AT TIME ZONE 'Europe/Amsterdam'` as unknown as string,
        form: input.form,
        period: input.period,
        place: input.place,
        recruitment: input.recruitment,
        recruitment_note: input.recruitmentNote,
        work: input.work,
        signals: input.signals,
        police_report: input.policeReport,
        police_report_note: input.policeReportNote,
        care_given: input.careGiven,
        current_stay: input.currentStay,
        remarks: input.remarks,
        decided_by: input.decidedById,
        disclosure_id: disclosure.id,
        content: JSON.stringify(content),
        recorded_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(
      tx,
      actor,
      fileAudit(youthId, access.facts, access.via, {
        action: 'comenshaRegistration.recorded',
        recordType: 'comenshaRegistration',
        recordId: registrationId,
        details: { consentId: consent.id, disclosureId: disclosure.id, form: input.form },
      }),
    );
    const [presented] = await presentRegistrations(tx, [{ ...row, recipient_name: disclosure.recipientName }]);
    return presented!;
  });
}

/** The copy in the file as PDF, read (and audited) in one transaction, drawn after it commits. */
export async function printRegistration(platform: Platform, actor: Actor, youthId: string, registrationId: string): Promise<{ pdf: Buffer; filename: string }> {
  const printed = await onCaseFile(platform, actor, youthId, 'read', async (tx, access) => {
    const { rows } = await sql<{ content: unknown; registered_local: string; recipient_name: string; first_name: string; last_name: string; organisation_name: string; me: string | null }>`
      SELECT r.content, to_char(r.registered_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD"T"HH24:MI') AS registered_local,
        d.recipient_name, y.first_name, y.last_name, o.name AS organisation_name,
        (SELECT display_name FROM users WHERE id = ${actor.userId}) AS me
      FROM comensha_registrations r
      JOIN disclosures d ON d.id = r.disclosure_id
      JOIN youths y ON y.id = r.youth_id
      JOIN organisations o ON o.id = r.organisation_id
      WHERE r.id = ${registrationId} AND r.youth_id = ${youthId} AND r.organisation_id = ${actor.organisationId}`.execute(tx);
    const row = rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, fileAudit(youthId, access.facts, access.via, { action: 'comenshaRegistration.printed', recordType: 'comenshaRegistration', recordId: registrationId }));
    return {
      organisationName: row.organisation_name,
      youthName: `${row.first_name} ${row.last_name}`,
      registeredAt: row.registered_local,
      recipientName: row.recipient_name,
      content: (typeof row.content === 'string' ? JSON.parse(row.content) : row.content) as DisclosedContent,
      printedAt: new Date().toISOString(),
      printedByName: row.me ?? '—',
    };
  });
  // The name stays out of the file name: it would land in the downloads folder and the browser's history.
  return { pdf: await renderRegistrationPdf(printed), filename: `melding-comensha-${printed.registeredAt.slice(0, 10)}.pdf` };
}

export async function recordNoRegistration(platform: Platform, actor: Actor, youthId: string, input: NoRegistrationInput): Promise<NoRegistrationOutput> {
  if (input.reason === 'other' && input.explanation === '') throw new FieldRuleError([{ path: 'explanation', key: 'noRegistrationExplanationMissing' }]);
  return onCaseFile(platform, actor, youthId, 'update', async (tx, access) => {
    const row = await tx
      .insertInto('comensha_no_registrations')
      .values({ organisation_id: actor.organisationId, youth_id: youthId, reason: input.reason, explanation: input.explanation, decided_on: input.decidedOn, recorded_by: actor.userId })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(
      tx,
      actor,
      fileAudit(youthId, access.facts, access.via, { action: 'comenshaNoRegistration.recorded', recordType: 'comenshaNoRegistration', recordId: row.id, details: { reason: input.reason } }),
    );
    const [presented] = await presentNoRegistrations(tx, [row]);
    return presented!;
  });
}
