// The safety plan: versioned, a draft signed off by a lead professional; a new
// version starts from the last one.
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format';
import { Heading2, Heading3 } from '../../../ui/Heading';
import { Fields } from './Fields';
import { GuidanceTips } from './GuidanceTips';
import { specs } from './fieldSpecs';
import type { CaseRecord } from './recordApi';
import { RecordSection } from './RecordSection';

interface SafetyPlan extends CaseRecord {
  version: number;
  reviewOn: string;
}

const SECTIONS = ['riskyNetwork', 'internetUse', 'abscondingRisk', 'possibleAddresses', 'parentContact', 'policeCooperation', 'staffSafety', 'agreementsYouth', 'agreementsParents'];

/** Three months from today: the usual review term. */
function inThreeMonths(): string {
  const d = new Date();
  d.setMonth(d.getMonth() + 3);
  return d.toISOString().slice(0, 10);
}

export function SafetyPlanPage() {
  const { t } = useTranslation();
  return (
    <div className="baken-work">
      <div className="baken-work__main">
        <Heading2>{t('safetyPlanPage.title')}</Heading2>
        <p className="utrecht-paragraph">{t('safetyPlanPage.intro')}</p>
        <RecordSection<SafetyPlan>
          kind="safetyPlan"
          path="safety-plans"
          title={t('recordKinds.safetyPlan.other')}
          fields={specs.safetyPlan()}
          signOff
          newDefaults={(plans) => {
            const latest = plans[0];
            return latest ? { ...Object.fromEntries(SECTIONS.map((s) => [s, latest[s]])), reviewOn: inThreeMonths() } : { reviewOn: inThreeMonths() };
          }}
          renderItem={(plan) => (
            <>
              <Heading3>
                {t('safetyPlanPage.version', { version: plan.version })} · {t('safetyPlanPage.reviewOn', { date: formatDate(plan.reviewOn) })}
              </Heading3>
              <Fields kind="safetyPlan" record={plan} names={SECTIONS} />
            </>
          )}
        />
      </div>
      <GuidanceTips place="safetyPlan" />
    </div>
  );
}
