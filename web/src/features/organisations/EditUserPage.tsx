// One account: name, roles and teams; and its access: deactivate (ends every
// session at once), reactivate, or reset the password and second factor.
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button, ButtonGroup } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Heading2, PageHeading } from '../../ui/Heading';
import { LoadError, Loading } from '../../ui/States';
import { ActivationLink } from './ActivationLink';
import { useUpdateUser, useUserAccessAction, useUsers } from './api';
import { UserForm } from './UserForm';

type AccessAction = 'deactivate' | 'reactivate' | 'reset-access';

export function EditUserPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const users = useUsers();
  const update = useUpdateUser(id);
  const access = useUserAccessAction(id);
  const [confirming, setConfirming] = useState<AccessAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (users.isPending) return <Loading />;
  if (users.isError) return <LoadError error={users.error} />;
  const user = users.data.find((u) => u.id === id);
  if (!user) return <Alert kind="warning">{t('users.notFound')}</Alert>;
  const self = user.id === session.data?.user?.id;

  const run = (action: AccessAction) =>
    access.mutate(action, {
      onSuccess: () => setNotice(t(`users.done.${action === 'reset-access' ? 'resetAccess' : action}`, { name: user.displayName })),
      onSettled: () => setConfirming(null),
    });

  return (
    <div className="baken-narrow">
      <PageHeading title={t('users.documentTitle')}>{user.displayName}</PageHeading>
      <p className="utrecht-paragraph">{user.email}</p>
      {notice && <Alert kind="ok" takeFocus key={notice}>{notice}</Alert>}
      {access.data?.activationUrl && <ActivationLink url={access.data.activationUrl} name={user.displayName} />}
      {access.error && <Alert kind="error">{access.error.message}</Alert>}
      <UserForm
        initial={user}
        submitLabel={t('common.save')}
        busy={update.isPending}
        error={update.error}
        onSubmit={({ displayName, roles, teamIds }) =>
          update.mutate({ displayName, roles, teamIds }, { onSuccess: () => void navigate('/beheer/gebruikers') })
        }
      />
      {!self && (
        <section aria-labelledby="access-heading" className="baken-section">
          <Heading2 id="access-heading">{t('users.accessTitle')}</Heading2>
          <p className="utrecht-paragraph">{user.active ? t('users.accessIntroActive') : t('users.accessIntroInactive')}</p>
          <ButtonGroup>
            {user.active ? (
              <Button appearance="danger" onClick={() => setConfirming('deactivate')}>
                {t('users.deactivate')}
              </Button>
            ) : (
              <Button onClick={() => run('reactivate')} busy={access.isPending}>
                {t('users.reactivate')}
              </Button>
            )}
            <Button onClick={() => setConfirming('reset-access')}>{t('users.resetAccess')}</Button>
          </ButtonGroup>
        </section>
      )}
      <ConfirmDialog
        open={confirming === 'deactivate' || confirming === 'reset-access'}
        title={confirming === 'deactivate' ? t('users.confirmDeactivateTitle', { name: user.displayName }) : t('users.confirmResetTitle', { name: user.displayName })}
        confirmLabel={confirming === 'deactivate' ? t('users.deactivate') : t('users.resetAccess')}
        busy={access.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => confirming && run(confirming)}
      >
        <p className="utrecht-paragraph">{confirming === 'deactivate' ? t('users.confirmDeactivate') : t('users.confirmReset')}</p>
      </ConfirmDialog>
    </div>
  );
}
