// One policy: its current facts, every version with its document, the history
// of changes, and for the quality officer a new version, a new owner or review
// date, and withdrawal (after a question).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/http';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FieldIdScope, TextAreaField, TextField } from '../../../ui/Form';
import { Heading3 } from '../../../ui/Heading';
import { formatDate, formatDateTime } from '../../../ui/format';
import { LoadError, Loading } from '../../../ui/States';
import { Cell, Row, Table } from '../../../ui/Table';
import { todayIso } from '../../../ui/calendar';
import { policyDocumentUrl, usePolicyHistory, useWithdrawPolicy, type Policy } from './api';
import { PolicyForm } from './PolicyForm';
import { PolicyStatus } from './PolicyStatus';

function History({ policy }: { policy: Policy }) {
  const { t } = useTranslation();
  const history = usePolicyHistory(policy.id, true);
  if (history.isPending) return <Loading />;
  if (history.isError) return <LoadError error={history.error} />;
  return (
    <Table caption={t('policies.detail.historyCaption', { title: policy.title })} head={[t('policies.detail.when'), t('policies.detail.what'), t('policies.detail.who')]}>
      {history.data.map((h, i) => (
        <Row key={i}>
          <Cell>{formatDateTime(h.changedAt)}</Cell>
          <Cell>
            {t(`policies.detail.changes.${h.change}`)}
            {typeof h.snapshot.versionLabel === 'string' && <span className="baken-cell-sub">{t('policies.versionLabel')} {h.snapshot.versionLabel}</span>}
          </Cell>
          <Cell>{h.changedByName ?? '–'}</Cell>
        </Row>
      ))}
    </Table>
  );
}

function WithdrawPolicy({ policy, open, onClose, onDone }: { policy: Policy; open: boolean; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawPolicy(policy.id);
  const [reason, setReason] = useState('');
  const [on, setOn] = useState(todayIso());
  const [error, setError] = useState<ApiError | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  return (
    <ConfirmDialog
      open={open}
      title={t('policies.withdraw.title')}
      confirmLabel={t('policies.withdraw.confirm')}
      busy={withdraw.isPending}
      onCancel={close}
      onConfirm={() =>
        withdraw.mutate(
          { withdrawnOn: on, reason, version: policy.version },
          {
            onSuccess: () => {
              close();
              onDone(t('policies.withdraw.done'));
            },
            onError: setError,
          },
        )
      }
    >
      <p className="utrecht-paragraph">
        <strong>{policy.title}</strong>
      </p>
      <p className="utrecht-paragraph">{t('policies.withdraw.text')}</p>
      {error && error.fields.length === 0 && <p className="utrecht-form-field-error-message">{error.message}</p>}
      <FieldIdScope scope="policy-withdraw">
        <TextField label={t('policies.withdraw.withdrawnOn')} name="withdrawnOn" type="date" required value={on} onChange={(e) => setOn(e.target.value)} error={error?.field('withdrawnOn')} />
        <TextAreaField
          label={t('policies.withdraw.reason')}
          name="reason"
          rows={3}
          required
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          description={t('policies.withdraw.reasonHint')}
          error={error?.field('reason')}
        />
      </FieldIdScope>
    </ConfirmDialog>
  );
}

export function PolicyDetail({ policy, manage, onNotice, onClose }: { policy: Policy; manage: boolean; onNotice: (message: string | null) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<'version' | 'update' | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [policy.id]);
  const done = (message: string) => {
    setForm(null);
    onNotice(message);
  };
  return (
    <section className="baken-expertise-person" aria-labelledby="policy-detail-title">
      <h2 className="utrecht-heading-2" id="policy-detail-title" tabIndex={-1} ref={heading}>
        {policy.title}
      </h2>
      <p className="utrecht-paragraph">
        {t(`policies.kinds.${policy.kind}`)} · {t('policies.versionLabel')} {policy.versionLabel} · {t('policies.owner')}: {policy.owner.name} <PolicyStatus policy={policy} />
      </p>
      {policy.status === 'withdrawn' && policy.withdrawnOn && (
        <p className="utrecht-paragraph">{t('policies.detail.withdrawnOn', { date: formatDate(policy.withdrawnOn), reason: policy.withdrawnReason ?? '' })}</p>
      )}
      {manage && policy.status === 'current' && (
        <ButtonGroup>
          <Button appearance="primary" onClick={() => (onNotice(null), setForm('version'))}>
            {t('policies.detail.newVersion')}
          </Button>
          <Button appearance="secondary" onClick={() => (onNotice(null), setForm('update'))}>
            {t('policies.detail.update')}
          </Button>
          <Button appearance="subtle" onClick={() => setWithdrawing(true)}>
            {t('policies.detail.withdraw')}
          </Button>
        </ButtonGroup>
      )}
      {form && <PolicyForm key={form} mode={{ kind: form, policy }} onDone={(message) => done(message)} onCancel={() => setForm(null)} />}

      <Heading3>{t('policies.detail.versions')}</Heading3>
      <Table
        caption={t('policies.detail.versionsCaption', { title: policy.title })}
        captionHidden
        head={[t('policies.versionLabel'), t('policies.adoptedOn'), t('policies.reviewOn'), t('policies.owner'), t('policies.document'), t('policies.detail.changeNote')]}
      >
        {policy.versions.map((v) => (
          <Row key={v.id}>
            <Cell header>
              {v.versionLabel}
              <span className="baken-cell-sub">{v.current ? t('policies.detail.current') : v.supersededAt ? t('policies.detail.supersededOn', { date: formatDate(v.supersededAt) }) : ''}</span>
            </Cell>
            <Cell>{formatDate(v.adoptedOn)}</Cell>
            <Cell>{formatDate(v.reviewOn)}</Cell>
            <Cell>{v.ownerName ?? '–'}</Cell>
            <Cell>
              {v.document ? (
                <a className="utrecht-link" href={policyDocumentUrl(policy.id, v.id)} download={v.document.fileName}>
                  {t('policies.download', { name: v.document.fileName })}
                </a>
              ) : (
                <span className="baken-hint">{t('policies.noDocument')}</span>
              )}
              {v.reference && <span className="baken-cell-sub">{t('policies.where', { reference: v.reference })}</span>}
            </Cell>
            <Cell>
              {v.changeNote || '–'}
              {v.recordedByName && <span className="baken-cell-sub">{t('policies.detail.recordedBy', { name: v.recordedByName })}</span>}
            </Cell>
          </Row>
        ))}
      </Table>
      <p className="utrecht-paragraph">
        <Button appearance="subtle" aria-expanded={showHistory} onClick={() => setShowHistory(!showHistory)}>
          {showHistory ? t('policies.detail.hideHistory') : t('policies.detail.history')}
        </Button>
      </p>
      {showHistory && <History policy={policy} />}
      <p className="utrecht-paragraph">
        <Button appearance="subtle" onClick={onClose}>
          {t('policies.detail.close', { title: policy.title })}
        </Button>
      </p>
      {manage && <WithdrawPolicy policy={policy} open={withdrawing} onClose={() => setWithdrawing(false)} onDone={done} />}
    </section>
  );
}
