// One of the provider's own inspections: what was inspected, the judgments per
// theme and expectation with the findings, the inspector's points with the
// provider's own actions (the quality officer adds and changes them) and the
// inspector's follow-up, the good practices seen, and the PDF.
import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading, Heading2, Heading3 } from '../../../ui/Heading';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';
import { DataList } from '../../../ui/DataList';
import { StatusBadge } from '../../../ui/Badge';
import { Cell, Row, Table } from '../../../ui/Table';
import { LoadError, Loading } from '../../../ui/States';
import { formatDate } from '../../../ui/format';
import { can, useSession } from '../../../app/session';
import { PointsList } from '../../inspection/improvement/PlanParts';
import { ownPdfUrl, useInspectionFramework, useOwnInspection, type InspectionFramework, type OwnInspection } from './api';
import { ActionForm } from './ActionForm';
import { BackLink } from '../../../ui/BackLink';

function applies(framework: InspectionFramework, careKind: string) {
  const variant = careKind === 'open' ? 'open' : 'secured';
  return (e: InspectionFramework['themes'][number]['expectations'][number]) => !e.retired && e.appliesTo.includes(variant);
}

function Judgments({ inspection, framework }: { inspection: OwnInspection; framework: InspectionFramework }) {
  const { t } = useTranslation();
  const judged = new Map(inspection.judgments.map((j) => [j.ref, j]));
  const fits = applies(framework, inspection.participation.careKind);
  if (inspection.judgments.length === 0) return <p className="utrecht-paragraph">{t('ownInspections.noJudgments')}</p>;
  const perTheme = framework.themes.map((theme) => {
    const refs = theme.expectations.filter(fits).map((e) => e.ref);
    const count = (v: string) => refs.filter((r) => judged.get(r)?.judgment === v).length;
    const sufficient = count('sufficient');
    const insufficient = count('insufficient');
    return { theme, applicable: refs.length, sufficient, insufficient, notAssessed: refs.length - sufficient - insufficient };
  });
  return (
    <>
      <Table
        caption={t('ownInspections.scoreCaption')}
        head={[t('ownInspections.scoreColumns.theme'), t('ownInspections.scoreColumns.applicable'), t('inspectionWords.judgment.sufficient'), t('inspectionWords.judgment.insufficient'), t('inspectionWords.judgment.notAssessed')]}
      >
        {perTheme.map((row) => (
          <Row key={row.theme.ref}>
            <Cell header>
              {row.theme.ref} {row.theme.nl}
            </Cell>
            <Cell>{row.applicable}</Cell>
            <Cell>{row.sufficient}</Cell>
            <Cell>{row.insufficient}</Cell>
            <Cell>{row.notAssessed}</Cell>
          </Row>
        ))}
      </Table>
      {framework.themes.map((theme) => {
        const expectations = theme.expectations.filter(fits);
        if (expectations.length === 0) return null;
        return (
          <Table
            key={theme.ref}
            caption={t('ownInspections.judgmentsCaption', { ref: theme.ref, name: theme.nl })}
            head={[t('ownInspections.judgmentColumns.ref'), t('ownInspections.judgmentColumns.text'), t('ownInspections.judgmentColumns.judgment'), t('ownInspections.judgmentColumns.findings')]}
          >
            {expectations.map((e) => {
              const j = judged.get(e.ref);
              const value = j?.judgment ?? 'notAssessed';
              return (
                <Row key={e.ref}>
                  <Cell header>{e.ref}</Cell>
                  <Cell>{e.nl}</Cell>
                  <Cell>
                    <StatusBadge status={value === 'sufficient' ? 'success' : value === 'insufficient' ? 'danger' : 'neutral'}>{t(`inspectionWords.judgment.${value}`)}</StatusBadge>
                  </Cell>
                  <Cell>{j?.findings ?? ''}</Cell>
                </Row>
              );
            })}
          </Table>
        );
      })}
    </>
  );
}

