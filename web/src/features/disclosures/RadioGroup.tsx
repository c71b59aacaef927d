// Radio buttons under one legend, each option with a short plain explanation
// under its label (the legal grounds, professional secrecy). The fieldset
// carries the field's id, so the error summary can move focus to it.
import type { ReactNode } from 'react';

export interface RadioOption {
  value: string;
  label: string;
  help?: string;
}

export function RadioGroup({
  legend,
  name,
  options,
  value,
  defaultValue,
  onChange,
  error,
  description,
}: {
  legend: string;
  name: string;
  options: RadioOption[];
  value?: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
  error?: string | undefined;
  description?: ReactNode;
}) {
  const id = `field-${name}`;
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset baken-radios ${error ? 'utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy}
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
      {options.map((option) => {
        const inputId = `${id}-${option.value}`;
        return (
          <div className="utrecht-form-field utrecht-form-field--radio baken-radio" key={option.value}>
            <div className="utrecht-form-field__input">
              <input
                type="radio"
                className="utrecht-radio-button utrecht-radio-button--html-input"
                id={inputId}
                name={name}
                value={option.value}
                aria-describedby={option.help ? `${inputId}-help` : undefined}
                {...(value !== undefined ? { checked: value === option.value } : { defaultChecked: defaultValue === option.value })}
                onChange={(event) => event.currentTarget.checked && onChange?.(option.value)}
              />
            </div>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={inputId}>
                {option.label}
              </label>
              {option.help && (
                <p className="baken-radio__help" id={`${inputId}-help`}>
                  {option.help}
                </p>
              )}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
