// The case team: who may open this file. Adding and removing is for the team
// itself and the designated officer; a file never loses its last member.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { TEAM_ROLES } from '../../../../server/src/modules/caseFiles/caseFiles.options';
import type { ApiError } from '../../api/http';
import type { CaseTeamMember } from '../../api/types';
import { Alert } from '../../ui/Alert';
import { StatusBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorSummary, SelectField } from '../../ui/Form';
import { formatDate } from '../../ui/format';
import { Heading2 } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { useAddCaseTeamMember, useCaseTeam, useCaseTeamCandidates, useRemoveCaseTeamMember } from './api';
import { useCaseFile } from './CaseFileLayout';
import { rolesLabel } from '../../i18n/labels';

function AddMemberForm({ youthId, onAdded }: { youthId: string; onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const candidates = useCaseTeamCandidates(youthId, true);
  const add = useAddCaseTeamMember(youthId);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const userId = String(data.get('userId') ?? '');
    const name = candidates.data?.find((c) => c.userId === userId)?.displayName ?? '';
    setError(null);
    add.mutate({ userId, teamRole: String(data.get('teamRole') ?? 'member') }, { onSuccess: () => onAdded(name), onError: setError });
  };
  if (candidates.isPending) return <Loading />;
  if (candidates.isError) return <LoadError error={candidates.error} />;
  if (candidates.data.length === 0) return <EmptyState title={t('caseTeam.noCandidates')} />;
  return (
    <>
      <ErrorSummary error={error} labels={{ userId: t('caseTeam.colleague'), teamRole: t('caseTeam.teamRole') }} />
      <form onSubmit={submit} noValidate className="baken-form">
        <SelectField
          label={t('caseTeam.colleague')}
          name="userId"
          required
          placeholder={t('caseTeam.choose')}
          options={candidates.data.map((c) => ({ value: c.userId, label: `${c.displayName} (${rolesLabel(t, c.roles)})` }))}
          error={error?.field('userId')}
        />
        <SelectField
          label={t('caseTeam.teamRole')}
          name="teamRole"
          defaultValue="member"
          options={TEAM_ROLES.map((role) => ({ value: role, label: t(`caseTeam.${role}`) }))}
        />
        <Button type="submit" appearance="primary" busy={add.isPending}>
          {t('caseTeam.add')}
        </Button>
      </form>
    </>
  );
}

export function CaseTeamPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const { youth, access } = useCaseFile();
  const isSelf = (member: CaseTeamMember | null) => member?.userId === session.data?.user?.id;
  const team = useCaseTeam(youth.id);
  const remove = useRemoveCaseTeamMember(youth.id);
  const [removing, setRemoving] = useState<CaseTeamMember | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <Heading2>{t('caseFile.tabs.caseTeam')}</Heading2>
      <p className="utrecht-paragraph">{t('caseTeam.intro')}</p>
      {notice && <Alert kind="ok" takeFocus key={notice}>{notice}</Alert>}
      {remove.error && <Alert kind="error">{remove.error.message}</Alert>}
      {team.isPending && <Loading />}
      {team.isError && <LoadError error={team.error} />}
      {team.data && (
        <Table caption={t('caseTeam.caption', { name: youth.firstName })} captionHidden head={[t('caseTeam.name'), t('caseTeam.roles'), t('caseTeam.teamRole'), t('caseTeam.since'), <span className="baken-visually-hidden">{t('common.actions')}</span>]}>
          {team.data.map((m) => (
            <Row key={m.userId}>
              <Cell header>{m.displayName}</Cell>
              <Cell>{rolesLabel(t, m.roles)}</Cell>
              <Cell>
                <StatusBadge status={m.teamRole === 'lead' ? 'active' : 'neutral'}>{t(`caseTeam.${m.teamRole}` as 'caseTeam.lead')}</StatusBadge>
              </Cell>
              <Cell>{formatDate(m.addedAt)}</Cell>
              <Cell>
                {access.canUpdate && team.data.length > 1 && (
                  <Button appearance="subtle" onClick={() => (setNotice(null), setRemoving(m))}>
                    {t('caseTeam.remove')}
                    <span className="baken-visually-hidden"> {m.displayName}</span>
                  </Button>
                )}
              </Cell>
            </Row>
          ))}
        </Table>
      )}
      {access.canUpdate && (
        <section aria-labelledby="add-member-heading" className="baken-section">
          <Heading2 id="add-member-heading">{t('caseTeam.addTitle')}</Heading2>
          <AddMemberForm youthId={youth.id} onAdded={(name) => setNotice(t('caseTeam.added', { name }))} />
        </section>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('caseTeam.confirmRemoveTitle')}
        confirmLabel={t('caseTeam.remove')}
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.userId, {
            onSuccess: () =>
              // Leaving the team ends one's access: back to the list, not onto a refusal.
              isSelf(removing) ? void navigate('/jongeren', { state: { notice: 'leftCaseTeam' } }) : setNotice(t('caseTeam.removed', { name: removing.displayName })),
            onSettled: () => setRemoving(null),
          })
        }
      >
        <p className="utrecht-paragraph">
          {isSelf(removing) ? t('caseTeam.confirmLeave', { youth: youth.firstName }) : t('caseTeam.confirmRemove', { name: removing?.displayName ?? '', youth: youth.firstName })}
        </p>
      </ConfirmDialog>
    </>
  );
}
