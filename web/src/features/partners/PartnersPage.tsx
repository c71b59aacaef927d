// The partners page: "who do I call?" at the top (the organisation's own
// contacts and the police), then the directory per kind, the covenants and
// the tips from the guidance documents.
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Alert } from '../../ui/Alert';
import { TextLink } from '../../ui/Button';
import { PageHeading } from '../../ui/Heading';
import { GuidanceTips } from '../caseFiles/work/GuidanceTips';
import { PartnerDirectory } from './PartnerDirectory';
import { WhoToCall } from './WhoToCall';
import './partners.css';

export function PartnersPage() {
  const { t } = useTranslation();
  const notice = ((useLocation().state ?? {}) as { notice?: string }).notice;
  return (
    <>
      <PageHeading title={t('partners.title')}>{t('partners.title')}</PageHeading>
      {notice && (
        <Alert kind="ok" takeFocus>
          {notice}
        </Alert>
      )}
      <p className="utrecht-paragraph">{t('partners.intro')}</p>
      <div className="baken-work">
        <div>
          <WhoToCall />
          <PartnerDirectory />
          <p className="utrecht-paragraph">
            <TextLink to="/partners/convenanten">{t('partners.toCovenants')}</TextLink>
          </p>
        </div>
        <GuidanceTips place="partners" />
      </div>
    </>
  );
}
