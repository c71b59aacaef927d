// Generates the benchmark world with set-based SQL (INSERT ... SELECT FROM
// generate_series), so 10,000 youths take seconds, not minutes. Only the two
// users who sign in go through seedUser (argon2 is slow on purpose); the other
// case workers reuse one password hash.
import { Secret } from 'otpauth';
import { sql } from 'kysely';
import type { Database } from '../server/src/platform/db/database.js';
import type { SecretBox } from '../server/src/platform/crypto.js';
import { seedOrganisation, seedUser } from '../server/src/platform/db/seed.js';
import { seedCaseRecords } from './caseRecords.js';

export const FIRST_NAMES = [
  'Anna', 'Amira', 'Bram', 'Daan', 'Demi', 'Emma', 'Eva', 'Fatima', 'Femke', 'Finn', 'Imane', 'Isa', 'Jada', 'Jan',
  'Jesse', 'Julia', 'Kevin', 'Lars', 'Lieke', 'Lisa', 'Lotte', 'Luuk', 'Maud', 'Milan', 'Mohamed', 'Noah', 'Noor',
  'Nina', 'Romy', 'Ryan', 'Sam', 'Sanne', 'Sara', 'Sem', 'Sophie', 'Stijn', 'Tess', 'Thijs', 'Tim', 'Vera', 'Yara',
  'Yusuf', 'Zoë', 'Ilias', 'Mila', 'Bilal', 'Anouk', 'Joris', 'Rayan', 'Fleur',
];

export const LAST_NAMES = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer',
  'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer',
  'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen',
  'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'de Bruin', 'van der Heijden', 'Schouten', 'van Beek',
  'Willems', 'van Vliet', 'van de Ven', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins',
  'Blom', 'Huisman', 'El Amrani', 'Yilmaz', 'Bouzid', 'Kaya', 'Öztürk', 'Postma', 'Kuipers', 'Veenstra', 'Kramer', 'Wouters',
];

/** Prefixes a worker types into the search box: first names, last names, a few letters each. */
export const SEARCH_PREFIXES = [
  'an', 'bra', 'da', 'em', 'fa', 'fin', 'im', 'ja', 'jes', 'ju', 'ke', 'li', 'lot', 'ma', 'mi', 'mo', 'no', 'ro',
  'sa', 'sem', 'so', 'st', 'te', 'th', 'ti', 've', 'ya', 'yu', 'de j', 'de v', 'van d', 'bak', 'jan', 'vis', 'smi',
  'mei', 'mul', 'bos', 'pet', 'hen', 'dek', 'bro', 'dij', 'kok', 'jac', 'ver', 'sch', 'wil', 'hoe', 'maa', 'kos',
  'pri', 'blo', 'hui', 'el a', 'yil', 'kay', 'pos', 'kui', 'kra', 'wou',
];

const PASSWORD = 'benchmark-wachtwoord-2024';

export interface Dataset {
  organisationId: string;
  youthIds: string[];
  officer: { id: string; email: string; totpSecret: string; roles: string[] };
  caseWorker: { id: string; email: string; totpSecret: string };
  /** A quality officer: the indicator dashboard's reader, with no case access (figures only, no names). */
  quality: { id: string; email: string; totpSecret: string };
  password: string;
  counts: Record<string, number>;
  seconds: number;
}

function textArray(values: readonly string[]) {
  return sql.raw(`ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]::text[]`);
}

