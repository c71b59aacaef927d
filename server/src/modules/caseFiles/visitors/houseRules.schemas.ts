import { z } from 'zod';
import { HOUSE_RULES_MAX_LENGTH } from './houseRules.options.js';

export const teamHouseRulesSchema = z.object({
  teamId: z.string(),
  teamName: z.string(),
  rules: z.string(),
  updatedAt: z.string(),
});

// Saving empty rules would leave visitors with a blank panel that looks like
// "no rules"; the admin replaces them instead.
export const houseRulesBody = z.object({ rules: z.string().trim().min(1).max(HOUSE_RULES_MAX_LENGTH) });
