// The police information sheet, built from the file at the moment it is
// needed: the photo, who the youth is and how they look, when and where they
// were last seen, why it is urgent, the risk factors, the risky people and the
// places from the network analysis, the family's contacts and the
// organisation's 24/7 number. Every line has a key, so the professional can
// trim the sheet to what the police need; only what is kept leaves.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/database.js';
import { todayInNetherlands } from '../../platform/http/schemas.js';
import { CLASSIFICATION_LABELS, PLACE_KIND_LABELS } from '../caseFiles/safetyPlan/pdfText.js';
import { latestPhoto } from '../caseFiles/safetyPlan/photo.service.js';
import type { DataCategory } from '../disclosures/disclosures.options.js';
import type { DisclosedContent } from '../disclosures/disclosures.schemas.js';
import { SHEET_SECTIONS, type SheetSectionKey } from './missing.options.js';
import { CRITERION_LABELS, GENDER_LABELS, RISK_LEVEL_LABELS, SECTION_HEADINGS, SHEET_TEXT } from './policeSheetText.js';
import { ageOn } from './urgency.js';
import type { UrgencyAnswer } from './urgency.js';
import './missing.tables.js';
import { formatDay, formatMoment } from '../../platform/pdf/text.js';

export interface SheetItem {
  key: string;
  label: string | null;
  text: string;
  fixed: boolean;
}

export interface SheetSection {
  key: SheetSectionKey;
  heading: string;
  category: DataCategory | null;
  items: SheetItem[];
}

export interface PoliceSheet {
  title: string;
  subjectName: string;
  sections: SheetSection[];
  /** The youth's latest photo, when the file has one. */
  photoId: string | null;
  fingerprint: string;
}

const classification = (value: string) => (CLASSIFICATION_LABELS[value as keyof typeof CLASSIFICATION_LABELS] ?? value).toLowerCase();
const placeKind = (value: string) => PLACE_KIND_LABELS[value as keyof typeof PLACE_KIND_LABELS] ?? value;
const dayOf = (moment: Date | string) => todayInNetherlands(new Date(moment));
const item = (key: string, label: string | null, text: string | null | undefined, fixed = false): SheetItem[] =>
  text && text.trim() !== '' ? [{ key, label, text: text.trim(), fixed }] : [];
const DANGER_FIRST = sql`CASE classification WHEN 'dangerous' THEN 0 WHEN 'risky' THEN 1 ELSE 2 END`;

