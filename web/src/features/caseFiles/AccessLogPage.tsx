// "Who looked at this file": every read and change of this youth's file from
// the audit trail, newest first, including refusals and break-the-glass use.
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/Badge';
import { formatDateTime } from '../../ui/format';
import { Heading2 } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { useAccessLog } from './api';
import { useCaseFile } from './CaseFileLayout';
import { auditActionLabel, purposeLabel, rolesLabel } from '../../i18n/labels';

export function AccessLogPage() {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  const log = useAccessLog(youth.id);
  return (
    <>
      <Heading2>{t('accessLog.title')}</Heading2>
      <p className="utrecht-paragraph">{t('accessLog.intro')}</p>
      {log.isPending && <Loading />}
      {log.isError && <LoadError error={log.error} />}
      {log.data && log.data.length === 0 && <EmptyState title={t('accessLog.empty')} />}
      {log.data && log.data.length > 0 && (
        <Table caption={t('accessLog.caption', { name: `${youth.firstName} ${youth.lastName}` })} head={[t('accessLog.when'), t('accessLog.who'), t('accessLog.what'), t('accessLog.why')]}>
          {log.data.map((item, i) => (
            <Row key={i}>
              <Cell>{formatDateTime(item.at)}</Cell>
              <Cell header>
                {item.actorName}
                <span className="baken-cell-sub">{rolesLabel(t, item.actorRoles)}</span>
              </Cell>
              <Cell>
                {auditActionLabel(t, item.action)}{' '}
                {item.outcome === 'denied' && <StatusBadge status="danger">{t('accessLog.denied')}</StatusBadge>}
                {item.viaBreakGlass && <StatusBadge status="warning">{t('access.breakGlass')}</StatusBadge>}
              </Cell>
              <Cell>{purposeLabel(t, item.purpose)}</Cell>
            </Row>
          ))}
        </Table>
      )}
    </>
  );
}
