// One covenant: its parties and dates, the agreements per theme (and the
// themes not agreed yet), the evaluation, its history; printable as a summary.
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, useSession } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button, ButtonGroup, ButtonLink } from '../../ui/Button';
import { DataList } from '../../ui/DataList';
import { formatDate, formatDateTime } from '../../ui/format';
import { Heading2, Heading3, PageHeading } from '../../ui/Heading';
import { LoadError, Loading } from '../../ui/States';
import { useCovenant, useCovenantHistory, useCovenantThemes, type Covenant } from './api';
import { EvaluationBadge } from './CovenantsPage';
import { sourceName } from './sourceName';
import './partners.css';
import { BackLink } from '../../ui/BackLink';

function History({ id }: { id: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const history = useCovenantHistory(id, open);
  return (
    <div className="baken-history">
      <Button appearance="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('covenants.detail.history')}
      </Button>
      {open && (
        <section aria-label={t('covenants.detail.history')} className="baken-history__panel">
          {history.isPending && <Loading />}
          {history.isError && <LoadError error={history.error} />}
          <ul className="baken-plain-list">
            {history.data?.map((entry, i) => {
              const snapshot = entry.snapshot as Partial<Covenant>;
              return (
                <li key={i}>
                  {t(`covenants.detail.change.${entry.change}`)} · {formatDateTime(entry.changedAt)} · {t('covenants.detail.by', { name: entry.changedByName ?? '—' })}
                  <span className="baken-cell-sub">
                    {t('covenants.detail.snapshot', {
                      title: snapshot.title ?? '—',
                      evaluation: snapshot.evaluationOn ? formatDate(snapshot.evaluationOn) : '—',
                      agreed: snapshot.themes?.filter((x) => x.agreements).length ?? 0,
                    })}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}

export function CovenantPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const covenant = useCovenant(id);
  const themes = useCovenantThemes();
  const notice = ((useLocation().state ?? {}) as { notice?: string }).notice;
  const theme = (code: string) => themes.data?.themes.find((x) => x.code === code);
  const c = covenant.data;
  return (
    <>
      <PageHeading title={t('covenants.detail.pageTitle')}>{c?.title ?? t('covenants.detail.pageTitle')}</PageHeading>
      {notice && (
        <Alert kind="ok" takeFocus>
          {notice}
        </Alert>
      )}
      <BackLink to="/partners/convenanten">{t('covenants.back')}</BackLink>
      {covenant.isPending && <Loading />}
      {covenant.isError && <LoadError error={covenant.error} />}
      {c && (
        <article className="baken-covenant">
          <ButtonGroup>
            <Button onClick={() => window.print()}>{t('common.print')}</Button>
            {can(session.data, 'partners.manage') && <ButtonLink to={`/partners/convenanten/${c.id}/wijzigen`}>{t('covenants.detail.edit')}</ButtonLink>}
          </ButtonGroup>
          {c.evaluation !== 'later' && (
            <Alert kind="warning">
              <p className="utrecht-paragraph">
                {c.evaluation === 'overdue' ? t('covenants.detail.overdue', { date: formatDate(c.evaluationOn) }) : t('covenants.detail.due', { date: formatDate(c.evaluationOn) })}
              </p>
            </Alert>
          )}
          <DataList
            items={[
              { key: t('covenants.form.parties'), value: c.parties.map((p) => (p.kind ? `${p.name} (${t(`partners.kinds.${p.kind}`)})` : p.name)).join('; ') },
              { key: t('covenants.form.signedOn'), value: c.signedOn ? formatDate(c.signedOn) : t('covenants.notSigned') },
              { key: t('covenants.form.validUntil'), value: c.validUntil ? formatDate(c.validUntil) : t('covenants.noEnd') },
              {
                key: t('covenants.form.evaluationOn'),
                value: (
                  <>
                    {formatDate(c.evaluationOn)} <EvaluationBadge covenant={c} />
                  </>
                ),
              },
              { key: t('covenants.form.documentRef'), value: c.documentRef },
              { key: t('covenants.detail.lastChangedLabel'), value: t('covenants.detail.lastChanged', { date: formatDateTime(c.updatedAt), name: c.updatedByName ?? '—' }) },
            ]}
          />
          <Heading2>{t('covenants.detail.themesTitle')}</Heading2>
          <p className="utrecht-paragraph baken-hint">
            {t('covenants.themesAgreed', { agreed: c.themes.filter((x) => x.agreements).length, total: c.themes.length })}
          </p>
          {c.themes.map((item) => {
            const known = theme(item.code);
            const name = known ? (i18n.language === 'en' ? known.en : known.nl) : item.code;
            return (
              <section key={item.code} className={`baken-covenant-theme ${item.agreements ? '' : 'baken-covenant-theme--open'}`} aria-label={name}>
                <Heading3>{name}</Heading3>
                {item.agreements ? (
                  <p className="utrecht-paragraph baken-pre-line">{item.agreements}</p>
                ) : (
                  <p className="utrecht-paragraph baken-covenant-theme__open">{t('covenants.detail.notAgreed')}</p>
                )}
                {known && <p className="baken-tips__source">{t('covenants.source', { ref: sourceName(t, known.ref) })}</p>}
              </section>
            );
          })}
          {c.notes && (
            <>
              <Heading2>{t('covenants.form.notes')}</Heading2>
              <p className="utrecht-paragraph baken-pre-line">{c.notes}</p>
            </>
          )}
          <p className="baken-print-only baken-hint">{t('covenants.detail.printedOn', { date: formatDateTime(new Date().toISOString()), version: c.themesVersion })}</p>
          <History id={c.id} />
        </article>
      )}
    </>
  );
}
