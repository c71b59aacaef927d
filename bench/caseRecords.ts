// Case records for the benchmark world, so the indicator dashboard does real
// work: for a share of the youths (varied per record kind, by the youth's
// index) a placement, risk assessments, a safety plan, phases, an analysis
// with reviews, a network, goals with progress, medical decisions, a missing
// episode, police cooperation, CoMensha and aftercare; and trainings for part
// of the staff. Set-based SQL like dataset.ts; texts are short and fixed.
import { sql } from 'kysely';
import type { Database } from '../server/src/platform/db/database.js';

/** The organisation's youths with a stable index, their lead case worker and their start of care. */
const indexed = (organisationId: string) => sql`(
  SELECT y.id, y.organisation_id, y.living_situation, y.date_of_birth, y.created_at::date AS start_on,
    (row_number() OVER (ORDER BY y.id))::int - 1 AS i,
    (SELECT m.user_id FROM case_team_members m WHERE m.youth_id = y.id AND m.team_role = 'lead') AS lead
  FROM youths y WHERE y.organisation_id = ${organisationId}
)`;

export async function seedCaseRecords(database: Database, organisationId: string): Promise<void> {
  const db = database.unsafeSystemQuery;
  const y = indexed(organisationId);
  const run = (statement: ReturnType<typeof sql>) => statement.execute(db);

  // Placement and approach for 80%.
  await run(sql`
    INSERT INTO placements (youth_id, organisation_id, care_started_on, group_composition, reasoning, gender_sensitive_approach, created_by, updated_by)
    SELECT id, organisation_id, start_on,
      CASE WHEN living_situation = 'securedResidential' THEN 'homogeneous'
           WHEN living_situation = 'openResidential' THEN (CASE WHEN i % 3 = 0 THEN 'mixed' ELSE 'homogeneous' END)
           ELSE 'notResidential' END,
      'Meidengroep met jongeren met vergelijkbare ervaringen; veilig en gericht.',
      'Vaste vrouwelijke mentor; doelen over weerbaarheid en gezonde relaties.',
      lead, lead
    FROM ${y} y WHERE i % 5 <> 4`);

  // The initial risk assessment for 70% (60% signed off), a later one for 30%.
  await run(sql`
    INSERT INTO risk_assessments (organisation_id, youth_id, instrument, instruments_version, assessed_on, participants, risk_factors,
      protective_factors, level, conclusion, is_initial, signed_off_by, signed_off_at, created_by, updated_by)
    SELECT organisation_id, id, (ARRAY['risL', 'startAv', 'otherStructured', 'unstructured'])[1 + i % 4], '2026.1', start_on,
      ARRAY['Mentor', 'Gedragswetenschapper'], 'Contact met een oudere jongen die cadeaus geeft.', 'Goede band met oma.',
      (ARRAY['low', 'moderate', 'high', 'veryHigh'])[1 + i % 4], 'Veiligheidsplan opstellen.', true,
      CASE WHEN i % 10 < 6 THEN lead END, CASE WHEN i % 10 < 6 THEN start_on + 1 END, lead, lead
    FROM ${y} y WHERE i % 10 < 7`);
  await run(sql`
    INSERT INTO risk_assessments (organisation_id, youth_id, instrument, instruments_version, assessed_on, participants, risk_factors,
      protective_factors, level, conclusion, is_initial, signed_off_by, signed_off_at, created_by, updated_by)
    SELECT organisation_id, id, 'risL', '2026.1', start_on + 90, ARRAY['Mentor'], 'Minder contact met risicovolle personen.',
      'School gaat goed.', 'moderate', 'Veiligheidsplan bijstellen.', false, lead, start_on + 91, lead, lead
    FROM ${y} y WHERE i % 10 >= 7 AND start_on + 91 < current_date`);

  // A safety plan for 65%: some drafts, some with a section left empty.
  await run(sql`
    INSERT INTO safety_plans (organisation_id, youth_id, version, review_on, risky_network, internet_use, absconding_risk, possible_addresses,
      parent_contact, police_cooperation, staff_safety, agreements_youth, agreements_parents, signed_off_by, signed_off_at, created_by, updated_by)
    SELECT organisation_id, id, 1, start_on + 90, 'Geen contact met de jongen van de scooter.',
      CASE WHEN i % 9 = 0 THEN '' ELSE 'Telefoon ’s avonds bij de groepsleiding.' END,
      'Verhoogd na contact met het netwerk.', 'Stationsplein, Zeestad.', 'Moeder belt elke avond.', 'Wijkagent is op de hoogte.',
      CASE WHEN i % 11 = 0 THEN '' ELSE 'Geen aanwijzingen voor gevaar voor medewerkers.' END,
      'Jij bent om 21.30 uur terug.', 'Ouders melden contact met onbekenden.',
      CASE WHEN i % 20 < 11 THEN lead END, CASE WHEN i % 20 < 11 THEN now() - interval '1 day' END, lead, lead
    FROM ${y} y WHERE i % 20 < 13`);

  // Phases for 55%: phase 1, ended after two months for a third of them, then phase 2.
  await run(sql`
    INSERT INTO care_phases (organisation_id, youth_id, number, name, rules, started_on, ended_on, created_by, updated_by)
    SELECT organisation_id, id, 1, 'Veilig landen', 'Telefoon en internet onder toezicht.', start_on,
      CASE WHEN i % 3 = 0 AND start_on + 60 < current_date THEN start_on + 60 END, lead, lead
    FROM ${y} y WHERE i % 20 < 11`);
  await run(sql`
    INSERT INTO care_phases (organisation_id, youth_id, number, name, rules, started_on, created_by, updated_by)
    SELECT organisation_id, id, 2, 'Opbouwen', 'Meer vrijheid na afspraak.', start_on + 61, lead, lead
    FROM ${y} y WHERE i % 20 < 11 AND i % 3 = 0 AND start_on + 60 < current_date`);

  // The analysis for 60% (half signed off; the underlying parts for three in four), reviews every 80 or 120 days.
  await run(sql`
    INSERT INTO care_plan_analyses (organisation_id, youth_id, analysed_on, participants, problems, risks, needs, strengths, exploitation,
      surface_behaviour, underlying_problems, signed_off_by, signed_off_at, created_by, updated_by)
    SELECT organisation_id, id, start_on + 7, ARRAY['Mentor', 'Behandelcoördinator'], 'Weglopen.', 'Seksuele uitbuiting.', 'Veiligheid.',
      'Sportief.', CASE WHEN i % 4 = 0 THEN '' ELSE 'Afspraken met mannen via een oudere jongen.' END,
      CASE WHEN i % 4 = 0 THEN '' ELSE 'Liegt over waar ze was.' END, CASE WHEN i % 4 = 0 THEN '' ELSE 'Onzekerheid, hechting.' END,
      CASE WHEN i % 10 < 5 THEN lead END, CASE WHEN i % 10 < 5 THEN now() - interval '1 day' END, lead, lead
    FROM ${y} y WHERE i % 10 < 6`);
  await run(sql`
    INSERT INTO care_reviews (organisation_id, youth_id, reviewed_on, participants, summary, next_review_on, created_by, updated_by)
    SELECT y.organisation_id, y.id, y.start_on + k * (CASE WHEN y.i % 2 = 0 THEN 80 ELSE 120 END), ARRAY['Mentor', 'Jongere'],
      'Het gaat beter op school.', y.start_on + k * (CASE WHEN y.i % 2 = 0 THEN 80 ELSE 120 END) + 90, y.lead, y.lead
    FROM ${y} y, generate_series(1, 9) k
    WHERE y.i % 10 < 6 AND y.start_on + k * (CASE WHEN y.i % 2 = 0 THEN 80 ELSE 120 END) < current_date`);

  // The network: an analysis for half, persons for 60% (a risky one for four in five), a place for 40%.
  await run(sql`
    INSERT INTO network_analyses (youth_id, organisation_id, made_with_youth, explained_to_youth, last_reviewed_on, created_by, updated_by)
    SELECT id, organisation_id, i % 3 <> 0, true, start_on + 14, lead, lead FROM ${y} y WHERE i % 2 = 0`);
  await run(sql`
    INSERT INTO network_persons (organisation_id, youth_id, name, relation, classification, created_by, updated_by)
    SELECT organisation_id, id, (ARRAY['Oma', 'Buurvrouw', 'Mo (bijnaam)'])[k], (ARRAY['Grootmoeder', 'Buurvrouw', 'Vriend'])[k],
      (ARRAY['supportive', 'neutral', CASE WHEN i % 5 = 0 THEN 'neutral' ELSE 'dangerous' END])[k], lead, lead
    FROM ${y} y, generate_series(1, 3) k WHERE i % 10 < 6`);
  await run(sql`
    INSERT INTO network_places (organisation_id, youth_id, address, kind, classification, created_by, updated_by)
    SELECT organisation_id, id, 'Stationsplein, Zeestad', 'hangout', 'risky', lead, lead FROM ${y} y WHERE i % 5 < 2`);

  // Goals for 60%, most domains each; a progress report on about half of them.
  await run(sql`
    INSERT INTO care_goals (organisation_id, youth_id, domain, description, youth_text, status, started_on, created_by, updated_by)
    SELECT organisation_id, id, d, 'Doel over ' || d || '.', 'Jij werkt aan ' || d || '.', CASE WHEN k = 1 THEN 'achieved' ELSE 'active' END,
      start_on + 10 + k::int * 20, lead, lead
    FROM ${y} y, unnest(ARRAY['safety', 'education', 'parentsNetwork', 'traumaProcessing', 'selfEsteem', 'healthyRelationships', 'leisure', 'housing'])
      WITH ORDINALITY AS g(d, k)
    WHERE i % 10 < 6 AND (i * 7 + k * 3) % 5 <> 0`);
  await run(sql`
    INSERT INTO goal_progress (organisation_id, youth_id, goal_id, reported_on, assessment, report, created_by, updated_by)
    SELECT g.organisation_id, g.youth_id, g.id, g.started_on + 30, 'progress', 'Gaat vooruit.', g.created_by, g.created_by
    FROM care_goals g WHERE g.organisation_id = ${organisationId} AND abs(hashtext(g.id::text)) % 2 = 0 AND g.started_on + 30 < current_date`);

  // Medical decisions at the start for 55%; a returned missing episode for 8%, half with a decision after it.
  await run(sql`
    INSERT INTO medical_decisions (organisation_id, youth_id, decided_on, moment, sti_check, pregnancy_test, medication, first_aid, csg_referral,
      reasoning, created_by, updated_by)
    SELECT organisation_id, id, start_on + 1, 'startOfCare', 'offered', 'offered', 'notNeeded', 'notNeeded', 'offered', 'Bij de start aangeboden.', lead, lead
    FROM ${y} y WHERE i % 20 < 11`);
  await run(sql`
    INSERT INTO missing_episodes (organisation_id, youth_id, status, last_seen_at, last_seen_place, returned_at, found_place, found_by, created_by, updated_by)
    SELECT organisation_id, id, 'returned', now() - interval '40 days', 'Bij de groep', now() - interval '39 days', 'Station', 'police', lead, lead
    FROM ${y} y WHERE i % 25 < 2`);
  await run(sql`
    INSERT INTO medical_decisions (organisation_id, youth_id, decided_on, moment, sti_check, pregnancy_test, medication, first_aid, csg_referral,
      reasoning, created_by, updated_by)
    SELECT organisation_id, id, (now() - interval '38 days')::date, 'afterMissing', 'offered', 'offered', 'notNeeded', 'notNeeded', 'offered',
      'Na terugkeer aangeboden.', lead, lead
    FROM ${y} y WHERE i % 25 = 0`);

  // Police cooperation: a deliberation for 20%, a disclosure to the police for 10%.
  await run(sql`
    INSERT INTO police_report_deliberations (organisation_id, youth_id, deliberated_on, participants, youth_wish, offences, vulnerability, weighing,
      outcome, created_by, updated_by)
    SELECT organisation_id, id, start_on + 20, ARRAY['Jongere', 'Mentor'], 'unsure', 'unknown', 'unknown', 'Besproken met de jongere.', 'pending', lead, lead
    FROM ${y} y WHERE i % 5 = 1`);
  await run(sql`
    INSERT INTO disclosures (organisation_id, youth_id, source, recipient_kind, recipient_name, purpose, legal_ground, secrecy_ground, categories,
      decided_by, youth_informed, disclosed_at, summary, recorded_by)
    SELECT organisation_id, id, 'manual', 'police', 'Wijkagent', 'Veiligheid van de jongere', 'vitalInterest', 'notApplicable', '[]',
      lead, true, now() - interval '10 days', 'Adressen uit de netwerkanalyse.', lead
    FROM ${y} y WHERE i % 10 = 3`);

  // CoMensha: a registration on a signed consent for 5%, a reasoning for 35% of the others.
  await run(sql`
    WITH chosen AS (
      SELECT y.*, (current_date - 20) AS signed_on FROM ${y} y WHERE i % 20 = 7
    ),
    consents AS (
      INSERT INTO comensha_consents (organisation_id, youth_id, given_by, signer_name, signed_on, recorded_by)
      SELECT organisation_id, id,
        CASE WHEN extract(year FROM age(signed_on, date_of_birth)) >= 16 THEN 'youth' ELSE 'parents' END, 'Ondertekenaar', signed_on, lead
      FROM chosen
      RETURNING id, organisation_id, youth_id, recorded_by
    ),
    documents AS (
      INSERT INTO comensha_consent_documents (organisation_id, youth_id, consent_id, content, mime_type, uploaded_by)
      SELECT organisation_id, youth_id, id, '\\x255044462d312e34'::bytea, 'application/pdf', recorded_by FROM consents
    ),
    sent AS (
      INSERT INTO disclosures (organisation_id, youth_id, source, recipient_kind, recipient_name, purpose, legal_ground, secrecy_ground, categories,
        decided_by, youth_informed, disclosed_at, recorded_by)
      SELECT organisation_id, youth_id, 'comenshaRegistration', 'comensha', 'CoMensha', 'Registratie', 'consent', 'consent', '[]',
        recorded_by, true, now() - interval '10 days', recorded_by
      FROM consents
      RETURNING id, youth_id
    )
    INSERT INTO comensha_registrations (organisation_id, youth_id, consent_id, registered_at, form, period, place, recruitment, work, signals,
      police_report, care_given, current_stay, decided_by, disclosure_id, content, recorded_by)
    SELECT c.organisation_id, c.youth_id, c.id, now() - interval '10 days', 'sexual', 'Afgelopen jaar', 'Zeestad', ARRAY['online'],
      'Afspraken met mannen.', 'Laat terug.', 'considered', 'Opvang.', 'Open groep', c.recorded_by, s.id, '{}', c.recorded_by
    FROM consents c JOIN sent s ON s.youth_id = c.youth_id`);
  await run(sql`
    INSERT INTO comensha_no_registrations (organisation_id, youth_id, reason, decided_on, recorded_by)
    SELECT organisation_id, id, (ARRAY['youthRefused', 'parentsRefused', 'notYetAsked', 'noSuspicion'])[1 + i % 4], start_on + 30, lead
    FROM ${y} y WHERE i % 20 <> 7 AND i % 20 < 7`);

  // Aftercare started for 10%, not every plan naming who takes over.
  await run(sql`
    INSERT INTO aftercare_plans (youth_id, organisation_id, next_provider, district_team, plan, created_by, updated_by)
    SELECT id, organisation_id, CASE WHEN i % 20 = 9 THEN '' ELSE 'Ambulant team Zuid' END, '', 'Warme overdracht.', lead, lead
    FROM ${y} y WHERE i % 10 = 9`);

  // Trainings for three in five case workers.
  await run(sql`
    INSERT INTO staff_trainings (organisation_id, user_id, title, provider, completed_on, topics, created_by, updated_by)
    SELECT u.organisation_id, u.id, 'Signalen van uitbuiting', 'Kenniscentrum', current_date - 100, ARRAY['exploitationSignals'], u.id, u.id
    FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'caseWorker'
    WHERE u.organisation_id = ${organisationId} AND abs(hashtext(u.email)) % 5 < 3`);
}
