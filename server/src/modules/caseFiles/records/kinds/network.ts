// The network analysis (persons, places, online accounts and how the analysis
// was made) and the visits to a youth in a residential group.
import { sql } from 'kysely';
import { z } from 'zod';
import { FieldRuleError } from '../../../../platform/errors.js';
import { fieldKey } from '../../../../platform/i18n/fieldMessages.js';
import { NETWORK_CLASSIFICATIONS, PLACE_KINDS, POLICE_CHECKS, VISIT_PURPOSES } from '../../caseFiles.options.js';
import type { KindContext, RecordKind } from '../recordKind.js';
import { list, optional, optionalDate, pastDate, required } from './fields.js';

async function checkPerson(personId: string | null, path: string, { tx, youth }: KindContext) {
  if (!personId) return;
  const { rows } = await sql`SELECT 1 FROM network_persons WHERE id = ${personId} AND youth_id = ${youth.id}`.execute(tx);
  if (rows.length === 0) throw new FieldRuleError([{ path, key: 'unknownPerson' }]);
}

const personInput = z.object({
  name: required(120),
  relation: required(120),
  classification: z.enum(NETWORK_CLASSIFICATIONS),
  phones: list(10, 30),
  socialHandles: list(20, 120),
  addresses: list(10, 200),
  vehicles: z
    .array(z.object({ plate: z.string().trim().max(20), description: optional(200) }))
    .max(10)
    .transform((vehicles) => vehicles.filter((v) => v.plate !== '' || v.description !== ''))
    .default([]),
  notes: optional(5000),
  /** Kept for the history, no longer part of the network. */
  removed: z.boolean().default(false),
});

export const networkPersonKind: RecordKind<z.infer<typeof personInput>> = {
  name: 'networkPerson',
  table: 'network_persons',
  path: 'network/persons',
  input: personInput,
  fields: {
    name: 'name',
    relation: 'relation',
    classification: 'classification',
    phones: 'phones',
    socialHandles: 'social_handles',
    addresses: 'addresses',
    vehicles: { column: 'vehicles', json: true },
    notes: 'notes',
    removed: 'removed',
  },
  orderBy: sql`removed ASC, CASE classification WHEN 'dangerous' THEN 0 WHEN 'risky' THEN 1 WHEN 'neutral' THEN 2 ELSE 3 END, name ASC`,
  example: {
    name: 'Mo (bijnaam)',
    relation: 'Vriend, ca. 22 jaar',
    classification: 'dangerous',
    phones: ['06-11112222'],
    socialHandles: ['@mo_zeestad'],
    addresses: ['Havenstraat 12, Zeestad'],
    vehicles: [{ plate: 'AB-123-C', description: 'Grijze scooter' }],
    notes: 'Haalt haar op bij school.',
  },
};

const placeInput = z.object({
  address: required(200),
  kind: z.enum(PLACE_KINDS),
  classification: z.enum(NETWORK_CLASSIFICATIONS),
  notes: optional(5000),
  removed: z.boolean().default(false),
});

export const networkPlaceKind: RecordKind<z.infer<typeof placeInput>> = {
  name: 'networkPlace',
  table: 'network_places',
  path: 'network/places',
  input: placeInput,
  fields: { address: 'address', kind: 'kind', classification: 'classification', notes: 'notes', removed: 'removed' },
  orderBy: sql`removed ASC, CASE classification WHEN 'dangerous' THEN 0 WHEN 'risky' THEN 1 WHEN 'neutral' THEN 2 ELSE 3 END, address ASC`,
  example: { address: 'Stationsplein 1, Zeestad', kind: 'hangout', classification: 'risky', notes: 'Hangplek in de avond.' },
};

const accountInput = z.object({
  platform: required(60),
  handle: required(120),
  personId: z.uuid().nullable().default(null),
  classification: z.enum(NETWORK_CLASSIFICATIONS),
  notes: optional(5000),
  removed: z.boolean().default(false),
});

