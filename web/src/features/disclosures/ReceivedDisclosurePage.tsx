// One received disclosure, exactly as it was disclosed: the sheet and the photo
// first, then the handover (from whom, on what ground, decided by whom, when)
// with the kinds of data and why each was needed, and a PDF to print at the
// desk. Opening it is recorded in the unit's audit trail.
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { DataList } from '../../ui/DataList';
import { formatDateTime } from '../../ui/format';
import { Heading2, Heading3, PageHeading } from '../../ui/Heading';
import { LoadError, Loading } from '../../ui/States';
import { useReceivedOne } from './api';
import { CategoryReasons, DisclosedContentView } from './DisclosedContentView';
import { legalGroundLabel, sourceLabel } from './labels';
import './disclosures.css';
import { BackLink } from '../../ui/BackLink';

export function ReceivedDisclosurePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const receipt = useReceivedOne(id);
  const r = receipt.data;
  return (
    <>
      <BackLink to="/ontvangen">{t('received.back')}</BackLink>
      {receipt.isPending && <Loading />}
      {receipt.isError && (
        <>
          <PageHeading title={t('received.detailTitle')}>{t('received.detailTitle')}</PageHeading>
          {receipt.error.code === 'NOT_FOUND' ? <Alert kind="warning">{t('received.notFound')}</Alert> : <LoadError error={receipt.error} />}
        </>
      )}
      {r && (
        <article className="baken-receipt">
          <p className="baken-pre-heading">{t('received.detailTitle')}</p>
          {/* The name is the heading, never the document title: it would land in the browser's history. */}
          <PageHeading title={t('received.detailTitle')}>{r.subjectName}</PageHeading>
          <p className="utrecht-paragraph baken-no-print">
            <a className="utrecht-link utrecht-link--html-a" href={`/api/received-disclosures/${r.id}/pdf`} target="_blank" rel="noopener noreferrer">
              {t('received.pdf')}
            </a>
          </p>
          {/* What the officer came for first: the sheet and the photo. The handover
              details below are the legal record and stay on the page, not folded away. */}
          <div className="baken-receipt__head">
            <section aria-labelledby="receipt-content" className="baken-disclosed-box">
              <Heading2 id="receipt-content">{t('received.contentTitle')}</Heading2>
              <DisclosedContentView content={r.content} />
            </section>
            {r.hasPhoto && (
              <figure className="baken-disclosed__photo">
                <img src={`/api/received-disclosures/${r.id}/photo`} alt={t('received.photoAlt', { name: r.subjectName })} />
              </figure>
            )}
          </div>
          <section aria-labelledby="receipt-about" className="baken-section">
            <Heading2 id="receipt-about">{t('received.aboutTitle')}</Heading2>
            <DataList
              items={[
                { key: t('received.from'), value: r.sourceOrganisationName },
                { key: t('received.phone247'), value: r.sourcePhone247 ? <a className="utrecht-link" href={`tel:${r.sourcePhone247.replace(/[^+0-9]/g, '')}`}>{r.sourcePhone247}</a> : t('received.noPhone') },
                { key: t('received.kind'), value: sourceLabel(t, r.kind) },
                { key: t('received.purpose'), value: <span className="baken-prewrap">{r.purpose}</span> },
                { key: t('received.legalGround'), value: legalGroundLabel(t, r.legalGround) },
                { key: t('received.decidedBy'), value: r.decidedByName },
                { key: t('received.disclosedAt'), value: formatDateTime(r.disclosedAt) },
                { key: t('received.receivedAt'), value: formatDateTime(r.receivedAt) },
                { key: t('received.firstViewedAt'), value: r.firstViewedAt ? formatDateTime(r.firstViewedAt) : null },
              ]}
            />
            <Heading3 id="receipt-categories">{t('received.categoriesTitle')}</Heading3>
            <CategoryReasons categories={r.categories} />
          </section>
        </article>
      )}
    </>
  );
}
