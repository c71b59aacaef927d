// The checklist with its answers, progress and action plan as a PDF: read and
// printed in one transaction, with its audit event.
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { inChecklist, whoIs } from './checklist.access.js';
import { loadChecklist } from './checklist.service.js';
import { loadActionPlan } from './actions.service.js';
import { renderChecklistPdf } from './checklistPdf.js';

export async function printChecklist(platform: Platform, actor: Actor, id: string): Promise<{ pdf: Buffer; filename: string }> {
  const pack = platform.content.municipalChecklist;
  const printed = await inChecklist(platform, actor, 'read', 'municipalChecklist.printed', async (tx) => {
    const checklist = await loadChecklist(tx, actor, pack, id);
    const plan = await loadActionPlan(tx, actor, pack, id);
    const me = await whoIs(tx, actor);
    await recordAudit(tx, actor, { action: 'municipalChecklist.printed', recordType: 'municipalChecklist', recordId: id, details: { year: checklist.year } });
    return { pack, checklist, plan, printedByName: me.name, printedAt: new Date().toISOString() };
  });
  const pdf = await renderChecklistPdf(printed);
  return { pdf, filename: `checklist-gemeente-${printed.checklist.year}.pdf` };
}
