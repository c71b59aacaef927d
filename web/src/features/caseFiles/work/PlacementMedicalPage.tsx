// Placement and approach (is the youth in a group with related problems, and
// why; how the gender-sensitive approach shows in the plan) and the decisions
// on medical care at the start of care and after running away.
import { useTranslation } from 'react-i18next';
import { MEDICAL_TOPICS } from '../../../../../server/src/modules/caseFiles/caseFiles.options';
import { formatDate } from '../../../ui/format';
import { todayIso } from '../../../ui/calendar';
import { Heading2, Heading3 } from '../../../ui/Heading';
import { Fields } from './Fields';
import { GuidanceTips } from './GuidanceTips';
import { optionText, specs } from './fieldSpecs';
import type { CaseRecord } from './recordApi';
import { RecordSection } from './RecordSection';
import { SingletonSection } from './SingletonSection';

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
        <RecordSection<CaseRecord & { decidedOn: string; moment: string }>
          kind="medicalDecision"
          path="medical-decisions"
          title={t('medical.decisionsTitle')}
          fields={specs.medicalDecision(t)}
          newDefaults={() => ({ decidedOn: todayIso(), moment: 'startOfCare', ...Object.fromEntries(MEDICAL_TOPICS.map((topic) => [topic, 'offered'])) })}
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
