// The API's types, inferred from the server's own Zod schemas (type-only
// imports: nothing of the server ends up in the client bundle).
import type { z } from 'zod';
import type * as caseFiles from '../../../server/src/modules/caseFiles/caseFiles.schemas.js';
import type * as organisations from '../../../server/src/modules/organisations/organisations.schemas.js';

export type YouthListItem = z.infer<typeof caseFiles.youthListItem>;
export type Overview = z.infer<typeof caseFiles.overviewSchema>;
export type Youth = z.infer<typeof caseFiles.youthSchema>;
export type YouthInput = z.input<typeof caseFiles.youthInput>;
export type CaseTeamMember = z.infer<typeof caseFiles.caseTeamMember>;
export type JournalEntry = z.infer<typeof caseFiles.journalEntry>;
export type AccessLogItem = z.infer<typeof caseFiles.accessLogItem>;
export type AccessLogPage = z.infer<typeof caseFiles.accessLogPage>;
export type AccessLogDayPage = z.infer<typeof caseFiles.accessLogDayPage>;
export type BreakGlassGrant = z.infer<typeof caseFiles.breakGlassGrant>;
export type User = z.infer<typeof organisations.userSchema>;
export type Team = z.infer<typeof organisations.teamSchema>;
