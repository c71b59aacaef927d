// The police information sheet: built from the file when the page opens, every
// line with a checkbox so the professional keeps only what the police need,
// then handed over as a disclosure (to whom, why, on what ground, why each kind
// of data, who decided). After that: the PDF of exactly what went.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { DataCategory } from '../../../../server/src/modules/disclosures/disclosures.options';
import { LEGAL_GROUNDS, SECRECY_GROUNDS } from '../../../../server/src/modules/disclosures/disclosures.options';
import { useSession } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../ui/Form';
import { formatDateTime } from '../../ui/format';
import { Heading2, Heading3 } from '../../ui/Heading';
import { LoadError, Loading } from '../../ui/States';
import { useCaseFile } from '../caseFiles/CaseFileLayout';
import { GuidanceTips } from '../caseFiles/work/GuidanceTips';
import { sheetPdfPath, useEpisodes, useHandOver, useSheetPreview, type HandOverBody, type HandOverResult, type SheetPreview } from './api';
import { dutchLocalInput } from './time';
import { readYesNo, YesNo } from './YesNo';
import './missing.css';
import { BackLink } from '../../ui/BackLink';

const OTHER = 'other';
type Sheet = SheetPreview['sheet'];

/** The kinds of data the kept sheet holds, once each, in the order of its sections (as the server derives them). */
function keptCategories(sheet: Sheet, keep: ReadonlySet<string>): DataCategory[] {
  const kept = sheet.sections.filter((s) => s.items.some((i) => i.fixed || keep.has(i.key)));
  return [...new Set(kept.map((s) => s.category).filter((c): c is DataCategory => c !== null))];
}

export function PoliceSheetPage() {
  const { t } = useTranslation();
  const { episodeId = '' } = useParams();
  const { youth } = useCaseFile();
  const preview = useSheetPreview(youth.id, episodeId);
  const episodes = useEpisodes(youth.id);
  const [result, setResult] = useState<HandOverResult | null>(null);
  const back = `/jongeren/${youth.id}/vermissing`;

  return (
    <div className="baken-work">
      <div className="baken-work__main">
        <BackLink to={back}>{t('missing.sheet.back')}</BackLink>
        <Heading2>{t('missing.sheet.title')}</Heading2>
        {preview.isPending && <Loading />}
        {preview.isError && <LoadError error={preview.error} />}
        {result ? (
          <Alert kind="ok" title={t('missing.sheet.done', { recipient: result.recipientName })} takeFocus>
            <p className="utrecht-paragraph">{result.delivered ? t('missing.sheet.doneInBaken') : t('missing.sheet.donePrint')}</p>
            <p className="utrecht-paragraph">
              <a className="utrecht-link utrecht-link--html-a" href={sheetPdfPath(youth.id, episodeId, result.disclosureId)} target="_blank" rel="noopener noreferrer">
                {t('missing.sheet.pdf')}
              </a>
            </p>
            <BackLink to={back}>{t('missing.sheet.back')}</BackLink>
          </Alert>
        ) : (
          preview.data &&
          episodes.data && (
            <SheetEditor
              key={preview.data.sheet.fingerprint}
              preview={preview.data}
              since={episodes.data.find((e) => e.id === episodeId)?.lastSeenAt ?? null}
              onReload={() => void preview.refetch()}
              onDone={setResult}
            />
          )
        )}
      </div>
      <div className="baken-work__aside">
        <GuidanceTips place={['missing', 'disclosures']} />
      </div>
    </div>
  );
}

