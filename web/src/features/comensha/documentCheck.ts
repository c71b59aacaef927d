// A chosen signed form, checked before it is sent, as a field error in words.
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/http';
import { checkDocument, type DocumentProblem } from './api';

export function documentProblemText(t: TFunction, language: string, problem: DocumentProblem): string {
  return problem.key === 'tooLarge'
    ? t('comensha.consents.documentProblems.tooLarge', { size: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(problem.megabytes) })
    : t(`comensha.consents.documentProblems.${problem.key}`);
}

/** The problem with the chosen file as an error on the field "document", or null when it can go. */
export async function documentError(t: TFunction, language: string, file: File | null, summary: string): Promise<ApiError | null> {
  const problem = await checkDocument(file);
  return problem ? new ApiError(400, 'VALIDATION_FAILED', summary, [{ path: 'document', message: documentProblemText(t, language, problem) }]) : null;
}

/** The server's refusal of the file itself belongs beside the file field too. */
export function asDocumentError(error: ApiError): ApiError {
  return error.code === 'UNSUPPORTED_DOCUMENT' || error.code === 'PAYLOAD_TOO_LARGE' ? new ApiError(error.status, error.code, error.message, [{ path: 'document', message: error.message }]) : error;
}
