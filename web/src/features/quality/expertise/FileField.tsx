// A file field drawn like every other field: label, hint, the error right
// above the input, and aria wiring (ui/Form.tsx has no file field).
import type { ReactNode } from 'react';

export function FileField({ id, label, hint, error, optional, accept, onChange }: { id: string; label: string; hint: ReactNode; error?: string | undefined; optional?: string; accept: string; onChange?: () => void }) {
  return (
    <div className={`utrecht-form-field utrecht-form-field--text ${error ? 'utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {optional && <span className="baken-optional"> ({optional})</span>}
        </label>
      </div>
      <div className="utrecht-form-field__description utrecht-form-field-description" id={`${id}-description`}>
        {hint}
      </div>
      {error && (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">
        <input
          type="file"
          id={id}
          name="file"
          className="baken-file-input"
          accept={accept}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-description`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
          onChange={onChange}
        />
      </div>
    </div>
  );
}