function SheetEditor({ preview, since, onReload, onDone }: { preview: SheetPreview; since: string | null; onReload: () => void; onDone: (result: HandOverResult) => void }) {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  const session = useSession();
  const { episodeId = '' } = useParams();
  const handOver = useHandOver(youth.id, episodeId);
  const { sheet, policePartners, deciders } = preview;
  const [keep, setKeep] = useState<Set<string>>(() => new Set(sheet.sections.flatMap((s) => s.items.map((i) => i.key))));
  const [recipient, setRecipient] = useState(policePartners[0]?.id ?? OTHER);
  const [youthInformed, setYouthInformed] = useState(false);
  const [pending, setPending] = useState<HandOverBody | null>(null);
  const categories = useMemo(() => keptCategories(sheet, keep), [sheet, keep]);
  const me = session.data?.user?.id;
  const recipientName = (body: HandOverBody) => (body.recipientPartnerId ? (policePartners.find((p) => p.id === body.recipientPartnerId)?.name ?? '') : (body.recipientName ?? ''));
  const hasPhone247 = sheet.sections.some((s) => s.items.some((i) => i.key === 'organisation.phone247'));

  const labels: Record<string, string> = {
    recipientPartnerId: t('missing.sheet.recipient'),
    recipientName: t('missing.sheet.recipientName'),
    recipientKind: t('missing.sheet.recipientName'),
    purpose: t('missing.sheet.purpose'),
    legalGround: t('missing.sheet.legalGround'),
    secrecyGround: t('missing.sheet.secrecyGround'),
    secrecyReasoning: t('missing.sheet.secrecyReasoning'),
    decidedById: t('missing.sheet.decidedBy'),
    youthInformed: t('missing.sheet.youthInformed'),
    youthNotInformedReason: t('missing.sheet.youthNotInformedReason'),
    disclosedAt: t('missing.sheet.disclosedAt'),
    ...Object.fromEntries(categories.map((c) => [`whys.${c}`, t('missing.sheet.why', { category: t(`disclosureOptions.categories.${c}`) })])),
  };

  const toggle = (key: string, on: boolean) =>
    setKeep((now) => {
      const next = new Set(now);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    handOver.reset();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '');
    const body: HandOverBody = {
      keep: [...keep],
      fingerprint: sheet.fingerprint,
      recipientPartnerId: recipient === OTHER ? null : recipient,
      recipientKind: recipient === OTHER ? 'police' : null,
      recipientName: recipient === OTHER ? text('recipientName') : '',
      purpose: text('purpose'),
      legalGround: text('legalGround') as HandOverBody['legalGround'],
      secrecyGround: text('secrecyGround') as HandOverBody['secrecyGround'],
      secrecyReasoning: text('secrecyReasoning'),
      decidedById: text('decidedById'),
      youthInformed: readYesNo(form, 'youthInformed') ?? false,
      youthNotInformedReason: text('youthNotInformedReason'),
      disclosedAt: text('disclosedAt'),
      whys: Object.fromEntries(categories.map((c) => [c, text(`whys.${c}`)])),
    };
    setPending(body);
  };

  const send = (body: HandOverBody) => handOver.mutate(body, { onSuccess: onDone, onSettled: () => setPending(null) });
  const sinceText = since ? formatDateTime(since) : '';

  return (
    <>
      <p className="utrecht-paragraph">{t('missing.sheet.intro')}</p>
      {!hasPhone247 && (
        <Alert kind="warning">
          <p className="utrecht-paragraph">{t('missing.sheet.noPhone247')}</p>
        </Alert>
      )}
      <section aria-labelledby="sheet-preview" className="baken-card baken-sheet">
        <Heading3 id="sheet-preview">{t('missing.sheet.previewTitle')}</Heading3>
        <p className="baken-sheet__title">
          <strong>{sheet.title}</strong> — {sheet.subjectName}
        </p>
        {sheet.sections.map((section) => (
          <fieldset key={section.key} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset baken-sheet__section">
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{section.heading}</legend>
            {section.key === 'photo' && keep.has('photo') && <img className="baken-sheet__photo" src={`/api/youths/${youth.id}/photo?v=${sheet.fingerprint}`} alt={t('missing.sheet.photoAlt')} />}
            {section.items.map((item) => {
              const id = `keep-${item.key}`;
              const text = item.label ? `${item.label}: ${item.text}` : item.text;
              return item.fixed ? (
                <p key={item.key} className="utrecht-paragraph baken-sheet__fixed">
                  {text} <span className="baken-hint">({t('missing.sheet.fixed')})</span>
                </p>
              ) : (
                <div key={item.key} className="utrecht-form-field utrecht-form-field--checkbox baken-sheet__item">
                  <div className="utrecht-form-field__input">
                    <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" id={id} checked={keep.has(item.key)} onChange={(e) => toggle(item.key, e.target.checked)} />
                  </div>
                  <div className="utrecht-form-field__label">
                    <label className={`utrecht-form-label utrecht-form-label--checkbox ${keep.has(item.key) ? '' : 'baken-sheet__trimmed'}`} htmlFor={id}>
                      {item.label && <strong>{item.label}: </strong>}
                      <span className="baken-prewrap">{item.text}</span>
                    </label>
                  </div>
                </div>
              );
            })}
          </fieldset>
        ))}
      </section>

      <section aria-labelledby="hand-over" className="baken-section">
        <Heading3 id="hand-over">{t('missing.sheet.handOverTitle')}</Heading3>
        <p className="utrecht-paragraph">{t('missing.sheet.handOverIntro')}</p>
        {handOver.error?.code === 'SHEET_CHANGED' ? (
          <Alert kind="error" title={handOver.error.message}>
            <Button appearance="secondary" onClick={onReload}>
              {t('missing.sheet.reload')}
            </Button>
          </Alert>
        ) : (
          <ErrorSummary error={handOver.error} labels={labels} />
        )}
        <form onSubmit={submit} noValidate className="baken-form">
          <SelectField
            label={labels.recipientPartnerId!}
            name="recipientPartnerId"
            value={recipient}
            onChange={(e) => setRecipient(e.target.value)}
            options={[
              ...policePartners.map((p) => ({ value: p.id, label: p.worksInBaken ? t('missing.sheet.inBaken', { name: p.name }) : p.name })),
              { value: OTHER, label: t('missing.sheet.recipientOther') },
            ]}
            error={handOver.error?.field('recipientPartnerId')}
          />
          {recipient === OTHER && (
            <TextField
              label={labels.recipientName!}
              name="recipientName"
              required
              maxLength={200}
              description={t('missing.sheet.recipientNameHint')}
              error={handOver.error?.field('recipientName') ?? handOver.error?.field('recipientKind')}
            />
          )}
          <TextAreaField
            label={labels.purpose!}
            name="purpose"
            required
            rows={2}
            maxLength={2000}
            defaultValue={t('missing.sheet.purposeDefault', { name: youth.firstName, since: sinceText })}
            error={handOver.error?.field('purpose')}
          />
          <SelectField
            label={labels.legalGround!}
            name="legalGround"
            defaultValue="vitalInterest"
            options={LEGAL_GROUNDS.map((value) => ({ value, label: t(`disclosureOptions.legalGrounds.${value}`) }))}
            error={handOver.error?.field('legalGround')}
          />
          <SelectField
            label={labels.secrecyGround!}
            name="secrecyGround"
            defaultValue="conflictOfDuties"
            options={SECRECY_GROUNDS.map((value) => ({ value, label: t(`disclosureOptions.secrecyGrounds.${value}`) }))}
            error={handOver.error?.field('secrecyGround')}
          />
          <TextAreaField
            label={labels.secrecyReasoning!}
            name="secrecyReasoning"
            rows={3}
            maxLength={4000}
            defaultValue={t('missing.sheet.secrecyDefault', { name: youth.firstName })}
            error={handOver.error?.field('secrecyReasoning')}
          />
          <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('missing.sheet.whysTitle')}</legend>
            {categories.map((category) => (
              <TextAreaField
                key={category}
                label={labels[`whys.${category}`]!}
                name={`whys.${category}`}
                required
                rows={2}
                maxLength={1000}
                defaultValue={t(`missing.sheet.whyDefaults.${category}` as 'missing.sheet.whyDefaults.identity', { defaultValue: '' })}
                error={handOver.error?.field(`whys.${category}`)}
              />
            ))}
          </fieldset>
          <SelectField
            label={labels.decidedById!}
            name="decidedById"
            description={t('missing.sheet.decidedByHint')}
            defaultValue={deciders.some((d) => d.id === me) ? me : deciders[0]?.id}
            options={deciders.map((d) => ({ value: d.id, label: d.name }))}
            error={handOver.error?.field('decidedById')}
          />
          <YesNo legend={labels.youthInformed!} name="youthInformed" defaultValue={false} onChange={setYouthInformed} error={handOver.error?.field('youthInformed')} />
          {!youthInformed && (
            <TextAreaField
              label={labels.youthNotInformedReason!}
              name="youthNotInformedReason"
              required
              rows={2}
              maxLength={2000}
              defaultValue={t('missing.sheet.youthNotInformedDefault')}
              error={handOver.error?.field('youthNotInformedReason')}
            />
          )}
          <TextField label={labels.disclosedAt!} name="disclosedAt" type="datetime-local" required max={dutchLocalInput()} defaultValue={dutchLocalInput()} error={handOver.error?.field('disclosedAt')} />
          <Button type="submit" appearance="primary" busy={handOver.isPending}>
            {t('missing.sheet.submit')}
          </Button>
        </form>
      </section>
      <ConfirmDialog
        open={pending !== null}
        title={t('missing.sheet.confirmTitle', { recipient: pending ? recipientName(pending) || '…' : '' })}
        confirmLabel={t('missing.sheet.confirm')}
        busy={handOver.isPending}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && send(pending)}
      >
        <p className="utrecht-paragraph">{t('missing.sheet.confirmText', { recipient: pending ? recipientName(pending) || '…' : '' })}</p>
      </ConfirmDialog>
    </>
  );
}
