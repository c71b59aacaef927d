// Aftercare: the handover plan at the end of care.
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format';
import { Heading2 } from '../../../ui/Heading';
import { Fields } from './Fields';
import { GuidanceTips } from './GuidanceTips';
import { specs } from './fieldSpecs';
import { SingletonSection } from './SingletonSection';

export function AftercarePage() {
  const { t } = useTranslation();
  return (
    <div className="baken-work">
      <div className="baken-work__main">
        <Heading2>{t('aftercarePage.title')}</Heading2>
        <p className="utrecht-paragraph">{t('aftercarePage.intro')}</p>
        <SingletonSection
          kind="aftercare"
          path="aftercare"
          title={t('recordKinds.aftercare.one')}
          fields={specs.aftercare()}
          render={(a) => (
            <Fields
              kind="aftercare"
              record={a}
              names={['nextProvider', 'districtTeam', 'localPoliceOfficer', 'warmHandoverOn', 'plan']}
              format={(n, v) => (n === 'warmHandoverOn' ? formatDate(String(v)) : String(v))}
            />
          )}
        />
      </div>
      <GuidanceTips place="aftercare" />
    </div>
  );
}
