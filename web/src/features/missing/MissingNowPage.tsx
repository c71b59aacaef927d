// Youths missing now, among the files this user may open (the designated
// officer: the whole organisation): urgent first, then the longest gone, with
// the time elapsed ticking every minute and whether the police know.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can, useSession } from '../../app/session';
import { StatusBadge } from '../../ui/Badge';
import { formatDateTime } from '../../ui/format';
import { PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { useMissingNow } from './api';
import { elapsedText, useNow } from './time';
import './missing.css';

export function MissingNowPage() {
  const { t } = useTranslation();
  const session = useSession();
  const list = useMissingNow();
  const now = useNow();
  const all = can(session.data, 'caseFile.readAllInOrganisation');
  return (
    <>
      <PageHeading title={t('missing.now.title')}>{t('missing.now.title')}</PageHeading>
      <p className="utrecht-paragraph">{all ? t('missing.now.introAll') : t('missing.now.intro')}</p>
      {list.isPending && <Loading />}
      {list.isError && <LoadError error={list.error} />}
      {list.data?.length === 0 && <EmptyState title={t('missing.now.empty')} />}
      {list.data && list.data.length > 0 && (
        <Table stack caption={t('missing.now.caption')} head={[t('missing.now.name'), t('missing.now.since'), t('missing.now.lastSeen'), t('missing.now.urgency'), t('missing.now.police')]}>
          {list.data.map((item) => (
            <Row key={item.episodeId}>
              <Cell header>
                <Link className="utrecht-link" to={`/jongeren/${item.youthId}/vermissing`}>
                  {item.name}
                </Link>
              </Cell>
              <Cell>
                <strong>{elapsedText(t, item.lastSeenAt, now)}</strong>
                <span className="baken-cell-sub">{formatDateTime(item.lastSeenAt)}</span>
              </Cell>
              <Cell>{item.lastSeenPlace}</Cell>
              <Cell>
                {item.urgent ? (
                  <>
                    <StatusBadge status="danger">{t('missing.urgency.urgent')}</StatusBadge>
                    <span className="baken-cell-sub">{item.criteria.map((c) => t(`missing.criteria.${c}`)).join(', ')}</span>
                  </>
                ) : (
                  <StatusBadge status="neutral">{t('missing.urgency.notUrgent')}</StatusBadge>
                )}
              </Cell>
              <Cell>
                {item.policeReportAt ? (
                  item.policeReference ? t('missing.now.reportedRef', { reference: item.policeReference }) : t('missing.now.reported')
                ) : (
                  <StatusBadge status="warning">{t('missing.now.notReported')}</StatusBadge>
                )}
                {item.emergencyCallAt && <span className="baken-cell-sub">{t('missing.now.called112')}</span>}
                {item.transferredTo && <span className="baken-cell-sub">{t('missing.now.transferred', { to: item.transferredTo })}</span>}
              </Cell>
            </Row>
          ))}
        </Table>
      )}
    </>
  );
}
