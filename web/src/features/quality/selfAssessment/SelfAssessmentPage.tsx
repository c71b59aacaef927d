// One self-assessment: the summary per core element (chart and table), then
// per group and core element the criteria with their status, evidence, owner,
// due date, comments and history, and the indicators: the ones the case files
// answer are shown as computed with a link to the dashboard; the ones they
// cannot answer are asked here. The quality officer changes it while it is
// open, downloads the PDF and closes it.
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading, Heading2, Heading3 } from '../../../ui/Heading';
import { Alert } from '../../../ui/Alert';
import { Button, ButtonGroup, TextLink } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { StatusBadge } from '../../../ui/Badge';
import { LoadError, Loading } from '../../../ui/States';
import { formatDate, formatDateTime } from '../../../ui/format';
import { can, useSession } from '../../../app/session';
import {
  pdfUrl,
  useAssessment,
  useCloseAssessment,
  useOwners,
  usePolicyRegister,
  useQualityFramework,
  type Assessment,
  type Criterion,
  type Indicator,
  type PolicyRegister,
  type QualityFramework,
} from './api';
import { CriterionForm, IndicatorForm } from './CriterionForm';
import { CompactList, CriterionValues, ItemHistory, UpdatedBy } from './ItemParts';
import { SummaryChart, SummaryTable } from './SummaryChart';
import { nameOf, type CoreElement } from './words';
import './selfAssessment.css';
import { BackLink } from '../../../ui/BackLink';

interface Editing {
  manage: boolean;
  owners: { id: string; name: string }[];
  policies: PolicyRegister['policies'];
  refetch: () => void;
}

function CriterionItem({ assessmentId, criterion, text, editing }: { assessmentId: string; criterion: Criterion; text: string; editing: Editing }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Back to the button that opened the form once it is on the page again, so a
  // keyboard user carries on from there (a frame callback can run before React
  // has put the button back).
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (!open && returnFocus && editButton.current) {
      editButton.current.focus();
      setReturnFocus(false);
    }
  }, [open, returnFocus]);
  const headingId = `criterion-${criterion.ref.replace('.', '_')}`;
  return (
    <li className="baken-card baken-sa-item" aria-labelledby={headingId}>
      <p className="utrecht-paragraph baken-sa-item__text" id={headingId}>
        <span className="baken-sa-ref">{criterion.ref}</span> {text}
      </p>
      {open ? (
        <CriterionForm
          assessmentId={assessmentId}
          criterion={criterion}
          owners={editing.owners}
          policies={editing.policies}
          onConflict={editing.refetch}
          onDone={(wasSaved) => {
            setOpen(false);
            setSaved(wasSaved);
            setReturnFocus(true);
          }}
        />
      ) : (
        <>
          {saved && (
            <Alert kind="ok">
              <p className="utrecht-paragraph">{t('selfAssessment.form.saved', { ref: criterion.ref })}</p>
            </Alert>
          )}
          <CriterionValues assessmentId={assessmentId} criterion={criterion} />
          <UpdatedBy item={criterion} />
          {editing.manage && (
            <Button
              ref={editButton}
              aria-label={t('selfAssessment.criterion.editLabel', { ref: criterion.ref })}
              onClick={() => {
                setSaved(false);
                setOpen(true);
              }}
            >
              {t('selfAssessment.criterion.edit')}
            </Button>
          )}
        </>
      )}
      <ItemHistory assessmentId={assessmentId} itemRef={criterion.ref} />
    </li>
  );
}

function AskedIndicator({ assessmentId, indicator, text, editing }: { assessmentId: string; indicator: Indicator; text: string; editing: Editing }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Back to the button that opened the form once it is on the page again, so a
  // keyboard user carries on from there (a frame callback can run before React
  // has put the button back).
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (!open && returnFocus && editButton.current) {
      editButton.current.focus();
      setReturnFocus(false);
    }
  }, [open, returnFocus]);
  return (
    <li className="baken-card baken-sa-item">
      <p className="utrecht-paragraph baken-sa-item__text">
        <span className="baken-sa-ref">{indicator.ref}</span> {text}
      </p>
      <p className="utrecht-paragraph">
        <StatusBadge status="warning">{t('selfAssessment.indicator.asked')}</StatusBadge> <span className="baken-hint">{t('selfAssessment.indicator.askedHint')}</span>
      </p>
      {open ? (
        <IndicatorForm
          assessmentId={assessmentId}
          indicator={indicator}
          onConflict={editing.refetch}
          onDone={(wasSaved) => {
            setOpen(false);
            setSaved(wasSaved);
            setReturnFocus(true);
          }}
        />
      ) : (
        <>
          {saved && (
            <Alert kind="ok">
              <p className="utrecht-paragraph">{t('selfAssessment.indicator.saved', { ref: indicator.ref })}</p>
            </Alert>
          )}
          <CompactList
            items={[
              { key: t('selfAssessment.indicator.answer'), value: indicator.answer ? t(`selfAssessment.answers.${indicator.answer}`) : t('selfAssessment.answers.notAnswered') },
              { key: t('selfAssessment.indicator.comments'), value: indicator.comments ? <span className="baken-prewrap">{indicator.comments}</span> : null },
            ]}
          />
          <UpdatedBy item={indicator} />
          {editing.manage && (
            <Button
              ref={editButton}
              aria-label={t('selfAssessment.indicator.editLabel', { ref: indicator.ref })}
              onClick={() => {
                setSaved(false);
                setOpen(true);
              }}
            >
              {t('selfAssessment.indicator.edit')}
            </Button>
          )}
        </>
      )}
      <ItemHistory assessmentId={assessmentId} itemRef={indicator.ref} />
    </li>
  );
}

