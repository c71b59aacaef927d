// Scaffold: the page's place in the file's navigation; its module fills it in.
import { useTranslation } from 'react-i18next';
import { Heading2 } from '../../ui/Heading';

export function ComenshaPage() {
  const { t } = useTranslation();
  return <Heading2>{t('fileNav.comensha')}</Heading2>;
}
