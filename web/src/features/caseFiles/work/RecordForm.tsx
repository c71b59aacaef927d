// A form for one kind of record, drawn from a list of field specs. Labels and
// hints come from the catalog (fields.<kind>.<field>); values are read from the
// form on submit and shaped per field type; the server validates and answers
// field by field.
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/http';
import { Button, ButtonGroup } from '../../../ui/Button';
import { CheckboxGroup, ErrorSummary, SelectField, TextAreaField, TextField } from '../../../ui/Form';

export interface Option {
  value: string;
  label: string;
}

interface Base {
  /** The input field; dotted for a nested one (details.consulted). */
  name: string;
  optional?: boolean;
  hint?: string;
}

export type FieldSpec =
  | (Base & { type: 'text' | 'textarea' | 'date' | 'datetime' | 'number'; rows?: number; max?: string })
  | (Base & { type: 'select'; options: Option[]; placeholder?: string })
  | (Base & { type: 'checkboxes'; options: Option[] })
  | (Base & { type: 'boolean' })
  | (Base & { type: 'list' })
  | (Base & { type: 'vehicles' });

const get = (values: Record<string, unknown> | undefined, name: string): unknown =>
  name.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), values);

function set(target: Record<string, unknown>, name: string, value: unknown) {
  const keys = name.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}

/** An ISO timestamp as the browser's local date and time for a datetime-local input. */
function localDateTime(iso: unknown): string {
  if (typeof iso !== 'string' || !iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function vehiclesText(value: unknown): string {
  return Array.isArray(value) ? value.map((v: { plate?: string; description?: string }) => [v.plate, v.description].filter(Boolean).join(' — ')).join('\n') : '';
}

function parseVehicles(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [plate, ...rest] = line.split(/\s+[—-]\s+/);
      return { plate: (plate ?? '').trim(), description: rest.join(' - ').trim() };
    });
}

/** Reads the submitted form into the body the server expects. */
export function readRecordForm(form: HTMLFormElement, fields: FieldSpec[]): Record<string, unknown> {
  const data = new FormData(form);
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const raw = data.get(field.name);
    const text = typeof raw === 'string' ? raw : '';
    switch (field.type) {
      case 'number':
        set(body, field.name, text === '' ? null : Number(text));
        break;
      case 'boolean':
        set(body, field.name, text === 'yes');
        break;
      case 'checkboxes':
        set(body, field.name, data.getAll(field.name).map(String));
        break;
      case 'list':
        set(body, field.name, text.split('\n').map((line) => line.trim()).filter(Boolean));
        break;
      case 'vehicles':
        set(body, field.name, parseVehicles(text));
        break;
      case 'date':
        set(body, field.name, text === '' && field.optional ? null : text);
        break;
      case 'select':
        // Nothing chosen: null where the field may be empty, otherwise left out so
        // the server names it as missing ("Vul dit veld in") or asks for it by rule.
        if (text !== '') set(body, field.name, text);
        else if (field.optional) set(body, field.name, null);
        break;
      default:
        set(body, field.name, text);
    }
  }
  return body;
}

export function RecordForm({
  kind,
  fields,
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
  before,
}: {
  kind: string;
  fields: FieldSpec[];
  initial?: Record<string, unknown>;
  submitLabel: string;
  busy: boolean;
  error: ApiError | null;
  onSubmit: (body: Record<string, unknown>) => void;
  onCancel?: () => void;
  before?: ReactNode;
}) {
  const { t } = useTranslation();
  const label = (name: string) => t(`fields.${kind}.${name.replace(/^details\./, '')}` as 'fields.signal.form', { defaultValue: name });
  const labels = Object.fromEntries(fields.map((f) => [f.name.split('.')[0]!, label(f.name)]));
  // Errors on nested fields (details.reportingNeeded) are shown with their own label.
  for (const f of fields) labels[f.name] = label(f.name);
  const fieldError = (name: string) => error?.field(name);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(readRecordForm(event.currentTarget, fields));
  };
  return (
    <>
      <ErrorSummary error={error} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form">
        {before}
        {fields.map((field) => {
          const common = { name: field.name, label: label(field.name), error: fieldError(field.name), description: field.hint, optional: field.optional };
          const value = get(initial, field.name);
          switch (field.type) {
            case 'textarea':
              return <TextAreaField key={field.name} {...common} rows={field.rows ?? 4} defaultValue={(value as string) ?? ''} />;
            case 'date':
              return <TextField key={field.name} {...common} type="date" max={field.max} defaultValue={(value as string) ?? ''} />;
            case 'datetime':
              return <TextField key={field.name} {...common} type="datetime-local" defaultValue={localDateTime(value)} />;
            case 'number':
              return <TextField key={field.name} {...common} type="number" inputMode="numeric" defaultValue={value === undefined || value === null ? '' : String(value)} />;
            case 'select':
              return <SelectField key={field.name} {...common} options={field.options} placeholder={field.placeholder} defaultValue={(value as string) ?? ''} />;
            case 'checkboxes':
              return (
                <CheckboxGroup
                  key={field.name}
                  legend={label(field.name)}
                  name={field.name}
                  options={field.options}
                  defaultValues={(value as string[]) ?? []}
                  error={fieldError(field.name)}
                  description={field.hint}
                />
              );
            case 'boolean':
              return (
                <SelectField
                  key={field.name}
                  {...common}
                  options={[
                    { value: 'yes', label: t('records.yes') },
                    { value: 'no', label: t('records.no') },
                  ]}
                  defaultValue={value === true ? 'yes' : 'no'}
                />
              );
            case 'list':
              return (
                <TextAreaField
                  key={field.name}
                  {...common}
                  rows={3}
                  description={field.hint ?? t('records.onePerLine')}
                  defaultValue={Array.isArray(value) ? value.join('\n') : ''}
                />
              );
            case 'vehicles':
              return <TextAreaField key={field.name} {...common} rows={2} description={field.hint} defaultValue={vehiclesText(value)} />;
            default:
              return <TextField key={field.name} {...common} defaultValue={(value as string) ?? ''} />;
          }
        })}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button appearance="subtle" onClick={onCancel}>
              {t('records.cancel')}
            </Button>
          )}
        </ButtonGroup>
      </form>
    </>
  );
}
