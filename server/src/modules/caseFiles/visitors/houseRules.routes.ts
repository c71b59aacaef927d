// The house rules a residential group shows its visitors.
import type { App, Platform } from '../../../platform/http/app-types.js';

export function registerHouseRulesRoutes(_app: App, _platform: Platform): void {}
