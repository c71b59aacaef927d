import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rolesByOrganisationKind, type OrganisationKind } from '../../../../server/src/platform/authz/roles';
import type { ApiError } from '../../api/http';
import type { User } from '../../api/types';
import { useSession } from '../../app/session';
import { Button, ButtonGroup, ButtonLink } from '../../ui/Button';
import { CheckboxGroup, ErrorSummary, TextField, formValues } from '../../ui/Form';
import { LoadError, Loading } from '../../ui/States';
import { roleLabel } from '../../i18n/labels';
import { useTeams, type UserInput } from './api';

export function UserForm({
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
}: {
  initial?: User;
  submitLabel: string;
  busy: boolean;
  error: ApiError | null;
  onSubmit: (input: UserInput) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const teams = useTeams();
  const kind = (session.data?.user?.organisation.kind ?? 'provider') as OrganisationKind;
  const roles = rolesByOrganisationKind[kind] ?? [];
  const labels = { email: t('users.email'), displayName: t('users.name'), roles: t('users.roles'), teamIds: t('users.teams') };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(formValues(event.currentTarget, ['roles', 'teamIds']) as unknown as UserInput);
  };
  if (teams.isPending) return <Loading />;
  // Without the teams the form would send an empty team list and unlink the user from all of them.
  if (teams.isError) return <LoadError error={teams.error} />;
  return (
    <>
      <ErrorSummary error={error} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form">
        {!initial && <TextField label={labels.email} name="email" type="email" required autoComplete="off" error={error?.field('email')} />}
        <TextField label={labels.displayName} name="displayName" required autoComplete="off" defaultValue={initial?.displayName} error={error?.field('displayName')} />
        <CheckboxGroup
          legend={labels.roles}
          name="roles"
          description={t('users.rolesHint')}
          options={roles.map((role) => ({ value: role, label: `${roleLabel(t, role)} — ${t(`roleDescriptions.${role}`)}` }))}
          defaultValues={initial?.roles}
          error={error?.field('roles')}
        />
        {teams.data && teams.data.length > 0 && (
          <CheckboxGroup
            legend={labels.teamIds}
            name="teamIds"
            options={teams.data.map((team) => ({ value: team.id, label: team.name }))}
            defaultValues={initial?.teamIds}
            error={error?.field('teamIds')}
          />
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy}>
            {submitLabel}
          </Button>
          <ButtonLink to="/beheer/gebruikers" appearance="subtle">
            {t('common.cancel')}
          </ButtonLink>
        </ButtonGroup>
      </form>
    </>
  );
}
