// Demo data for the partner directory of "Jeugdzorg De Haven": the police
// contacts (the trafficking team linked to the demo police unit in Baken),
// the public prosecutor, Veilig Thuis, the care coordinator, the Centre for
// Sexual Violence, RIEC and a school; the 24/7 number, the designated officer
// and a substitute; and one covenant with the police whose evaluation is
// near. Everything is invented: every number is a 010-000 / 06-0000 number
// that cannot be dialled to anyone. Made through the services, as the
// designated officer would, so validation and the audit trail apply.
import type { Actor } from '../../../platform/authz/actor.js';
import type { Role } from '../../../platform/authz/roles.js';
import { loadContent } from '../../../platform/content/content.js';
import type { Database } from '../../../platform/db/database.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { todayInNetherlands } from '../../../platform/http/schemas.js';
import { covenantInput } from './covenants.schemas.js';
import { createCovenant } from './covenants.service.js';
import { saveOrganisationContacts } from './organisationContacts.service.js';
import { partnerInput } from './partners.schemas.js';
import { createPartner } from './partners.service.js';

export interface DemoPartnersOptions {
  /** The short name of the demo police unit the trafficking team is linked to. */
  policeSlug?: string;
  /** Who keeps the directory (a designated officer or admin) and is the designated officer. */
  designatedOfficerEmail?: string;
  /** The substitute: a colleague who works with case files. */
  substituteEmail?: string;
}