/** Builds the full sheet for one episode from what the file holds now. The caller has passed the file's policy. */
export async function buildPoliceSheet(tx: Tx, actor: Actor, youthId: string, episodeId: string): Promise<PoliceSheet | null> {
  const org = actor.organisationId;
  const episode = await tx.selectFrom('missing_episodes').selectAll().where('id', '=', episodeId).where('youth_id', '=', youthId).where('organisation_id', '=', org).executeTakeFirst();
  if (!episode) return null;
  const youth = await tx
    .selectFrom('youths')
    .select(['first_name', 'last_name', 'date_of_birth', 'gender', 'phone', 'address', 'language'])
    .where('id', '=', youthId)
    .executeTakeFirstOrThrow();
  const photo = await latestPhoto(tx, actor, youthId, false);
  const { rows: risks } = await sql<{ assessed_on: string; level: string; risk_factors: string }>`
    SELECT assessed_on::text, level, risk_factors FROM risk_assessments
    WHERE youth_id = ${youthId} AND organisation_id = ${org}
    ORDER BY assessed_on DESC, created_at DESC LIMIT 1`.execute(tx);
  // The plan in force: the latest signed-off version, else the draft.
  const { rows: plans } = await sql<{ absconding_risk: string; possible_addresses: string }>`
    SELECT absconding_risk, possible_addresses FROM safety_plans
    WHERE youth_id = ${youthId} AND organisation_id = ${org}
    ORDER BY (signed_off_at IS NOT NULL) DESC, version DESC LIMIT 1`.execute(tx);
  const { rows: persons } = await sql<{ id: string; name: string; relation: string; classification: string; phones: string[]; addresses: string[]; social_handles: string[]; vehicles: unknown }>`
    SELECT id, name, relation, classification, phones, addresses, social_handles, vehicles FROM network_persons
    WHERE youth_id = ${youthId} AND organisation_id = ${org} AND NOT removed AND classification IN ('risky', 'dangerous')
    ORDER BY ${DANGER_FIRST}, name LIMIT 200`.execute(tx);
  const { rows: places } = await sql<{ id: string; address: string; kind: string; classification: string; notes: string }>`
    SELECT id, address, kind, classification, notes FROM network_places
    WHERE youth_id = ${youthId} AND organisation_id = ${org} AND NOT removed
    ORDER BY ${DANGER_FIRST}, address LIMIT 200`.execute(tx);
  const { rows: accounts } = await sql<{ id: string; platform: string; handle: string; classification: string; person_name: string | null }>`
    SELECT a.id, a.platform, a.handle, a.classification, p.name AS person_name FROM network_accounts a
    LEFT JOIN network_persons p ON p.id = a.person_id
    WHERE a.youth_id = ${youthId} AND a.organisation_id = ${org} AND NOT a.removed
    ORDER BY ${sql`CASE a.classification WHEN 'dangerous' THEN 0 WHEN 'risky' THEN 1 ELSE 2 END`}, a.platform, a.handle LIMIT 200`.execute(tx);
  const organisation = await tx.selectFrom('organisations').select('name').where('id', '=', org).executeTakeFirstOrThrow();
  const contacts = await tx.selectFrom('organisation_contacts').select('phone_24_7').where('organisation_id', '=', org).executeTakeFirst();

  const name = `${youth.first_name} ${youth.last_name}`;
  const urgency = parseJson<UrgencyAnswer[]>(episode.urgency_criteria);
  const risk = risks[0];
  const plan = plans[0];
  const byKey: Record<SheetSectionKey, SheetItem[]> = {
    photo: photo
      ? item('photo', SHEET_TEXT.photo, photo.takenOn ? SHEET_TEXT.photoTakenOn(formatDay(photo.takenOn)) : SHEET_TEXT.photoUploadedOn(formatDay(dayOf(photo.uploadedAt))))
      : [],
    identity: [
      ...item('identity.name', SHEET_TEXT.name, name, true),
      ...item('identity.dateOfBirth', SHEET_TEXT.dateOfBirth, `${formatDay(youth.date_of_birth)} (${SHEET_TEXT.age(ageOn(youth.date_of_birth, todayInNetherlands()))})`),
      ...item('identity.gender', SHEET_TEXT.gender, GENDER_LABELS[youth.gender] ?? youth.gender),
      ...item('identity.language', SHEET_TEXT.language, youth.language),
      ...item('identity.address', SHEET_TEXT.address, youth.address),
    ],
    contact: item('contact.phone', SHEET_TEXT.youthPhone, youth.phone),
    description: item('description.appearance', SHEET_TEXT.appearance, episode.appearance),
    lastSeen: [
      ...item('lastSeen.at', SHEET_TEXT.lastSeenAt, formatMoment(new Date(episode.last_seen_at).toISOString())),
      ...item('lastSeen.place', SHEET_TEXT.lastSeenPlace, episode.last_seen_place),
      ...item('lastSeen.circumstances', SHEET_TEXT.circumstances, episode.circumstances),
      ...item('lastSeen.companions', SHEET_TEXT.companions, episode.companions),
    ],
    urgency: urgency.flatMap((u) => item(`urgency.${u.criterion}`, CRITERION_LABELS[u.criterion], u.explanation)),
    risk: [
      ...(risk ? item('risk.assessment', SHEET_TEXT.riskAssessment(formatDay(risk.assessed_on)), `${SHEET_TEXT.riskLevel(RISK_LEVEL_LABELS[risk.level] ?? risk.level)} ${risk.risk_factors}`) : []),
      ...item('risk.absconding', SHEET_TEXT.absconding, plan?.absconding_risk),
    ],
    persons: persons.map((p) => {
      const vehicles = parseJson<{ plate: string; description: string }[]>(p.vehicles)
        .filter((v) => v.plate || v.description)
        .map((v) => (v.plate && v.description ? `${v.plate} (${v.description})` : v.plate || v.description));
      const details = [
        `${p.relation}, ${classification(p.classification)}`,
        ...(p.phones.length ? [`${SHEET_TEXT.phones} ${p.phones.join(', ')}`] : []),
        ...(p.addresses.length ? [`${SHEET_TEXT.addresses} ${p.addresses.join('; ')}`] : []),
        ...(vehicles.length ? [`${SHEET_TEXT.vehicles} ${vehicles.join(', ')}`] : []),
        ...(p.social_handles.length ? [`${SHEET_TEXT.handles} ${p.social_handles.join(', ')}`] : []),
      ];
      return { key: `person.${p.id}`, label: p.name, text: details.join('; '), fixed: false };
    }),
    places: [
      ...places.map((p) => ({
        key: `place.${p.id}`,
        label: p.address,
        text: [`${placeKind(p.kind)}, ${classification(p.classification)}`, p.notes.trim()].filter(Boolean).join('. '),
        fixed: false,
      })),
      ...item('place.safetyPlan', SHEET_TEXT.safetyPlanAddresses, plan?.possible_addresses),
    ],
    accounts: accounts.map((a) => ({
      key: `account.${a.id}`,
      label: a.platform,
      text: [a.handle, classification(a.classification), a.person_name].filter(Boolean).join(', '),
      fixed: false,
    })),
    family: [...item('family.parents', SHEET_TEXT.parents, episode.parents_contact), ...item('family.guardian', SHEET_TEXT.guardian, episode.guardian_contact)],
    organisation: [...item('organisation.name', SHEET_TEXT.organisationName, organisation.name), ...item('organisation.phone247', SHEET_TEXT.phone247, contacts?.phone_24_7)],
  };
  const sections: SheetSection[] = SHEET_SECTIONS.map((s) => ({ key: s.key, heading: SECTION_HEADINGS[s.key], category: s.category, items: byKey[s.key] })).filter(
    (s) => s.items.length > 0,
  );
  const photoId = photo?.id ?? null;
  const fingerprint = createHash('sha256').update(JSON.stringify({ sections, photoId })).digest('base64url');
  return { title: SHEET_TEXT.title, subjectName: name, sections, photoId, fingerprint };
}

function parseJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as T;
}

/** The sheet with only the kept items (fixed ones always stay); sections left empty go. */
export function trimSheet(sheet: PoliceSheet, keep: ReadonlySet<string>): PoliceSheet {
  const sections = sheet.sections
    .map((s) => ({ ...s, items: s.items.filter((i) => i.fixed || keep.has(i.key)) }))
    .filter((s) => s.items.length > 0);
  const photoKept = sections.some((s) => s.key === 'photo');
  return { ...sheet, sections, photoId: photoKept ? sheet.photoId : null };
}

/** The kinds of data the (trimmed) sheet discloses, each once, in the order of its sections. */
export function categoriesOf(sheet: PoliceSheet): DataCategory[] {
  return [...new Set(sheet.sections.map((s) => s.category).filter((c): c is DataCategory => c !== null))];
}

/** The sheet as it leaves: words in sections, exactly what the police receive. */
export function toDisclosedContent(sheet: PoliceSheet): DisclosedContent {
  return {
    title: sheet.title,
    sections: sheet.sections.map((s) => ({ heading: s.heading, lines: s.items.map((i) => ({ label: i.label, text: i.text })) })),
  };
}
