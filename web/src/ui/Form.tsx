// Form fields in the NL Design System way: a label, an optional description,
// the error right above the input, and aria wiring between them. Values are
// read from the form on submit (uncontrolled), so fields stay simple.
import { createContext, useContext, useEffect, useRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/http';

const FieldScope = createContext('');

/** Gives the fields inside their own ids, for a page that repeats one form (a review per item). */
export function FieldIdScope({ scope, children }: { scope: string; children: ReactNode }) {
  return <FieldScope.Provider value={scope}>{children}</FieldScope.Provider>;
}

/** A field's id: stable, so the error summary can link to it. */
function useFieldId(name: string): string {
  const scope = useContext(FieldScope);
  return scope ? `field-${scope}-${name}` : `field-${name}`;
}

interface FieldProps {
  label: string;
  name: string;
  description?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
}

function FieldShell({
  label,
  description,
  error,
  optional,
  id,
  children,
}: Omit<FieldProps, 'name'> & { id: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={`utrecht-form-field utrecht-form-field--text ${error ? 'utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {optional && <span className="baken-optional"> ({t('form.optional')})</span>}
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

function describedBy(id: string, description: unknown, error: unknown) {
  return [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

// Required fields say so with aria-required, not the native attribute: the
// server validates, and :invalid styling would mark empty fields red before
// anyone typed.
export function TextField({
  label,
  name,
  description,
  error,
  optional,
  required,
  ...input
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>) {
  const id = useFieldId(name);
  return (
    <FieldShell label={label} description={description} error={error} optional={optional} id={id}>
      <input
        id={id}
        name={name}
        className={`utrecht-textbox utrecht-textbox--html-input ${error ? 'utrecht-textbox--invalid' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, description, error)}
        {...input}
      />
    </FieldShell>
  );
}

export function TextAreaField({
  label,
  name,
  description,
  error,
  optional,
  required,
  ...input
}: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>) {
  const id = useFieldId(name);
  return (
    <FieldShell label={label} description={description} error={error} optional={optional} id={id}>
      <textarea
        id={id}
        name={name}
        className={`utrecht-textarea utrecht-textarea--html-textarea ${error ? 'utrecht-textarea--invalid' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, description, error)}
        rows={5}
        {...input}
      />
    </FieldShell>
  );
}

export function SelectField({
  label,
  name,
  description,
  error,
  optional,
  options,
  placeholder,
  required,
  ...select
}: FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name'> & { options: { value: string; label: string }[]; placeholder?: string }) {
  const id = useFieldId(name);
  return (
    <FieldShell label={label} description={description} error={error} optional={optional} id={id}>
      <select
        id={id}
        name={name}
        className={`utrecht-select utrecht-select--html-select ${error ? 'utrecht-select--invalid' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, description, error)}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A group of checkboxes (several may be chosen) with one legend. */
export function CheckboxGroup({
  legend,
  name,
  options,
  defaultValues = [],
  error,
  description,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  defaultValues?: string[];
  error?: string | undefined;
  description?: string;
}) {
  const id = useFieldId(name);
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset ${error ? 'utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy(id, description, error)}
      id={id}
      tabIndex={-1}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {description && (
        <div className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
      {options.map((o) => (
        <div className="utrecht-form-field utrecht-form-field--checkbox" key={o.value}>
          <div className="utrecht-form-field__input">
            <input
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              id={`${id}-${o.value}`}
              name={name}
              value={o.value}
              defaultChecked={defaultValues.includes(o.value)}
            />
          </div>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${id}-${o.value}`}>
              {o.label}
            </label>
          </div>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * The list of what is wrong, at the top of the form, each item a link that
 * moves focus to its field. It takes focus when it appears so keyboard and
 * screen-reader users land on it. Errors for fields this form does not name
 * are listed too, never dropped.
 */
export function ErrorSummary({ error, labels }: { error: ApiError | null; labels: Record<string, string> }) {
  const { t } = useTranslation();
  const scope = useContext(FieldScope);
  const fieldId = (name: string) => (scope ? `field-${scope}-${name}` : `field-${name}`);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  // A nested field (details.reportingNeeded) is named by its own label when the form has one.
  const items = error.fields.map((f) => ({ field: labels[f.path] ? f.path : (f.path.split('.')[0] ?? ''), message: f.message }));
  return (
    <div className="utrecht-alert utrecht-alert--error baken-alert baken-error-summary" role="alert" tabIndex={-1} ref={ref}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className="baken-alert__title">{items.length > 0 ? t('form.errorSummary') : error.message}</p>
          {items.length > 0 && (
            <ul className="utrecht-unordered-list">
              {items.map((item, i) => (
                <li key={i} className="utrecht-unordered-list__item">
                  {labels[item.field] ? (
                    <a
                      className="utrecht-link"
                      href={`#${fieldId(item.field)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        document.getElementById(fieldId(item.field))?.focus();
                      }}
                    >
                      {labels[item.field]}: {item.message}
                    </a>
                  ) : (
                    item.message
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

/** Reads a submitted form into a plain object; repeated names (checkboxes) become arrays. */
export function formValues(form: HTMLFormElement, arrays: string[] = []): Record<string, string | string[]> {
  const data = new FormData(form);
  const values: Record<string, string | string[]> = {};
  for (const name of arrays) values[name] = data.getAll(name).map(String);
  for (const [name, value] of data.entries()) if (!arrays.includes(name)) values[name] = String(value);
  return values;
}
