// Demo data for the self-assessment of "Jeugdzorg De Haven": "Zelfevaluatie
// 2026" in progress, about two thirds assessed. The basics are mostly on paper
// or in practice, a few things are being arranged by named colleagues (one of
// them past its due date), some are not arranged yet, the rest is still to
// be assessed, and two of the indicators the files cannot answer have an
// answer. Evidence is a policy from the register when the register holds a
// current one of the right kind (loadDemoExpertise adds them), otherwise an
// uploaded document. Made through the services, as the quality officer
// would, so the rules, the history and the audit trail apply. Invented.
import PDFDocument from 'pdfkit';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Role } from '../../../platform/authz/roles.js';
import { loadContent } from '../../../platform/content/content.js';
import type { Database } from '../../../platform/db/database.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { todayInNetherlands } from '../../../platform/http/schemas.js';
import { criterionInput, indicatorInput } from './selfAssessment.schemas.js';
import { listAssessments, startAssessment } from './selfAssessment.service.js';
import { saveCriterion, saveIndicator } from './answers.service.js';
import { uploadEvidence } from './evidence.service.js';
import type { CriterionStatus, IndicatorAnswer } from './selfAssessment.options.js';
import '../policies/policies.tables.js';

export interface DemoSelfAssessmentOptions {
  qualityEmail?: string;
  designatedEmail?: string;
  leadEmail?: string;
  title?: string;
}

type Who = 'quality' | 'designated' | 'lead';

interface DemoAnswer {
  ref: string;
  status: CriterionStatus;
  /** The kind of policy in the register that backs it, when there is one. */
  policyKind?: string;
  /** Otherwise (or as well, when no policy) this document is uploaded. */
  document?: string;
  owner?: Who;
  /** Days from today. */
  dueIn?: number;
  comments?: string;
}

const ANSWERS: DemoAnswer[] = [
  { ref: '1.1-c1', status: 'inPractice', policyKind: 'admissionPolicy', document: 'Opnamebeleid De Haven 2025', owner: 'lead', comments: 'Vastgesteld door de directie; het opnameoverleg werkt ermee.' },
  { ref: '1.1-c2', status: 'onPaper', policyKind: 'admissionPolicy', document: 'Opnamebeleid De Haven 2025', owner: 'lead', comments: 'Afwijken staat beschreven; nog nooit toegepast.' },
  { ref: '1.2-c1', status: 'onPaper', policyKind: 'genderSensitiveApproach', document: 'Notitie gendersensitief werken', owner: 'quality' },
  { ref: '1.2-c2', status: 'beingArranged', owner: 'lead', dueIn: 75, comments: 'Intervisie over de aanpak op beide groepen gepland voor het voorjaar.' },
  { ref: '1.3-c1', status: 'inPractice', document: 'Samenwerkingsafspraken politie Kust', owner: 'designated' },
  { ref: '1.3-c2', status: 'beingArranged', owner: 'designated', dueIn: -12, comments: 'Convenant ligt bij de politie ter ondertekening; rappel gestuurd.' },
  { ref: '1.4-c1', status: 'onPaper', policyKind: 'recruitmentPolicy', document: 'Wervingsbeleid 2024', owner: 'quality' },
  { ref: '1.4-c2', status: 'inPractice', policyKind: 'trainingPolicy', document: 'Opleidingsplan 2026', owner: 'quality', comments: 'Scholing loverboyproblematiek staat voor alle nieuwe medewerkers in het inwerkprogramma.' },
  { ref: '2.1-c1', status: 'inPractice', policyKind: 'safetyAnalysisMethod', document: 'Werkwijze veiligheidsanalyse', owner: 'designated' },
  { ref: '2.1-c2', status: 'onPaper', policyKind: 'safetyPolicy', document: 'Veiligheidsbeleid medewerkers en jongeren', owner: 'designated', comments: 'Het deel voor medewerkers is af; het deel voor jongeren wordt met de jongerenraad besproken.' },
  { ref: '2.2-c1', status: 'onPaper', policyKind: 'careVision', document: 'Zorgvisie De Haven', owner: 'lead' },
  { ref: '2.2-c2', status: 'beingArranged', owner: 'lead', dueIn: 120, comments: 'Leefklimaatmeting op de groepen gekozen; eerste meting na de zomer.' },
  { ref: '2.3-c1', status: 'onPaper', policyKind: 'careVision', document: 'Zorgvisie De Haven', owner: 'lead' },
  { ref: '2.4-c1', status: 'inPractice', policyKind: 'careAnalysisProtocol', document: 'Protocol startanalyse', owner: 'lead' },
  { ref: '2.4-c2', status: 'notArranged', comments: 'Nog geen keuze gemaakt tussen twee instrumenten.' },
  { ref: '2.5-c1', status: 'notArranged' },
  { ref: '2.6-c2', status: 'inPractice', document: 'Afspraken met het Kustcollege', owner: 'lead' },
  { ref: '2.7-c1', status: 'beingArranged', owner: 'quality', dueIn: 40, comments: 'Overleg met de jeugd-ggz in de regio loopt.' },
  { ref: '2.8-c1', status: 'onPaper', policyKind: 'registrationProtocol', document: 'Registratieprotocol mensenhandel', owner: 'designated' },
  { ref: '2.8-c3', status: 'inPractice', document: 'Overzicht meldingen CoMensha', owner: 'designated', comments: 'De meldingen staan in Baken; het register is bij de aandachtsfunctionaris.' },
  { ref: '3.1-c1', status: 'beingArranged', owner: 'quality', dueIn: 60 },
];

