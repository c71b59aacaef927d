// The indicator dashboard's data: the computed indicators of the quality
// framework, counted live by the server for this viewer. Types come from the
// server's own schemas (type-only: nothing of the server is bundled).
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, ApiError } from '../../../api/http';
import type * as schemas from '../../../../../server/src/modules/quality/indicators/indicators.schemas.js';

export type IndicatorsOutput = z.infer<typeof schemas.indicatorsOutput>;
export type IndicatorFigure = z.infer<typeof schemas.indicatorFigure>;
export type TrendPoint = z.infer<typeof schemas.trendPoint>;

export function useIndicators() {
  // Live figures: fetched again when the page opens, never older than a minute while it is open.
  return useQuery<IndicatorsOutput, ApiError>({ queryKey: ['qualityIndicators'], queryFn: () => api.get('/api/quality/indicators'), staleTime: 60_000 });
}

export const INDICATORS_CSV_URL = '/api/quality/indicators/export';

/** A share as a whole percentage, or null when the indicator applies to nobody. */
export const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));
