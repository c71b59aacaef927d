// Closing a case file at the end of care: it stays readable for its retention period.
import type { App, Platform } from '../../../platform/http/app-types.js';

export function registerClosingRoutes(_app: App, _platform: Platform): void {}
