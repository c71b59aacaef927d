// Placement and approach (is the youth in a group with related problems, and
// why; how the gender-sensitive approach shows in the plan) and the decisions
// on medical care at the start of care and after running away (quality
// framework 3.1), with a notice while the decision at the start is missing.
import { useTranslation } from 'react-i18next';
import { MEDICAL_TOPICS } from '../../../../../server/src/modules/caseFiles/caseFiles.options';
import { Alert } from '../../../ui/Alert';
import { formatDate } from '../../../ui/format';
import { todayIso } from '../../../ui/calendar';
import { Heading2, Heading3 } from '../../../ui/Heading';
import { useCaseFile } from '../CaseFileLayout';
import { Fields } from './Fields';
import { GuidanceTips } from './GuidanceTips';
import { optionText, specs } from './fieldSpecs';
import { useRecords } from './recordApi';
import { RecordSection } from './RecordSection';
import { SingletonSection } from './SingletonSection';
import type { MedicalDecision } from './carePlan/types';

const MEDICAL_PATH = 'medical-decisions';

/** Where the file stands on 3.1: the decision at the start of care, and how many after running away. */
function MedicalStatus() {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  // The same list the section below shows: one request, shared through the query cache.
  const decisions = useRecords<MedicalDecision>(youth.id, MEDICAL_PATH);
  if (!decisions.isSuccess) return null;
  // Newest first (decided_on DESC): the last in the list is the first decision.
  const atStart = decisions.data.filter((d) => d.moment === 'startOfCare').at(-1);
  const afterMissing = decisions.data.filter((d) => d.moment === 'afterMissing').length;
  return (
    <>
      {atStart ? (
        <p className="utrecht-paragraph">{t('medical.startDone', { date: formatDate(atStart.decidedOn) })}</p>
      ) : (
        // On a closed file nothing can be added any more: then it is a fact to know, not a task.
        <Alert kind={youth.closedOn ? 'info' : 'warning'} title={t('medical.startMissingTitle')}>
          <p className="utrecht-paragraph">{t('medical.startMissing')}</p>
        </Alert>
      )}
      {afterMissing > 0 && <p className="utrecht-paragraph">{t('medical.afterMissing', { count: afterMissing })}</p>}
    </>
  );
}

export function PlacementMedicalPage() {
  const { t } = useTranslation();
  return (
    <div className="baken-work">
      <div className="baken-work__main">
        <Heading2>{t('medical.title')}</Heading2>
        <SingletonSection
          kind="placement"
          path="placement"
          title={t('medical.placementTitle')}
          fields={specs.placement(t)}
          render={(p) => (
            <Fields
              kind="placement"
              record={p}
              names={['careStartedOn', 'groupComposition', 'reasoning', 'genderSensitiveApproach']}
              format={(n, v) => (n === 'careStartedOn' ? formatDate(String(v)) : n === 'groupComposition' ? optionText(t, 'groupCompositions', v) : String(v))}
            />
          )}
        />
        <RecordSection<MedicalDecision>
          kind="medicalDecision"
          path={MEDICAL_PATH}
          title={t('medical.decisionsTitle')}
          intro={
            <>
              <p className="utrecht-paragraph">{t('medical.decisionsIntro')}</p>
              <MedicalStatus />
            </>
          }
          fields={specs.medicalDecision(t)}
          // The first decision is the one at the start of care; after that, most follow a missing episode.
          newDefaults={(existing) => ({
            decidedOn: todayIso(),
            moment: existing.some((d) => d.moment === 'startOfCare') ? 'afterMissing' : 'startOfCare',
            ...Object.fromEntries(MEDICAL_TOPICS.map((topic) => [topic, 'offered'])),
          })}
          renderItem={(m) => (
            <>
              <Heading3>
                {formatDate(m.decidedOn)} · {optionText(t, 'medicalMoments', m.moment)}
              </Heading3>
              <Fields kind="medicalDecision" record={m} names={[...MEDICAL_TOPICS, 'reasoning', 'outcome']} format={(n, v) => ((MEDICAL_TOPICS as readonly string[]).includes(n) ? optionText(t, 'medicalDecisions', v) : String(v))} />
            </>
          )}
        />
      </div>
      <GuidanceTips place="medical" />
    </div>
  );
}
