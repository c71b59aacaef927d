// How an incident form becomes the body the server validates, and the local
// date-and-time values a datetime input needs. A form's time is the user's
// (Dutch) time; the server stores it as a moment.
import type { TFunction } from 'i18next';

export type IncidentOptionGroup = 'kind' | 'policeInvolvement' | 'policeContactRoute' | 'reportFiledBy' | 'status';

export function incidentOption(t: TFunction, group: IncidentOptionGroup, value: string | null | undefined): string {
  if (!value) return '—';
  return t(`incidents.options.${group}.${value}` as 'incidents.options.kind.other', { defaultValue: value });
}

export function incidentOptions(t: TFunction, group: IncidentOptionGroup, values: readonly string[]) {
  return values.map((value) => ({ value, label: incidentOption(t, group, value) }));
}

/** Open asks for attention, in progress is being worked on, closed is done. */
export const statusBadge = (status: string) => (status === 'closed' ? 'success' : status === 'inProgress' ? 'active' : 'warning');

export function incidentLabel(t: TFunction, field: string): string {
  return t(`incidents.fields.${field}` as 'incidents.fields.kind', { defaultValue: field });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as the value of a datetime-local input, in the browser's time zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const nowLocalInput = () => toLocalInput(new Date().toISOString());

export const SUSPECT_FIELDS = ['appearance', 'clothing', 'vehicle', 'licencePlate', 'otherFeatures'] as const;

/** The police part and the suspects, from a submitted form with `count` suspect blocks. */
export function readPoliceFields(data: FormData, count: number) {
  const text = (name: string) => String(data.get(name) ?? '');
  const chosen = (name: string) => (text(name) === '' ? null : text(name));
  return {
    policeInvolvement: chosen('policeInvolvement') ?? undefined,
    policeContactRoute: chosen('policeContactRoute'),
    policeContactAt: chosen('policeContactAt'),
    reportFiledBy: chosen('reportFiledBy'),
    policeReference: text('policeReference'),
    suspects: Array.from({ length: count }, (_, i) => Object.fromEntries(SUSPECT_FIELDS.map((field) => [field, text(`suspects.${i}.${field}`)]))),
  };
}

/** Labels for the error summary, the suspects' fields named per person. */
export function incidentErrorLabels(t: TFunction, fields: string[], suspectCount: number): Record<string, string> {
  const labels: Record<string, string> = Object.fromEntries(fields.map((f) => [f, incidentLabel(t, f)]));
  for (let i = 0; i < suspectCount; i++) {
    for (const field of SUSPECT_FIELDS) labels[`suspects.${i}.${field}`] = `${t('incidents.suspect', { n: i + 1 })}: ${incidentLabel(t, field)}`;
  }
  return labels;
}
