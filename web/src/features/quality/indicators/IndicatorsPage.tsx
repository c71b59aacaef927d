// The indicator dashboard (/kwaliteit/indicatoren): per core element of the
// quality framework, each indicator Baken computes from the case files, with
// the share of files meeting it, the trend over twelve months (a chart with a
// table beside it) and the files not meeting it that this viewer may open;
// files the viewer may not open are only a count. Indicators the files cannot
// answer are in the self-assessment.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../ui/Button';
import { formatDate, formatTime } from '../../../ui/format';
import { Heading2, PageHeading } from '../../../ui/Heading';
import { Cell, Row, Table } from '../../../ui/Table';
import { EmptyState, LoadError, Loading } from '../../../ui/States';
import { useQualityFramework, type QualityFramework } from '../selfAssessment/api';
import { nameOf } from '../selfAssessment/words';
import { INDICATORS_CSV_URL, percent, useIndicators, type IndicatorFigure, type IndicatorsOutput } from './api';
import { TrendChart } from './TrendChart';
import './indicators.css';
import { BackLink } from '../../../ui/BackLink';

/** The stable in-page id of one indicator's section, from its ref (2.1-i1 → indicator-2_1-i1), so the overview and outside links can point at it. */
const anchor = (ref: string) => `indicator-${ref.replace(/\./g, '_')}`;

interface ElementIndicators {
  element: QualityFramework['coreElements'][number];
  indicators: { figure: IndicatorFigure; text: string }[];
}

/** One row per indicator in the order of the sections below, so the long page can be scanned and jumped through. */
function Overview({ elements }: { elements: ElementIndicators[] }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="utrecht-paragraph">{t('indicators.overview.intro')}</p>
      <Table caption={t('indicators.overview.caption')} head={[t('indicators.overview.indicator'), t('indicators.overview.share'), t('indicators.overview.count')]} stack>
        {elements.flatMap(({ indicators }) =>
          indicators.map(({ figure }) => {
            const share = percent(figure.share);
            const staff = figure.unit === 'staff';
            return (
              <Row key={figure.ref}>
                <Cell header>
                  <a className="utrecht-link" href={`#${anchor(figure.ref)}`}>
                    {figure.ref} {t(`indicators.short.${figure.code}`)}
                  </a>
                </Cell>
                <Cell>{share === null ? <abbr title={t('indicators.overview.notApplicableLabel')}>{t('indicators.overview.notApplicable')}</abbr> : `${share}%`}</Cell>
                <Cell>{t(staff ? 'indicators.overview.countStaff' : 'indicators.overview.countFiles', { met: figure.met, count: figure.population })}</Cell>
              </Row>
            );
          }),
        )}
      </Table>
    </>
  );
}

