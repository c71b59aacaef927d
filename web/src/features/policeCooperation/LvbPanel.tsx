// Beside the deliberation: what the file already says about a (suspected) LVB
// and trauma, read-only, because it decides what a police interview needs.
// Reading the screenings is a read of the file and is audited as such.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { optionLabel } from '../../i18n/labels';
import { StatusBadge } from '../../ui/Badge';
import { formatDate } from '../../ui/format';
import { useCaseFile } from '../caseFiles/CaseFileLayout';
import { optionText } from '../caseFiles/work/fieldSpecs';
import { useRecords, type CaseRecord } from '../caseFiles/work/recordApi';
import { useContentPack } from '../caseFiles/work/useContent';
import { LoadError, Loading } from '../../ui/States';

interface Screening extends CaseRecord {
  instrument: string;
  administeredOn: string;
  indication: string;
}

export function LvbPanel() {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  const screenings = useRecords<Screening>(youth.id, 'screenings');
  const instruments = useContentPack('instruments');
  const name = (code: string) => instruments.data?.screenings.find((s) => s.code === code)?.name ?? code;
  return (
    <section className="baken-tips" aria-labelledby="lvb-panel-title">
      <h2 className="utrecht-heading-3" id="lvb-panel-title">
        {t('policeReportDeliberation.screening.title')}
      </h2>
      <p className="utrecht-paragraph">
        {t('policeReportDeliberation.screening.lvb')}: <strong>{optionLabel(t, 'lvbIndications', youth.lvbIndication)}</strong>
      </p>
      <h3 className="utrecht-heading-4">{t('policeReportDeliberation.screening.screenings')}</h3>
      {screenings.isPending && <Loading />}
      {screenings.isError && <LoadError error={screenings.error} />}
      {screenings.data?.length === 0 && <p className="utrecht-paragraph baken-hint">{t('policeReportDeliberation.screening.none')}</p>}
      {screenings.data && screenings.data.length > 0 && (
        <ul className="baken-plain-list">
          {screenings.data.map((s) => (
            <li key={s.id}>
              {name(s.instrument)}, {formatDate(s.administeredOn)}{' '}
              <StatusBadge status={s.indication === 'clear' ? 'danger' : s.indication === 'possible' ? 'warning' : 'neutral'}>
                {optionText(t, 'screeningIndications', s.indication)}
              </StatusBadge>
            </li>
          ))}
        </ul>
      )}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={`/jongeren/${youth.id}/screening-en-risico`}>
          {t('policeReportDeliberation.screening.link')}
        </Link>
      </p>
    </section>
  );
}
