// On the start page: for the quality officer, the registrations that expire
// within 60 days or have expired, and the policies due for review; for a
// colleague who works in case files, a reminder when their own registration
// expires soon. Nothing to show, nothing shown.
import { useTranslation } from 'react-i18next';
import { can, useSession } from '../../../app/session';
import { TextLink } from '../../../ui/Button';
import { formatDate } from '../../../ui/format';
import { Heading2 } from '../../../ui/Heading';
import { LoadError } from '../../../ui/States';
import { usePolicyReminders } from '../policies/api';
import { ReviewBadge } from '../policies/PolicyStatus';
import { useExpiryReminders, useOwnExpertise } from './api';
import { ExpiryText, registerName } from './ExpertisePage';

function ManagerReminders() {
  const { t } = useTranslation();
  const expiry = useExpiryReminders();
  const reviews = usePolicyReminders();
  return (
    <>
      {expiry.isError && <LoadError error={expiry.error} />}
      {expiry.data && expiry.data.length > 0 && (
        <section aria-labelledby="expiry-reminders" className="baken-section">
          <Heading2 id="expiry-reminders">{t('expertise.reminders.title')}</Heading2>
          <ul className="baken-step-links">
            {expiry.data.map((r) => (
              <li key={r.registrationId} className="baken-step-links__attention">
                <TextLink to={`/kwaliteit/deskundigheid?medewerker=${r.userId}`}>{r.displayName}</TextLink>
                <span className="baken-step-links__status">
                  {registerName(t, r)}, {formatDate(r.expiresOn)}: <ExpiryText days={r.daysToExpiry} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {reviews.isError && <LoadError error={reviews.error} />}
      {reviews.data && reviews.data.length > 0 && (
        <section aria-labelledby="review-reminders" className="baken-section">
          <Heading2 id="review-reminders">{t('policies.reminders.title')}</Heading2>
          <ul className="baken-step-links">
            {reviews.data.map((p) => (
              <li key={p.id} className="baken-step-links__attention">
                <TextLink to={`/protocollen?stuk=${p.id}`}>{p.title}</TextLink>
                <span className="baken-step-links__status">
                  {t(`policies.kinds.${p.kind}`)}, {formatDate(p.reviewOn)} <ReviewBadge review={p.review} days={p.daysToReview} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function OwnReminder() {
  const { t } = useTranslation();
  const own = useOwnExpertise();
  if (!own.data || own.data.reminders.length === 0) return null;
  return (
    <section aria-labelledby="own-expiry" className="baken-section">
      <Heading2 id="own-expiry">{t('expertise.reminders.own')}</Heading2>
      <ul className="baken-step-links">
        {own.data.reminders.map((r) => (
          <li key={r.registrationId} className="baken-step-links__attention">
            <strong>
              {registerName(t, r)}, {formatDate(r.expiresOn)}
            </strong>
            <span className="baken-step-links__status">
              <ExpiryText days={r.daysToExpiry} />. {t('expertise.reminders.ownIntro')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function QualityReminders() {
  const session = useSession();
  if (can(session.data, 'quality.manage')) return <ManagerReminders />;
  if (can(session.data, 'caseData.access')) return <OwnReminder />;
  return null;
}