export const networkAccountKind: RecordKind<z.infer<typeof accountInput>> = {
  name: 'networkAccount',
  table: 'network_accounts',
  path: 'network/accounts',
  input: accountInput,
  fields: { platform: 'platform', handle: 'handle', personId: 'person_id', classification: 'classification', notes: 'notes', removed: 'removed' },
  check: (input, ctx) => checkPerson(input.personId, 'personId', ctx),
  orderBy: sql`removed ASC, platform ASC, handle ASC`,
  example: { platform: 'Snapchat', handle: 'mo_zeestad', personId: null, classification: 'risky', notes: '' },
};

const analysisInput = z.object({
  madeWithYouth: z.boolean(),
  explainedToYouth: z.boolean(),
  lastReviewedOn: pastDate,
  notes: optional(5000),
});

export const networkAnalysisKind: RecordKind<z.infer<typeof analysisInput>> = {
  name: 'networkAnalysis',
  table: 'network_analyses',
  path: 'network/analysis',
  singleton: true,
  input: analysisInput,
  fields: { madeWithYouth: 'made_with_youth', explainedToYouth: 'explained_to_youth', lastReviewedOn: 'last_reviewed_on', notes: 'notes' },
  orderBy: sql`youth_id`,
  example: { madeWithYouth: true, explainedToYouth: true, lastReviewedOn: '2026-01-20', notes: '' },
};

const visitInput = z.object({
  /** Local Dutch date and time as a form sends it: YYYY-MM-DDTHH:mm. */
  occurredAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, fieldKey('dateFormat')),
  visitorName: required(120),
  personId: z.uuid().nullable().default(null),
  purpose: z.enum(VISIT_PURPOSES),
  idDocumentNumber: optional(40),
  idDocumentExpiry: optionalDate,
  visitorDateOfBirth: optionalDate,
  licencePlate: optional(20),
  policeCheck: z.enum(POLICE_CHECKS),
  policeCheckOutcome: optional(2000),
  admitted: z.boolean(),
  refusalReason: optional(2000),
  notes: optional(2000),
});

export const visitKind: RecordKind<z.infer<typeof visitInput>> = {
  name: 'visit',
  table: 'visits',
  path: 'visits',
  input: visitInput,
  fields: {
    occurredAt: 'occurred_at',
    visitorName: 'visitor_name',
    personId: 'person_id',
    purpose: 'purpose',
    idDocumentNumber: 'id_document_number',
    idDocumentExpiry: 'id_document_expiry',
    visitorDateOfBirth: 'visitor_date_of_birth',
    licencePlate: 'licence_plate',
    policeCheck: 'police_check',
    policeCheckOutcome: 'police_check_outcome',
    admitted: 'admitted',
    refusalReason: 'refusal_reason',
    notes: 'notes',
  },
  check: async (input, ctx) => {
    await checkPerson(input.personId, 'personId', ctx);
    if (!input.admitted && input.refusalReason === '') throw new FieldRuleError([{ path: 'refusalReason', key: 'refusalReasonMissing' }]);
  },
  // The form's local time is Dutch time; stored as a point in time.
  derive: (input) => ({ occurred_at: sql`${input.occurredAt}::timestamp AT TIME ZONE 'Europe/Amsterdam'` }),
  orderBy: sql`occurred_at DESC`,
  example: {
    occurredAt: '2026-01-21T18:30',
    visitorName: 'Mo',
    personId: null,
    purpose: 'visit',
    idDocumentNumber: 'NX1234567',
    idDocumentExpiry: '2030-05-01',
    visitorDateOfBirth: '2004-03-02',
    licencePlate: 'AB-123-C',
    policeCheck: 'consented',
    policeCheckOutcome: 'Bekend bij de politie; bezoek niet toegestaan.',
    admitted: false,
    refusalReason: 'Persoon staat als gevaarlijk in de netwerkanalyse.',
    notes: '',
  },
};
