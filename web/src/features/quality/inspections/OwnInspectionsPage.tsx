// The provider's own inspections: each round it was inspected in, with its
// judgments and where its improvement plan stands. Nothing of other providers.
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/Heading';
import { TextLink } from '../../../ui/Button';
import { StatusBadge } from '../../../ui/Badge';
import { Cell, Row, Table } from '../../../ui/Table';
import { EmptyState, LoadError, Loading } from '../../../ui/States';
import { useOwnInspections } from './api';
import { BackLink } from '../../../ui/BackLink';

export function OwnInspectionsPage() {
  const { t } = useTranslation();
  const list = useOwnInspections();
  return (
    <>
      <BackLink to="/kwaliteit">{t('ownInspections.backToQuality')}</BackLink>
      <PageHeading title={t('ownInspections.title')}>{t('ownInspections.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('ownInspections.intro')}</p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} />
      ) : list.data.length === 0 ? (
        <EmptyState title={t('ownInspections.empty')}>
          <p className="utrecht-paragraph">{t('ownInspections.emptyText')}</p>
        </EmptyState>
      ) : (
        <Table
          caption={t('ownInspections.listCaption')}
          head={[t('ownInspections.columns.round'), t('ownInspections.columns.kind'), t('ownInspections.columns.status'), t('ownInspections.columns.judgments'), t('ownInspections.columns.plan')]}
        >
          {list.data.map((i) => (
            <Row key={i.id}>
              <Cell header>
                <TextLink to={`/kwaliteit/inspecties/${i.id}`}>{i.roundTitle}</TextLink>
              </Cell>
              <Cell>{t(`inspectionWords.roundKind.${i.roundKind}`)}</Cell>
              <Cell>
                <StatusBadge status={i.roundStatus === 'open' ? 'active' : 'inactive'}>{t(`inspectionWords.roundStatus.${i.roundStatus}`)}</StatusBadge>
              </Cell>
              <Cell>{t('ownInspections.judgmentsCount', { sufficient: i.sufficient, insufficient: i.insufficient })}</Cell>
              <Cell>
                {t('ownInspections.planCount', { points: i.points, actions: i.actions, done: i.actionsDone })}
                {i.actionsOverdue > 0 && (
                  <>
                    {' '}
                    <StatusBadge status="danger">{t('ownInspections.planOverdue', { count: i.actionsOverdue })}</StatusBadge>
                  </>
                )}
              </Cell>
            </Row>
          ))}
        </Table>
      )}
    </>
  );
}
