// Scaffold: the page's place in the menu and the router; its module fills it in.
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/Heading';

export function InspectionPage() {
  const { t } = useTranslation();
  return <PageHeading title={t('nav.inspection')}>{t('nav.inspection')}</PageHeading>;
}
