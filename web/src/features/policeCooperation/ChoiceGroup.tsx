// Radio buttons or checkboxes under one legend, each option with an optional
// plain explanation beside it. Radios here start with nothing chosen: for a
// question about what a youth wants, the form must not answer beforehand.
// The fieldset carries the field's id, so the error summary can move focus to it.
import type { ReactNode } from 'react';

export interface Choice {
  value: string;
  label: string;
  explanation?: string;
}

export function ChoiceGroup({
  type,
  legend,
  name,
  choices,
  defaultValues = [],
  error,
  description,
  onChange,
}: {
  type: 'radio' | 'checkbox';
  legend: string;
  name: string;
  choices: Choice[];
  defaultValues?: string[];
  error?: string | undefined;
  description?: ReactNode;
  onChange?: (value: string) => void;
}) {
  const id = `field-${name}`;
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset baken-choices ${error ? 'utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
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
      {choices.map((choice) => {
        const inputId = `${id}-${choice.value}`;
        return (
          <div className={`utrecht-form-field utrecht-form-field--${type === 'radio' ? 'radio' : 'checkbox'} baken-choice`} key={choice.value}>
            <div className="utrecht-form-field__input">
              <input
                type={type}
                className={type === 'radio' ? 'utrecht-radio-button utrecht-radio-button--html-input' : 'utrecht-checkbox utrecht-checkbox--html-input'}
                id={inputId}
                name={name}
                value={choice.value}
                defaultChecked={defaultValues.includes(choice.value)}
                aria-describedby={choice.explanation ? `${inputId}-explanation` : undefined}
                onChange={onChange ? () => onChange(choice.value) : undefined}
              />
            </div>
            <div className="utrecht-form-field__label">
              <label className={`utrecht-form-label utrecht-form-label--${type === 'radio' ? 'radio-button' : 'checkbox'}`} htmlFor={inputId}>
                {choice.label}
              </label>
              {choice.explanation && (
                <p className="baken-choice__explanation" id={`${inputId}-explanation`}>
                  {choice.explanation}
                </p>
              )}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
