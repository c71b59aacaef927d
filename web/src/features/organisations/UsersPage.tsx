// The organisation's accounts: who they are, which roles and teams they have,
// and whether they have activated their account and set up two-step sign-in.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/Badge';
import { ButtonLink } from '../../ui/Button';
import { PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { rolesLabel } from '../../i18n/labels';
import { useTeams, useUsers } from './api';

export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const teams = useTeams();
  const teamName = (id: string) => teams.data?.find((team) => team.id === id)?.name ?? '';
  return (
    <>
      <PageHeading title={t('users.title')}>{t('users.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('users.intro')}</p>
      <p className="utrecht-paragraph">
        <ButtonLink to="/beheer/gebruikers/nieuw" appearance="primary">
          {t('users.new')}
        </ButtonLink>
      </p>
      {users.isPending && <Loading />}
      {users.isError && <LoadError error={users.error} />}
      {users.data?.length === 0 && <EmptyState title={t('users.empty')} />}
      {users.data && users.data.length > 0 && (
        <Table caption={t('users.caption', { count: users.data.length })} head={[t('users.name'), t('users.email'), t('users.roles'), t('users.teams'), t('users.status')]}>
          {users.data.map((u) => (
            <Row key={u.id}>
              <Cell header>
                <Link className="utrecht-link" to={`/beheer/gebruikers/${u.id}`}>
                  {u.displayName}
                </Link>
              </Cell>
              <Cell>{u.email}</Cell>
              <Cell>{u.roles.length ? rolesLabel(t, u.roles) : t('users.noRoles')}</Cell>
              <Cell>{u.teamIds.map(teamName).filter(Boolean).join(', ') || '—'}</Cell>
              <Cell>
                {!u.active ? (
                  <StatusBadge status="inactive">{t('users.inactive')}</StatusBadge>
                ) : !u.activated ? (
                  <StatusBadge status="warning">{t('users.notActivated')}</StatusBadge>
                ) : !u.mfaEnrolled ? (
                  <StatusBadge status="warning">{t('users.noMfa')}</StatusBadge>
                ) : (
                  <StatusBadge status="success">{t('users.active')}</StatusBadge>
                )}
              </Cell>
            </Row>
          ))}
        </Table>
      )}
    </>
  );
}
