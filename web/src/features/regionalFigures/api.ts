// The regional figures of the signed-in municipality or region: counts only,
// suppressed by the server before they arrive here.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type ApiError } from '../../api/http';

export type Measure = 'signals' | 'exploitationSexual' | 'exploitationCriminal' | 'comenshaRegistrations' | 'specialisedCare' | 'missingEpisodes' | 'caseConferenceCases';
/** A count as the server shows it (server/src/modules/regionalFigures/suppression.ts). */
export type Shown = { kind: 'value'; value: number } | { kind: 'small' } | { kind: 'hidden' };
export interface Figures {
  year: number;
  municipalityCodes: string[];
  rows: { measure: Measure; quarters: Shown[]; year: Shown }[];
  funnel: { estimate: { value: number; source: string; updatedAt: string } | null; comenshaRegistrations: Shown; specialisedCare: Shown };
}

const key = ['regionalFigures'];

export function useFigures(year: number) {
  return useQuery<Figures, ApiError>({ queryKey: [...key, year], queryFn: () => api.get(`/api/regional-figures?year=${year}`) });
}

export function useSaveEstimate(year: number) {
  const client = useQueryClient();
  return useMutation<Figures, ApiError, { estimate: number | string; source: string }>({
    mutationFn: (body) => api.put(`/api/regional-figures/estimate?year=${year}`, body),
    onSuccess: (figures) => client.setQueryData([...key, year], figures),
  });
}

export const csvUrl = (year: number) => `/api/regional-figures/export?year=${year}`;

/** A shown count as text: the number, "< 5", or "x" (hidden to protect a small count). */
export const shownText = (s: Shown) => (s.kind === 'value' ? String(s.value) : s.kind === 'small' ? '< 5' : 'x');
/** The bar's height: only a shown number is drawn. */
export const barValue = (s: Shown) => (s.kind === 'value' ? s.value : null);
