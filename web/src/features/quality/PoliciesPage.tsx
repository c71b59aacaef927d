// The register of protocols and policies (/protocollen): every policy with its
// kind, version, owner, adoption and review date and document; the reviews due
// or overdue; the kinds the frameworks expect that are not laid down yet; and
// one policy's versions and history below the list. Everyone with
// policies.read reads it; the quality officer keeps it.
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, useSession } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button, TextLink } from '../../ui/Button';
import { formatDate } from '../../ui/format';
import { Heading2, PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { POLICY_KINDS, POLICY_KIND_SOURCES } from '../../../../server/src/modules/quality/policies/policies.options';
import { sourceName } from '../partners/sourceName';
import { policyDocumentUrl, usePolicyRegister } from './policies/api';
import { PolicyDetail } from './policies/PolicyDetail';
import { PolicyForm } from './policies/PolicyForm';
import { PolicyStatus, ReviewBadge } from './policies/PolicyStatus';
import './expertise/expertise.css';

export function PoliciesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const manage = can(session.data, 'quality.manage');
  const register = usePolicyRegister();
  const [params, setParams] = useSearchParams();
  const selected = params.get('stuk');
  const [adding, setAdding] = useState<{ suggestedKind?: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (selected) panel.current?.scrollIntoView({ block: 'start' });
  }, [selected]);
  const data = register.data;
  // In the order of the kinds (as the frameworks name them), then by title; withdrawn ones last.
  const policies = [...(data?.policies ?? [])].sort(
    (x, y) => Number(x.status === 'withdrawn') - Number(y.status === 'withdrawn') || POLICY_KINDS.indexOf(x.kind) - POLICY_KINDS.indexOf(y.kind) || x.title.localeCompare(y.title, 'nl'),
  );
  const due = policies.filter((p) => p.status === 'current' && p.review !== 'later');
  const policy = data?.policies.find((p) => p.id === selected);
  return (
    <>
      <PageHeading title={t('policies.title')}>{t('policies.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('policies.intro')}</p>
      {!manage && <p className="utrecht-paragraph">{t('policies.readOnly')}</p>}
      {can(session.data, 'quality.read') && (
        <p className="utrecht-paragraph">
          <TextLink to="/kwaliteit">{t('policies.toQuality')}</TextLink>
        </p>
      )}
      {notice && (
        <Alert kind="ok" takeFocus>
          {notice}
        </Alert>
      )}
      {manage &&
        (adding ? (
          <PolicyForm
            mode={{ kind: 'create', ...adding }}
            onCancel={() => setAdding(null)}
            onDone={(message, id) => {
              setAdding(null);
              setNotice(message);
              setParams({ stuk: id });
            }}
          />
        ) : (
          <p className="utrecht-paragraph">
            <Button appearance="primary" onClick={() => (setNotice(null), setAdding({}))}>
              {t('policies.add')}
            </Button>
          </p>
        ))}
      {register.isPending && <Loading />}
      {register.isError && <LoadError error={register.error} />}
      {data && (
        <>
          {due.length > 0 && (
            <Alert kind="warning" title={t('policies.reminders.title')}>
              <p className="utrecht-paragraph">{t('policies.reminders.intro', { count: due.length })}</p>
              <ul className="utrecht-unordered-list">
                {due.map((p) => (
                  <li key={p.id} className="utrecht-unordered-list__item">
                    <TextLink to={{ search: `?stuk=${p.id}` }}>{p.title}</TextLink>, {formatDate(p.reviewOn)} <ReviewBadge review={p.review} days={p.daysToReview} />
                  </li>
                ))}
              </ul>
            </Alert>
          )}
          {data.policies.length === 0 ? (
            <EmptyState title={t('policies.empty')}>
              <p className="utrecht-paragraph">{manage ? t('policies.emptyManage') : t('policies.emptyRead')}</p>
            </EmptyState>
          ) : (
            <Table
              caption={t('policies.caption')}
              captionHidden
              head={[t('policies.kind'), t('policies.policyTitle'), t('policies.versionLabel'), t('policies.owner'), t('policies.adoptedOn'), t('policies.reviewOn'), t('policies.status'), t('policies.document')]}
            >
              {policies.map((p) => (
                <Row key={p.id}>
                  <Cell>{t(`policies.kinds.${p.kind}`)}</Cell>
                  <Cell header>
                    <TextLink to={{ search: `?stuk=${p.id}` }} aria-current={selected === p.id ? 'true' : undefined}>
                      {p.title}
                    </TextLink>
                  </Cell>
                  <Cell>{p.versionLabel}</Cell>
                  <Cell>{p.owner.name}</Cell>
                  <Cell>{formatDate(p.adoptedOn)}</Cell>
                  <Cell>{p.status === 'current' ? formatDate(p.reviewOn) : '–'}</Cell>
                  <Cell>
                    <PolicyStatus policy={p} />
                  </Cell>
                  <Cell>
                    {p.document && p.currentVersionId ? (
                      <a className="utrecht-link" href={policyDocumentUrl(p.id, p.currentVersionId)} download={p.document.fileName}>
                        {t('policies.download', { name: p.document.fileName })}
                      </a>
                    ) : p.reference ? (
                      <span>{t('policies.where', { reference: p.reference })}</span>
                    ) : (
                      <span className="baken-hint">{t('policies.noDocument')}</span>
                    )}
                  </Cell>
                </Row>
              ))}
            </Table>
          )}
          <div ref={panel}>
            {policy && (
              <PolicyDetail
                key={policy.id}
                policy={policy}
                manage={manage}
                onNotice={setNotice}
                onClose={() => {
                  setNotice(null);
                  setParams({});
                }}
              />
            )}
          </div>
          <section className="baken-section" aria-labelledby="policies-missing">
            <Heading2 id="policies-missing">{t('policies.missing.title')}</Heading2>
            {data.missingKinds.length === 0 ? (
              <p className="utrecht-paragraph">{t('policies.missing.none')}</p>
            ) : (
              <>
                <p className="utrecht-paragraph">{t('policies.missing.intro', { count: data.missingKinds.length })}</p>
                <ul className="utrecht-unordered-list">
                  {data.missingKinds.map((kind) => (
                    <li key={kind} className="utrecht-unordered-list__item">
                      {t(`policies.kinds.${kind}`)}{' '}
                      <span className="baken-hint">({t('policies.missing.source', { ref: POLICY_KIND_SOURCES[kind].refs.map((ref) => sourceName(t, ref)).join('; ') })})</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}
