// Deciding about a police report, on the youth's file: every deliberation
// kept, newest first, each signed off by a lead professional and then locked.
// A changed wish is a new deliberation. Beside it what the file says about
// LVB and trauma, and the tips.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can, useSession } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { StatusBadge } from '../../ui/Badge';
import { Button, ButtonGroup } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDate } from '../../ui/format';
import { Heading2, Heading3 } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { useCaseFile } from '../caseFiles/CaseFileLayout';
import { GuidanceTips } from '../caseFiles/work/GuidanceTips';
import { RecordHistory } from '../caseFiles/work/RecordHistory';
import { useCreateRecord, useRecords, useSignOff, useUpdateRecord } from '../caseFiles/work/recordApi';
import { DELIBERATION_PATH, type Deliberation } from './deliberation';
import { DeliberationForm } from './DeliberationForm';
import { DeliberationView } from './DeliberationView';
import { LvbPanel } from './LvbPanel';
import './policeCooperation.css';

type Mode = { kind: 'idle' } | { kind: 'new' } | { kind: 'edit'; id: string };

export function PoliceReportDeliberationPage() {
  const { t } = useTranslation();
  const session = useSession();
  const { youth, access } = useCaseFile();
  const records = useRecords<Deliberation>(youth.id, DELIBERATION_PATH);
  const create = useCreateRecord<Deliberation>(youth.id, DELIBERATION_PATH);
  const update = useUpdateRecord<Deliberation>(youth.id, DELIBERATION_PATH);
  const signOff = useSignOff<Deliberation>(youth.id, DELIBERATION_PATH);
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [confirming, setConfirming] = useState<Deliberation | null>(null);
  const [notice, setNotice] = useState(0);
  const canSignOff = access.canUpdate && can(session.data, 'caseFile.signOff');
  const done = () => {
    setMode({ kind: 'idle' });
    setNotice((n) => n + 1);
  };

  return (
    <div className="baken-work">
      <div className="baken-work__main">
        <Heading2>{t('policeReportDeliberation.title')}</Heading2>
        <p className="utrecht-paragraph">{t('policeReportDeliberation.intro')}</p>
        <Alert kind="warning" title={t('policeReportDeliberation.reminderTitle')}>
          <p className="utrecht-paragraph">{t('policeReportDeliberation.reminder')}</p>
        </Alert>
        <p className="utrecht-paragraph baken-hint">
          {t('policeReportDeliberation.disclosureHint')}{' '}
          <Link className="utrecht-link utrecht-link--html-a" to={`/jongeren/${youth.id}/verstrekkingen`}>
            {t('policeReportDeliberation.disclosureLink')}
          </Link>
          .
        </p>

        <section aria-labelledby="deliberations-title" className="baken-record-section">
          <Heading2 id="deliberations-title">{t('policeReportDeliberation.listTitle')}</Heading2>
          {notice > 0 && mode.kind === 'idle' && (
            <Alert kind="ok" takeFocus key={notice}>
              {t('records.saved')}
            </Alert>
          )}
          {access.canUpdate && mode.kind !== 'new' && (
            <p className="utrecht-paragraph">
              <Button appearance="secondary" onClick={() => (create.reset(), setMode({ kind: 'new' }))}>
                {t('policeReportDeliberation.add')}
              </Button>
            </p>
          )}
          {!access.canUpdate && <p className="utrecht-paragraph baken-hint">{t('policeReportDeliberation.readOnly')}</p>}
          {mode.kind === 'new' && (
            <div className="baken-card">
              <Heading3>{t('policeReportDeliberation.newTitle')}</Heading3>
              <DeliberationForm
                busy={create.isPending}
                error={create.error}
                submitLabel={t('records.save')}
                onSubmit={(body) => create.mutate(body, { onSuccess: done })}
                onCancel={() => setMode({ kind: 'idle' })}
              />
            </div>
          )}
          {records.isPending && <Loading />}
          {records.isError && <LoadError error={records.error} />}
          {records.data?.length === 0 && mode.kind !== 'new' && (
            <EmptyState title={t('policeReportDeliberation.empty')}>
              <p className="utrecht-paragraph">{t('policeReportDeliberation.emptyHint')}</p>
            </EmptyState>
          )}
          {records.data && records.data.length > 0 && (
            <ol className="baken-records">
              {records.data.map((deliberation) => {
                const signed = !!deliberation.signedOffAt;
                if (mode.kind === 'edit' && mode.id === deliberation.id) {
                  return (
                    <li key={deliberation.id} className="baken-card">
                      <Heading3>{t('policeReportDeliberation.editTitle')}</Heading3>
                      <DeliberationForm
                        initial={deliberation}
                        busy={update.isPending}
                        error={update.error}
                        submitLabel={t('records.save')}
                        onSubmit={(body) => update.mutate({ id: deliberation.id, body: { ...body, updatedAt: deliberation.updatedAt } }, { onSuccess: done })}
                        onCancel={() => setMode({ kind: 'idle' })}
                      />
                    </li>
                  );
                }
                return (
                  <li key={deliberation.id} className="baken-card">
                    <p className="baken-record__status">
                      {signed ? (
                        <StatusBadge status="success">
                          {t('records.signedOff', { name: deliberation.signedOffByName ?? '—', date: formatDate(deliberation.signedOffAt!) })}
                        </StatusBadge>
                      ) : (
                        <StatusBadge status="warning">{t('records.draft')}</StatusBadge>
                      )}
                    </p>
                    <DeliberationView deliberation={deliberation} />
                    <p className="baken-record__meta">{t('records.recordedBy', { name: deliberation.createdByName ?? '—', date: formatDate(deliberation.createdAt) })}</p>
                    <ButtonGroup>
                      {access.canUpdate && !signed && (
                        <Button appearance="secondary" onClick={() => (update.reset(), setMode({ kind: 'edit', id: deliberation.id }))}>
                          {t('records.edit')}
                        </Button>
                      )}
                      {canSignOff && !signed && (
                        <Button appearance="primary" onClick={() => setConfirming(deliberation)}>
                          {t('records.signOff')}
                        </Button>
                      )}
                    </ButtonGroup>
                    <RecordHistory youthId={youth.id} recordId={deliberation.id} kind="policeReportDeliberation" />
                  </li>
                );
              })}
            </ol>
          )}
          {signOff.error && <Alert kind="error">{signOff.error.message}</Alert>}
          <ConfirmDialog
            open={confirming !== null}
            title={t('records.signOffTitle')}
            confirmLabel={t('records.signOff')}
            busy={signOff.isPending}
            onCancel={() => setConfirming(null)}
            onConfirm={() => confirming && signOff.mutate(confirming, { onSuccess: done, onSettled: () => setConfirming(null) })}
          >
            <p className="utrecht-paragraph">{t('policeReportDeliberation.signOffText')}</p>
          </ConfirmDialog>
        </section>
      </div>
      <div className="baken-work__side">
        <LvbPanel />
        <GuidanceTips place="policeReportDeliberation" />
      </div>
    </div>
  );
}
