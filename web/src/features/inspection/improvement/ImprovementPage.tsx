// The inspector's improvement plans of one round: the overview per provider
// (counts, with the CSV and the round's PDF), and per chosen provider its
// points with the provider's actions, a follow-up form per action, a form to
// add a point, the history and the provider's PDF. A provider that does not
// work in Baken gets its actions copied in by the inspector.
import { useState, type FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading, Heading2, Heading3 } from '../../../ui/Heading';
import { Button, ButtonGroup, TextLink } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';
import { CheckboxGroup, ErrorSummary, FieldIdScope, SelectField, TextAreaField, TextField, formValues } from '../../../ui/Form';
import { Cell, Row, Table } from '../../../ui/Table';
import { EmptyState, LoadError, Loading } from '../../../ui/States';
import { formatDateTime } from '../../../ui/format';
import { todayIso } from '../../../ui/calendar';
import { useInspectionFramework, type InspectionFramework } from '../../quality/inspections/api';
import { PointsList } from './PlanParts';
import {
  csvUrl,
  providerPdfUrl,
  roundPdfUrl,
  useAddActionForProvider,
  useAddPoint,
  useFollowUp,
  useOverview,
  usePlan,
  usePlanHistory,
  useRound,
  useUpdateActionForProvider,
  useUpdatePoint,
  type Action,
  type OverviewRow,
  type Point,
} from './api';
import { BackLink } from '../../../ui/BackLink';

const COUNTS = ['points', 'actions', 'open', 'inProgress', 'done', 'overdue', 'accepted', 'notYetSufficient', 'awaitingFollowUp'] as const;

function Overview({ rows }: { rows: OverviewRow[] }) {
  const { t } = useTranslation();
  return (
    <Table caption={t('improvementPlans.overviewCaption')} head={[t('improvementPlans.columns.provider'), ...COUNTS.map((c) => t(`improvementPlans.columns.${c}`))]}>
      {rows.map((r) => (
        <Row key={r.roundProviderId}>
          <Cell header>
            <TextLink to={`?aanbieder=${r.roundProviderId}`}>{r.providerName}</TextLink>
          </Cell>
          {COUNTS.map((c) => (
            <Cell key={c}>{r[c]}</Cell>
          ))}
        </Row>
      ))}
    </Table>
  );
}

function PointForm({
  roundId,
  providerId,
  framework,
  careKind,
  point = null,
  onSaved,
  onCancel,
}: {
  roundId: string;
  providerId: string;
  framework: InspectionFramework;
  careKind: string;
  point?: Point | null;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const create = useAddPoint(roundId, providerId);
  const update = useUpdatePoint(point?.id ?? '');
  const add = point ? update : create;
  const variant = careKind === 'open' ? 'open' : 'secured';
  const options = framework.themes.flatMap((theme) =>
    theme.expectations.filter((e) => !e.retired && e.appliesTo.includes(variant)).map((e) => ({ value: e.ref, label: `${e.ref} ${e.nl}` })),
  );
  const labels = { expectationRefs: t('improvementPlans.pointFields.expectationRefs'), description: t('improvementPlans.pointFields.description'), dueOn: t('improvementPlans.pointFields.dueOn') };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const v = formValues(form, ['expectationRefs']);
    const body = { expectationRefs: v.expectationRefs as string[], description: String(v.description ?? ''), dueOn: v.dueOn ? String(v.dueOn) : null };
    const onSuccess = () => {
      form.reset();
      onSaved();
    };
    if (point) update.mutate({ ...body, updatedAt: point.updatedAt }, { onSuccess });
    else create.mutate(body, { onSuccess });
  };
  return (
    <FieldIdScope scope={point ? `edit-point-${point.id}` : `point-${providerId}`}>
      <form className="baken-form baken-plan-form" onSubmit={submit} noValidate aria-labelledby={`${point ? `edit-point-${point.id}` : `point-${providerId}`}-title`}>
        <Heading3 id={`${point ? `edit-point-${point.id}` : `point-${providerId}`}-title`}>{point ? t('improvementPlans.editPointTitle') : t('improvementPlans.addPoint')}</Heading3>
        <ErrorSummary error={add.error} labels={labels} />
        <CheckboxGroup
          legend={labels.expectationRefs}
          name="expectationRefs"
          description={t('improvementPlans.pointFields.expectationRefsHint')}
          options={options}
          defaultValues={point?.expectationRefs ?? []}
          error={add.error?.field('expectationRefs')}
        />
        <TextAreaField label={labels.description} name="description" defaultValue={point?.description ?? ''} error={add.error?.field('description')} required rows={3} maxLength={4000} />
        <TextField label={labels.dueOn} name="dueOn" type="date" description={t('improvementPlans.pointFields.dueOnHint')} defaultValue={point?.dueOn ?? ''} error={add.error?.field('dueOn')} optional />
        <ButtonGroup>
          <Button appearance="primary" type="submit" busy={add.isPending}>
            {t('improvementPlans.savePoint')}
          </Button>
          {onCancel && (
            <Button type="button" onClick={onCancel}>
              {t('ownInspections.cancel')}
            </Button>
          )}
        </ButtonGroup>
      </form>
    </FieldIdScope>
  );
}

