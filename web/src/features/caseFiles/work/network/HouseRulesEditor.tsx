// One team's house rules as the organisation admin writes them (Teams page).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../api/http';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { ErrorSummary, FieldIdScope, TextAreaField } from '../../../../ui/Form';
import { formatDate } from '../../../../ui/format';
import { Heading3 } from '../../../../ui/Heading';
import { HOUSE_RULES_MAX_LENGTH } from '../../../../../../server/src/modules/caseFiles/visitors/houseRules.options';
import { useSaveHouseRules, type TeamHouseRules } from './houseRulesApi';

export function HouseRulesEditor({ team, current }: { team: { id: string; name: string }; current: TeamHouseRules | undefined }) {
  const { t, i18n } = useTranslation();
  const save = useSaveHouseRules();
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(0);
  const label = t('houseRules.field', { team: team.name });
  const headingId = `house-rules-team-${team.id}`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const rules = String(new FormData(event.currentTarget).get('rules') ?? '');
    save.mutate({ teamId: team.id, rules }, { onSuccess: () => setSaved((n) => n + 1), onError: setError });
  };
  return (
    <section aria-labelledby={headingId} className="baken-card baken-house-rules-editor">
      <Heading3 id={headingId}>{team.name}</Heading3>
      <FieldIdScope scope={`house-rules-${team.id}`}>
        {saved > 0 && !error && (
          <Alert kind="ok" takeFocus key={saved}>
            {t('houseRules.saved', { team: team.name })}
          </Alert>
        )}
        <ErrorSummary error={error} labels={{ rules: label }} />
        <form onSubmit={submit} noValidate className="baken-form">
          <TextAreaField
            label={label}
            name="rules"
            rows={8}
            required
            defaultValue={current?.rules ?? ''}
            description={
              <>
                {t('houseRules.fieldHint', { max: new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL').format(HOUSE_RULES_MAX_LENGTH) })}{' '}
                {current ? t('houseRules.updatedOn', { date: formatDate(current.updatedAt) }) : t('houseRules.notYet')}
              </>
            }
            error={error?.field('rules')}
          />
          <Button type="submit" appearance="primary" busy={save.isPending}>
            {t('houseRules.save')}
          </Button>
        </form>
      </FieldIdScope>
    </section>
  );
}
