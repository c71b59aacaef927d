// The printed inspection reports: the round report (figures per theme and
// expectation, scores per provider, improvement points, good practices and
// method), the provider report the inspector prints, and the provider's own
// copy. Gathered in one transaction with the policy check and one audit event.
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { sql } from 'kysely';
import { roundFigures } from '../figures.js';
import { countJudgments } from '../judgmentCounts.js';
import { readGoodPractices } from '../goodPractices/goodPractices.service.js';
import { actorName, inImprovement, inspectorsProvider, inspectorsRoundProviders, ownParticipation, type RoundProvider } from '../improvement/improvement.access.js';
import { readPoints } from '../improvement/improvementPlan.read.js';
import { ownJudgments } from '../ownInspection/ownInspection.service.js';
import type { RoundKind, RoundStatus } from '../inspection.options.js';
import '../inspection.tables.js';
import { renderProviderReport, renderRoundReport, type ProviderReportData, type RoundReportData } from './inspectionPdf.js';

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'rapport';

async function organisationName(tx: Tx, actor: Actor): Promise<string> {
  const row = await tx.selectFrom('organisations').select('name').where('id', '=', actor.organisationId).executeTakeFirst();
  return row?.name ?? '';
}

async function providerData(tx: Tx, platform: Platform, actor: Actor, entry: RoundProvider, viewer: 'inspector' | 'provider'): Promise<ProviderReportData> {
  return {
    copy: viewer,
    framework: platform.content.inspectionFramework,
    organisationName: await organisationName(tx, actor),
    round: { title: entry.roundTitle, kind: entry.roundKind as RoundKind, status: entry.roundStatus, periodStart: entry.periodStart, periodEnd: entry.periodEnd, frameworkVersion: entry.frameworkVersion },
    provider: { name: entry.name, location: entry.location, careKind: entry.careKind },
    judgments: await ownJudgments(tx, actor, entry.id, viewer),
    points: (await readPoints(tx, actor, viewer, [entry.id])).get(entry.id) ?? [],
    goodPractices: (await readGoodPractices(tx, actor, viewer, [entry.id])).get(entry.id) ?? [],
    printedAt: new Date().toISOString(),
    printedByName: await actorName(tx, actor),
  };
}

export function printProviderReport(platform: Platform, actor: Actor, roundId: string, roundProviderId: string): Promise<{ pdf: Buffer; filename: string }> {
  return inImprovement(platform, actor, 'conduct', 'inspectionReport.printed', async (tx) => {
    const entry = await inspectorsProvider(tx, actor, roundProviderId, roundId);
    const data = await providerData(tx, platform, actor, entry, 'inspector');
    await recordAudit(tx, actor, { action: 'inspectionReport.printed', recordType: 'inspectionRoundProvider', recordId: entry.id, details: { judgments: data.judgments.length, points: data.points.length } });
    return { pdf: await renderProviderReport(data), filename: `inspectierapport-${slug(entry.name)}.pdf` };
  });
}

export function printOwnInspection(platform: Platform, actor: Actor, roundProviderId: string): Promise<{ pdf: Buffer; filename: string }> {
  return inImprovement(platform, actor, 'readOwn', 'ownInspection.printed', async (tx) => {
    const entry = await ownParticipation(tx, actor, roundProviderId);
    const data = await providerData(tx, platform, actor, entry, 'provider');
    await recordAudit(tx, actor, { action: 'ownInspection.printed', recordType: 'inspectionRoundProvider', recordId: entry.id, details: { points: data.points.length } });
    return { pdf: await renderProviderReport(data), filename: `inspectierapport-${slug(entry.roundTitle)}.pdf` };
  });
}

export function printRoundReport(platform: Platform, actor: Actor, roundId: string): Promise<{ pdf: Buffer; filename: string }> {
  return inImprovement(platform, actor, 'conduct', 'inspectionRoundReport.printed', async (tx) => {
    const round = await tx
      .selectFrom('inspection_rounds')
      .select([
        'id',
        'title',
        'kind',
        'status',
        'description',
        'framework_version',
        sql<string | null>`to_char(period_start, 'YYYY-MM-DD')`.as('period_start'),
        sql<string | null>`to_char(period_end, 'YYYY-MM-DD')`.as('period_end'),
      ])
      .where('id', '=', roundId)
      .where('organisation_id', '=', actor.organisationId)
      .executeTakeFirst();
    if (!round) throw new AppError('NOT_FOUND');
    const framework = platform.content.inspectionFramework;
    const providers = (await inspectorsRoundProviders(tx, actor, roundId)).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const counts = await countJudgments(tx, framework, { organisationId: actor.organisationId, roundId });
    const figures = roundFigures(
      framework,
      providers.map((p) => ({ id: p.id, name: p.name, careKind: p.careKind })),
      counts,
    );
    const ids = providers.map((p) => p.id);
    const data: RoundReportData = {
      framework,
      organisationName: await organisationName(tx, actor),
      round: {
        title: round.title,
        kind: round.kind as RoundKind,
        status: round.status as RoundStatus,
        description: round.description,
        periodStart: round.period_start,
        periodEnd: round.period_end,
        frameworkVersion: round.framework_version,
      },
      figures,
      providers,
      points: await readPoints(tx, actor, 'inspector', ids),
      goodPractices: await readGoodPractices(tx, actor, 'inspector', ids),
      printedAt: new Date().toISOString(),
      printedByName: await actorName(tx, actor),
    };
    await recordAudit(tx, actor, { action: 'inspectionRoundReport.printed', recordType: 'inspectionRound', recordId: round.id, details: { providers: providers.length } });
    return { pdf: await renderRoundReport(data), filename: `inspectieronde-${slug(round.title)}.pdf` };
  });
}