const INDICATOR_ANSWERS: { ref: string; answer: IndicatorAnswer; comments: string }[] = [
  { ref: '2.2-i2', answer: 'partlyMet', comments: 'Een meting op één van de twee groepen; de andere volgt.' },
  { ref: '2.1-i5', answer: 'met', comments: 'Steekproef van tien dossiers: overal aanwezig.' },
];

/** A one-page PDF that says what it stands in for. */
function demoDocument(title: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Author: 'Jeugdzorg De Haven (demo)' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(18).text(title);
    doc.moveDown().fontSize(11).text('Jeugdzorg De Haven. Dit is een voorbeelddocument in de demo-omgeving van Baken; alles is verzonnen.');
    doc.end();
  });
}

function addDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Returns the id of the assessment it made, or of the one already in progress. */
export async function loadDemoSelfAssessment(database: Database, organisationId: string, options: DemoSelfAssessmentOptions = {}): Promise<string> {
  const { qualityEmail = 'kwaliteit@dehaven.demo', designatedEmail = 'aandacht@dehaven.demo', leadEmail = 'behandelaar@dehaven.demo', title = `Zelfevaluatie ${todayInNetherlands().slice(0, 4)}` } = options;
  const platform = { database, content: loadContent() } as unknown as Platform;
  const q = database.unsafeSystemQuery;
  const userId = async (email: string) => (await q.selectFrom('users').select('id').where('email', '=', email).where('organisation_id', '=', organisationId).executeTakeFirstOrThrow()).id;
  const qualityId = await userId(qualityEmail);
  const roles = (await q.selectFrom('user_roles').select('role').where('user_id', '=', qualityId).execute()).map((r) => r.role as Role);
  const actor: Actor = { userId: qualityId, organisationId, organisationKind: 'provider', roles, sessionId: 'demo', ip: null, userAgent: 'npm run demo' };
  const owners: Record<Who, string> = { quality: qualityId, designated: await userId(designatedEmail), lead: await userId(leadEmail) };

  const running = (await listAssessments(platform, actor)).find((a) => a.open);
  if (running) return running.id;
  const assessment = await startAssessment(platform, actor, { title, carryOver: false });

  // Current policies by kind, newest adopted first; none when the register is empty.
  const policies = await q
    .selectFrom('policies')
    .select(['id', 'kind'])
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'current')
    .orderBy('adopted_on', 'desc')
    .execute();
  const policyOfKind = (kind?: string) => (kind ? policies.find((p) => p.kind === kind)?.id : undefined);

  const documents = new Map<string, string>();
  const documentFor = async (name: string) => {
    if (!documents.has(name)) {
      const uploaded = await uploadEvidence(platform, actor, assessment.id, await demoDocument(name), `${name}.pdf`);
      documents.set(name, uploaded.id);
    }
    return documents.get(name)!;
  };

  const today = todayInNetherlands();
  const versions = new Map(assessment.criteria.map((c) => [c.ref, c.updatedAt]));
  for (const answer of ANSWERS) {
    const policyId = policyOfKind(answer.policyKind) ?? null;
    const documentId = !policyId && answer.document ? await documentFor(answer.document) : null;
    const input = criterionInput.parse({
      status: answer.status,
      policyId,
      documentId,
      ownerId: answer.owner ? owners[answer.owner] : null,
      dueOn: answer.dueIn === undefined ? null : addDays(today, answer.dueIn),
      comments: answer.comments ?? '',
      updatedAt: versions.get(answer.ref),
    });
    await saveCriterion(platform, actor, assessment.id, answer.ref, input);
  }
  const indicatorVersions = new Map(assessment.indicators.map((i) => [i.ref, i.updatedAt]));
  for (const answer of INDICATOR_ANSWERS) {
    if (!indicatorVersions.has(answer.ref)) continue;
    await saveIndicator(platform, actor, assessment.id, answer.ref, indicatorInput.parse({ ...answer, updatedAt: indicatorVersions.get(answer.ref) }));
  }
  return assessment.id;
}
