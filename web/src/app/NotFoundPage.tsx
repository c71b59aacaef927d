import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/Heading';
import { TextLink } from '../ui/Button';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('errors.pageNotFoundTitle')}>{t('errors.pageNotFoundTitle')}</PageHeading>
      <p className="utrecht-paragraph">{t('errors.pageNotFound')}</p>
      <p className="utrecht-paragraph">
        <TextLink to="/">{t('nav.home')}</TextLink>
      </p>
    </>
  );
}
