// The file's disclosures page: police requests by phone, then every
// disclosure of the youth's data from every source, each with where it went,
// why, on what ground and which data; one click to what was shared.
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { StatusBadge } from '../../ui/Badge';
import { ButtonLink, TextLink } from '../../ui/Button';
import { formatDateTime } from '../../ui/format';
import { Heading2 } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { useCaseFile } from '../caseFiles/CaseFileLayout';
import { GuidanceTips } from '../caseFiles/work/GuidanceTips';
import { useFileDisclosures } from './api';
import { categoryLabel, legalGroundLabel, recipientKindLabel, sourceLabel } from './labels';
import { PoliceRequestsSection } from './PoliceRequestsSection';
import { FileConferencesSection } from '../caseConferences/FileConferencesSection';
import './disclosures.css';

export function FileDisclosuresPage() {
  const { t } = useTranslation();
  const { youth, access } = useCaseFile();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;
  const disclosures = useFileDisclosures(youth.id);
  const base = `/jongeren/${youth.id}/verstrekkingen`;
  return (
    <div className="baken-work">
      <div className="baken-work__main">
        <Heading2>{t('fileDisclosures.title')}</Heading2>
        <p className="utrecht-paragraph">{t('fileDisclosures.intro')}</p>
        {saved && (
          <Alert kind="ok" takeFocus>
            {saved}
          </Alert>
        )}
        <PoliceRequestsSection />
        <section aria-labelledby="disclosures-list" className="baken-record-section">
          <Heading2 id="disclosures-list">{t('fileDisclosures.listTitle')}</Heading2>
          {access.canUpdate && (
            <p className="utrecht-paragraph">
              <ButtonLink to={`${base}/nieuw`}>{t('fileDisclosures.add')}</ButtonLink>
            </p>
          )}
          {disclosures.isPending && <Loading />}
          {disclosures.isError && <LoadError error={disclosures.error} />}
          {disclosures.data?.length === 0 && <EmptyState title={t('fileDisclosures.none')} />}
          {disclosures.data && disclosures.data.length > 0 && (
            <ol className="baken-records" aria-label={t('fileDisclosures.caption')}>
              {disclosures.data.map((d) => (
                <li key={d.id} className="baken-card baken-disclosure-card">
                  <h3 className="utrecht-heading-3">
                    <TextLink to={`${base}/${d.id}`}>
                      {formatDateTime(d.disclosedAt)}: {d.recipientName}
                      <span className="baken-visually-hidden">, {t('fileDisclosures.open')}</span>
                    </TextLink>
                  </h3>
                  <p className="baken-record__meta">
                    {sourceLabel(t, d.source)} · {recipientKindLabel(t, d.recipientKind)}{' '}
                    {d.delivered && <StatusBadge status="active">{t('fileDisclosures.deliveredYes')}</StatusBadge>}
                  </p>
                  <dl className="baken-dl baken-disclosure-card__facts">
                    <div>
                      <dt>{t('fileDisclosures.purpose')}</dt>
                      <dd className="baken-clamp">{d.purpose}</dd>
                    </div>
                    <div>
                      <dt>{t('fileDisclosures.legalGround')}</dt>
                      <dd>{legalGroundLabel(t, d.legalGround)}</dd>
                    </div>
                    <div>
                      <dt>{t('fileDisclosures.categories')}</dt>
                      <dd>
                        <ul className="baken-plain-list baken-category-why">
                          {d.categories.map((c) => (
                            <li key={c.category}>
                              <strong>{categoryLabel(t, c.category)}</strong>: {c.why}
                            </li>
                          ))}
                        </ul>
                      </dd>
                    </div>
                    <div>
                      <dt>{t('fileDisclosures.decidedBy')}</dt>
                      <dd>{d.decidedByName ?? '—'}</dd>
                    </div>
                    <div>
                      <dt>{t('fileDisclosures.youthInformed')}</dt>
                      <dd>{d.youthInformed ? t('records.yes') : t('records.no')}</dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ol>
          )}
        </section>
        <FileConferencesSection youthId={youth.id} />
      </div>
      <div className="baken-work__aside">
        <GuidanceTips place={['policeRequests', 'disclosures']} />
      </div>
    </div>
  );
}
