// The house rules of the user's teams, at the top of the Visits page: a panel
// to show a visitor on screen or to print and hand over.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../ui/Button';
import { formatDate } from '../../../../ui/format';
import { Heading3 } from '../../../../ui/Heading';
import { LoadError, Loading } from '../../../../ui/States';
import { useMyHouseRules, type TeamHouseRules } from './houseRulesApi';
import { printPart } from './printPart';

export function HouseRulesPanels() {
  const { t } = useTranslation();
  const rules = useMyHouseRules();
  if (rules.isPending) return <Loading />;
  if (rules.isError) return <LoadError error={rules.error} />;
  if (rules.data.length === 0) return <p className="utrecht-paragraph baken-house-rules__none">{t('houseRules.noneForMyTeams')}</p>;
  return (
    <>
      {rules.data.map((r) => (
        <HouseRulesPanel key={r.teamId} rules={r} />
      ))}
    </>
  );
}

function HouseRulesPanel({ rules }: { rules: TeamHouseRules }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const headingId = `house-rules-${rules.teamId}`;
  return (
    <section aria-labelledby={headingId} className="baken-house-rules" ref={ref}>
      <Heading3 id={headingId}>{t('houseRules.panelTitle', { team: rules.teamName })}</Heading3>
      <p className="utrecht-paragraph baken-house-rules__staff-note">{t('houseRules.panelIntro')}</p>
      <p className="utrecht-paragraph baken-house-rules__rules baken-prewrap">{rules.rules}</p>
      <p className="baken-record__meta">{t('houseRules.updatedOn', { date: formatDate(rules.updatedAt) })}</p>
      <Button appearance="secondary" onClick={() => printPart(ref.current)}>
        {t('houseRules.print')}
      </Button>
    </section>
  );
}
