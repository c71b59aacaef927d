import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/http';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorSummary, TextField } from '../../ui/Form';
import { Heading2, PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { useCreateTeam, useTeams } from './api';
import { useAllHouseRules } from '../caseFiles/work/network/houseRulesApi';
import { HouseRulesEditor } from '../caseFiles/work/network/HouseRulesEditor';

export function TeamsPage() {
  const { t } = useTranslation();
  const teams = useTeams();
  const create = useCreateTeam();
  const [error, setError] = useState<ApiError | null>(null);
  const [formKey, setFormKey] = useState(0);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    create.mutate({ name: String(new FormData(event.currentTarget).get('name') ?? '') }, { onSuccess: () => setFormKey((k) => k + 1), onError: setError });
  };
  return (
    <>
      <PageHeading title={t('teams.title')}>{t('teams.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('teams.intro')}</p>
      {teams.isPending && <Loading />}
      {teams.isError && <LoadError error={teams.error} />}
      {teams.data?.length === 0 && <EmptyState title={t('teams.empty')} />}
      {teams.data && teams.data.length > 0 && (
        <Table caption={t('teams.caption')} captionHidden head={[t('teams.name'), t('teams.members')]}>
          {teams.data.map((team) => (
            <Row key={team.id}>
              <Cell header>{team.name}</Cell>
              <Cell>{team.memberCount}</Cell>
            </Row>
          ))}
        </Table>
      )}
      <section aria-labelledby="new-team-heading" className="baken-section baken-narrow">
        <Heading2 id="new-team-heading">{t('teams.new')}</Heading2>
        {create.isSuccess && <Alert kind="ok" takeFocus key={formKey}>{t('teams.created', { name: create.data.name })}</Alert>}
        <ErrorSummary error={error} labels={{ name: t('teams.name') }} />
        <form onSubmit={submit} noValidate className="baken-form" key={formKey}>
          <TextField label={t('teams.name')} name="name" required autoComplete="off" error={error?.field('name')} />
          <Button type="submit" appearance="primary" busy={create.isPending}>
            {t('teams.create')}
          </Button>
        </form>
      </section>
      {teams.data && teams.data.length > 0 && <HouseRulesSection teams={teams.data} />}
    </>
  );
}

/** Each team's house rules for visitors: the admin writes them, the team's colleagues show them at the door. */
function HouseRulesSection({ teams }: { teams: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const rules = useAllHouseRules();
  return (
    <section aria-labelledby="house-rules-heading" className="baken-section">
      <Heading2 id="house-rules-heading">{t('houseRules.adminTitle')}</Heading2>
      <p className="utrecht-paragraph">{t('houseRules.adminIntro')}</p>
      {rules.isPending && <Loading />}
      {rules.isError && <LoadError error={rules.error} />}
      {/* Only once the current rules are in: the text areas start from them and are not reset afterwards. */}
      {rules.isSuccess && teams.map((team) => <HouseRulesEditor key={team.id} team={team} current={rules.data.find((r) => r.teamId === team.id)} />)}
    </section>
  );
}
