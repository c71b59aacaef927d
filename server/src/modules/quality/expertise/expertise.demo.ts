// Demo data for the expertise and policies registers of "Jeugdzorg De Haven":
// trainings and SKJ registrations for the staff who work in case files (Eva
// Mentor's registration expires within weeks, Daan Hulpverlener is not
// registered), and a policies register with the main kinds (the
// missing-person protocol with two versions and its review due within weeks;
// the gender-sensitive approach not laid down yet). Made through the services
// by the quality officer, so the rules, the history and the audit trail apply.
// Dates are relative to today so the reminders stay true. Everything is invented.
import PDFDocument from 'pdfkit';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Role } from '../../../platform/authz/roles.js';
import type { Database } from '../../../platform/db/database.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { todayInNetherlands } from '../../../platform/http/schemas.js';
import { policyInput, policyVersionInput } from '../policies/policies.schemas.js';
import { addPolicyVersion, createPolicy } from '../policies/policies.service.js';
import { registrationInput, trainingInput } from './expertise.schemas.js';
import { recordRegistration, recordTraining } from './expertise.service.js';
import { uploadQualityDocument } from './qualityDocuments.js';

export interface DemoExpertiseOptions {
  qualityEmail?: string;
}

function addDays(days: number): string {
  const d = new Date(`${todayInNetherlands()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A one-page PDF that says what it stands in for. */
function demoPdf(title: string, lines: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Author: 'Jeugdzorg De Haven (demo)' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(18).text(title);
    for (const line of lines) doc.moveDown().fontSize(11).text(line);
    doc.moveDown().fontSize(9).text('Voorbeelddocument in de demo-omgeving van Baken; alles is verzonnen.');
    doc.end();
  });
}

export async function loadDemoExpertise(database: Database, organisationId: string, options: DemoExpertiseOptions = {}): Promise<void> {
  const { qualityEmail = 'kwaliteit@dehaven.demo' } = options;
  const platform = { database } as unknown as Platform;
  const q = database.unsafeSystemQuery;
  const userId = async (email: string) => (await q.selectFrom('users').select('id').where('email', '=', email).where('organisation_id', '=', organisationId).executeTakeFirstOrThrow()).id;
  const qualityId = await userId(qualityEmail);
  const roles = (await q.selectFrom('user_roles').select('role').where('user_id', '=', qualityId).execute()).map((r) => r.role as Role);
  const quality: Actor = { userId: qualityId, organisationId, organisationKind: 'provider', roles, sessionId: 'demo', ip: null, userAgent: 'npm run demo' };

  const eva = await userId('mentor@dehaven.demo');
  const daan = await userId('hulpverlener@dehaven.demo');
  const fatima = await userId('behandelaar@dehaven.demo');
  const karin = await userId('aandacht@dehaven.demo');
  const joris = await userId('veiligheid@dehaven.demo');

  // Registrations. Eva's expires in 25 days; Daan has none.
  const registration = (user: string, number: string, from: number, to: number, notes = '') =>
    recordRegistration(platform, quality, registrationInput.parse({ userId: user, register: 'skj', registrationNumber: number, registeredFrom: addDays(from), expiresOn: addDays(to), notes }));
  await registration(eva, '110045821', -5 * 365 + 25, 25, 'Herregistratie aangevraagd; de punten zijn binnen.');
  await registration(fatima, '110012907', -2 * 365, 3 * 365);
  await registration(karin, '110031166', -365, 4 * 365);
  await registration(joris, '110027530', -3 * 365, 2 * 365);

  // Trainings; one with its certificate.
  const certificate = await uploadQualityDocument(
    platform,
    quality,
    'certificate',
    'certificaat signalen van uitbuiting.pdf',
    await demoPdf('Certificaat: Signalen van uitbuiting herkennen', ['Eva Mentor heeft de training met goed gevolg afgerond.', 'Geaccrediteerd door SKJ, 8 punten.']),
  );
  const training = (user: string, body: Record<string, unknown>) => recordTraining(platform, quality, trainingInput.parse({ userId: user, ...body }));
  await training(eva, {
    title: 'Signalen van uitbuiting herkennen',
    provider: 'Kenniscentrum Kust',
    completedOn: addDays(-200),
    accredited: true,
    accreditationBody: 'SKJ',
    accreditationPoints: 8,
    topics: ['exploitationSignals', 'conversationSkills'],
    certificateId: certificate.id,
  });
  await training(eva, { title: 'Traumasensitief werken', provider: 'Interne academie De Haven', completedOn: addDays(-420), topics: ['traumaInformed'] });
  await training(daan, {
    title: 'Werken met jongeren met een licht verstandelijke beperking',
    provider: 'Kenniscentrum Kust',
    completedOn: addDays(-90),
    accredited: true,
    accreditationBody: 'SKJ',
    accreditationPoints: 6,
    topics: ['mildIntellectualDisability', 'conversationSkills'],
  });
  await training(fatima, {
    title: 'Risicotaxatie bij seksuele uitbuiting',
    provider: 'Academie Jeugd en Veiligheid',
    completedOn: addDays(-300),
    accredited: true,
    accreditationBody: 'SKJ',
    accreditationPoints: 12,
    topics: ['safetyAndRisk', 'exploitationSignals'],
  });
  await training(karin, {
    title: 'Basistraining aandachtsfunctionaris mensenhandel',
    provider: 'Academie Jeugd en Veiligheid',
    completedOn: addDays(-500),
    accredited: true,
    accreditationBody: 'SKJ',
    accreditationPoints: 16,
    topics: ['exploitationSignals', 'genderSensitive', 'healthyRelationships'],
  });
  await training(joris, { title: 'Herhaling bedrijfshulpverlening', provider: 'Interne academie De Haven', completedOn: addDays(-60), notes: 'Geen onderwerp voor dit werk: telt niet als relevante scholing.' });

  // The policies register: the expected kinds but one, one review due within weeks.
  const policy = (kind: string, title: string, owner: string, version: string, adopted: number, review: number, extra: Record<string, unknown> = {}) =>
    createPolicy(
      platform,
      quality,
      policyInput.parse({ kind, title, versionLabel: version, ownerId: owner, adoptedOn: addDays(adopted), reviewOn: addDays(review), reference: `Intranet > Kwaliteit > ${title}`, ...extra }),
    );
  const admissionPdf = await uploadQualityDocument(
    platform,
    quality,
    'policy',
    'Opnamebeleid De Haven 2.1.pdf',
    await demoPdf('Opnamebeleid De Haven, versie 2.1', ['Wie wij opnemen, hoe wij dat besluiten en wat wij vooraf met de jongere, ouders en verwijzer afspreken.']),
  );
  await policy('admissionPolicy', 'Opnamebeleid De Haven', qualityId, '2.1', -400, 330, { documentId: admissionPdf.id, reference: '' });
  await policy('recruitmentPolicy', 'Werving en selectie van medewerkers', qualityId, '1.3', -500, 230);
  await policy('trainingPolicy', 'Scholingsplan', qualityId, '2026', -120, 245);
  await policy('careVision', 'Visie op zorg voor jongeren na uitbuiting', fatima, '1.0', -600, 130);
  await policy('safetyPolicy', 'Veiligheidsbeleid', joris, '2.0', -300, 430);
  await policy('safetyAnalysisMethod', 'Werkwijze veiligheidsanalyse', joris, '1.1', -250, 480);
  await policy('careAnalysisProtocol', 'Protocol analyse van de zorgvraag', fatima, '1.0', -450, 280);
  await policy('policeReportProtocol', 'Protocol aangifte en contact met de politie', karin, '1.2', -200, 530);
  await policy('registrationProtocol', 'Registratieprotocol dossiervoering', qualityId, '1.0', -350, 380);
  await policy('medicalCareProtocol', 'Protocol medische zorg en SOA-onderzoek', fatima, '1.0', -280, 450);
  await policy('visitorRules', 'Bezoekregeling woongroepen', joris, '1.0', -150, 580);
  // The missing-person protocol: two versions, the review due in three weeks.
  const missing = await policy('missingPersonProtocol', 'Vermissingsprotocol', karin, '2.0', -900, -170);
  await addPolicyVersion(
    platform,
    quality,
    missing.id,
    policyVersionInput.parse({
      versionLabel: '3.0',
      ownerId: karin,
      adoptedOn: addDays(-344),
      reviewOn: addDays(21),
      reference: 'Intranet > Kwaliteit > Vermissingsprotocol',
      changeNote: 'Aangepast aan de handreiking zorg en politie: eerst 112, het informatieblad voor de politie en de evaluatie na terugkeer.',
      version: missing.version,
    }),
  );
}
