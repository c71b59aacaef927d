// Break the glass: in an emergency a professional outside the case team can
// open the file for a limited time, after stating why. The designated officer
// is alerted and reviews every use; the case team sees it in the file's log.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/http';
import { useSession } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button, ButtonGroup, ButtonLink } from '../../ui/Button';
import { ErrorSummary, TextAreaField } from '../../ui/Form';
import { PageHeading } from '../../ui/Heading';
import { useBreakTheGlass } from './api';

export function BreakGlassRequest({ youthId, message }: { youthId: string; message: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const breakGlass = useBreakTheGlass(youthId);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    breakGlass.mutate(String(new FormData(event.currentTarget).get('reason') ?? ''), { onError: setError });
  };
  return (
    <div className="baken-narrow">
      <PageHeading title={t('breakGlass.requestTitle')}>{t('breakGlass.requestTitle')}</PageHeading>
      <Alert kind="warning">
        <p className="utrecht-paragraph">{message}</p>
      </Alert>
      <p className="utrecht-paragraph">{t('breakGlass.requestIntro')}</p>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">{t('breakGlass.ruleReason')}</li>
        <li className="utrecht-unordered-list__item">{t('breakGlass.ruleLimited')}</li>
        <li className="utrecht-unordered-list__item">{t('breakGlass.ruleAlert')}</li>
        <li className="utrecht-unordered-list__item">{t('breakGlass.ruleReadOnly')}</li>
        <li className="utrecht-unordered-list__item">{t('breakGlass.ruleVisible')}</li>
      </ul>
      <ErrorSummary error={error} labels={{ reason: t('breakGlass.reason') }} />
      <form onSubmit={submit} noValidate className="baken-form">
        <TextAreaField
          label={t('breakGlass.reason')}
          name="reason"
          required
          description={t('breakGlass.reasonHint')}
          error={error?.field('reason')}
        />
        <ButtonGroup>
          <Button type="submit" appearance="danger" busy={breakGlass.isPending}>
            {t('breakGlass.submit')}
          </Button>
          <ButtonLink to="/jongeren" appearance="subtle">
            {t('common.cancel')}
          </ButtonLink>
        </ButtonGroup>
      </form>
      {session.data?.user && <p className="utrecht-paragraph baken-hint">{t('breakGlass.loggedAs', { name: session.data.user.displayName })}</p>}
    </div>
  );
}
