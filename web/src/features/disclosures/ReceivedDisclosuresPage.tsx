// The police liaison's list: what providers disclosed to this unit, newest
// first, with who disclosed it and how to reach them day and night.
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/Badge';
import { TextLink } from '../../ui/Button';
import { formatDateTime } from '../../ui/format';
import { PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { useReceived } from './api';
import { categoryLabel, legalGroundLabel, sourceLabel } from './labels';
import './disclosures.css';

export function ReceivedDisclosuresPage() {
  const { t } = useTranslation();
  const received = useReceived();
  return (
    <>
      <PageHeading title={t('received.title')}>{t('received.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('received.intro')}</p>
      {received.isPending && <Loading />}
      {received.isError && <LoadError error={received.error} />}
      {received.data?.length === 0 && <EmptyState title={t('received.none')} />}
      {received.data && received.data.length > 0 && (
        <Table stack caption={t('received.caption')} captionHidden head={[t('received.when'), t('received.about'), t('received.from'), t('received.kind'), t('received.purpose'), t('received.legalGround'), t('received.categories'), t('received.decidedBy')]}>
          {received.data.map((r) => (
            <Row key={r.id}>
              <Cell>{formatDateTime(r.disclosedAt)}</Cell>
              <Cell header>
                <TextLink to={`/ontvangen/${r.id}`}>
                  {r.subjectName}
                  <span className="baken-visually-hidden">, {t('received.open')}</span>
                </TextLink>{' '}
                {!r.firstViewedAt && <StatusBadge status="warning">{t('received.unread')}</StatusBadge>}
              </Cell>
              <Cell>
                {r.sourceOrganisationName}
                <span className="baken-cell-sub">
                  {t('received.phone247')}: {r.sourcePhone247 ?? t('received.noPhone')}
                </span>
              </Cell>
              <Cell>{sourceLabel(t, r.kind)}</Cell>
              <Cell>
                <span className="baken-clamp">{r.purpose}</span>
              </Cell>
              <Cell>{legalGroundLabel(t, r.legalGround)}</Cell>
              <Cell>{r.categories.map((c) => categoryLabel(t, c.category)).join(', ')}</Cell>
              <Cell>{r.decidedByName}</Cell>
            </Row>
          ))}
        </Table>
      )}
    </>
  );
}