function ElementSection({ assessment, element, editing }: { assessment: Assessment; element: CoreElement; editing: Editing }) {
  const { t, i18n } = useTranslation();
  const headingId = `element-${element.ref.replace('.', '_')}`;
  const criteria = new Map(assessment.criteria.map((c) => [c.ref, c]));
  const indicators = new Map(assessment.indicators.map((i) => [i.ref, i]));
  const counts = assessment.summary.elements.find((e) => e.ref === element.ref)?.criteria;
  return (
    <section className="baken-section baken-sa-element" aria-labelledby={headingId}>
      <Heading3 id={headingId}>
        {element.ref} {nameOf(element)} <span className="baken-sa-source">{t('selfAssessment.elementRef', { ref: element.ref })}</span>
      </Heading3>
      <p className="utrecht-paragraph">{i18n.language === 'en' ? element.descriptionEn : element.descriptionNl}</p>
      {counts && <p className="utrecht-paragraph baken-hint">{t('selfAssessment.elementProgress', { assessed: counts.total - counts.notAssessed, total: counts.total })}</p>}
      <h4 className="utrecht-heading-4">{t('selfAssessment.criteriaTitle')}</h4>
      <ul className="baken-sa-items">
        {element.criteria.map((c) => {
          const criterion = criteria.get(c.ref);
          return criterion ? <CriterionItem key={c.ref} assessmentId={assessment.id} criterion={criterion} text={nameOf(c)} editing={editing} /> : null;
        })}
      </ul>
      <h4 className="utrecht-heading-4">{t('selfAssessment.indicatorsTitle')}</h4>
      <ul className="baken-sa-items">
        {element.indicators.map((ind) => {
          if (ind.answeredBy === 'computed')
            return (
              <li key={ind.ref} className="baken-sa-computed">
                <span className="baken-sa-ref">{ind.ref}</span> {nameOf(ind)}{' '}
                <StatusBadge status="neutral">{t('selfAssessment.indicator.computed')}</StatusBadge>{' '}
                <TextLink to="/kwaliteit/indicatoren">{t('selfAssessment.indicator.computedLink')}</TextLink>
              </li>
            );
          const indicator = indicators.get(ind.ref);
          return indicator ? <AskedIndicator key={ind.ref} assessmentId={assessment.id} indicator={indicator} text={nameOf(ind)} editing={editing} /> : null;
        })}
      </ul>
    </section>
  );
}

