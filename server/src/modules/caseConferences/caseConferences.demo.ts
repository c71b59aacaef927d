// Demo data for case conferences, made through the services: the regional
// care coordinator held a zorgtafel last week with the provider and the police
// (a pseudonymous case, a named case with its disclosure, decisions and
// actions), and has the next one planned.
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import type { Role } from '../../platform/authz/roles.js';
import type { Database } from '../../platform/db/database.js';
import type { Platform } from '../../platform/http/app-types.js';
import { caseInput, conferenceInput } from './caseConferences.schemas.js';
import { addAction, addEntry, addParticipant, bringInCase, conveneConference, setConferenceStatus } from './caseConferences.service.js';

export interface DemoCaseConferenceOrganisations {
  regionId: string;
  providerId: string;
  policeId: string;
}

/** A local Dutch date-time string (YYYY-MM-DDTHH:mm) some days from now, at a set hour. */
function localAt(daysFromNow: number, hour: number): string {
  const d = new Date(Date.now() + daysFromNow * 86_400_000);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  return `${day}T${String(hour).padStart(2, '0')}:00`;
}

export async function loadDemoCaseConferences(database: Database, { regionId, providerId, policeId }: DemoCaseConferenceOrganisations): Promise<void> {
  const platform = { database } as unknown as Platform;
  const q = database.unsafeSystemQuery;
  /** The first active user with this role in the organisation (the demo's named people come first). */
  const actorWith = async (organisationId: string, role: Role, preferred: string): Promise<Actor> => {
    const users = await q
      .selectFrom('users')
      .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
      .select(['users.id', 'users.email'])
      .where('users.organisation_id', '=', organisationId)
      .where('users.active', '=', true)
      .where('user_roles.role', '=', role)
      .orderBy('users.email')
      .execute();
    const user = users.find((u) => u.email === preferred) ?? users[0];
    if (!user) throw new Error(`Demo: no ${role} in organisation`);
    const roles = (await q.selectFrom('user_roles').select('role').where('user_id', '=', user.id).execute()).map((r) => r.role as Role);
    const kind = (await q.selectFrom('organisations').select('kind').where('id', '=', organisationId).executeTakeFirstOrThrow()).kind;
    return { userId: user.id, organisationId, organisationKind: kind, roles, sessionId: 'demo', ip: null, userAgent: 'npm run demo' };
  };
  const slugOf = async (id: string) => (await q.selectFrom('organisations').select('slug').where('id', '=', id).executeTakeFirstOrThrow()).slug;

  const coordinator = await actorWith(regionId, 'careCoordinator', 'zorgcoordinator@kustregio.demo');
  const officer = await actorWith(providerId, 'designatedOfficer', 'aandacht@dehaven.demo');
  const lead = await actorWith(providerId, 'leadProfessional', 'behandelaar@dehaven.demo');
  const liaison = await actorWith(policeId, 'policeLiaison', 'avim@politie-kust.demo');
  const youth = await q
    .selectFrom('youths')
    .select(['id'])
    .where('organisation_id', '=', providerId)
    .where('closed_on', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const organisations = [await slugOf(providerId), await slugOf(policeId)];

  // Last week's conference: held.
  const held = await conveneConference(
    platform,
    coordinator,
    conferenceInput.parse({ title: 'Zorgtafel Kustregio (demo) — vorige week', startsAt: localAt(-7, 10), place: 'Stadskantoor, zaal De Duinen', organisations }),
  );
  await addParticipant(platform, officer, held.id, officer.userId);
  await addParticipant(platform, officer, held.id, lead.userId);
  await addParticipant(platform, liaison, held.id, liaison.userId);
  let conference = await bringInCase(
    platform,
    officer,
    held.id,
    caseInput.parse({
      kind: 'pseudonymous',
      initials: 'S.B.',
      age: 14,
      region: 'Kustregio',
      summary: 'Meisje van 14 met een veel oudere vriend, nieuwe kleding en telefoon; de school ziet toenemend verzuim. Vraag: wie herkent dit beeld en wat is de volgende stap?',
    }),
  );
  conference = await bringInCase(
    platform,
    officer,
    held.id,
    caseInput.parse({
      kind: 'named',
      youthId: youth.id,
      summary: 'Drie keer vermist in zes weken, telkens teruggevonden in dezelfde wijk. Signalen van ronselen voor drugshandel. Vraag aan politie: zijn er lopende onderzoeken die de bescherming raken?',
      purpose: 'Bescherming en opsporing op elkaar afstemmen aan de zorgtafel',
      legalGround: 'vitalInterest',
      secrecyGround: 'conflictOfDuties',
      secrecyReasoning: 'Het risico op verdere uitbuiting weegt zwaarder dan het beroepsgeheim; alleen wat de tafel nodig heeft wordt gedeeld.',
      categories: [
        { category: 'identity', why: 'De politie moet kunnen nagaan of de jongere bekend is.' },
        { category: 'exploitation', why: 'De signalen zijn de reden van de bespreking.' },
      ],
      decidedById: lead.userId,
      youthInformed: true,
      youthNotInformedReason: '',
    }),
  );
  const [pseudo, named] = conference.cases;
  const seats = (await sql<{ id: string; user_id: string }>`SELECT id, user_id FROM case_conference_participants WHERE conference_id = ${held.id}`.execute(q)).rows;
  const seat = (userId: string) => seats.find((s) => s.user_id === userId)!.id;
  await addEntry(platform, liaison, held.id, named!.id, 'contribution', 'De jongere komt voor in een lopend onderzoek naar een drugsnetwerk; afstemmen met de recherche voordat er gesprekken zijn.');
  await addEntry(platform, coordinator, held.id, named!.id, 'decision', 'Eén veiligheidsplan voor zorg en politie; de jeugdzorgaanbieder is regiehouder.');
  await addAction(platform, liaison, held.id, named!.id, { description: 'Afstemming met de recherche over het moment van gesprekken', ownerParticipantId: seat(liaison.userId), dueOn: localAt(7, 0).slice(0, 10) });
  await addEntry(platform, coordinator, held.id, pseudo!.id, 'decision', 'Signalen bespreken met de school en de wijkagent; over vier weken terug op de agenda.');
  await addAction(platform, officer, held.id, pseudo!.id, { description: 'Gesprek met de intern begeleider van de school', ownerParticipantId: seat(officer.userId), dueOn: localAt(14, 0).slice(0, 10) });
  await setConferenceStatus(platform, coordinator, held.id, 'held');

  // The next one: planned, online.
  await conveneConference(platform, coordinator, conferenceInput.parse({ title: 'Zorgtafel Kustregio (demo) — volgende maand', startsAt: localAt(21, 14), online: true, organisations }));
}
