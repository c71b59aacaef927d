// The core of disclosing: a disclosure recorded on a file in the same
// transaction as its audit event; to a partner that works in Baken, a copy
// lands in that organisation and only there. The discloser cannot read the copy
// back, another police unit cannot read it at all, and bad input changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import type { Actor } from '../server/src/platform/authz/actor.js';
import { onCaseFile } from '../server/src/modules/caseFiles/fileAccess.js';
import { recordDisclosureIn } from '../server/src/modules/disclosures/disclosures.service.js';
import { disclosureInput } from '../server/src/modules/disclosures/disclosures.schemas.js';
import { loadContent } from '../server/src/platform/content/content.js';
import type { Platform } from '../server/src/platform/http/app-types.js';
import { AppError } from '../server/src/platform/errors.js';

describe('recording a disclosure', () => {
  let h: Harness;
  let w: World;
  let platform: Platform;
  let partnerLinked: string;
  let partnerPlain: string;
  const actor = (key: string): Actor => {
    const u = w.users[key]!;
    return { userId: u.id, organisationId: u.organisationId, organisationKind: 'provider', roles: u.roles, sessionId: 'test', ip: null, userAgent: 'test' };
  };
  const body = (overrides: Record<string, unknown> = {}) =>
    disclosureInput.parse({
      recipientPartnerId: partnerLinked,
      purpose: 'De politie zoekt de jongere die sinds vanavond vermist is.',
      legalGround: 'vitalInterest',
      secrecyGround: 'conflictOfDuties',
      secrecyReasoning: 'Direct gevaar voor de jongere; de politie kan haar alleen met deze gegevens vinden.',
      categories: [
        { category: 'identity', why: 'Om de juiste jongere te zoeken.' },
        { category: 'description', why: 'Om haar te herkennen.' },
      ],
      summary: 'Naam, geboortedatum en signalement.',
      decidedById: w.users.leadA!.id,
      youthInformed: false,
      youthNotInformedReason: 'De jongere is vermist.',
      disclosedAt: '2026-01-10T21:15',
      ...overrides,
    });
  const disclose = (key: string, input: ReturnType<typeof body>) =>
    onCaseFile(platform, actor(key), w.youthA, 'update', (tx, access) => recordDisclosureIn(tx, actor(key), w.youthA, access, input, { source: 'manual' }));
  const receiptsOf = (organisationId: string) =>
    h.database.inOrganisation(organisationId, (tx) => tx.selectFrom('disclosure_receipts').select(['subject_name', 'source_organisation_name', 'content', 'decided_by_name']).execute());

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    platform = { database: h.database, config: h.config, content: loadContent() } as unknown as Platform;
    const partner = (name: string, linked: string | null) =>
      h.database.inOrganisation(w.orgA, (tx) =>
        tx
          .insertInto('partners')
          .values({ organisation_id: w.orgA, kind: 'traffickingTeam', name, linked_organisation_id: linked })
          .returning('id')
          .executeTakeFirstOrThrow(),
      );
    partnerLinked = (await partner('AVIM eenheid P', w.policeP)).id;
    partnerPlain = (await partner('Wijkagent Noord', null)).id;
  });
  afterAll(() => h.close());

  it('delivers a copy to the police unit that works in Baken, and only there', async () => {
    const out = await disclose('caseWorkerA', body());
    expect(out).toMatchObject({ recipientName: 'AVIM eenheid P', recipientKind: 'police', delivered: true, decidedByName: 'leadA' });
    const received = await receiptsOf(w.policeP);
    expect(received).toEqual([
      expect.objectContaining({ subject_name: 'Sanne de Vries', source_organisation_name: 'Zorgaanbieder A', decided_by_name: 'leadA', content: { title: 'De politie zoekt de jongere die sinds vanavond vermist is.', sections: [{ heading: '', lines: [{ label: null, text: 'Naam, geboortedatum en signalement.' }] }] } }),
    ]);
    // The discloser may write the copy but not read it back; another unit sees nothing.
    expect(await receiptsOf(w.orgA)).toEqual([]);
    expect(await receiptsOf(w.policeQ)).toEqual([]);
    const audit = await h.database.unsafeSystemQuery.selectFrom('audit_events').select(['action', 'youth_id', 'details']).where('action', '=', 'disclosure.recorded').execute();
    expect(audit).toEqual([expect.objectContaining({ youth_id: w.youthA, details: expect.objectContaining({ delivered: true, legalGround: 'vitalInterest' }) })]);
  });

  it('keeps a disclosure to a partner outside Baken in the file only', async () => {
    const out = await disclose('leadA', body({ recipientPartnerId: partnerPlain }));
    expect(out.delivered).toBe(false);
    expect(await receiptsOf(w.policeP)).toHaveLength(1);
  });

  it('refuses a decider who may not decide, a missing reason and a future date, and changes nothing', async () => {
    const before = await h.database.unsafeSystemQuery.selectFrom('disclosures').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    const refused = await disclose(
      'caseWorkerA',
      body({ decidedById: w.users.caseWorkerA!.id, youthInformed: false, youthNotInformedReason: '', secrecyReasoning: '', disclosedAt: '2099-01-01T10:00' }),
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as { fields: { path: string }[] }).fields.map((f) => f.path).sort()).toEqual(['decidedById', 'disclosedAt', 'secrecyReasoning', 'youthNotInformedReason']);
    const after = await h.database.unsafeSystemQuery.selectFrom('disclosures').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect(await receiptsOf(w.policeP)).toHaveLength(1);
  });

  it('lets nobody outside the case team disclose from the file', async () => {
    await expect(disclose('outsiderA', body())).rejects.toMatchObject({ code: 'NOT_IN_CASE_TEAM' });
  });
});
