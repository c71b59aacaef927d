// The kinds of data as a checklist: ticking one asks at once why it is needed
// for the purpose. Sharing no more than the purpose needs starts here (seed
// 001 §11): an unticked kind is not shared, a ticked one carries its reason.
import { useTranslation } from 'react-i18next';
import { DATA_CATEGORIES, type DataCategory } from '../../../../server/src/modules/disclosures/disclosures.options';
import { TextAreaField } from '../../ui/Form';
import { categoryLabel } from './labels';

export function CategoryChecklist({
  checked,
  onToggle,
  error,
  whyError,
}: {
  checked: DataCategory[];
  onToggle: (category: DataCategory, on: boolean) => void;
  error?: string | undefined;
  whyError: (category: DataCategory) => string | undefined;
}) {
  const { t } = useTranslation();
  const id = 'field-categories';
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset baken-categories ${error ? 'utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={[`${id}-description`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
      id={id}
      tabIndex={-1}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('disclosureForm.categoriesLegend')}</legend>
      <div className="utrecht-form-field-description" id={`${id}-description`}>
        {t('disclosureForm.categoriesHint')}
      </div>
      {error && (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
      <ul className="baken-categories__list">
        {DATA_CATEGORIES.map((category) => {
          const on = checked.includes(category);
          const label = categoryLabel(t, category);
          return (
            <li key={category} className={on ? 'baken-categories__item baken-categories__item--on' : 'baken-categories__item'}>
              <div className="utrecht-form-field utrecht-form-field--checkbox">
                <div className="utrecht-form-field__input">
                  <input
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    id={`${id}-${category}`}
                    checked={on}
                    onChange={(event) => onToggle(category, event.currentTarget.checked)}
                  />
                </div>
                <div className="utrecht-form-field__label">
                  <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${id}-${category}`}>
                    {label}
                  </label>
                </div>
              </div>
              {on && (
                <div className="baken-categories__why">
                  <TextAreaField label={t('disclosureForm.whyFor', { category: label })} name={`why.${category}`} required rows={2} maxLength={1000} error={whyError(category)} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