export async function loadDemoPartners(database: Database, organisationId: string, options: DemoPartnersOptions = {}): Promise<void> {
  const { policeSlug = 'politie-kust', designatedOfficerEmail = 'aandacht@dehaven.demo', substituteEmail = 'behandelaar@dehaven.demo' } = options;
  const platform = { database, content: loadContent() } as unknown as Platform;
  const userId = async (email: string) =>
    (await database.unsafeSystemQuery.selectFrom('users').select('id').where('email', '=', email).where('organisation_id', '=', organisationId).executeTakeFirstOrThrow()).id;
  const officer = await userId(designatedOfficerEmail);
  const substitute = await userId(substituteEmail);
  const roles = (await database.unsafeSystemQuery.selectFrom('user_roles').select('role').where('user_id', '=', officer).execute()).map((r) => r.role as Role);
  const actor: Actor = { userId: officer, organisationId, organisationKind: 'provider', roles, sessionId: 'demo', ip: null, userAgent: 'npm run demo' };

  const add = async (partner: Record<string, unknown>) => (await createPartner(platform, actor, partnerInput.parse(partner))).id;
  const region = 'Kustregio';
  const communityOfficer = await add({
    kind: 'communityOfficer',
    name: 'Wijkagent Zeestad-Centrum',
    contactPerson: 'Sandra de Wijk',
    region,
    phone: '06-0000 0101',
    verifiedPhone: '010-000 0100',
    email: 'wijkagent.centrum@politie-kust.demo',
    notes: 'Komt elke eerste dinsdag van de maand langs op Woongroep Noord, in burger.',
  });
  const traffickingTeam = await add({
    kind: 'traffickingTeam',
    name: 'AVIM, team mensenhandel Kust',
    contactPerson: 'Rachid AVIM',
    region,
    phone: '010-000 0110',
    verifiedPhone: '010-000 0111',
    email: 'mensenhandel@politie-kust.demo',
    notes: 'Signalen van uitbuiting altijd hier melden. Werkt in Baken: verstrekkingen komen daar direct binnen.',
    bakenSlug: policeSlug,
  });
  await add({
    kind: 'missingPersonsContact',
    name: 'Contactpersoon vermissingen eenheid Kust',
    contactPerson: 'Peter Vermeulen',
    region,
    phone: '010-000 0120',
    verifiedPhone: '010-000 0121',
    email: 'vermissingen@politie-kust.demo',
    notes: 'Bij spoed altijd eerst 112. Voor overleg over weglopen en terugkeer.',
  });
  const prosecutor = await add({
    kind: 'prosecutor',
    name: 'Openbaar Ministerie Kust, officier mensenhandel',
    contactPerson: 'mr. L. Jansen',
    region,
    phone: '010-000 0130',
    verifiedPhone: '010-000 0131',
    email: 'mensenhandel@om-kust.demo',
  });
  await add({ kind: 'veiligThuis', name: 'Veilig Thuis Kustregio', region, phone: '010-000 0140', verifiedPhone: '010-000 0141', email: 'advies@veiligthuis-kust.demo' });
  await add({
    kind: 'careCoordinator',
    name: 'Zorgcoördinatie Kustregio',
    contactPerson: 'Mila Zorgcoördinator',
    region,
    phone: '010-000 0150',
    verifiedPhone: '010-000 0151',
    email: 'zorgcoordinatie@kustregio.demo',
    notes: 'Regionaal zorgcoördinator mensenhandel: advies, plaatsing, en een lijst van advocaten.',
  });
  await add({ kind: 'sexualViolenceCentre', name: 'Centrum Seksueel Geweld Kust', region, phone: '010-000 0160', verifiedPhone: '010-000 0161', notes: 'Dag en nacht bereikbaar voor onderzoek na seksueel geweld.' });
  await add({ kind: 'riec', name: 'RIEC Kust', contactPerson: 'Anouk Smit', region, phone: '010-000 0170', verifiedPhone: '010-000 0171', email: 'info@riec-kust.demo' });
  await add({ kind: 'school', name: 'Kustcollege Zeestad', contactPerson: 'Marco Bos (zorgcoördinator school)', region, phone: '010-000 0180', verifiedPhone: '010-000 0181', email: 'zorg@kustcollege.demo' });

  await saveOrganisationContacts(platform, actor, { phone247: '010-000 0247', designatedOfficerId: officer, substituteId: substitute, updatedAt: null });

  const day = (offset: number) => {
    const d = new Date(`${todayInNetherlands()}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + offset);
    return d.toISOString().slice(0, 10);
  };
  await createCovenant(
    platform,
    actor,
    covenantInput.parse({
      title: 'Samenwerkingsconvenant Jeugdzorg De Haven en politie eenheid Kust',
      parties: [
        { partnerId: traffickingTeam, name: '' },
        { partnerId: communityOfficer, name: '' },
        { partnerId: prosecutor, name: '' },
      ],
      signedOn: day(-340),
      validUntil: day(390),
      documentRef: 'Documentsysteem De Haven, map Convenanten, nr. 2025-017 (demo)',
      evaluationOn: day(14),
      themes: [
        { code: 'contactAndTrust', agreements: 'De wijkagent komt maandelijks in burger langs op de woongroep. Eens per kwartaal overleg tussen de aandachtsfunctionaris en het team mensenhandel.' },
        { code: 'networkAnalysis', agreements: 'Bij een vermoeden van uitbuiting bespreken we de netwerkanalyse samen. Bezoekers worden alleen met hun toestemming nagetrokken.' },
        { code: 'missing', agreements: 'Vermissing melden via het formulier van de politie, bij spoed 112. De politie bereikt ons dag en nacht op het 24-uursnummer. Terugkeer melden we dezelfde dag af.' },
        { code: 'safety', agreements: 'Bij dreiging op de woonplek belt de dienstdoende medewerker de wijkagent; bij direct gevaar 112.' },
        { code: 'willingnessToReport', agreements: 'Het team mensenhandel geeft op verzoek een informatief gesprek over aangifte doen; een verhoor kan in de eigen omgeving van de jongere.' },
        { code: 'dataExchange', agreements: 'Verstrekkingen alleen na een besluit van de behandelcoördinator, met grondslag en doel. Telefonische verzoeken controleren we door terug te bellen op het bekende nummer. Privacy staat twee keer per jaar op de agenda.' },
      ],
      notes: 'Afspraken over het opsporen van daders volgen na overleg met het RIEC.',
    }),
  );
}
