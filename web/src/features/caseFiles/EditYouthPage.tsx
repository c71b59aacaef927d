import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Heading2 } from '../../ui/Heading';
import { useUpdateYouth } from './api';
import { useCaseFile } from './CaseFileLayout';
import { YouthForm } from './YouthForm';

export function EditYouthPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { youth, access } = useCaseFile();
  const update = useUpdateYouth(youth.id);
  if (!access.canUpdate) return <Alert kind="warning">{t('caseFile.readOnly')}</Alert>;
  return (
    <div className="baken-narrow">
      <Heading2>{t('caseFile.edit')}</Heading2>
      <YouthForm
        initial={youth}
        sectionLevel={3}
        submitLabel={t('common.save')}
        cancelTo={`/jongeren/${youth.id}`}
        busy={update.isPending}
        error={update.error}
        onSubmit={(input) => update.mutate(input, { onSuccess: () => void navigate(`/jongeren/${youth.id}`, { state: { notice: 'updated' } }) })}
      />
    </div>
  );
}
