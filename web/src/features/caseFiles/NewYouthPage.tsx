import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/Heading';
import { useCreateYouth } from './api';
import { YouthForm } from './YouthForm';

export function NewYouthPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateYouth();
  return (
    <div className="baken-narrow">
      <PageHeading title={t('youths.new')}>{t('youths.new')}</PageHeading>
      <p className="utrecht-paragraph">{t('youths.newIntro')}</p>
      <YouthForm
        submitLabel={t('youths.create')}
        cancelTo="/jongeren"
        busy={create.isPending}
        error={create.error}
        onSubmit={(input) =>
          create.mutate(input, { onSuccess: ({ id }) => void navigate(`/jongeren/${id}`, { state: { notice: 'created' } }) })
        }
      />
    </div>
  );
}