export function OwnInspectionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const session = useSession();
  const manage = can(session.data, 'quality.manage');
  const inspection = useOwnInspection(id);
  const framework = useInspectionFramework();
  const [editing, setEditing] = useState<{ pointId: string; actionId: string | null } | null>(null);
  const [saved, setSaved] = useState(false);
  if (inspection.isPending || framework.isPending) return <Loading />;
  if (inspection.isError) return <LoadError error={inspection.error} />;
  if (framework.isError) return <LoadError error={framework.error} />;
  const p = inspection.data.participation;
  const done = (ok: boolean) => {
    setEditing(null);
    setSaved(ok);
  };
  return (
    <>
      <BackLink to="/kwaliteit/inspecties">{t('ownInspections.backToList')}</BackLink>
      <PageHeading title={t('ownInspections.title')}>{p.roundTitle}</PageHeading>
      <DataList
        items={[
          { key: t('ownInspections.facts.provider'), value: p.location ? `${p.name}, ${p.location}` : p.name },
          { key: t('ownInspections.facts.careKind'), value: t(`inspectionWords.careKind.${p.careKind}`) },
          { key: t('ownInspections.facts.kind'), value: t(`inspectionWords.roundKind.${p.roundKind}`) },
          { key: t('ownInspections.facts.period'), value: p.periodStart || p.periodEnd ? `${p.periodStart ? formatDate(p.periodStart) : '…'} – ${p.periodEnd ? formatDate(p.periodEnd) : '…'}` : '—' },
          { key: t('ownInspections.facts.status'), value: t(`inspectionWords.roundStatus.${p.roundStatus}`) },
          { key: t('ownInspections.facts.framework'), value: `${framework.data.title.nl} (${t('ownInspections.frameworkVersion', { version: p.frameworkVersion })})` },
        ]}
      />
      <p className="utrecht-paragraph baken-plan-downloads">
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={ownPdfUrl(id)} download>
          {t('ownInspections.pdf')}
        </a>
      </p>

      <section className="baken-section" aria-labelledby="own-judgments">
        <Heading2 id="own-judgments">{t('ownInspections.judgmentsTitle')}</Heading2>
        <Judgments inspection={inspection.data} framework={framework.data} />
      </section>

      <section className="baken-section" aria-labelledby="own-plan">
        <Heading2 id="own-plan">{t('planParts.pointsTitle')}</Heading2>
        <p className="utrecht-paragraph">{manage ? t('ownInspections.planIntro') : t('ownInspections.readOnly')}</p>
        {saved && (
          <Alert kind="ok" takeFocus>
            {t('ownInspections.saved')}
          </Alert>
        )}
        <PointsList
          points={inspection.data.points}
          framework={framework.data}
          actionControlLabel={manage ? t('common.actions') : undefined}
          actionControl={
            manage
              ? (action, point) => (
                  <Button onClick={() => setEditing({ pointId: point.id, actionId: action.id })} aria-label={`${t('ownInspections.editAction')}: ${action.what}`}>
                    {t('ownInspections.editAction')}
                  </Button>
                )
              : undefined
          }
          belowPoint={(point, n) =>
            !manage ? null : editing?.pointId === point.id ? (
              <ActionForm
                key={editing.actionId ?? 'new'}
                inspectionId={id}
                pointId={point.id}
                pointNumber={n}
                action={point.actions.find((a) => a.id === editing.actionId) ?? null}
                onDone={done}
              />
            ) : (
              <p className="utrecht-paragraph">
                <Button appearance="primary" onClick={() => { setSaved(false); setEditing({ pointId: point.id, actionId: null }); }}>
                  {t('ownInspections.addAction')}
                </Button>
              </p>
            )
          }
        />
      </section>

      <section className="baken-section" aria-labelledby="own-practices">
        <Heading2 id="own-practices">{t('planParts.goodPracticesTitle')}</Heading2>
        {inspection.data.goodPractices.length === 0 ? (
          <p className="utrecht-paragraph">{t('planParts.noGoodPractices')}</p>
        ) : (
          inspection.data.goodPractices.map((g) => (
            <article key={g.id}>
              <Heading3>{g.title}</Heading3>
              {g.ref && <p className="utrecht-paragraph baken-plan-muted">{/^\d$/.test(g.ref) ? t('inspectionWords.themeRef', { ref: g.ref }) : t('inspectionWords.expectationRef', { ref: g.ref })}</p>}
              <p className="utrecht-paragraph">{g.description}</p>
            </article>
          ))
        )}
      </section>
    </>
  );
}
