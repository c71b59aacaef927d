// The safety plan: versioned, a draft signed off by a lead professional; a new
// version starts from the last one. The plan comes first, the youth's photo
// after it; each version can be printed as PDF, and below the plan stands what
// the network analysis holds, so the plan's risky network and addresses can be
// checked against it.
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format';
import { Heading2, Heading3 } from '../../../ui/Heading';
import { useCaseFile } from '../CaseFileLayout';
import { Fields } from './Fields';
import { GuidanceTips } from './GuidanceTips';
import { specs } from './fieldSpecs';
import type { CaseRecord } from './recordApi';
import { RecordSection } from './RecordSection';
import { NetworkPanel } from './safetyPlan/NetworkPanel';
import { PhotoPanel } from './safetyPlan/PhotoPanel';

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

/**
 * Opens the version's PDF in a new tab. A plain link, not a fetch: the browser's
 * own viewer shows and prints it, and the server records the printing.
 */
function PrintLink({ youthId, plan }: { youthId: string; plan: SafetyPlan }) {
  const { t } = useTranslation();
  return (
    <p className="utrecht-paragraph baken-print-link">
      <a className="utrecht-link utrecht-link--html-a" href={`/api/youths/${youthId}/safety-plans/${plan.id}/pdf`} target="_blank" rel="noopener noreferrer">
        {t('safetyPlanPage.print')}
        <span className="baken-visually-hidden">, {t('safetyPlanPage.printFor', { version: plan.version })}</span>
      </a>
    </p>
  );
}

export function SafetyPlanPage() {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
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
              <PrintLink youthId={youth.id} plan={plan} />
              <Fields kind="safetyPlan" record={plan} names={SECTIONS} />
            </>
          )}
        />
        <PhotoPanel />
      </div>
      <div className="baken-work__aside">
        <NetworkPanel />
        <GuidanceTips place="safetyPlan" />
      </div>
    </div>
  );
}
