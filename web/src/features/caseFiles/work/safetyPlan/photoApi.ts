// The youth's photo: when it was taken and added (a query), and the upload.
// The upload sends the file's bytes as they are, with progress, which the
// JSON helper in api/http.ts does not do; it shares that helper's CSRF token
// and its handling of every answer (idle timer, ended session, errors).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answered, api, apiErrorFrom, ApiError, fetchCsrfToken, query } from '../../../../api/http';
import i18n from '../../../../i18n';
import { PHOTO_MAX_BYTES, type PhotoType } from '../../../../../../server/src/modules/caseFiles/safetyPlan/photo.options';

export interface PhotoInfo {
  takenOn: string | null;
  uploadedAt: string;
  uploadedByName: string | null;
}

export const photoKey = (youthId: string) => ['youths', youthId, 'photo'] as const;

export function usePhotoInfo(youthId: string) {
  return useQuery<PhotoInfo | null, ApiError>({ queryKey: photoKey(youthId), queryFn: () => api.get(`/api/youths/${youthId}/photo/info`) });
}

/** The image itself; the upload time in the address makes the browser fetch a new photo, never show the old one. */
export function photoSrc(youthId: string, info: PhotoInfo): string {
  return `/api/youths/${youthId}/photo${query({ v: info.uploadedAt })}`;
}

export type PhotoProblem = { key: 'noFile' } | { key: 'empty' } | { key: 'type' } | { key: 'tooLarge'; megabytes: number };

/**
 * Why a chosen file cannot be sent, before it is sent: a wrong kind of file or
 * one over the limit would otherwise travel megabytes to be refused. The first
 * bytes are checked as the server checks them, so a renamed file is caught too.
 */
export async function checkPhoto(file: File | null): Promise<PhotoProblem | null> {
  if (!file) return { key: 'noFile' };
  if (file.size === 0) return { key: 'empty' };
  if (file.size > PHOTO_MAX_BYTES) return { key: 'tooLarge', megabytes: file.size / (1024 * 1024) };
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  return sniff(head) ? null : { key: 'type' };
}

function sniff(head: Uint8Array): PhotoType | null {
  const starts = (magic: number[]) => magic.every((b, i) => head[i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}

/** PUT the file as the request body, reporting progress from 0 to 1. */
async function sendPhoto(youthId: string, file: File, takenOn: string, onProgress: (fraction: number) => void): Promise<PhotoInfo> {
  let token: string;
  try {
    token = await fetchCsrfToken();
  } catch {
    throw new ApiError(0, 'NETWORK', i18n.t('errors.network'));
  }
  // Declared as what the bytes are: a JPEG saved as .png is still sent as a JPEG.
  const type = sniff(new Uint8Array(await file.slice(0, 8).arrayBuffer())) ?? file.type;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', `/api/youths/${youthId}/photo${query({ takenOn })}`);
    xhr.setRequestHeader('content-type', type);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', i18n.language);
    xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', i18n.t('errors.network')));
    xhr.onload = () => {
      const body = answered(xhr.status, xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as PhotoInfo);
      else reject(apiErrorFrom(xhr.status, body));
    };
    xhr.send(file);
  });
}

export function useUploadPhoto(youthId: string, onProgress: (fraction: number) => void) {
  const client = useQueryClient();
  return useMutation<PhotoInfo, ApiError, { file: File; takenOn: string }>({
    mutationFn: ({ file, takenOn }) => sendPhoto(youthId, file, takenOn, onProgress),
    onSuccess: (info) => {
      client.setQueryData(photoKey(youthId), info);
    },
  });
}