function NotMet({ figure }: { figure: IndicatorFigure }) {
  const { t } = useTranslation();
  const { files, openable, hidden } = figure.notMet;
  if (figure.unit === 'staff') {
    const missing = figure.population - figure.met;
    return missing === 0 ? null : (
      <p className="utrecht-paragraph">
        {t('indicators.notMet.staff', { count: missing })} <TextLink to="/kwaliteit/deskundigheid">{t('indicators.notMet.staffLink')}</TextLink>
      </p>
    );
  }
  if (openable + hidden === 0) return <p className="utrecht-paragraph">{t('indicators.notMet.none')}</p>;
  return (
    <div className="baken-indicator-notmet">
      <p className="utrecht-paragraph baken-indicator-notmet__title">
        <strong>{t('indicators.notMet.title')}</strong>
      </p>
      {files.length > 0 && (
        <ul className="utrecht-unordered-list">
          {files.map((f) => (
            <li key={f.youthId} className="utrecht-unordered-list__item">
              <Link className="utrecht-link" to={`/jongeren/${f.youthId}`}>
                {f.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {openable > files.length && <p className="utrecht-paragraph">{t('indicators.notMet.more', { count: openable - files.length, shown: files.length })}</p>}
      {hidden > 0 && <p className="utrecht-paragraph">{openable === 0 ? t('indicators.notMet.hiddenOnly', { count: hidden }) : t('indicators.notMet.hidden', { count: hidden })}</p>}
    </div>
  );
}

function IndicatorSection({ figure, text, months }: { figure: IndicatorFigure; text: string; months: string[] }) {
  const { t } = useTranslation();
  const share = percent(figure.share);
  const staff = figure.unit === 'staff';
  return (
    <section className="baken-indicator" aria-labelledby={anchor(figure.ref)}>
      {/* Focusable from a link only, so following an overview link also moves a keyboard user's place here. */}
      <h3 className="utrecht-heading-3 baken-indicator__heading" id={anchor(figure.ref)} tabIndex={-1}>
        {figure.ref} {text}
      </h3>
      {share === null ? (
        <p className="utrecht-paragraph baken-indicator__figure">{t(staff ? 'indicators.noPopulationStaff' : 'indicators.noPopulation')}</p>
      ) : (
        <p className="utrecht-paragraph baken-indicator__figure">
          <span className="baken-indicator__percent">{share}%</span> {t(staff ? 'indicators.shareStaff' : 'indicators.share', { met: figure.met, count: figure.population, percent: share })}
        </p>
      )}
      <p className="utrecht-paragraph baken-hint">
        <strong>{t('indicators.countedHow')}:</strong> {t(`indicators.how.${figure.code}`, { days: figure.graceDays })}
      </p>
      <TrendChart figure={figure} months={months} title={`${figure.ref} ${text}`} />
      <NotMet figure={figure} />
    </section>
  );
}

function Dashboard({ data, framework }: { data: IndicatorsOutput; framework: QualityFramework }) {
  const { t } = useTranslation();
  const figures = new Map(data.indicators.map((f) => [f.ref, f]));
  const elements: ElementIndicators[] = framework.coreElements
    .map((element) => ({ element, indicators: element.indicators.flatMap((i) => (figures.has(i.ref) ? [{ figure: figures.get(i.ref)!, text: nameOf(i) }] : [])) }))
    .filter((e) => e.indicators.length > 0);
  return (
    <>
      <Overview elements={elements} />
      <nav aria-labelledby="indicators-nav" className="baken-indicators-nav">
        <p className="utrecht-paragraph" id="indicators-nav">
          <strong>{t('indicators.elementsNav')}</strong>
        </p>
        <ul className="utrecht-unordered-list">
          {elements.map(({ element }) => (
            <li key={element.ref} className="utrecht-unordered-list__item">
              <a className="utrecht-link" href={`#element-${element.ref.replace('.', '_')}`}>
                {element.ref} {nameOf(element)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {elements.map(({ element, indicators }) => (
        <section key={element.ref} className="baken-section" aria-labelledby={`element-${element.ref.replace('.', '_')}`}>
          <Heading2 id={`element-${element.ref.replace('.', '_')}`}>
            {element.ref} {nameOf(element)}
          </Heading2>
          {indicators.map(({ figure, text }) => (
            <IndicatorSection key={figure.ref} figure={figure} text={text} months={data.months} />
          ))}
        </section>
      ))}
    </>
  );
}

export function IndicatorsPage() {
  const { t } = useTranslation();
  const indicators = useIndicators();
  const framework = useQualityFramework();
  const data = indicators.data;
  return (
    <>
      <PageHeading title={t('indicators.title')}>{t('indicators.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('indicators.intro')}</p>
      <BackLink to="/kwaliteit">{t('indicators.toQuality')}</BackLink>
      <p className="utrecht-paragraph baken-indicators-note">
        {t('indicators.selfAssessmentNote')} <TextLink to="/kwaliteit/zelfevaluatie">{t('indicators.selfAssessmentLink')}</TextLink>
      </p>
      {(indicators.isPending || framework.isPending) && <Loading />}
      {indicators.isError && <LoadError error={indicators.error} />}
      {framework.isError && <LoadError error={framework.error} />}
      {data && framework.data && (
        <>
          <p className="utrecht-paragraph baken-hint">
            {t('indicators.computedAt', { date: formatDate(new Intl.DateTimeFormat('sv-SE').format(new Date(data.computedAt))), time: formatTime(data.computedAt), count: data.openFiles })}
          </p>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href={INDICATORS_CSV_URL} download>
              {t('indicators.csv')}
            </a>
          </p>
          {data.openFiles === 0 ? (
            <EmptyState title={t('indicators.noFiles')}>
              <p className="utrecht-paragraph">{t('indicators.noFilesText')}</p>
            </EmptyState>
          ) : (
            <Dashboard data={data} framework={framework.data} />
          )}
        </>
      )}
    </>
  );
}
