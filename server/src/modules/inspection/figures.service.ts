// The round's figures (per provider, per expectation, per theme) and each of
// them as CSV. Reads of the inspectorate's own data, audited like every read.
import type { Actor } from '../../platform/authz/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import { roundFigures } from './figures.js';
import { figureCsv } from './figuresCsv.js';
import { countJudgments } from './judgmentCounts.js';
import { inInspection, type InspectionPlatform } from './inspection.access.js';
import type { FigureName } from './inspection.options.js';
import type { FiguresOutput } from './inspection.schemas.js';
import { roundOf } from './rounds.service.js';

async function computeFigures(tx: Tx, platform: InspectionPlatform, actor: Actor, roundId: string): Promise<FiguresOutput> {
  const round = await roundOf(tx, actor, roundId);
  const framework = platform.content.inspectionFramework;
  const providers = await tx
    .selectFrom('inspection_round_providers')
    .select(['id', 'name', 'care_kind'])
    .where('round_id', '=', roundId)
    .where('organisation_id', '=', actor.organisationId)
    .execute();
  // Figures 2 and 3 of seed 004 list providers by name; so do ours.
  providers.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const counts = await countJudgments(tx, framework, { organisationId: actor.organisationId, roundId });
  const figures = roundFigures(
    framework,
    providers.map((p) => ({ id: p.id, name: p.name, careKind: p.care_kind })),
    counts,
  );
  return {
    round: { id: round.id, title: round.title, status: round.status, frameworkVersion: round.framework_version },
    ...figures,
    providers: figures.providers.map(({ themes: _themes, ...score }) => score),
  };
}

export function readFigures(platform: InspectionPlatform, actor: Actor, roundId: string): Promise<FiguresOutput> {
  return inInspection(platform, actor, 'inspectionFigures.read', async (tx) => {
    const figures = await computeFigures(tx, platform, actor, roundId);
    await recordAudit(tx, actor, { action: 'inspectionFigures.read', recordType: 'inspectionRound', recordId: roundId });
    return figures;
  });
}

export function exportFigure(platform: InspectionPlatform, actor: Actor, roundId: string, figure: FigureName): Promise<{ csv: string; filename: string }> {
  return inInspection(platform, actor, 'inspectionFigures.exported', async (tx) => {
    const figures = await computeFigures(tx, platform, actor, roundId);
    await recordAudit(tx, actor, { action: 'inspectionFigures.exported', recordType: 'inspectionRound', recordId: roundId, details: { figure } });
    return { csv: figureCsv(platform.content.inspectionFramework, figures, figure), filename: `inspectieronde-${figure === 'providers' ? 'aanbieders' : figure === 'themes' ? 'themas' : 'verwachtingen'}.csv` };
  });
}
