// A provider's judgments in a round: per theme and expectation of the
// framework variant its kind of care calls for, sufficient, insufficient or
// not assessed, with findings. Made for entering fast by keyboard: Tab from
// expectation to expectation, V, O or N (or the arrow keys) to choose, and
// Ctrl+Enter saves everything at once. Only what changed is sent, each with
// the version it was read at: a change by someone else in between is refused
// and nothing is saved. The history is read on request (each read is logged).
// While the round is open the provider's own details can be changed in place.
import { useEffect, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { JUDGMENT_VALUES, type JudgmentValue } from '../../../../server/src/modules/inspection/inspection.options';
import type { ApiError } from '../../api/http';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { DataList } from '../../ui/DataList';
import { ErrorSummary, FieldIdScope, TextAreaField } from '../../ui/Form';
import { formatDateTime } from '../../ui/format';
import { Heading2, Heading3, PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import {
  providerReportUrl,
  useFramework,
  useJudgmentHistory,
  useProviderJudgments,
  useSaveJudgments,
  useUpdateProvider,
  type InspectionFramework,
  type Judgment,
  type Provider,
  type ProviderJudgments,
} from './api';
import { DetailsEditor } from './DetailsEditor';
import { ProviderFields, providerInputFrom, providerLabels } from './ProviderFields';
import { expectationsByRef, textOf } from './words';
import './inspection.css';
import { BackLink } from '../../ui/BackLink';

type Draft = { judgment: JudgmentValue; findings: string };
const KEYS: Record<string, JudgmentValue> = { v: 'sufficient', o: 'insufficient', n: 'notAssessed' };
const KEY_OF: Record<JudgmentValue, string> = { sufficient: 'V', insufficient: 'O', notAssessed: 'N' };

function initialDrafts(judgments: Judgment[]): Record<string, Draft> {
  return Object.fromEntries(judgments.map((j) => [j.ref, { judgment: j.judgment, findings: j.findings ?? '' }]));
}

function History({ roundId, providerId }: { roundId: string; providerId: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const history = useJudgmentHistory(roundId, providerId, shown);
  return (
    <section aria-labelledby="history">
      <Heading2 id="history">{t('inspection.judgments.historyTitle')}</Heading2>
      {!shown ? (
        <Button onClick={() => setShown(true)}>{t('inspection.judgments.historyShow')}</Button>
      ) : history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <LoadError error={history.error} />
      ) : history.data.length === 0 ? (
        <EmptyState title={t('inspection.judgments.historyEmpty')} />
      ) : (
        <Table
          caption={t('inspection.judgments.historyCaption')}
          head={[
            t('inspection.judgments.historyWhen'),
            t('inspection.judgments.historyWho'),
            t('inspection.judgments.historyRef'),
            t('inspection.judgments.historyChange'),
            t('inspection.judgments.historyJudgment'),
            t('inspection.judgments.historyFindings'),
          ]}
        >
          {history.data.map((h, i) => (
            <Row key={i}>
              <Cell>{formatDateTime(h.changedAt)}</Cell>
              <Cell>{h.changedByName ?? ''}</Cell>
              <Cell>{h.ref}</Cell>
              <Cell>{t(`inspection.judgments.change.${h.change}`)}</Cell>
              <Cell>{t(`inspectionWords.judgment.${h.judgment}`)}</Cell>
              <Cell>{h.findings ?? ''}</Cell>
            </Row>
          ))}
        </Table>
      )}
    </section>
  );
}

function JudgmentsForm({ data, framework, onReload }: { data: ProviderJudgments; framework: InspectionFramework; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const { round, provider } = data;
  const save = useSaveJudgments(round.id, provider.id);
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => initialDrafts(data.judgments));
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [sentRefs, setSentRefs] = useState<string[]>([]);
  const readOnly = round.status === 'closed';
  const saved = useMemo(() => new Map(data.judgments.map((j) => [j.ref, j])), [data.judgments]);

  // Only new judgments reset the drafts: saving the provider's details reloads the page's data, and unsaved judgments must survive that.
  useEffect(() => setDrafts(initialDrafts(data.judgments)), [data.judgments]);

  const themes = framework.themes.map((theme) => ({
    theme,
    expectations: theme.expectations.filter((e) => !e.retired && e.appliesTo.includes(provider.variant)),
  }));
  const applicable = new Set(themes.flatMap((x) => x.expectations.map((e) => e.ref)));
  const draftOf = (ref: string): Draft => drafts[ref] ?? { judgment: 'notAssessed', findings: '' };
  const changed = [...applicable].filter((ref) => {
    const before = saved.get(ref);
    const now = draftOf(ref);
    return before ? before.judgment !== now.judgment || (before.findings ?? '') !== now.findings.trim() : now.judgment !== 'notAssessed' || now.findings.trim() !== '';
  });
  const set = (ref: string, patch: Partial<Draft>) => {
    setNotice(null);
    setDrafts((d) => ({ ...d, [ref]: { ...(d[ref] ?? { judgment: 'notAssessed', findings: '' }), ...patch } }));
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (readOnly || save.isPending) return;
    setError(null);
    if (changed.length === 0) {
      setNotice(t('inspection.judgments.nothingChanged'));
      return;
    }
    setSentRefs(changed);
    save.mutate(
      { judgments: changed.map((ref) => ({ ref, judgment: draftOf(ref).judgment, findings: draftOf(ref).findings, updatedAt: saved.get(ref)?.updatedAt ?? null })) },
      { onSuccess: () => setNotice(t('inspection.judgments.saved', { count: changed.length })), onError: setError },
    );
  };
  const onFormKey = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };
  const onChoiceKey = (ref: string) => (event: KeyboardEvent<HTMLDivElement>) => {
    if (readOnly || event.ctrlKey || event.metaKey || event.altKey) return;
    const value = KEYS[event.key.toLowerCase()];
    if (!value || !(event.target instanceof HTMLInputElement) || event.target.type !== 'radio') return;
    event.preventDefault();
    set(ref, { judgment: value });
    document.getElementById(`judgment-${ref}-${value}`)?.focus();
  };

  // The server names fields by the position in what was sent: judgments.<i>.findings.
  const fieldError = (ref: string, field: 'ref' | 'findings') => {
    const i = sentRefs.indexOf(ref);
    return i >= 0 ? error?.field(`judgments.${i}.${field}`) : undefined;
  };
  const labels = Object.fromEntries(sentRefs.flatMap((ref, i) => [[`judgments.${i}.ref`, ref] as const, [`judgments.${i}.findings`, `${ref} ${t('inspection.judgments.findings')}`] as const]));
  const expectations = expectationsByRef(framework);
  const notApplying = data.judgments.filter((j) => !j.applies);

  return (
    <>
      {readOnly && <Alert kind="info">{t('inspection.judgments.closedNotice')}</Alert>}
      {!readOnly && (
        <Alert kind="info" title={t('inspection.judgments.keyboardTitle')}>
          <p className="utrecht-paragraph">{t('inspection.judgments.keyboard')}</p>
        </Alert>
      )}
      <ErrorSummary error={error} labels={labels} />
      {error?.code === 'EDIT_CONFLICT' && (
        <Button
          onClick={() => {
            setError(null);
            onReload();
          }}
        >
          {t('inspection.judgments.reload')}
        </Button>
      )}
      <form onSubmit={submit} onKeyDown={onFormKey} noValidate>
        {themes.map(({ theme, expectations: list }) => (
          <section key={theme.ref} className="baken-insp-theme" aria-labelledby={`theme-${theme.ref}`}>
            <Heading2 id={`theme-${theme.ref}`}>
              {theme.ref}. {textOf(theme, i18n.language)}
            </Heading2>
            <p className="utrecht-paragraph baken-hint">{i18n.language.startsWith('en') ? theme.descriptionEn : theme.descriptionNl}</p>
            {list.length === 0 && <p className="utrecht-paragraph">{t('inspection.judgments.themeNoExpectations')}</p>}
            {list.map((e) => {
              const draft = draftOf(e.ref);
              const before = saved.get(e.ref);
              const refError = fieldError(e.ref, 'ref');
              return (
                <fieldset key={e.ref} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset baken-insp-expectation" aria-describedby={refError ? `judgment-${e.ref}-error` : undefined}>
                  <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
                    <span className="baken-insp-ref">{e.ref}</span> {textOf(e, i18n.language)}
                  </legend>
                  {refError && (
                    <div className="utrecht-form-field-error-message" id={`judgment-${e.ref}-error`}>
                      {refError}
                    </div>
                  )}
                  <div className="baken-insp-choices" role="radiogroup" aria-label={t('inspection.judgments.judgmentLegend')} onKeyDown={onChoiceKey(e.ref)}>
                    {JUDGMENT_VALUES.map((value) => (
                      <div className="baken-insp-choice" key={value}>
                        <input
                          type="radio"
                          className="utrecht-radio-button utrecht-radio-button--html-input"
                          id={`judgment-${e.ref}-${value}`}
                          name={`judgment-${e.ref}`}
                          value={value}
                          checked={draft.judgment === value}
                          disabled={readOnly}
                          onChange={() => set(e.ref, { judgment: value })}
                        />
                        <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`judgment-${e.ref}-${value}`}>
                          {t(`inspectionWords.judgment.${value}`)} <kbd aria-hidden="true">{KEY_OF[value]}</kbd>
                        </label>
                      </div>
                    ))}
                  </div>
                  <FieldIdScope scope={`findings-${e.ref}`}>
                    <TextAreaField
                      label={t('inspection.judgments.findings')}
                      name="findings"
                      rows={2}
                      optional={draft.judgment !== 'insufficient'}
                      required={draft.judgment === 'insufficient'}
                      readOnly={readOnly}
                      value={draft.findings}
                      onChange={(event) => set(e.ref, { findings: event.target.value })}
                      description={draft.judgment === 'insufficient' ? t('inspection.judgments.findingsHint') : undefined}
                      error={fieldError(e.ref, 'findings')}
                    />
                  </FieldIdScope>
                  {before?.judgedByName && <p className="utrecht-paragraph baken-hint">{t('inspection.judgments.lastBy', { name: before.judgedByName, when: formatDateTime(before.updatedAt) })}</p>}
                </fieldset>
              );
            })}
          </section>
        ))}
        {!readOnly && (
          <div className="baken-insp-savebar">
            <Button type="submit" appearance="primary" busy={save.isPending}>
              {t('inspection.judgments.save')}
            </Button>
            <span role="status" aria-live="polite">
              {notice ?? (changed.length > 0 ? t('inspection.judgments.unsaved', { count: changed.length }) : '')}
            </span>
          </div>
        )}
      </form>
      {notApplying.length > 0 && (
        <section aria-labelledby="not-applying">
          <Heading3 id="not-applying">{t('inspection.judgments.notApplyingTitle')}</Heading3>
          <p className="utrecht-paragraph">{t('inspection.judgments.notApplyingText')}</p>
          <ul className="utrecht-unordered-list">
            {notApplying.map((j) => (
              <li key={j.ref} className="utrecht-unordered-list__item">
                {j.ref} {expectations.get(j.ref) ? textOf(expectations.get(j.ref)!, i18n.language) : ''}: {t(`inspectionWords.judgment.${j.judgment}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function EditProvider({ roundId, provider, onConflict }: { roundId: string; provider: Provider; onConflict: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateProvider(roundId, provider.id);
  return (
    <DetailsEditor
      scope="edit-provider"
      editLabel={t('inspection.edit.provider')}
      version={provider.updatedAt}
      labels={providerLabels(t)}
      conflictText={t('inspection.edit.providerConflict')}
      savedText={t('inspection.edit.providerSaved')}
      save={(values, updatedAt) => update.mutateAsync({ ...providerInputFrom(values), updatedAt })}
      onConflict={onConflict}
    >
      {(error) => <ProviderFields error={error} initial={provider} careKindHint={t('inspection.edit.careKindHint')} />}
    </DetailsEditor>
  );
}

export function ProviderJudgmentsPage() {
  const { t } = useTranslation();
  const { id = '', providerId = '' } = useParams();
  const judgments = useProviderJudgments(id, providerId);
  const framework = useFramework();
  const back = (
    <BackLink to={`/inspectie/rondes/${id}`}>{t('inspection.judgments.back')}</BackLink>
  );
  if (judgments.isPending || framework.isPending)
    return (
      <>
        <PageHeading title={t('inspection.title')}>{t('inspection.title')}</PageHeading>
        <Loading />
      </>
    );
  if (judgments.isError || framework.isError)
    return (
      <>
        <PageHeading title={t('inspection.title')}>{t('inspection.title')}</PageHeading>
        <LoadError error={judgments.error ?? framework.error} />
        {back}
      </>
    );
  const { round, provider } = judgments.data;
  const title = t('inspection.judgments.titleOf', { name: provider.name });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {back}
      <DataList
        items={[
          { key: t('inspection.judgments.facts.round'), value: round.title },
          ...(provider.location ? [{ key: t('inspection.judgments.facts.location'), value: provider.location }] : []),
          { key: t('inspection.judgments.facts.careKind'), value: t(`inspectionWords.careKind.${provider.careKind}`) },
          { key: t('inspection.judgments.facts.variant'), value: t(`inspection.judgments.variant.${provider.variant}`, { count: provider.applicable }) },
          { key: t('inspection.judgments.facts.score'), value: t('inspection.judgments.scoreText', { sufficient: provider.sufficient, insufficient: provider.insufficient, notAssessed: provider.notAssessed }) },
          ...(provider.bakenSlug ? [{ key: t('inspection.judgments.facts.bakenSlug'), value: provider.bakenSlug }] : []),
        ]}
      />
      {round.status === 'open' && <EditProvider roundId={round.id} provider={provider} onConflict={() => void judgments.refetch()} />}
      <p className="utrecht-paragraph">
        <a className="utrecht-link utrecht-link--html-a" href={providerReportUrl(round.id, provider.id)}>
          {t('inspection.judgments.report')}
        </a>
      </p>
      <JudgmentsForm data={judgments.data} framework={framework.data} onReload={() => void judgments.refetch()} />
      <History roundId={round.id} providerId={provider.id} />
    </>
  );
}
