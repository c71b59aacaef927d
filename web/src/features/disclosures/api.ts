// Hooks for disclosures: the file's disclosures and police requests, the
// organisation's register and what a police unit received. Types come from
// the server's own schemas (type-only: nothing of the server is bundled).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, query, type ApiError } from '../../api/http';
import type * as schemas from '../../../../server/src/modules/disclosures/disclosures.schemas';
import type * as requests from '../../../../server/src/modules/disclosures/policeRequests/policeRequests.schemas';
import type * as register from '../../../../server/src/modules/disclosures/register/register.schemas';
import type * as received from '../../../../server/src/modules/disclosures/received/received.schemas';

export type Disclosure = z.infer<typeof schemas.disclosureOutput>;
export type DisclosureDetail = z.infer<typeof schemas.disclosureDetail>;
export type DisclosedContent = z.infer<typeof schemas.disclosedContent>;
export type DisclosureFormOptions = z.infer<typeof schemas.disclosureFormOptions>;
export type DisclosureBody = z.input<typeof schemas.fileDisclosureInput>;
export type PoliceRequest = z.infer<typeof requests.policeRequestOutput>;
export type PoliceRequestBody = z.input<typeof requests.policeRequestInput>;
export type CallbackBody = z.input<typeof requests.callbackInput>;
export type CloseRequestBody = z.input<typeof requests.closeRequestInput>;
export type RegisterQuery = z.infer<typeof register.registerQuery>;
export type Register = z.infer<typeof register.registerOutput>;
export type ReceivedDisclosure = z.infer<typeof received.receivedDisclosure>;
export type ReceivedDisclosureDetail = z.infer<typeof received.receivedDisclosureDetail>;

const keys = {
  list: (youthId: string) => ['youths', youthId, 'disclosures'] as const,
  one: (youthId: string, id: string) => ['youths', youthId, 'disclosures', id] as const,
  options: (youthId: string) => ['youths', youthId, 'disclosure-options'] as const,
  requests: (youthId: string) => ['youths', youthId, 'police-requests'] as const,
};

export function useFileDisclosures(youthId: string) {
  return useQuery<Disclosure[], ApiError>({ queryKey: keys.list(youthId), queryFn: () => api.get(`/api/youths/${youthId}/disclosures`) });
}

export function useFileDisclosure(youthId: string, id: string) {
  return useQuery<DisclosureDetail, ApiError>({ queryKey: keys.one(youthId, id), queryFn: () => api.get(`/api/youths/${youthId}/disclosures/${id}`) });
}

/** Only asked for when the form opens: the partner list and who may decide. */
export function useDisclosureOptions(youthId: string, enabled = true) {
  return useQuery<DisclosureFormOptions, ApiError>({ queryKey: keys.options(youthId), queryFn: () => api.get(`/api/youths/${youthId}/disclosure-options`), enabled });
}

export function useRecordDisclosure(youthId: string) {
  const client = useQueryClient();
  return useMutation<Disclosure, ApiError, DisclosureBody>({
    mutationFn: (body) => api.post(`/api/youths/${youthId}/disclosures`, body),
    // Not awaited: the answered request would otherwise refetch as closed and
    // unmount the form before its own onSuccess (the way back) could run.
    onSuccess: () => void client.invalidateQueries({ queryKey: ['youths', youthId] }),
  });
}

export function usePoliceRequests(youthId: string) {
  return useQuery<PoliceRequest[], ApiError>({ queryKey: keys.requests(youthId), queryFn: () => api.get(`/api/youths/${youthId}/police-requests`) });
}

function useRequestChange<Body>(youthId: string, send: (body: Body) => Promise<PoliceRequest>) {
  const client = useQueryClient();
  return useMutation<PoliceRequest, ApiError, Body>({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: keys.requests(youthId) }),
  });
}

export const useRecordPoliceRequest = (youthId: string) =>
  useRequestChange<PoliceRequestBody>(youthId, (body) => api.post(`/api/youths/${youthId}/police-requests`, body));

export const useRecordCallback = (youthId: string, requestId: string) =>
  useRequestChange<CallbackBody>(youthId, (body) => api.post(`/api/youths/${youthId}/police-requests/${requestId}/callbacks`, body));

export const useClosePoliceRequest = (youthId: string, requestId: string) =>
  useRequestChange<CloseRequestBody>(youthId, (body) => api.post(`/api/youths/${youthId}/police-requests/${requestId}/close`, body));

export function useRegister(filter: RegisterQuery) {
  return useQuery<Register, ApiError>({ queryKey: ['disclosureRegister', filter], queryFn: () => api.get(`/api/disclosures${query(filter)}`) });
}

export const registerCsvHref = (filter: RegisterQuery) => `/api/disclosures/export${query(filter)}`;

export function useReceived() {
  return useQuery<ReceivedDisclosure[], ApiError>({ queryKey: ['receivedDisclosures'], queryFn: () => api.get('/api/received-disclosures') });
}

export function useReceivedOne(id: string) {
  const client = useQueryClient();
  return useQuery<ReceivedDisclosureDetail, ApiError>({
    queryKey: ['receivedDisclosures', id],
    queryFn: async () => {
      const one = await api.get<ReceivedDisclosureDetail>(`/api/received-disclosures/${id}`);
      // Viewing it marks it as seen: the list should say so when the user goes back.
      void client.invalidateQueries({ queryKey: ['receivedDisclosures'], exact: true });
      return one;
    },
  });
}
