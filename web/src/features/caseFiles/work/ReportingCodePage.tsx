// The five steps of the reporting code (meldcode) for a concern: each dated,
// with who took part and the outcome; step 4 with the code's two weighing
// questions, step 5 with the decision.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORTING_CODE_STEPS } from '../../../../../server/src/modules/caseFiles/caseFiles.options';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { formatDate, formatLabelList } from '../../../ui/format';
import { todayIso } from '../../../ui/calendar';
import { Heading2, Heading3 } from '../../../ui/Heading';
import { LoadError, Loading } from '../../../ui/States';
import { useCaseFile } from '../CaseFileLayout';
import { GuidanceTips } from './GuidanceTips';
import { optionText, specs } from './fieldSpecs';
import { RecordForm } from './RecordForm';
import { RecordHistory } from './RecordHistory';
import { useCreateRecord, useRecords, type CaseRecord } from './recordApi';

interface Step extends CaseRecord {
  step: number;
  occurredOn: string;
  participants: string;
  outcome: string;
  details: { consulted?: string[]; talkedWith?: string[]; reportingNeeded?: string; helpPossible?: string; decision?: string[] };
}

export function ReportingCodePage() {
  const { t } = useTranslation();
  const { youth, access } = useCaseFile();
  const steps = useRecords<Step>(youth.id, 'reporting-code-steps');
  const create = useCreateRecord<Step>(youth.id, 'reporting-code-steps');
  const [recording, setRecording] = useState<number | null>(null);
  const [saved, setSaved] = useState(0);

  return (
    <div className="baken-work">
      <div className="baken-work__main">
        <Heading2>{t('reportingCode.title')}</Heading2>
        <p className="utrecht-paragraph">{t('reportingCode.intro')}</p>
        {saved > 0 && recording === null && (
          <Alert kind="ok" takeFocus key={saved}>
            {t('records.saved')}
          </Alert>
        )}
        {steps.isPending && <Loading />}
        {steps.isError && <LoadError error={steps.error} />}
        {steps.data && (
          <ol className="baken-steps-list">
            {REPORTING_CODE_STEPS.map((number) => {
              const done = steps.data.filter((s) => s.step === number);
              return (
                <li key={number} className="baken-card">
                  <Heading3>
                    {t('reportingCode.step', { number })}: {t(`reportingCode.steps.${number}`)}
                  </Heading3>
                  {done.length === 0 && <p className="utrecht-paragraph baken-hint">{t('reportingCode.notYet')}</p>}
                  {done.map((s) => (
                    <div key={s.id} className="baken-step-entry">
                      <p className="utrecht-paragraph">
                        <strong>{t('reportingCode.done', { date: formatDate(s.occurredOn) })}</strong> · {s.participants}
                      </p>
                      {s.details.consulted && <p className="utrecht-paragraph">{t('fields.reportingCodeStep.consulted')} {formatLabelList(s.details.consulted.map((c) => optionText(t, 'consulted', c)))}</p>}
                      {s.details.talkedWith && <p className="utrecht-paragraph">{t('fields.reportingCodeStep.talkedWith')} {formatLabelList(s.details.talkedWith.map((c) => optionText(t, 'talkedWith', c)))}</p>}
                      {s.details.reportingNeeded && (
                        <p className="utrecht-paragraph">
                          {t('fields.reportingCodeStep.reportingNeeded')} <strong>{optionText(t, 'yesNo', s.details.reportingNeeded)}</strong>
                        </p>
                      )}
                      {s.details.helpPossible && (
                        <p className="utrecht-paragraph">
                          {t('fields.reportingCodeStep.helpPossible')} <strong>{optionText(t, 'yesNo', s.details.helpPossible)}</strong>
                        </p>
                      )}
                      {s.details.decision && <p className="utrecht-paragraph">{t('fields.reportingCodeStep.decision')}: {formatLabelList(s.details.decision.map((c) => optionText(t, 'reportingDecisions', c)))}</p>}
                      <p className="utrecht-paragraph baken-prewrap">{s.outcome}</p>
                      <RecordHistory youthId={youth.id} recordId={s.id} kind="reportingCodeStep" />
                    </div>
                  ))}
                  {access.canUpdate &&
                    (recording === number ? (
                      <RecordForm
                        kind="reportingCodeStep"
                        fields={specs.reportingCodeStep(t, number)}
                        initial={{ occurredOn: todayIso() }}
                        submitLabel={t('records.save')}
                        busy={create.isPending}
                        error={create.error}
                        onSubmit={(body) =>
                          create.mutate({ ...body, step: number }, { onSuccess: () => (setRecording(null), setSaved((n) => n + 1)) })
                        }
                        onCancel={() => setRecording(null)}
                      />
                    ) : (
                      <Button onClick={() => (create.reset(), setRecording(number))}>{done.length > 0 ? t('reportingCode.update', { number }) : t('reportingCode.record', { number })}</Button>
                    ))}
                </li>
              );
            })}
          </ol>
        )}
      </div>
      <GuidanceTips place="reportingCode" />
    </div>
  );
}
