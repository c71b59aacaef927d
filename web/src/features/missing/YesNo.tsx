// A yes/no question as two radio buttons under one legend. Starts unanswered
// unless a default is given; the fieldset carries the field's id, so the error
// summary can move focus to it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function YesNo({
  legend,
  name,
  scope,
  defaultValue,
  error,
  onChange,
}: {
  legend: string;
  name: string;
  /** Keeps ids apart when the same question is on the page twice. */
  scope?: string;
  defaultValue?: boolean | null;
  error?: string | undefined;
  onChange?: (value: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = scope ? `field-${scope}-${name}` : `field-${name}`;
  const group = useId();
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset baken-yes-no ${error ? 'utrecht-form-fieldset--invalid' : ''}`}
      id={id}
      tabIndex={-1}
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {error && (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
      {(['yes', 'no'] as const).map((value) => (
        <div className="utrecht-form-field utrecht-form-field--radio" key={value}>
          <div className="utrecht-form-field__input">
            <input
              type="radio"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              id={`${id}-${value}`}
              name={`${name}-${group}`}
              value={value}
              defaultChecked={defaultValue === undefined || defaultValue === null ? undefined : defaultValue === (value === 'yes')}
              onChange={() => onChange?.(value === 'yes')}
            />
          </div>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${id}-${value}`}>
              {t(`missing.step.${value}`)}
            </label>
          </div>
        </div>
      ))}
    </fieldset>
  );
}

/** The answer of a YesNo in a submitted form: true, false, or null when unanswered. */
export function readYesNo(form: HTMLFormElement, name: string): boolean | null {
  const checked = form.querySelector<HTMLInputElement>(`input[type="radio"][name^="${name}-"]:checked`);
  return checked ? checked.value === 'yes' : null;
}
