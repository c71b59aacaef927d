// Judgments: per provider in a round and per expectation, sufficient,
// insufficient or not assessed, with the findings. One at a time or the whole
// framework of a provider at once; either way each judgment carries the
// version it was read at, every broken rule is named at once and nothing is
// saved then, and a change keeps the earlier state in the history. An
// insufficient judgment needs findings: the provider has to know what to
// improve. Judgments are never deleted; "not assessed" is how one is taken back.
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../platform/errors.js';
import type { FieldMessageKey } from '../../platform/i18n/fieldMessages.js';
import { allExpectations, applies } from './framework.js';
import { inInspection, iso, sameVersion, userNames, type InspectionPlatform } from './inspection.access.js';
import type { JudgmentInput, JudgmentsInput, ProviderJudgmentsOutput } from './inspection.schemas.js';
import { presentProviders, roundOf } from './rounds.service.js';

type Item = JudgmentInput & { ref: string };
type Problem = { path: string; key: FieldMessageKey };

async function providerOf(tx: Tx, actor: Actor, roundId: string, providerId: string) {
  const provider = await tx
    .selectFrom('inspection_round_providers')
    .selectAll()
    .where('id', '=', providerId)
    .where('round_id', '=', roundId)
    .where('organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
  if (!provider) throw new AppError('NOT_FOUND');
  return provider;
}

async function present(tx: Tx, platform: InspectionPlatform, actor: Actor, roundId: string, providerId: string): Promise<ProviderJudgmentsOutput> {
  const round = await roundOf(tx, actor, roundId);
  const [provider] = await presentProviders(tx, platform, actor, roundId, providerId);
  if (!provider) throw new AppError('NOT_FOUND');
  const rows = await tx
    .selectFrom('inspection_judgments')
    .select(['expectation_ref', 'judgment', 'findings', 'framework_version', 'judged_by', 'updated_at'])
    .where('round_provider_id', '=', providerId)
    .where('organisation_id', '=', actor.organisationId)
    .execute();
  const framework = platform.content.inspectionFramework;
  const order = new Map(allExpectations(framework).map((e, i) => [e.ref, i]));
  rows.sort((a, b) => (order.get(a.expectation_ref) ?? 1e6) - (order.get(b.expectation_ref) ?? 1e6) || a.expectation_ref.localeCompare(b.expectation_ref));
  const names = await userNames(tx, rows.map((r) => r.judged_by));
  return {
    round: { id: round.id, title: round.title, status: round.status, frameworkVersion: round.framework_version },
    provider,
    judgments: rows.map((r) => ({
      ref: r.expectation_ref,
      judgment: r.judgment,
      findings: r.findings,
      applies: applies(framework, provider.careKind, r.expectation_ref),
      frameworkVersion: r.framework_version,
      judgedByName: r.judged_by ? (names.get(r.judged_by) ?? null) : null,
      updatedAt: iso(r.updated_at),
    })),
  };
}

/**
 * Applies judgments for one provider, all or none. `prefix` names the field
 * paths: "" for a single judgment, "judgments.<i>." for the bulk form.
 */
async function applyJudgments(tx: Tx, platform: InspectionPlatform, actor: Actor, roundId: string, providerId: string, items: Item[], prefix: (i: number) => string) {
  const round = await roundOf(tx, actor, roundId, true);
  const provider = await providerOf(tx, actor, roundId, providerId);
  if (round.status === 'closed') throw new AppError('ROUND_CLOSED');
  const framework = platform.content.inspectionFramework;
  const known = new Set(allExpectations(framework).filter((e) => !e.retired).map((e) => e.ref));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!known.has(item.ref)) problems.push({ path: `${prefix(i)}ref`, key: 'unknownExpectation' });
    else if (!applies(framework, provider.care_kind, item.ref)) problems.push({ path: `${prefix(i)}ref`, key: 'expectationNotApplicable' });
    else if (seen.has(item.ref)) problems.push({ path: `${prefix(i)}ref`, key: 'expectationTwice' });
    seen.add(item.ref);
    if (item.judgment === 'insufficient' && item.findings === '') problems.push({ path: `${prefix(i)}findings`, key: 'findingsRequired' });
  });
  if (problems.length > 0) throw new FieldRuleError(problems);

  const existing = new Map(
    (
      await tx
        .selectFrom('inspection_judgments')
        .selectAll()
        .where('round_provider_id', '=', providerId)
        .where('organisation_id', '=', actor.organisationId)
        .where('expectation_ref', 'in', items.map((i) => i.ref))
        .forUpdate()
        .execute()
    ).map((row) => [row.expectation_ref, row]),
  );
  // Every version first: a stale form changes nothing at all.
  for (const item of items) {
    const row = existing.get(item.ref);
    if (row ? !sameVersion(row.updated_at, item.updatedAt) : item.updatedAt !== null) throw new AppError('EDIT_CONFLICT');
  }
  const changed: { ref: string; judgment: string }[] = [];
  for (const item of items) {
    const findings = item.findings || null;
    const row = existing.get(item.ref);
    if (row && row.judgment === item.judgment && row.findings === findings) continue;
    // Nothing to keep: a new "not assessed" without findings is the same as no judgment.
    if (!row && item.judgment === 'notAssessed' && !findings) continue;
    let id: string;
    if (row) {
      await tx
        .updateTable('inspection_judgments')
        .set({ judgment: item.judgment, findings, framework_version: framework.version, judged_by: actor.userId, updated_at: sql<string>`now()` })
        .where('id', '=', row.id)
        .execute();
      id = row.id;
    } else {
      const inserted = await tx
        .insertInto('inspection_judgments')
        .values({
          organisation_id: actor.organisationId,
          round_id: roundId,
          round_provider_id: providerId,
          provider_organisation_id: provider.provider_organisation_id,
          expectation_ref: item.ref,
          judgment: item.judgment,
          findings,
          framework_version: framework.version,
          judged_by: actor.userId,
        })
        // Someone else gave this judgment since the form was read.
        .onConflict((oc) => oc.columns(['round_provider_id', 'expectation_ref']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) throw new AppError('EDIT_CONFLICT');
      id = inserted.id;
    }
    await tx
      .insertInto('inspection_judgment_history')
      .values({
        organisation_id: actor.organisationId,
        judgment_id: id,
        change: row ? 'updated' : 'created',
        snapshot: JSON.stringify({ ref: item.ref, judgment: item.judgment, findings, frameworkVersion: framework.version }),
        changed_by: actor.userId,
      })
      .execute();
    changed.push({ ref: item.ref, judgment: item.judgment });
  }
  return changed;
}

