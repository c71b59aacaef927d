// Closing a file. Afterwards everything cached about it is stale: the overview
// (the layout's closed notice, canUpdate) and every list with its buttons.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, type ApiError } from '../../../../api/http';
import type { closedSchema, closeInput } from '../../../../../../server/src/modules/caseFiles/closing/closing.schemas.js';

export type CloseInput = z.input<typeof closeInput>;
export type Closed = z.infer<typeof closedSchema>;

export function useCloseFile(youthId: string) {
  const client = useQueryClient();
  return useMutation<Closed, ApiError, CloseInput>({
    mutationFn: (input) => api.post(`/api/youths/${youthId}/close`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['youths', youthId] }),
  });
}
