// Demo data for missing episodes in "Jeugdzorg De Haven": Noor is missing now
// (urgent, reported, the police sheet handed over to the police unit in
// Baken when the partner directory has it); Sanne ran away three weeks ago and
// everything after her return is done; Jayden came back two days ago and his
// evaluation is still open. Made through the services, as the mentors would,
// so the rules, the timeline and the audit trail apply. Everything is invented.
import type { Actor } from '../../platform/authz/actor.js';
import type { Role } from '../../platform/authz/roles.js';
import { loadContent } from '../../platform/content/content.js';
import type { Database } from '../../platform/db/database.js';
import type { Platform } from '../../platform/http/app-types.js';
import { nowInNetherlands } from '../../platform/http/schemas.js';
import { handOverInput, returnInput, startInput, stepInput } from './missing.schemas.js';
import { recordReturn, recordStep, startEpisode } from './missing.service.js';
import { handOverPoliceSheet, previewPoliceSheet } from './policeSheet.service.js';
import './missing.tables.js';

export interface DemoMissingOptions {
  mentorEmail?: string;
  secondMentorEmail?: string;
  leadEmail?: string;
}

/** Local Dutch time so many hours ago, as a form sends it. */
const hoursAgo = (hours: number) => nowInNetherlands(new Date(Date.now() - hours * 3_600_000));

