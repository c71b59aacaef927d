// "Who looked at this file": by default one line per person per day (how
// often, which parts, by which access; break-the-glass marked), or every read
// and change of the file, refusals included. Both come a page at a time, and
// every page is itself a read of the file on record.
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/Badge';
import { Button, ButtonGroup } from '../../ui/Button';
import { Heading2 } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { formatAuditDateTime, formatAuditDay, formatAuditTime } from '../audit/auditTime';
import { useAccessLog, useAccessLogDays } from './api';
import { useCaseFile } from './CaseFileLayout';
import { accessLabel, auditActionLabel, purposeLabel, rolesLabel } from '../../i18n/labels';
import './accessLog.css';

const VIEW_PARAM = 'weergave';
const ALL_EVENTS = 'alles';

export function AccessLogPage() {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  const [params, setParams] = useSearchParams();
  const showEvents = params.get(VIEW_PARAM) === ALL_EVENTS;
  const setView = (events: boolean) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (events) next.set(VIEW_PARAM, ALL_EVENTS);
        else next.delete(VIEW_PARAM);
        return next;
      },
      { replace: true },
    );
  return (
    <>
      <Heading2>{t('accessLog.title')}</Heading2>
      <p className="utrecht-paragraph">{t('accessLog.intro')}</p>
      <div role="group" aria-label={t('accessLogViews.label')} className="baken-access-views">
        <ButtonGroup>
          <Button appearance={showEvents ? 'secondary' : 'primary'} aria-pressed={!showEvents} onClick={() => setView(false)}>
            {t('accessLogViews.days')}
          </Button>
          <Button appearance={showEvents ? 'primary' : 'secondary'} aria-pressed={showEvents} onClick={() => setView(true)}>
            {t('accessLogViews.events')}
          </Button>
        </ButtonGroup>
      </div>
      {showEvents ? <AllEvents youthId={youth.id} name={`${youth.firstName} ${youth.lastName}`} /> : <PerPersonPerDay youthId={youth.id} name={`${youth.firstName} ${youth.lastName}`} />}
    </>
  );
}

function PerPersonPerDay({ youthId, name }: { youthId: string; name: string }) {
  const { t } = useTranslation();
  const log = useAccessLogDays(youthId);
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <p className="utrecht-paragraph">{t('accessLogViews.daysIntro')}</p>
      {log.isPending && <Loading />}
      {log.isError && <LoadError error={log.error} />}
      {log.data && rows.length === 0 && <EmptyState title={t('accessLog.empty')} />}
      {rows.length > 0 && (
        <Table
          caption={t('accessLogViews.daysCaption', { name })}
          head={[t('accessLogViews.day'), t('accessLog.who'), t('accessLogViews.access'), t('accessLogViews.times'), t('accessLogViews.count'), t('accessLogViews.parts')]}
        >
          {rows.map((d, i) => {
            const breakGlass = d.access.includes('breakGlass');
            return (
              <tr key={`${d.day}-${i}`} className={`utrecht-table__row${breakGlass ? ' baken-access-breakglass' : ''}`}>
                <Cell>
                  <span className="baken-access-nowrap">{formatAuditDay(d.day)}</span>
                </Cell>
                <Cell header>
                  {d.actorName}
                  <span className="baken-cell-sub">{rolesLabel(t, d.actorRoles)}</span>
                </Cell>
                <Cell>
                  {d.access.filter((a) => a !== 'breakGlass').map((a) => accessLabel(t, a)).join(', ')}
                  {breakGlass && <StatusBadge status="warning">{t('access.breakGlass')}</StatusBadge>}
                  {d.breakGlassReasons.map((reason) => (
                    <span className="baken-cell-sub" key={reason}>
                      {t('accessLogViews.reason', { reason })}
                    </span>
                  ))}
                  {d.denied > 0 && (
                    <span className="baken-cell-sub">
                      <StatusBadge status="danger">{t('accessLogViews.deniedCount', { count: d.denied })}</StatusBadge>
                    </span>
                  )}
                </Cell>
                <Cell>
                  <span className="baken-access-nowrap">
                    {d.firstAt === d.lastAt ? formatAuditTime(d.firstAt) : t('accessLogViews.timeRange', { first: formatAuditTime(d.firstAt), last: formatAuditTime(d.lastAt) })}
                  </span>
                </Cell>
                <Cell>{d.events}</Cell>
                <Cell>{d.actions.map((a) => auditActionLabel(t, a)).join(', ')}</Cell>
              </tr>
            );
          })}
        </Table>
      )}
      {log.hasNextPage && (
        <p className="utrecht-paragraph">
          <Button onClick={() => void log.fetchNextPage()} busy={log.isFetchingNextPage}>
            {t('accessLogViews.more')}
          </Button>
        </p>
      )}
    </>
  );
}

function AllEvents({ youthId, name }: { youthId: string; name: string }) {
  const { t } = useTranslation();
  const log = useAccessLog(youthId);
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      {log.isPending && <Loading />}
      {log.isError && <LoadError error={log.error} />}
      {log.data && rows.length === 0 && <EmptyState title={t('accessLog.empty')} />}
      {rows.length > 0 && (
        <Table caption={t('accessLog.caption', { name })} head={[t('accessLog.when'), t('accessLog.who'), t('accessLog.what'), t('accessLog.why')]}>
          {rows.map((item, i) => (
            <Row key={i}>
              <Cell>{formatAuditDateTime(item.at)}</Cell>
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
      {log.hasNextPage && (
        <p className="utrecht-paragraph">
          <Button onClick={() => void log.fetchNextPage()} busy={log.isFetchingNextPage}>
            {t('accessLogViews.more')}
          </Button>
        </p>
      )}
    </>
  );
}
