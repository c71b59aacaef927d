import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/Button';
import { PageHeading } from '../../ui/Heading';
import { ActivationLink } from './ActivationLink';
import { useCreateUser } from './api';
import { UserForm } from './UserForm';

export function NewUserPage() {
  const { t } = useTranslation();
  const create = useCreateUser();
  return (
    <div className="baken-narrow">
      <PageHeading title={t('users.new')}>{t('users.new')}</PageHeading>
      {create.data ? (
        <>
          <ActivationLink url={create.data.activationUrl} name={create.variables?.displayName ?? ''} />
          <ButtonLink to="/beheer/gebruikers">{t('users.backToList')}</ButtonLink>
        </>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('users.newIntro')}</p>
          <UserForm submitLabel={t('users.create')} busy={create.isPending} error={create.error} onSubmit={(input) => create.mutate(input)} />
        </>
      )}
    </div>
  );
}
