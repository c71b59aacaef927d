// Demo data for disclosures at "Jeugdzorg De Haven": one police request by
// phone, verified by calling the trafficking team back on its known number and
// answered with a disclosure that reaches the demo police unit in Baken (so
// its liaison has something under "Ontvangen gegevens"); one request where the
// call back did not confirm the caller and nothing was given; and one
// disclosure to a school with consent. Made through the services, as the
// mentor would, so the rules and the audit trail apply. Run it after the
// partner directory's demo (loadDemoPartners), which links the trafficking
// team to the police unit; without it a partner is added here.
import type { Actor } from '../../platform/authz/actor.js';
import type { Role } from '../../platform/authz/roles.js';
import { loadContent } from '../../platform/content/content.js';
import type { Database } from '../../platform/db/database.js';
import type { Platform } from '../../platform/http/app-types.js';
import { nowInNetherlands } from '../../platform/http/schemas.js';
import { fileDisclosureInput } from './disclosures.schemas.js';
import { recordFileDisclosure } from './fileDisclosures.service.js';
import { closePoliceRequest, recordCallback, recordPoliceRequest } from './policeRequests/policeRequests.service.js';
import './disclosures.tables.js';

export interface DemoDisclosuresOptions {
  /** A file of the mentor's case team: the request answered with information. */
  answeredYouthId: string;
  /** Another file of the mentor's: the request whose caller was not confirmed. */
  refusedYouthId: string;
  policeSlug?: string;
  mentorEmail?: string;
  leadEmail?: string;
}

/** Local Dutch time, `days` and `hours` ago, as a form would send it. */
const ago = (days: number, hours = 0) => nowInNetherlands(new Date(Date.now() - (days * 24 + hours) * 3_600_000));

export async function loadDemoDisclosures(database: Database, organisationId: string, options: DemoDisclosuresOptions): Promise<void> {
  const { policeSlug = 'politie-kust', mentorEmail = 'mentor@dehaven.demo', leadEmail = 'behandelaar@dehaven.demo' } = options;
  const db = database.unsafeSystemQuery;
  const platform = { database, content: loadContent() } as unknown as Platform;
  const userId = async (email: string) => (await db.selectFrom('users').select('id').where('email', '=', email).where('organisation_id', '=', organisationId).executeTakeFirstOrThrow()).id;
  const mentorId = await userId(mentorEmail);
  const leadId = await userId(leadEmail);
  const roles = (await db.selectFrom('user_roles').select('role').where('user_id', '=', mentorId).execute()).map((r) => r.role as Role);
  const mentor: Actor = { userId: mentorId, organisationId, organisationKind: 'provider', roles, sessionId: 'demo', ip: null, userAgent: 'npm run demo' };

  const police = await db.selectFrom('organisations').select('id').where('slug', '=', policeSlug).executeTakeFirstOrThrow();
  const linked = await db
    .selectFrom('partners')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('linked_organisation_id', '=', police.id)
    .where('active', '=', true)
    .executeTakeFirst();
  const avim =
    linked?.id ??
    (
      await db
        .insertInto('partners')
        .values({ organisation_id: organisationId, kind: 'traffickingTeam', name: 'AVIM, team mensenhandel Kust', phone: '010-000 0110', verified_phone: '010-000 0111', linked_organisation_id: police.id })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  // Answered: the caller confirmed by calling the team back, then only what the search needs.
  const answered = await recordPoliceRequest(platform, mentor, options.answeredYouthId, {
    receivedAt: ago(3, 2),
    callerName: 'Brigadier M. Koster',
    callerUnit: 'AVIM, team mensenhandel Kust',
    callerPhone: '06-0000 0999',
    question: 'Wij zoeken de jongere na een melding van vermissing. Zijn er adressen bekend waar zij eerder is opgehaald?',
  });
  await recordCallback(platform, mentor, options.answeredYouthId, answered.id, {
    partnerId: avim,
    confirmed: true,
    note: 'Teruggebeld op het bekende nummer; de teamleider bevestigde de vraag.',
    calledAt: ago(3, 1),
  });
  await recordFileDisclosure(
    platform,
    mentor,
    options.answeredYouthId,
    fileDisclosureInput.parse({
      recipientPartnerId: avim,
      purpose: 'De politie zoekt de vermiste jongere en wil weten waar zij eerder is opgehaald.',
      legalGround: 'vitalInterest',
      secrecyGround: 'conflictOfDuties',
      secrecyReasoning: 'De jongere is sinds gisteravond weg en loopt direct gevaar; de plekken uit de netwerkanalyse zijn de enige aanwijzing waar zij kan zijn.',
      categories: [
        { category: 'identity', why: 'Zodat de politie de juiste jongere zoekt.' },
        { category: 'networkPlaces', why: 'De twee adressen waar zij eerder is opgehaald; daar zoekt de politie eerst.' },
      ],
      summary: 'Naam en geboortedatum. Twee adressen uit de netwerkanalyse waar de jongere eerder met een scooter is opgehaald.',
      decidedById: leadId,
      youthInformed: false,
      youthNotInformedReason: 'De jongere is vermist; zij hoort het bij terugkomst van de mentor.',
      disclosedAt: ago(3),
      policeRequestId: answered.id,
    }),
  );

  // Not confirmed: the number the team knows had never heard of the caller, so nothing was given.
  const refused = await recordPoliceRequest(platform, mentor, options.refusedYouthId, {
    receivedAt: ago(1, 5),
    callerName: 'Iemand die zich "rechercheur Jansen" noemde',
    callerUnit: 'Recherche Kust',
    callerPhone: '06-0000 0888',
    question: 'Op welke groep woont de jongere en wanneer heeft hij verlof?',
  });
  await recordCallback(platform, mentor, options.refusedYouthId, refused.id, {
    partnerId: avim,
    confirmed: false,
    note: 'Het team kent geen rechercheur Jansen en heeft deze vraag niet gesteld.',
    calledAt: ago(1, 4),
  });
  await closePoliceRequest(platform, mentor, options.refusedYouthId, refused.id, {
    outcome: 'refused',
    reason: 'De beller is niet bevestigd door terug te bellen. Gemeld aan de aandachtsfunctionaris.',
  });

  // A disclosure outside Baken, with consent: the school knows who may collect the youth.
  await recordFileDisclosure(
    platform,
    mentor,
    options.refusedYouthId,
    fileDisclosureInput.parse({
      recipientKind: 'school',
      recipientName: 'Mentor van het Zeestad College',
      purpose: 'De school laat de jongere alleen meegaan met de mensen die in het veiligheidsplan staan.',
      legalGround: 'consent',
      secrecyGround: 'consent',
      categories: [{ category: 'networkPersons', why: 'Alleen de namen van wie de jongere wel en niet mag ophalen.' }],
      summary: 'Wie de jongere mag ophalen (moeder, oom) en wie niet (twee namen uit de netwerkanalyse).',
      decidedById: leadId,
      youthInformed: true,
      disclosedAt: ago(6),
    }),
  );
}
