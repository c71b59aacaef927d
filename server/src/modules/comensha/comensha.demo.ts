// Demo data for CoMensha at "Jeugdzorg De Haven": a registration this year
// (Sanne, who signed herself) and one last year (Jayden, criminal
// exploitation), so the register has counts in two years; a parents' consent
// that was withdrawn, with the reasoning for not registering (Lotte); a youth
// who refused (Noor); the other files show "nothing recorded yet". Made through
// the services, as the mentor would, so the consent rule, the disclosure and
// the audit trail apply. The signed forms are generated demo PDFs.
import PDFDocument from 'pdfkit';
import type { Actor } from '../../platform/authz/actor.js';
import type { Role } from '../../platform/authz/roles.js';
import { loadContent } from '../../platform/content/content.js';
import type { Database } from '../../platform/db/database.js';
import type { Platform } from '../../platform/http/app-types.js';
import { todayInNetherlands } from '../../platform/http/schemas.js';
import { consentInput, noRegistrationInput, registrationInput, withdrawalInput } from './comensha.schemas.js';
import { recordConsent, uploadConsentDocument, withdrawConsent } from './consents.service.js';
import { recordNoRegistration, registerWithComensha } from './registrations.service.js';

export interface DemoComenshaOptions {
  mentorEmail?: string;
  leadEmail?: string;
}

/** A one-page demo consent form, so the download shows what a signed form is. */
function demoConsentForm(signer: string, signedOn: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 72, right: 72 }, info: { Title: 'Toestemmingsverklaring (demo)' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica-Bold').fontSize(18).text('Toestemmingsverklaring melding CoMensha');
  doc.moveDown(0.3).font('Helvetica').fontSize(10).fillColor('#9b1c1c').text('DEMO — verzonnen gegevens, geen echte verklaring');
  doc.moveDown(1.2).fillColor('#142430').fontSize(11);
  doc.text('Ik geef toestemming om de gegevens op het meldingsformulier te melden bij CoMensha.');
  doc.moveDown(1.5).text(`Naam: ${signer}`).moveDown(0.5).text(`Datum: ${signedOn}`).moveDown(0.5).text('Handtekening: ______________________');
  doc.end();
  return done;
}

export async function loadDemoComensha(database: Database, organisationId: string, options: DemoComenshaOptions = {}): Promise<void> {
  const { mentorEmail = 'mentor@dehaven.demo', leadEmail = 'behandelaar@dehaven.demo' } = options;
  const platform = { database, content: loadContent() } as unknown as Platform;
  const q = database.unsafeSystemQuery;
  const actorFor = async (email: string): Promise<Actor> => {
    const user = await q.selectFrom('users').select('id').where('email', '=', email).where('organisation_id', '=', organisationId).executeTakeFirstOrThrow();
    const roles = (await q.selectFrom('user_roles').select('role').where('user_id', '=', user.id).execute()).map((r) => r.role as Role);
    return { userId: user.id, organisationId, organisationKind: 'provider', roles, sessionId: 'demo', ip: null, userAgent: 'npm run demo' };
  };
  const mentor = await actorFor(mentorEmail);
  const lead = await actorFor(leadEmail);
  const youth = async (firstName: string, lastName: string) =>
    (await q.selectFrom('youths').select('id').where('organisation_id', '=', organisationId).where('first_name', '=', firstName).where('last_name', '=', lastName).executeTakeFirstOrThrow()).id;
  const today = todayInNetherlands();
  const day = (offset: number) => {
    const d = new Date(`${today}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + offset);
    return d.toISOString().slice(0, 10);
  };
  const lastYear = Number(today.slice(0, 4)) - 1;

  // The mentor is on the case teams of Sanne, Jayden and Lotte; the lead professional on all of them.
  const signedConsent = async (actor: Actor, youthId: string, input: Record<string, unknown>) => {
    const parsed = consentInput.parse(input);
    const { id } = await recordConsent(platform, actor, youthId, parsed);
    await uploadConsentDocument(platform, actor, youthId, id, await demoConsentForm(parsed.signerName, parsed.signedOn));
    return id;
  };
  const register = (actor: Actor, youthId: string, input: Record<string, unknown>) =>
    registerWithComensha(platform, actor, youthId, registrationInput.parse({ decidedById: lead.userId, ...input }));

  const sanne = await youth('Sanne', 'Visser');
  const sanneConsent = await signedConsent(mentor, sanne, { givenBy: 'youth', signerName: 'Sanne Visser', signedOn: day(-30), scopeNote: 'Melding bij CoMensha van de gegevens op het meldingsformulier.' });
  await register(mentor, sanne, {
    consentId: sanneConsent,
    registeredAt: `${day(-28)}T10:15`,
    form: 'sexual',
    period: 'Van de zomer tot de herfst van dit jaar',
    place: 'Zeestad',
    recruitment: ['online', 'loverboy'],
    recruitmentNote: 'Contact via Snapchat met een veel oudere jongen ("Mo") die cadeaus gaf en haar ophaalde.',
    work: 'Moest met mannen afspreken in hotels in Zeestad.',
    signals: 'Laat terug op de groep, nieuwe kleding en telefoon, verzoeken om foto’s; een grijze scooter die haar ophaalde.',
    policeReport: 'considered',
    policeReportNote: 'Sanne wil nu nog geen aangifte doen; we bespreken het opnieuw bij de evaluatie.',
    careGiven: 'Opvang op de meidengroep, veiligheidsplan, traumabehandeling gestart.',
    currentStay: 'Woongroep Noord, De Haven',
    remarks: '',
  });

  const jayden = await youth('Jayden', 'Kramer');
  const jaydenConsent = await signedConsent(lead, jayden, { givenBy: 'youth', signerName: 'Jayden Kramer', signedOn: `${lastYear}-10-02`, scopeNote: '' });
  await register(lead, jayden, {
    consentId: jaydenConsent,
    registeredAt: `${lastYear}-10-06T14:00`,
    form: 'criminal',
    period: 'Voorjaar tot najaar vorig jaar',
    place: 'Regio Kust',
    recruitment: ['viaFriend', 'debt'],
    work: 'Drugs vervoeren en bewaren; later geld ophalen bij klanten.',
    signals: 'Veel contant geld, schoolverzuim, angst voor een ‘vriend’ aan wie hij geld schuldig zou zijn.',
    policeReport: 'reportMade',
    careGiven: 'Ambulante hulp thuis, schuldhulp, contact met de wijkagent.',
    currentStay: 'Thuis bij zijn moeder',
  });

  const lotte = await youth('Lotte', 'Smit');
  const lotteConsent = await signedConsent(lead, lotte, { givenBy: 'parents', signerName: 'Ouders Smit', signedOn: '2026-01-20', scopeNote: '' });
  await withdrawConsent(platform, lead, lotte, lotteConsent, withdrawalInput.parse({ withdrawnOn: day(-12), withdrawnBy: 'Moeder', note: 'Moeder wil eerst met de familie praten voordat er iets wordt gemeld.' }));
  await recordNoRegistration(platform, lead, lotte, noRegistrationInput.parse({ reason: 'consentWithdrawn', explanation: 'Toestemming ingetrokken door moeder; over een maand opnieuw bespreken.', decidedOn: day(-12) }));

  const noor = await youth('Noor', 'El Idrissi');
  await recordNoRegistration(platform, lead, noor, noRegistrationInput.parse({ reason: 'youthRefused', explanation: 'Noor wil niet dat haar gegevens buiten De Haven komen. Uitgelegd wat CoMensha doet; ze denkt erover na.', decidedOn: day(-20) }));
}
