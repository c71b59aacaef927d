// The youth's photo (for the safety plan and a missing-person episode) and the
// safety plan as PDF.
import type { App, Platform } from '../../../platform/http/app-types.js';

export function registerSafetyPlanRoutes(_app: App, _platform: Platform): void {}
