// Demo data for police cooperation: one deliberation about a police report on
// a youth's file (signed off), and two safety incidents, one of them followed
// up by the safety officer. Made through the services, as the people in the
// demo world would, with dates relative to today. Every fact is invented.
import type { Actor } from '../../platform/authz/actor.js';
import type { Role } from '../../platform/authz/roles.js';
import type { Database } from '../../platform/db/database.js';
import type { Platform } from '../../platform/http/app-types.js';
import { todayInNetherlands } from '../../platform/http/schemas.js';
import { loadContent } from '../../platform/content/content.js';
import { createRecord, signOffRecord } from '../caseFiles/records/records.service.js';
import { policeReportDeliberationInput, policeReportDeliberationKind } from './policeReportDeliberation.kind.js';
import { incidentFollowUpInput, incidentReportInput } from './incidents.schemas.js';
import { followUpIncident, reportIncident } from './incidents.service.js';
import type { RecordKind } from '../caseFiles/records/recordKind.js';

export interface DemoPoliceCooperationPeople {
  /** Case worker on the youth's case team; reports the first incident. */
  mentor: string;
  /** Lead professional on the youth's case team; signs the deliberation off. */
  lead: string;
  /** Another case worker; reports the second incident. */
  colleague: string;
  /** The safety officer; follows the first incident up. */
  safetyOfficer: string;
}

export async function loadDemoPoliceCooperation(database: Database, organisationId: string, youthId: string, people: DemoPoliceCooperationPeople): Promise<void> {
  const platform = { database, content: loadContent() } as unknown as Platform;
  const as = (userId: string, roles: Role[]): Actor => ({ userId, organisationId, organisationKind: 'provider', roles, sessionId: 'demo', ip: null, userAgent: 'npm run demo' });
  const day = (offset: number) => {
    const d = new Date(`${todayInNetherlands()}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + offset);
    return d.toISOString().slice(0, 10);
  };
  const kind = policeReportDeliberationKind as unknown as RecordKind;

  const deliberation = await createRecord(
    platform,
    as(people.mentor, ['caseWorker']),
    youthId,
    kind,
    policeReportDeliberationInput.parse({
      deliberatedOn: day(-12),
      participants: ['Sanne', 'Eva Mentor', 'Fatima Behandelaar'],
      youthWish: 'doesNotWant',
      youthWords: 'Als hij hoort dat ik naar de politie ben gegaan, zoekt hij me op.',
      fearOfRevenge: 'Bang dat Mo haar of haar zusje iets aandoet.',
      loyaltyToExploiter: 'Noemt Mo nog haar vriend en wil hem niet in de problemen brengen.',
      offences: 'possibly',
      offencesNote: 'Heeft mogelijk pakketjes voor Mo rondgebracht.',
      nonPunishment: 'Aan Sanne uitgelegd dat de officier van justitie kan besluiten haar niet te vervolgen voor wat ze onder dwang deed; besproken met de advocaat.',
      vulnerability: 'trauma',
      trainedInterviewer: true,
      interviewerPreference: 'female',
      interviewPlace: 'familiarPlace',
      trustedPerson: 'Eva Mentor',
      interviewNeeds: 'Korte vragen, pauzes, en na afloop op papier wat er is besproken.',
      lawyerConsultedOn: day(-20),
      lawyerOutcome: 'De advocaat heeft uitgelegd wat aangifte doen inhoudt en wat een melding is.',
      alternativesDiscussed: ['notification', 'organisationReport'],
      alternativesNote: 'Een melding door de organisatie past nu het best; aangifte door de organisatie later opnieuw bekijken.',
      weighing: 'Zelf aangifte doen is nu te zwaar en te onveilig voor Sanne. Een melding door de organisatie geeft de politie informatie over Mo, zonder dat Sanne iets hoeft te verklaren.',
      outcome: 'notificationMade',
      outcomeOn: day(-10),
      followUp: 'Over een maand opnieuw met Sanne bespreken hoe ze erover denkt.',
      followUpOn: day(20),
    }) as unknown as Record<string, unknown>,
  );
  await signOffRecord(platform, as(people.lead, ['leadProfessional']), youthId, kind, deliberation.id, deliberation.updatedAt);

  const recruitment = await reportIncident(
    platform,
    as(people.mentor, ['caseWorker']),
    incidentReportInput.parse({
      kind: 'recruitment',
      occurredAt: `${day(-6)}T21:30`,
      location: 'Woongroep Noord, voordeur',
      description: 'Een man op een scooter sprak twee cliënten aan bij de voordeur en bood hun geld voor een klusje.',
      involved: 'Collega E.M. (avonddienst), cliënten N.E. en L.S.',
      policeInvolvement: 'informed',
      policeContactRoute: 'generalNumber',
      policeContactAt: `${day(-6)}T22:05`,
      suspects: [{ appearance: 'Man, ongeveer 22, kort zwart haar', clothing: 'Zwarte jas met bontkraag', vehicle: 'Grijze scooter', licencePlate: 'FX-123-B', otherFeatures: '' }],
    }),
  );
  await followUpIncident(
    platform,
    as(people.safetyOfficer, ['safetyOfficer']),
    recruitment.id,
    incidentFollowUpInput.parse({
      updatedAt: recruitment.updatedAt,
      status: 'inProgress',
      followUpActions: 'Gesprek met de collega gehad. Wijkagent gevraagd ’s avonds vaker langs te rijden. Kenteken doorgegeven aan de politie.',
      policeInvolvement: 'informed',
      policeContactRoute: 'generalNumber',
      policeContactAt: `${day(-6)}T22:05`,
      suspects: recruitment.suspects,
    }),
  );
  await reportIncident(
    platform,
    as(people.colleague, ['caseWorker']),
    incidentReportInput.parse({
      kind: 'pressureOnStaff',
      occurredAt: `${day(-2)}T16:10`,
      location: 'Woongroep Zuid, parkeerplaats',
      description: 'Een onbekende vrouw wachtte de collega op bij de auto en vroeg naar het adres van een cliënt.',
      involved: 'Collega D.H.',
      policeInvolvement: 'notInformed',
      suspects: [{ appearance: 'Vrouw, ongeveer 30, lang blond haar', vehicle: 'Witte bestelbus', licencePlate: 'VK-456-X' }],
    }),
  );
}
