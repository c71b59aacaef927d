// Aftercare: the handover plan at the end of care, whether it names who keeps
// the youth in view afterwards (quality framework 2.7), and closing the file.
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format';
import { Heading2 } from '../../../ui/Heading';
import { useCaseFile } from '../CaseFileLayout';
import { Fields } from './Fields';
import { GuidanceTips } from './GuidanceTips';
import { specs } from './fieldSpecs';
import { useSingleton } from './recordApi';
import { SingletonSection } from './SingletonSection';
import { AftercareChecklist, missingAftercareContacts } from './carePlan/AftercareChecklist';
import { CloseFileSection } from './carePlan/CloseFileSection';
import type { Aftercare } from './carePlan/types';

export function AftercarePage() {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  // The same record the section below shows: one request, shared through the query cache.
  const plan = useSingleton<Aftercare>(youth.id, 'aftercare');
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
        {plan.isSuccess && (
          <>
            <AftercareChecklist plan={plan.data} />
            <CloseFileSection aftercareIncomplete={missingAftercareContacts(plan.data).length > 0} />
          </>
        )}
      </div>
      <GuidanceTips place="aftercare" />
    </div>
  );
}