/** A short table of contents near the top of this long page: each core element with how far its criteria are assessed, linking to its section. */
function PageNav({ assessment, framework }: { assessment: Assessment; framework: QualityFramework }) {
  const { t } = useTranslation();
  const counts = new Map(assessment.summary.elements.map((e) => [e.ref, e.criteria]));
  const elements = framework.groups.flatMap((group) => framework.coreElements.filter((e) => e.group === group.code));
  return (
    <nav className="baken-sa-nav" aria-labelledby="sa-nav">
      <h2 className="utrecht-heading-2" id="sa-nav">
        {t('selfAssessment.pageNav.title')}
      </h2>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href="#sa-summary">
          {t('selfAssessment.pageNav.summary')}
        </a>
      </p>
      <ul className="baken-sa-nav__list">
        {elements.map((element) => {
          const c = counts.get(element.ref);
          return (
            <li key={element.ref}>
              <a className="utrecht-link" href={`#element-${element.ref.replace('.', '_')}`}>
                {element.ref} {nameOf(element)}
              </a>
              {c && <span className="baken-hint baken-sa-nav__progress">{t('selfAssessment.pageNav.progress', { assessed: c.total - c.notAssessed, count: c.total })}</span>}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function Groups({ assessment, framework, editing }: { assessment: Assessment; framework: QualityFramework; editing: Editing }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {framework.groups.map((group) => (
        <section className="baken-section" key={group.code} aria-labelledby={`group-${group.code}`}>
          <Heading2 id={`group-${group.code}`}>{t('selfAssessment.group', { ref: group.ref, name: nameOf(group) })}</Heading2>
          <p className="utrecht-paragraph">{i18n.language === 'en' ? group.descriptionEn : group.descriptionNl}</p>
          {framework.coreElements
            .filter((e) => e.group === group.code)
            .map((element) => (
              <ElementSection key={element.ref} assessment={assessment} element={element} editing={editing} />
            ))}
        </section>
      ))}
    </>
  );
}

export function SelfAssessmentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const assessment = useAssessment(id);
  const framework = useQualityFramework();
  const manage = can(session.data, 'quality.manage') && assessment.data?.open === true;
  const owners = useOwners(manage);
  const policies = usePolicyRegister(manage);
  const close = useCloseAssessment(id);
  const [confirming, setConfirming] = useState(false);

  if (assessment.isPending || framework.isPending) return <Loading />;
  if (assessment.isError) return <LoadError error={assessment.error} />;
  if (framework.isError) return <LoadError error={framework.error} />;
  const a = assessment.data;
  const editing: Editing = {
    manage,
    owners: owners.data ?? [],
    policies: policies.data?.policies ?? [],
    refetch: () => void assessment.refetch(),
  };
  const indicators = a.summary.overall.indicators;
  return (
    <>
      <BackLink to="/kwaliteit/zelfevaluatie">{t('selfAssessment.backToList')}</BackLink>
      <PageHeading title={t('selfAssessment.title')}>{a.title}</PageHeading>
      <CompactList
        items={[
          { key: t('selfAssessment.meta.state'), value: a.open ? <StatusBadge status="active">{t('selfAssessment.open')}</StatusBadge> : <StatusBadge status="inactive">{t('selfAssessment.closed')}</StatusBadge> },
          { key: t('selfAssessment.meta.startedOn'), value: formatDate(a.startedOn) },
          { key: t('selfAssessment.meta.startedBy'), value: a.createdByName },
          { key: t('selfAssessment.meta.framework'), value: `${nameOf(framework.data.title)}, ${t('selfAssessment.meta.frameworkVersion', { version: a.frameworkVersion })}` },
          ...(a.carriedOverFrom ? [{ key: t('selfAssessment.meta.carriedOverFrom'), value: a.carriedOverFrom }] : []),
        ]}
      />
      {close.isSuccess && (
        <Alert kind="ok" takeFocus>
          <p className="utrecht-paragraph">{t('selfAssessment.close.done')}</p>
        </Alert>
      )}
      {!a.open && (
        <Alert kind="info">
          <p className="utrecht-paragraph">{t('selfAssessment.closedNotice')}</p>
          {a.closedAt && <p className="utrecht-paragraph">{t('selfAssessment.closedOn', { date: formatDateTime(a.closedAt), name: a.closedByName ?? '—' })}</p>}
        </Alert>
      )}
      {a.open && !can(session.data, 'quality.manage') && (
        <Alert kind="info">
          <p className="utrecht-paragraph">{t('selfAssessment.readOnlyNotice')}</p>
        </Alert>
      )}
      {close.error && <LoadError error={close.error} />}
      <ButtonGroup>
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={pdfUrl(a.id)} download>
          {t('selfAssessment.pdf')}
        </a>
        {manage && (
          <Button appearance="secondary" onClick={() => setConfirming(true)}>
            {t('selfAssessment.close.button')}
          </Button>
        )}
      </ButtonGroup>
      <ConfirmDialog
        open={confirming}
        title={t('selfAssessment.close.title')}
        confirmLabel={t('selfAssessment.close.confirm')}
        busy={close.isPending}
        onConfirm={() => close.mutate(undefined, { onSettled: () => setConfirming(false) })}
        onCancel={() => setConfirming(false)}
      >
        <p className="utrecht-paragraph">{t('selfAssessment.close.text')}</p>
      </ConfirmDialog>

      <PageNav assessment={a} framework={framework.data} />
      <section className="baken-section" aria-labelledby="sa-summary">
        <Heading2 id="sa-summary">{t('selfAssessment.summary.title')}</Heading2>
        <p className="utrecht-paragraph">{t('selfAssessment.summary.intro')}</p>
        <SummaryChart assessment={a} />
        <SummaryTable assessment={a} framework={framework.data} caption={t('selfAssessment.summary.caption')} linkElements />
        <p className="utrecht-paragraph">{t('selfAssessment.summary.indicatorsAnswered', { answered: indicators.answered, selfAssessed: indicators.selfAssessed, computed: indicators.computed })}</p>
      </section>
      <Groups assessment={a} framework={framework.data} editing={editing} />
    </>
  );
}
