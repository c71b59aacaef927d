// The user's own sessions, with "sign out elsewhere" for a lost phone or a
// forgotten shared computer.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type ApiError } from '../../api/http';
import { Alert } from '../../ui/Alert';
import { StatusBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDateTime } from '../../ui/format';
import { PageHeading } from '../../ui/Heading';
import { LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';

interface SessionItem {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
  authMethod: string;
  current: boolean;
}

/** A readable name for a browser from its user-agent string; no guessing beyond the big families. */
function browserName(userAgent: string | null): string {
  if (!userAgent) return '—';
  const families: [RegExp, string][] = [
    [/Edg\//, 'Edge'],
    [/Firefox\//, 'Firefox'],
    [/Chrome\//, 'Chrome'],
    [/Safari\//, 'Safari'],
  ];
  const family = families.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = /Windows/.test(userAgent) ? 'Windows' : /Mac OS/.test(userAgent) ? 'macOS' : /Android/.test(userAgent) ? 'Android' : /iPhone|iPad/.test(userAgent) ? 'iOS' : /Linux/.test(userAgent) ? 'Linux' : '';
  return [family, system].filter(Boolean).join(', ') || userAgent.slice(0, 40);
}

export function SessionsPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const sessions = useQuery({ queryKey: ['sessions'], queryFn: () => api.get<SessionItem[]>('/api/sessions') });
  const revokeOthers = useMutation<{ revoked: number }, ApiError>({
    mutationFn: () => api.post('/api/sessions/revoke-others'),
    onSuccess: async (r) => {
      setConfirming(false);
      setDone(t('sessions.revokedOthers', { count: r.revoked }));
      await client.invalidateQueries({ queryKey: ['sessions'] });
    },
  });
  const revokeOne = useMutation<unknown, ApiError, string>({
    mutationFn: (id) => api.delete(`/api/sessions/${id}`),
    onSuccess: async () => {
      setDone(t('sessions.revokedOne'));
      await client.invalidateQueries({ queryKey: ['sessions'] });
    },
  });
  const others = sessions.data?.filter((s) => !s.current).length ?? 0;
  return (
    <>
      <PageHeading title={t('sessions.title')}>{t('sessions.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('sessions.intro')}</p>
      {done && <Alert kind="ok" takeFocus key={done}>{done}</Alert>}
      {(revokeOthers.error || revokeOne.error) && <Alert kind="error">{(revokeOthers.error ?? revokeOne.error)!.message}</Alert>}
      {sessions.isPending && <Loading />}
      {sessions.isError && <LoadError error={sessions.error} />}
      {sessions.data && (
        <>
          <Table caption={t('sessions.caption')} head={[t('sessions.browser'), t('sessions.address'), t('sessions.started'), t('sessions.lastSeen'), t('sessions.method'), <span className="baken-visually-hidden">{t('common.actions')}</span>]}>
            {sessions.data.map((s) => (
              <Row key={s.id}>
                <Cell header>
                  {browserName(s.userAgent)} {s.current && <StatusBadge status="active">{t('sessions.current')}</StatusBadge>}
                </Cell>
                <Cell>{s.ip ?? '—'}</Cell>
                <Cell>{formatDateTime(s.createdAt)}</Cell>
                <Cell>{formatDateTime(s.lastSeenAt)}</Cell>
                <Cell>{t(s.authMethod === 'oidc' ? 'sessions.methodOidc' : 'sessions.methodPassword')}</Cell>
                <Cell>
                  {!s.current && (
                    <Button appearance="subtle" onClick={() => revokeOne.mutate(s.id)} busy={revokeOne.isPending && revokeOne.variables === s.id}>
                      {t('sessions.revoke')}
                      <span className="baken-visually-hidden"> {t('sessions.revokeContext', { browser: browserName(s.userAgent), time: formatDateTime(s.lastSeenAt) })}</span>
                    </Button>
                  )}
                </Cell>
              </Row>
            ))}
          </Table>
          <p className="utrecht-paragraph">
            <Button appearance="secondary" disabled={others === 0} onClick={() => setConfirming(true)}>
              {t('sessions.revokeOthers')}
            </Button>
          </p>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('sessions.confirmTitle')}
        confirmLabel={t('sessions.revokeOthers')}
        busy={revokeOthers.isPending}
        onConfirm={() => revokeOthers.mutate()}
        onCancel={() => setConfirming(false)}
      >
        <p className="utrecht-paragraph">{t('sessions.confirmText', { count: others })}</p>
      </ConfirmDialog>
    </>
  );
}