export async function loadDemoMissing(database: Database, organisationId: string, options: DemoMissingOptions = {}): Promise<void> {
  const { mentorEmail = 'mentor@dehaven.demo', secondMentorEmail = 'hulpverlener@dehaven.demo', leadEmail = 'behandelaar@dehaven.demo' } = options;
  const platform = { database, content: loadContent() } as unknown as Platform;
  const q = database.unsafeSystemQuery;
  const actorFor = async (email: string): Promise<Actor> => {
    const user = await q.selectFrom('users').select('id').where('email', '=', email).where('organisation_id', '=', organisationId).executeTakeFirstOrThrow();
    const roles = (await q.selectFrom('user_roles').select('role').where('user_id', '=', user.id).execute()).map((r) => r.role as Role);
    return { userId: user.id, organisationId, organisationKind: 'provider', roles, sessionId: 'demo', ip: null, userAgent: 'npm run demo' };
  };
  const youth = async (firstName: string, lastName: string) =>
    (await q.selectFrom('youths').select('id').where('organisation_id', '=', organisationId).where('first_name', '=', firstName).where('last_name', '=', lastName).executeTakeFirstOrThrow()).id;
  const mentor = await actorFor(mentorEmail);
  const secondMentor = await actorFor(secondMentorEmail);
  const lead = await actorFor(leadEmail);
  const step = (actor: Actor, youthId: string, episodeId: string, body: Record<string, unknown>) => recordStep(platform, actor, youthId, episodeId, stepInput.parse(body));

  // Sanne: three weeks ago, back the next morning, everything after the return done.
  const sanne = await youth('Sanne', 'Visser');
  const past = await startEpisode(
    platform,
    mentor,
    sanne,
    startInput.parse({
      lastSeenAt: hoursAgo(21 * 24 + 6),
      lastSeenPlace: 'Schoolplein van het Zeestad College',
      appearance: 'Blauwe spijkerjas, zwarte legging, witte sneakers.',
      companions: 'Waarschijnlijk Mo (grijze scooter)',
      urgency: [{ criterion: 'withCriminals', explanation: 'Een klasgenote zag haar bij Mo op de scooter; Mo staat als gevaarlijk in de netwerkanalyse.' }],
      parentsContact: 'Moeder: 06-0000 1122',
    }),
  );
  await step(mentor, sanne, past.id, { step: 'emergencyCall', at: hoursAgo(21 * 24 + 5.5) });
  await step(mentor, sanne, past.id, { step: 'policeReport', at: hoursAgo(21 * 24 + 5.5), reference: 'PL1300-DEMO-0815' });
  await step(mentor, sanne, past.id, { step: 'parentsInformed', at: hoursAgo(21 * 24 + 5) });
  await recordReturn(
    platform,
    mentor,
    sanne,
    past.id,
    returnInput.parse({
      returnedAt: hoursAgo(20 * 24 + 14),
      foundPlace: 'Station Zeestad',
      foundBy: 'police',
      notes: 'Moe en stil; wilde eerst slapen.',
      returnReported: true,
      everyoneInformed: true,
      medicalCheck: { stiCheck: 'done', pregnancyTest: 'done', csgReferral: 'offered', reasoning: 'Na terugkomst aangeboden, zoals het protocol vraagt.', outcome: 'Uitslagen met Sanne besproken.' },
    }),
  );
  await step(mentor, sanne, past.id, { step: 'policeConsulted', at: hoursAgo(20 * 24 + 12), note: 'De zedenrecherche vroeg nog niet door te vragen en plande een informatief gesprek.' });
  await step(mentor, sanne, past.id, {
    step: 'evaluationDone',
    at: hoursAgo(19 * 24),
    withYouth: true,
    note: 'Samen met Sanne en haar moeder besproken wat eraan voorafging. Afspraak: bij contact met Mo belt Sanne haar mentor.',
  });
  await step(mentor, sanne, past.id, { step: 'safetyPlanUpdated', at: hoursAgo(19 * 24 - 2), note: 'De afspraak over bellen bij contact met Mo staat nu bij de afspraken met Sanne.' });

  // Jayden: came back two days ago; the evaluation and the safety-plan update are still to do.
  const jayden = await youth('Jayden', 'Kramer');
  const recent = await startEpisode(platform, mentor, jayden, startInput.parse({ lastSeenAt: hoursAgo(60), lastSeenPlace: 'Thuis, na ruzie', appearance: 'Grijze hoodie, zwarte trainingsbroek.' }));
  await step(mentor, jayden, recent.id, { step: 'policeReport', at: hoursAgo(58), reference: 'PL1300-DEMO-0921' });
  await recordReturn(platform, mentor, jayden, recent.id, returnInput.parse({ returnedAt: hoursAgo(48), foundPlace: 'Bij een vriend in Zeestad-Noord', foundBy: 'cameBack', returnReported: true }));

  // Noor: missing now, urgent, reported; the sheet goes to the police unit in Baken when the directory has it.
  const noor = await youth('Noor', 'El Idrissi');
  const now = await startEpisode(
    platform,
    secondMentor,
    noor,
    startInput.parse({
      lastSeenAt: hoursAgo(3.25),
      lastSeenPlace: 'Bushalte Havenstraat',
      circumstances: 'Kreeg een bericht en liep direct weg zonder jas.',
      appearance: 'Roze trui, zwarte broek, lang zwart haar in een staart.',
      companions: 'Onbekend; er stond een donkere auto',
      urgency: [
        { criterion: 'crimeVictim', explanation: 'Ze vertelde vorige week dat ze geld moet terugbetalen aan iemand die haar bedreigt.' },
        { criterion: 'intellectualDisability', explanation: 'Vermoedelijke LVB in het dossier; overziet gevaar slecht.' },
      ],
      guardianContact: 'Gezinsvoogd: 06-0000 3344',
    }),
  );
  await step(secondMentor, noor, now.id, { step: 'emergencyCall', at: hoursAgo(3) });
  await step(secondMentor, noor, now.id, { step: 'policeReport', at: hoursAgo(3), reference: 'PL1300-DEMO-1107' });
  await step(secondMentor, noor, now.id, { step: 'guardianInformed', at: hoursAgo(2.75), guardianAvailable: true, note: 'Bereikbaar tot middernacht.' });
  const police = await q
    .selectFrom('partners')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('linked_organisation_id', 'is not', null)
    .where('active', '=', true)
    .orderBy('name')
    .executeTakeFirst();
  if (police) {
    const { sheet } = await previewPoliceSheet(platform, secondMentor, noor, now.id);
    await handOverPoliceSheet(
      platform,
      secondMentor,
      noor,
      now.id,
      handOverInput.parse({
        keep: sheet.sections.flatMap((s) => s.items.map((i) => i.key)),
        fingerprint: sheet.fingerprint,
        recipientPartnerId: police.id,
        purpose: 'De politie zoekt Noor, die sinds vanmiddag vermist is.',
        legalGround: 'vitalInterest',
        secrecyGround: 'conflictOfDuties',
        secrecyReasoning: 'Noor loopt mogelijk direct gevaar; zonder deze gegevens kan de politie niet snel zoeken.',
        decidedById: lead.userId,
        youthInformed: false,
        youthNotInformedReason: 'Noor is vermist; we vertellen het haar na de terugkeer.',
        disclosedAt: hoursAgo(2.5),
        whys: Object.fromEntries(
          [...new Set(sheet.sections.map((s) => s.category).filter((c) => c !== null))].map((c) => [c, 'Nodig om Noor snel te vinden en te herkennen.']),
        ),
      }),
    );
  }
}
