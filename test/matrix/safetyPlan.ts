// Matrix rows for the youth's photo and the printed safety plan. Adding a
// photo changes the file (its case team, or a designated officer; never
// through break-the-glass); seeing the photo or printing the plan reads it and
// leaves one audit event.
import { createRecord } from '../../server/src/modules/caseFiles/records/records.service.js';
import { RECORD_KIND_DEFINITIONS } from '../../server/src/modules/caseFiles/records/kinds/index.js';
import { uploadPhoto } from '../../server/src/modules/caseFiles/safetyPlan/photo.service.js';
import { CASE_ROLES, leadActor, matrixContext, type Rule, type Target } from './types.js';

/** A 1×1 PNG. */
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNwaDgAAAKEAYEml6crAAAAAElFTkSuQmCC', 'base64');

const READ: Pick<Extract<Rule, { kind: 'caseFile' }>, 'inTeam' | 'outOfTeam'> = { inTeam: CASE_ROLES, outOfTeam: ['designatedOfficer'] };

const withPhoto = async (t: Target) => {
  await uploadPhoto(matrixContext.platform, leadActor(t), t.youthId, TINY_PNG, null);
};

export const entries: Record<string, Rule> = {
  'PUT /api/youths/:id/photo': {
    kind: 'caseFile',
    inTeam: CASE_ROLES,
    outOfTeam: ['designatedOfficer'],
    call: (t) => ({ method: 'PUT', path: `/api/youths/${t.youthId}/photo?takenOn=2026-01-15`, body: new Blob([new Uint8Array(TINY_PNG)], { type: 'image/png' }) }),
  },
  'GET /api/youths/:id/photo': {
    kind: 'caseFile',
    ...READ,
    auditedRead: 'photo.read',
    call: async (t) => {
      await withPhoto(t);
      return { method: 'GET', path: `/api/youths/${t.youthId}/photo` };
    },
  },
  'GET /api/youths/:id/photo/info': {
    kind: 'caseFile',
    ...READ,
    auditedRead: 'photo.read',
    call: async (t) => {
      await withPhoto(t);
      return { method: 'GET', path: `/api/youths/${t.youthId}/photo/info` };
    },
  },
  'GET /api/youths/:id/safety-plans/:recordId/pdf': {
    kind: 'caseFile',
    ...READ,
    auditedRead: 'safetyPlan.printed',
    call: async (t) => {
      const kind = RECORD_KIND_DEFINITIONS.safetyPlan;
      const plan = await createRecord(matrixContext.platform, leadActor(t), t.youthId, kind, kind.input.parse(kind.example) as Record<string, unknown>);
      return { method: 'GET', path: `/api/youths/${t.youthId}/safety-plans/${plan.id}/pdf` };
    },
  },
};
