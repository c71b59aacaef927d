// Does the aftercare plan name who keeps the youth in view after care: the next
// provider, the district team and the local police officer (quality framework 2.7)?
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../../ui/Badge';
import { Heading2 } from '../../../../ui/Heading';
import type { Aftercare } from './types';

export const AFTERCARE_CONTACTS = ['nextProvider', 'districtTeam', 'localPoliceOfficer'] as const;

export function missingAftercareContacts(plan: Aftercare | null | undefined): string[] {
  return AFTERCARE_CONTACTS.filter((field) => !(plan?.[field] ?? '').trim());
}

export function AftercareChecklist({ plan }: { plan: Aftercare | null }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="aftercare-checklist" className="baken-record-section">
      <Heading2 id="aftercare-checklist">{t('aftercarePage.checklistTitle')}</Heading2>
      <p className="utrecht-paragraph">{t('aftercarePage.checklistIntro')}</p>
      <ul className="baken-checklist">
        {AFTERCARE_CONTACTS.map((field) => {
          const value = (plan?.[field] ?? '').trim();
          return (
            <li key={field} className={`baken-checklist__item ${value ? 'baken-checklist__item--done' : 'baken-checklist__item--open'}`}>
              <span className="baken-checklist__status">
                <StatusBadge status={value ? 'success' : 'warning'}>{value ? t('aftercarePage.named') : t('aftercarePage.notNamed')}</StatusBadge>
              </span>
              <span className="baken-checklist__text">
                <span className="baken-checklist__label">{t(`fields.aftercare.${field}`)}</span>
                {value && <span className="baken-checklist__value">{value}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