function FollowUpForm({ action, onDone }: { action: Action; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const follow = useFollowUp(action.id);
  const labels = { verdict: t('improvementPlans.followUpFields.verdict'), followedUpOn: t('improvementPlans.followUpFields.followedUpOn'), note: t('improvementPlans.followUpFields.note') };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const v = formValues(event.currentTarget) as Record<string, string>;
    follow.mutate({ verdict: v.verdict as 'accepted', followedUpOn: v.followedUpOn ?? '', note: v.note ?? '' }, { onSuccess: () => onDone(true) });
  };
  return (
    <FieldIdScope scope={`follow-${action.id}`}>
      <form className="baken-form baken-plan-form" onSubmit={submit} noValidate aria-labelledby={`follow-${action.id}-title`}>
        <Heading3 id={`follow-${action.id}-title`}>{t('improvementPlans.followUpFor', { what: action.what })}</Heading3>
        <ErrorSummary error={follow.error} labels={labels} />
        <SelectField
          label={labels.verdict}
          name="verdict"
          defaultValue="accepted"
          options={(['accepted', 'notYetSufficient', 'closed'] as const).map((v) => ({ value: v, label: t(`inspectionWords.verdict.${v}`) }))}
          error={follow.error?.field('verdict')}
        />
        <TextField label={labels.followedUpOn} name="followedUpOn" type="date" defaultValue={todayIso()} error={follow.error?.field('followedUpOn')} required />
        <TextAreaField label={labels.note} name="note" description={t('improvementPlans.followUpFields.noteHint')} error={follow.error?.field('note')} optional rows={3} maxLength={4000} />
        <ButtonGroup>
          <Button appearance="primary" type="submit" busy={follow.isPending}>
            {t('improvementPlans.saveFollowUp')}
          </Button>
          <Button type="button" onClick={() => onDone(false)}>
            {t('ownInspections.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </FieldIdScope>
  );
}

/** For a provider that does not work in Baken: the inspector copies an action from the plan it sent, or changes one. */
function ProviderActionForm({ pointId, n, action = null, onClose }: { pointId: string; n: number; action?: Action | null; onClose?: () => void }) {
  const { t } = useTranslation();
  const add = useAddActionForProvider(pointId);
  const change = useUpdateActionForProvider(action?.id ?? '');
  const save = action ? change : add;
  const [open, setOpen] = useState(!!action);
  const close = () => {
    setOpen(false);
    onClose?.();
  };
  const labels = { what: t('ownInspections.fields.what'), ownerName: t('ownInspections.fields.ownerName'), dueOn: t('ownInspections.fields.dueOn'), status: t('ownInspections.fields.status') };
  if (!open)
    return (
      <p className="utrecht-paragraph">
        <Button onClick={() => setOpen(true)}>{t('improvementPlans.addActionForProvider')}</Button>
      </p>
    );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const v = formValues(event.currentTarget) as Record<string, string>;
    const body = { what: v.what ?? '', ownerName: v.ownerName ?? '', dueOn: v.dueOn ?? '', status: (v.status ?? 'open') as Action['status'], progressNote: v.progressNote ?? '' };
    if (action) change.mutate({ ...body, updatedAt: action.updatedAt }, { onSuccess: close });
    else add.mutate(body, { onSuccess: close });
  };
  const scope = action ? `paction-edit-${action.id}` : `paction-${pointId}`;
  return (
    <FieldIdScope scope={scope}>
      <form className="baken-form baken-plan-form" onSubmit={submit} noValidate aria-labelledby={`${scope}-title`}>
        <Heading3 id={`${scope}-title`}>{action ? t('ownInspections.editActionTitle') : t('ownInspections.newActionTitle', { n })}</Heading3>
        <ErrorSummary error={save.error} labels={labels} />
        <TextAreaField label={labels.what} name="what" defaultValue={action?.what ?? ''} error={save.error?.field('what')} required rows={2} />
        <TextField label={labels.ownerName} name="ownerName" defaultValue={action?.ownerName ?? ''} error={save.error?.field('ownerName')} required />
        <TextField label={labels.dueOn} name="dueOn" type="date" defaultValue={action?.dueOn ?? ''} error={save.error?.field('dueOn')} required />
        <SelectField
          label={labels.status}
          name="status"
          defaultValue={action?.status ?? 'open'}
          options={(['open', 'inProgress', 'done'] as const).map((s) => ({ value: s, label: t(`inspectionWords.actionStatus.${s}`) }))}
        />
        <TextAreaField label={t('ownInspections.fields.progressNote')} name="progressNote" defaultValue={action?.progressNote ?? ''} optional rows={2} />
        <ButtonGroup>
          <Button appearance="primary" type="submit" busy={save.isPending}>
            {t('ownInspections.save')}
          </Button>
          <Button type="button" onClick={close}>
            {t('ownInspections.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </FieldIdScope>
  );
}

function History({ roundId, providerId }: { roundId: string; providerId: string }) {
  const { t } = useTranslation();
  const [show, setShow] = useState(false);
  const history = usePlanHistory(roundId, providerId, show);
  return (
    <section className="baken-section" aria-labelledby="plan-history">
      <Heading3 id="plan-history">{t('improvementPlans.history')}</Heading3>
      {!show ? (
        <Button onClick={() => setShow(true)}>{t('improvementPlans.historyShow')}</Button>
      ) : history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <LoadError error={history.error} />
      ) : (
        <Table caption={t('improvementPlans.historyCaption')} head={[t('improvementPlans.historyColumns.when'), t('improvementPlans.historyColumns.who'), t('improvementPlans.historyColumns.what')]}>
          {history.data.map((h, i) => (
            <Row key={i}>
              <Cell>{formatDateTime(h.changedAt)}</Cell>
              <Cell>{h.changedByName}</Cell>
              <Cell>
                {t(`improvementPlans.historyKinds.${h.recordType}`)} {t(`improvementPlans.historyChange.${h.change}`)}
                {typeof h.snapshot.what === 'string' ? `: ${h.snapshot.what}` : typeof h.snapshot.description === 'string' ? `: ${h.snapshot.description}` : ''}
              </Cell>
            </Row>
          ))}
        </Table>
      )}
    </section>
  );
}

function ProviderPlan({ roundId, providerId, careKind, framework }: { roundId: string; providerId: string; careKind: string; framework: InspectionFramework }) {
  const { t } = useTranslation();
  const plan = usePlan(roundId, providerId);
  const [following, setFollowing] = useState<string | null>(null);
  const [editingPoint, setEditingPoint] = useState<string | null>(null);
  const [editingAction, setEditingAction] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <LoadError error={plan.error} />;
  return (
    <>
      <p className="utrecht-paragraph">{plan.data.keptByProvider ? t('improvementPlans.keptByProvider') : t('improvementPlans.notKept')}</p>
      <p className="utrecht-paragraph baken-plan-downloads">
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={providerPdfUrl(roundId, providerId)} download>
          {t('improvementPlans.providerPdf')}
        </a>
      </p>
      {message && (
        <Alert kind="ok" takeFocus>
          {message}
        </Alert>
      )}
      <PointsList
        points={plan.data.points}
        framework={framework}
        actionControlLabel={t('common.actions')}
        actionControl={(action) => (
          <ButtonGroup>
            <Button onClick={() => { setMessage(null); setFollowing(action.id); }} aria-label={`${t('improvementPlans.followUpTitle')}: ${action.what}`}>
              {t('improvementPlans.followUpTitle')}
            </Button>
            {!plan.data.keptByProvider && (
              <Button onClick={() => { setMessage(null); setEditingAction(action.id); }} aria-label={`${t('ownInspections.editAction')}: ${action.what}`}>
                {t('ownInspections.editAction')}
              </Button>
            )}
          </ButtonGroup>
        )}
        belowPoint={(point, n) => (
          <>
            {point.actions.filter((a) => a.id === following).map((a) => (
              <FollowUpForm
                key={a.id}
                action={a}
                onDone={(saved) => {
                  setFollowing(null);
                  if (saved) setMessage(t('improvementPlans.followUpSaved'));
                }}
              />
            ))}
            {!plan.data.keptByProvider &&
              point.actions
                .filter((a) => a.id === editingAction)
                .map((a) => <ProviderActionForm key={a.id} pointId={point.id} n={n} action={plan.data.points.find((p) => p.id === point.id)?.actions.find((x) => x.id === a.id) ?? null} onClose={() => setEditingAction(null)} />)}
            {!plan.data.keptByProvider && <ProviderActionForm pointId={point.id} n={n} />}
            {editingPoint === point.id ? (
              <PointForm
                roundId={roundId}
                providerId={providerId}
                framework={framework}
                careKind={careKind}
                point={plan.data.points.find((p) => p.id === point.id) ?? null}
                onSaved={() => {
                  setEditingPoint(null);
                  setMessage(t('improvementPlans.pointSaved'));
                }}
                onCancel={() => setEditingPoint(null)}
              />
            ) : (
              <p className="utrecht-paragraph">
                <Button onClick={() => { setMessage(null); setEditingPoint(point.id); }} aria-label={t('improvementPlans.editPointLabel', { n })}>
                  {t('improvementPlans.editPoint')}
                </Button>
              </p>
            )}
          </>
        )}
      />
      <PointForm roundId={roundId} providerId={providerId} framework={framework} careKind={careKind} onSaved={() => setMessage(t('improvementPlans.pointSaved'))} />
      <History roundId={roundId} providerId={providerId} />
    </>
  );
}

export function ImprovementPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const round = useRound(id);
  const overview = useOverview(id);
  const framework = useInspectionFramework();
  if (round.isPending || overview.isPending || framework.isPending) return <Loading />;
  if (round.isError) return <LoadError error={round.error} />;
  if (overview.isError) return <LoadError error={overview.error} />;
  if (framework.isError) return <LoadError error={framework.error} />;
  const providerId = params.get('aanbieder') ?? overview.data[0]?.roundProviderId ?? '';
  const provider = round.data.providers.find((p) => p.id === providerId);
  return (
    <>
      <BackLink to="/inspectie">{t('improvementPlans.backToInspection')}</BackLink>
      <PageHeading title={t('improvementPlans.title')}>
        {t('improvementPlans.title')}: {round.data.title}
      </PageHeading>
      <p className="utrecht-paragraph">{t('improvementPlans.intro')}</p>
      <section className="baken-section" aria-labelledby="plans-overview">
        <Heading2 id="plans-overview">{t('improvementPlans.overviewTitle')}</Heading2>
        {overview.data.length === 0 ? <EmptyState title={t('improvementPlans.noProviders')} /> : <Overview rows={overview.data} />}
        <p className="utrecht-paragraph baken-plan-downloads">
          <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={csvUrl(id)} download>
            {t('improvementPlans.csv')}
          </a>
          <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={roundPdfUrl(id)} download>
            {t('improvementPlans.roundPdf')}
          </a>
        </p>
      </section>
      {provider && (
        <section className="baken-section" aria-labelledby="plan-provider">
          <Heading2 id="plan-provider">{provider.name}</Heading2>
          <SelectField
            label={t('improvementPlans.chooseProvider')}
            name="provider"
            description={t('improvementPlans.chooseProviderHint')}
            value={provider.id}
            onChange={(e) => setParams({ aanbieder: e.target.value })}
            options={round.data.providers.map((p) => ({ value: p.id, label: p.name }))}
          />
          <ProviderPlan key={provider.id} roundId={id} providerId={provider.id} careKind={provider.careKind} framework={framework.data} />
        </section>
      )}
    </>
  );
}
