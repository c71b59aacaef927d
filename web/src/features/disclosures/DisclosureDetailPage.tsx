// One disclosure of the file: where it went, why, on what ground, who decided,
// which kinds of data with why each, and what was shared: the content Baken
// produced (a police sheet, a CoMensha registration) section by section, or
// the summary typed in, and the photo that went along.
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { DataList } from '../../ui/DataList';
import { formatDateTime } from '../../ui/format';
import { Heading2 } from '../../ui/Heading';
import { LoadError, Loading } from '../../ui/States';
import { useCaseFile } from '../caseFiles/CaseFileLayout';
import { useFileDisclosure } from './api';
import { CategoryReasons, DisclosedContentView } from './DisclosedContentView';
import { legalGroundLabel, recipientKindLabel, secrecyLabel, sourceLabel } from './labels';
import './disclosures.css';
import { BackLink } from '../../ui/BackLink';

export function DisclosureDetailPage() {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  const { disclosureId = '' } = useParams();
  const disclosure = useFileDisclosure(youth.id, disclosureId);
  const back = `/jongeren/${youth.id}/verstrekkingen`;
  const d = disclosure.data;
  return (
    <div className="baken-disclosure-detail">
      <BackLink to={back}>{t('disclosureForm.back')}</BackLink>
      {disclosure.isPending && <Loading />}
      {disclosure.isError &&
        (disclosure.error.code === 'NOT_FOUND' ? <Alert kind="warning">{t('disclosureDetail.notFound')}</Alert> : <LoadError error={disclosure.error} />)}
      {d && (
        <>
          <Heading2>{t('disclosureDetail.of', { date: formatDateTime(d.disclosedAt) })}</Heading2>
          <DataList
            items={[
              { key: t('disclosureDetail.source'), value: sourceLabel(t, d.source) },
              { key: t('disclosureDetail.recipient'), value: d.recipientName },
              { key: t('disclosureDetail.recipientKind'), value: recipientKindLabel(t, d.recipientKind) },
              { key: t('disclosureDetail.delivered'), value: d.delivered ? t('fileDisclosures.deliveredYes') : t('fileDisclosures.deliveredNo') },
              { key: t('disclosureDetail.purpose'), value: <span className="baken-prewrap">{d.purpose}</span> },
              { key: t('disclosureDetail.legalGround'), value: legalGroundLabel(t, d.legalGround) },
              { key: t('disclosureDetail.secrecyGround'), value: secrecyLabel(t, d.secrecyGround) },
              ...(d.secrecyReasoning ? [{ key: t('disclosureDetail.secrecyReasoning'), value: <span className="baken-prewrap">{d.secrecyReasoning}</span> }] : []),
              { key: t('disclosureDetail.decidedBy'), value: d.decidedByName },
              { key: t('disclosureDetail.youthInformed'), value: d.youthInformed ? t('records.yes') : t('records.no') },
              ...(d.youthNotInformedReason ? [{ key: t('disclosureDetail.youthNotInformedReason'), value: <span className="baken-prewrap">{d.youthNotInformedReason}</span> }] : []),
              { key: t('disclosureDetail.recordedBy'), value: `${d.recordedByName ?? '—'}, ${formatDateTime(d.recordedAt)}` },
            ]}
          />
          <section aria-labelledby="disclosure-categories">
            <Heading2 id="disclosure-categories">{t('disclosureDetail.categoriesTitle')}</Heading2>
            <CategoryReasons categories={d.categories} />
          </section>
          <section aria-labelledby="disclosure-content" className="baken-disclosed-box">
            <Heading2 id="disclosure-content">{t('disclosureDetail.contentTitle')}</Heading2>
            {d.hasPhoto && (
              <figure className="baken-disclosed__photo">
                <img src={`/api/youths/${youth.id}/disclosures/${d.id}/photo`} alt={t('disclosureDetail.photoAlt')} />
                <figcaption>{t('disclosureDetail.photoTitle')}</figcaption>
              </figure>
            )}
            {d.content ? (
              <DisclosedContentView content={d.content} />
            ) : d.summary ? (
              <p className="utrecht-paragraph baken-prewrap">{d.summary}</p>
            ) : (
              <p className="utrecht-paragraph baken-hint">{t('disclosureDetail.noContent')}</p>
            )}
          </section>
        </>
      )}
    </div>
  );
}