export async function seedDataset(database: Database, secrets: SecretBox, youths: number, caseWorkers = 50): Promise<Dataset> {
  const started = performance.now();
  const db = database.unsafeSystemQuery;
  const organisationId = await seedOrganisation(database, { name: 'Jeugdzorg Benchmark', slug: 'benchmark', kind: 'provider' });

  const officer = { id: '', email: 'functionaris@benchmark.test', totpSecret: new Secret({ size: 20 }).base32, roles: ['designatedOfficer'] };
  officer.id = await seedUser(database, secrets, {
    organisationId,
    email: officer.email,
    displayName: 'Aandachtsfunctionaris Benchmark',
    roles: ['designatedOfficer'],
    password: PASSWORD,
    totpSecret: officer.totpSecret,
  });
  const caseWorker = { id: '', email: 'hulpverlener-00@benchmark.test', totpSecret: new Secret({ size: 20 }).base32 };
  caseWorker.id = await seedUser(database, secrets, {
    organisationId,
    email: caseWorker.email,
    displayName: 'Hulpverlener 00',
    roles: ['caseWorker'],
    password: PASSWORD,
    totpSecret: caseWorker.totpSecret,
  });

  const quality = { id: '', email: 'kwaliteit@benchmark.test', totpSecret: new Secret({ size: 20 }).base32 };
  quality.id = await seedUser(database, secrets, {
    organisationId,
    email: quality.email,
    displayName: 'Kwaliteitsmedewerker Benchmark',
    roles: ['qualityOfficer'],
    password: PASSWORD,
    totpSecret: quality.totpSecret,
  });

  // The other case workers: one statement, reusing the hash computed above.
  await sql`
    WITH h AS (SELECT password_hash FROM users WHERE id = ${caseWorker.id}),
    u AS (
      INSERT INTO users (organisation_id, email, display_name, password_hash)
      SELECT ${organisationId}, 'hulpverlener-' || lpad(k::text, 2, '0') || '@benchmark.test', 'Hulpverlener ' || lpad(k::text, 2, '0'), h.password_hash
      FROM generate_series(1, ${caseWorkers - 1}) k, h
      RETURNING id
    )
    INSERT INTO user_roles (user_id, organisation_id, role) SELECT id, ${organisationId}, 'caseWorker' FROM u`.execute(db);

  // Youths: names combined by index, dates of birth spread over 14 years.
  await sql`
    INSERT INTO youths (organisation_id, first_name, last_name, date_of_birth, gender, living_situation, legal_framework,
                        lvb_indication, language, created_at, updated_at)
    SELECT ${organisationId},
           f[1 + i % cardinality(f)],
           l[1 + (i * 7 + i / cardinality(f)) % cardinality(l)],
           date '2004-01-01' + (i * 37) % 5100,
           (ARRAY['female', 'male', 'female', 'other'])[1 + i % 4],
           (ARRAY['atHome', 'openResidential', 'securedResidential', 'fosterCare', 'independent'])[1 + i % 5],
           (ARRAY['voluntary', 'courtOrder'])[1 + i % 2],
           (ARRAY['yes', 'suspected', 'no', 'unknown'])[1 + i % 4],
           CASE WHEN i % 3 = 0 THEN 'Nederlands' END,
           now() - make_interval(days => 1 + i % 700),
           now() - make_interval(days => i % 30)
    FROM generate_series(0, ${youths - 1}) i,
         (SELECT ${textArray(FIRST_NAMES)} AS f, ${textArray(LAST_NAMES)} AS l) names`.execute(db);

  // Case teams: two distinct case workers per youth, the first one leads.
  await sql`
    WITH w AS (
      SELECT array_agg(u.id ORDER BY u.email) AS ids, count(*)::int AS n
      FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'caseWorker'
      WHERE u.organisation_id = ${organisationId}
    ),
    y AS (SELECT id, created_at, (row_number() OVER (ORDER BY id))::int - 1 AS i FROM youths WHERE organisation_id = ${organisationId})
    INSERT INTO case_team_members (youth_id, user_id, organisation_id, team_role, added_by, added_at)
    SELECT y.id,
           w.ids[1 + (y.i + k * (1 + (y.i / w.n) % (w.n - 1))) % w.n],
           ${organisationId},
           CASE k WHEN 0 THEN 'lead' ELSE 'member' END,
           w.ids[1 + y.i % w.n],
           y.created_at + make_interval(mins => k * 90)
    FROM y, w, generate_series(0, 1) k`.execute(db);
  await sql`
    UPDATE youths y SET created_by = m.user_id
    FROM case_team_members m WHERE m.youth_id = y.id AND m.team_role = 'lead'`.execute(db);

  // Three journal entries per youth by the lead.
  await sql`
    INSERT INTO journal_entries (organisation_id, youth_id, category, occurred_on, body, author_id, created_at)
    SELECT m.organisation_id, m.youth_id,
           (ARRAY['contact', 'observation', 'consultation', 'safety', 'family', 'other'])[1 + (k + abs(hashtext(m.youth_id::text))) % 6],
           (now() - make_interval(days => k * 11 + abs(hashtext(m.youth_id::text)) % 90))::date,
           'Gesprek gevoerd met de jongere over school, vrienden en de thuissituatie. Afspraken gemaakt over contact '
             || 'met de mentor en een vervolggesprek over twee weken. Geen directe signalen van uitbuiting. (' || k || ')',
           m.user_id,
           now() - make_interval(days => k * 11 + abs(hashtext(m.youth_id::text)) % 90)
    FROM case_team_members m, generate_series(1, 3) k
    WHERE m.organisation_id = ${organisationId} AND m.team_role = 'lead'`.execute(db);

  // Five audit events per youth: earlier reads and journal activity by the case team.
  await sql`
    INSERT INTO audit_events (occurred_at, organisation_id, actor_user_id, actor_roles, action, record_type, record_id, youth_id, purpose)
    SELECT now() - make_interval(days => 100 - k * 15, secs => abs(hashtext(m.youth_id::text)) % 86400),
           m.organisation_id, m.user_id, '{caseWorker}',
           (ARRAY['youth.created', 'youth.read', 'journal.entryAdded', 'journal.read', 'youth.read'])[k],
           'youth', m.youth_id, m.youth_id, 'caseTeam'
    FROM case_team_members m, generate_series(1, 5) k
    WHERE m.organisation_id = ${organisationId} AND m.team_role = 'lead'
    ORDER BY 1`.execute(db);

  // Case records for a share of the youths: what the indicator dashboard counts.
  await seedCaseRecords(database, organisationId);

  // What autovacuum would have done by the time anyone measures.
  await sql`VACUUM ANALYZE`.execute(db);

  const { rows } = await sql<{ id: string }>`SELECT id FROM youths WHERE organisation_id = ${organisationId} ORDER BY id`.execute(db);
  const { rows: countRows } = await sql<{ name: string; n: number }>`
    SELECT 'youths' AS name, count(*)::int AS n FROM youths
    UNION ALL SELECT 'users', count(*)::int FROM users
    UNION ALL SELECT 'caseTeamMembers', count(*)::int FROM case_team_members
    UNION ALL SELECT 'journalEntries', count(*)::int FROM journal_entries
    UNION ALL SELECT 'auditEvents', count(*)::int FROM audit_events
    UNION ALL SELECT 'caseRecords', ((SELECT count(*) FROM placements) + (SELECT count(*) FROM risk_assessments) + (SELECT count(*) FROM safety_plans)
      + (SELECT count(*) FROM care_phases) + (SELECT count(*) FROM care_plan_analyses) + (SELECT count(*) FROM care_reviews)
      + (SELECT count(*) FROM network_persons) + (SELECT count(*) FROM care_goals) + (SELECT count(*) FROM goal_progress)
      + (SELECT count(*) FROM medical_decisions))::int`.execute(db);
  return {
    organisationId,
    youthIds: rows.map((r) => r.id),
    officer,
    caseWorker,
    quality,
    password: PASSWORD,
    counts: Object.fromEntries(countRows.map((r) => [r.name, r.n])),
    seconds: (performance.now() - started) / 1000,
  };
}
