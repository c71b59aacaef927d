// When the care plan is next to be reviewed, from what the page already holds.
// The placement (for the start of care) is read only when there is no review
// yet: every read of a record is an audited read, so none is made for nothing.
import { useQuery } from '@tanstack/react-query';
import { api, type ApiError } from '../../../../api/http';
import { useCaseFile } from '../../CaseFileLayout';
import { recordKeys, useRecords } from '../recordApi';
import { localDate, nextReviewDue, type ReviewDue } from './schedule';
import { CARE_PLAN_PATHS, type Placement, type Review } from './types';

export function useReviewDue(): { due: ReviewDue | undefined; error: ApiError | null } {
  const { youth } = useCaseFile();
  const reviews = useRecords<Review>(youth.id, CARE_PLAN_PATHS.reviews);
  const needsPlacement = reviews.isSuccess && reviews.data.length === 0;
  const placement = useQuery<Placement | null, ApiError>({
    queryKey: recordKeys.list(youth.id, 'placement'),
    queryFn: () => api.get(`/api/youths/${youth.id}/placement`),
    enabled: needsPlacement,
  });
  if (!reviews.isSuccess || (needsPlacement && !placement.isSuccess)) return { due: undefined, error: reviews.error ?? placement.error };
  return {
    due: nextReviewDue({ reviews: reviews.data, careStartedOn: placement.data?.careStartedOn, fileOpenedOn: localDate(youth.createdAt) }),
    error: null,
  };
}
