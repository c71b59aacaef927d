// CoMensha in a youth's file: where the file stands (registered, not
// registered with the reasoning, or nothing yet, which is a warning with what
// to do), the consents, the registrations with their copy, and the reasoning
// when none is made. Tips beside it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { formatDate, formatDateTime } from '../../ui/format';
import { Heading2 } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { useCaseFile } from '../caseFiles/CaseFileLayout';
import { GuidanceTips } from '../caseFiles/work/GuidanceTips';
import { useComenshaFile, type ComenshaFile } from './api';
import { ConsentCard } from './ConsentCard';
import { ConsentForm, type ConsentSaved } from './ConsentForm';
import { NoRegistrationSection } from './NoRegistrationSection';
import { RegistrationSection } from './RegistrationSection';
import './comensha.css';

function Status({ file }: { file: ComenshaFile }) {
  const { t } = useTranslation();
  const { status } = file;
  return (
    <section aria-labelledby="comensha-status" className="baken-comensha__status">
      <h2 className="baken-visually-hidden" id="comensha-status">
        {t('comensha.status.title')}
      </h2>
      {status.state === 'registered' && (
        <Alert kind="ok" title={t('comensha.status.registeredTitle')}>
          <p className="utrecht-paragraph">{t('comensha.status.registered', { date: formatDateTime(status.registeredAt), form: t(`comensha.options.forms.${status.form}`) })}</p>
        </Alert>
      )}
      {status.state === 'notRegistered' && status.reason === 'notYetAsked' && (
        <Alert kind="warning" title={t('comensha.status.toAskTitle')}>
          <p className="utrecht-paragraph">{t('comensha.status.toAsk', { date: formatDate(status.decidedOn) })}</p>
        </Alert>
      )}
      {status.state === 'notRegistered' && status.reason !== 'notYetAsked' && (
        <Alert kind="info" title={t('comensha.status.notRegisteredTitle')}>
          <p className="utrecht-paragraph">{t('comensha.status.notRegistered', { reason: t(`comensha.options.reasons.${status.reason}`), date: formatDate(status.decidedOn) })}</p>
        </Alert>
      )}
      {status.state === 'nothingRecorded' && (
        <Alert kind="warning" title={t('comensha.status.nothingTitle')}>
          <p className="utrecht-paragraph">{t('comensha.status.nothing')}</p>
        </Alert>
      )}
      {file.withdrawnAfterRegistration && (
        <Alert kind="warning">
          <p className="utrecht-paragraph">{t('comensha.status.withdrawnAfter')}</p>
        </Alert>
      )}
    </section>
  );
}

function ConsentSection({ youthId, file, canUpdate }: { youthId: string; file: ComenshaFile; canUpdate: boolean }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [result, setResult] = useState<(ConsentSaved & { n: number }) | null>(null);
  return (
    <section aria-labelledby="comensha-consents" className="baken-record-section">
      <Heading2 id="comensha-consents">{t('comensha.consents.title')}</Heading2>
      <p className="utrecht-paragraph">{t('comensha.consents.intro')}</p>
      {result && !adding && (
        <Alert kind={result.kind === 'saved' ? 'ok' : 'warning'} takeFocus key={result.n}>
          {result.kind === 'saved' ? t('comensha.consents.saved') : t('comensha.consents.savedWithoutDocument', { message: result.message })}
        </Alert>
      )}
      {canUpdate && !adding && (
        <p className="utrecht-paragraph">
          <Button appearance="secondary" onClick={() => setAdding(true)}>
            {t('comensha.consents.add')}
          </Button>
        </p>
      )}
      {adding && (
        <div className="baken-card">
          <ConsentForm
            youthId={youthId}
            ageToday={file.ageToday}
            onDone={(saved) => (setAdding(false), setResult({ ...saved, n: (result?.n ?? 0) + 1 }))}
            onCancel={() => setAdding(false)}
          />
        </div>
      )}
      {file.consents.length === 0 && !adding && <EmptyState title={t('comensha.consents.none')} />}
      {file.consents.length > 0 && (
        <ol className="baken-records">
          {file.consents.map((consent) => (
            <ConsentCard key={consent.id} youthId={youthId} consent={consent} canUpdate={canUpdate} />
          ))}
        </ol>
      )}
    </section>
  );
}

export function ComenshaPage() {
  const { t } = useTranslation();
  const { youth, access } = useCaseFile();
  const file = useComenshaFile(youth.id);
  return (
    <div className="baken-work">
      <div className="baken-work__main">
        <Heading2>{t('comensha.title')}</Heading2>
        <p className="utrecht-paragraph">{t('comensha.intro')}</p>
        {file.isPending && <Loading />}
        {file.isError && <LoadError error={file.error} />}
        {file.data && (
          <>
            <Status file={file.data} />
            <ConsentSection youthId={youth.id} file={file.data} canUpdate={access.canUpdate} />
            <RegistrationSection youthId={youth.id} file={file.data} canUpdate={access.canUpdate} />
            {/* Once registered there is nothing left to weigh; earlier reasonings stay readable. */}
            {(file.data.status.state !== 'registered' || file.data.noRegistrations.length > 0) && (
              <NoRegistrationSection youthId={youth.id} items={file.data.noRegistrations} canUpdate={access.canUpdate && file.data.status.state !== 'registered'} />
            )}
          </>
        )}
      </div>
      <div className="baken-work__aside">
        <GuidanceTips place="comensha" />
      </div>
    </div>
  );
}
