// Rows of the CoMensha tables as the API answers them: names instead of user
// ids, moments as ISO strings, and nothing the response schema does not name.
import type { Tx } from '../../platform/db/database.js';
import type { ConsentGiver, ExploitationForm, NoRegistrationReason, PoliceReportState, RecruitmentMethod } from './comensha.options.js';
import type { ConsentOutput, NoRegistrationOutput, RegistrationOutput } from './comensha.schemas.js';
import { checkConsent } from './consentRule.js';

const iso = (value: Date | string) => new Date(value).toISOString();

async function userNames(tx: Tx, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.selectFrom('users').select(['id', 'display_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

export interface ConsentRow {
  id: string;
  given_by: string;
  signer_name: string;
  signed_on: string;
  scope_note: string;
  withdrawn_on: string | null;
  withdrawn_by: string | null;
  withdrawal_note: string | null;
  withdrawal_recorded_by: string | null;
  withdrawal_recorded_at: Date | string | null;
  recorded_by: string;
  recorded_at: Date | string;
  document_mime_type: string | null;
  document_bytes: number | null;
  document_uploaded_at: Date | string | null;
  document_uploaded_by: string | null;
}

export async function presentConsents(tx: Tx, rows: ConsentRow[], dateOfBirth: string, today: string): Promise<ConsentOutput[]> {
  const names = await userNames(
    tx,
    rows.flatMap((r) => [r.recorded_by, r.withdrawal_recorded_by, r.document_uploaded_by]),
  );
  return rows.map((r) => {
    const givenBy = r.given_by as ConsentGiver;
    const check = checkConsent({ givenBy, signedOn: r.signed_on, withdrawnOn: r.withdrawn_on, hasDocument: r.document_mime_type !== null }, dateOfBirth, today);
    return {
      id: r.id,
      givenBy,
      signerName: r.signer_name,
      signedOn: r.signed_on,
      scopeNote: r.scope_note,
      ageAtSigning: check.ageAtSigning!,
      document:
        r.document_mime_type && r.document_uploaded_at
          ? { mimeType: r.document_mime_type, bytes: Number(r.document_bytes), uploadedAt: iso(r.document_uploaded_at), uploadedByName: names.get(r.document_uploaded_by ?? '') ?? null }
          : null,
      withdrawal:
        r.withdrawn_on && r.withdrawn_by
          ? {
              withdrawnOn: r.withdrawn_on,
              withdrawnBy: r.withdrawn_by,
              note: r.withdrawal_note ?? '',
              recordedByName: names.get(r.withdrawal_recorded_by ?? '') ?? null,
              recordedAt: iso(r.withdrawal_recorded_at ?? r.recorded_at),
            }
          : null,
      problemsToday: check.problems,
      recordedByName: names.get(r.recorded_by) ?? null,
      recordedAt: iso(r.recorded_at),
    };
  });
}

export interface RegistrationRow {
  id: string;
  consent_id: string;
  registered_at: Date | string;
  form: string;
  period: string;
  place: string;
  recruitment: string[];
  recruitment_note: string;
  work: string;
  signals: string;
  police_report: string;
  police_report_note: string;
  care_given: string;
  current_stay: string;
  remarks: string;
  decided_by: string;
  disclosure_id: string;
  recipient_name: string;
  recorded_by: string;
  recorded_at: Date | string;
}

export async function presentRegistrations(tx: Tx, rows: RegistrationRow[]): Promise<RegistrationOutput[]> {
  const names = await userNames(
    tx,
    rows.flatMap((r) => [r.decided_by, r.recorded_by]),
  );
  return rows.map((r) => ({
    id: r.id,
    consentId: r.consent_id,
    registeredAt: iso(r.registered_at),
    form: r.form as ExploitationForm,
    period: r.period,
    place: r.place,
    recruitment: r.recruitment as RecruitmentMethod[],
    recruitmentNote: r.recruitment_note,
    work: r.work,
    signals: r.signals,
    policeReport: r.police_report as PoliceReportState,
    policeReportNote: r.police_report_note,
    careGiven: r.care_given,
    currentStay: r.current_stay,
    remarks: r.remarks,
    decidedByName: names.get(r.decided_by) ?? null,
    disclosureId: r.disclosure_id,
    recipientName: r.recipient_name,
    recordedByName: names.get(r.recorded_by) ?? null,
    recordedAt: iso(r.recorded_at),
  }));
}

export interface NoRegistrationRow {
  id: string;
  reason: string;
  explanation: string;
  decided_on: string;
  recorded_by: string;
  recorded_at: Date | string;
}

export async function presentNoRegistrations(tx: Tx, rows: NoRegistrationRow[]): Promise<NoRegistrationOutput[]> {
  const names = await userNames(
    tx,
    rows.map((r) => r.recorded_by),
  );
  return rows.map((r) => ({
    id: r.id,
    reason: r.reason as NoRegistrationReason,
    explanation: r.explanation,
    decidedOn: r.decided_on,
    recordedByName: names.get(r.recorded_by) ?? null,
    recordedAt: iso(r.recorded_at),
  }));
}