export function readProviderJudgments(platform: InspectionPlatform, actor: Actor, roundId: string, providerId: string): Promise<ProviderJudgmentsOutput> {
  return inInspection(platform, actor, 'inspectionProvider.read', async (tx) => {
    const result = await present(tx, platform, actor, roundId, providerId);
    await recordAudit(tx, actor, { action: 'inspectionProvider.read', recordType: 'inspectionProvider', recordId: providerId, details: { roundId } });
    return result;
  });
}

export function recordJudgment(platform: InspectionPlatform, actor: Actor, roundId: string, providerId: string, ref: string, input: JudgmentInput): Promise<ProviderJudgmentsOutput> {
  return inInspection(platform, actor, 'inspectionJudgment.recorded', async (tx) => {
    const changed = await applyJudgments(tx, platform, actor, roundId, providerId, [{ ...input, ref }], () => '');
    await recordAudit(tx, actor, { action: 'inspectionJudgment.recorded', recordType: 'inspectionProvider', recordId: providerId, details: { roundId, changed } });
    return present(tx, platform, actor, roundId, providerId);
  });
}

export function recordJudgments(platform: InspectionPlatform, actor: Actor, roundId: string, providerId: string, input: JudgmentsInput): Promise<ProviderJudgmentsOutput> {
  return inInspection(platform, actor, 'inspectionJudgment.recorded', async (tx) => {
    const changed = await applyJudgments(tx, platform, actor, roundId, providerId, input.judgments, (i) => `judgments.${i}.`);
    await recordAudit(tx, actor, { action: 'inspectionJudgment.recorded', recordType: 'inspectionProvider', recordId: providerId, details: { roundId, changed } });
    return present(tx, platform, actor, roundId, providerId);
  });
}

export function readJudgmentHistory(platform: InspectionPlatform, actor: Actor, roundId: string, providerId: string) {
  return inInspection(platform, actor, 'inspectionJudgment.historyRead', async (tx) => {
    await providerOf(tx, actor, roundId, providerId);
    const rows = await tx
      .selectFrom('inspection_judgment_history as h')
      .innerJoin('inspection_judgments as j', 'j.id', 'h.judgment_id')
      .leftJoin('users as u', 'u.id', 'h.changed_by')
      .select(['j.expectation_ref', 'h.change', 'h.snapshot', 'h.changed_at', 'u.display_name'])
      .where('j.round_provider_id', '=', providerId)
      .where('h.organisation_id', '=', actor.organisationId)
      .orderBy('h.id', 'desc')
      .limit(1000)
      .execute();
    await recordAudit(tx, actor, { action: 'inspectionJudgment.historyRead', recordType: 'inspectionProvider', recordId: providerId, details: { roundId } });
    return rows.map((r) => {
      const snapshot = (typeof r.snapshot === 'string' ? JSON.parse(r.snapshot) : r.snapshot) as { judgment: 'sufficient' | 'insufficient' | 'notAssessed'; findings: string | null };
      return { ref: r.expectation_ref, change: r.change, judgment: snapshot.judgment, findings: snapshot.findings, changedAt: iso(r.changed_at), changedByName: r.display_name };
    });
  });
}
