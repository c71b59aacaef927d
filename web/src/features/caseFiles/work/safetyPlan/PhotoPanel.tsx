// The youth's current photo and, for whoever may change the file, a way to add
// a newer one. Adding never replaces: the earlier photos stay in the file.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../api/http';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { todayIso } from '../../../../ui/calendar';
import { formatDate, formatDateTime } from '../../../../ui/format';
import { ErrorSummary, FieldIdScope, TextField } from '../../../../ui/Form';
import { Heading2 } from '../../../../ui/Heading';
import { LoadError, Loading } from '../../../../ui/States';
import { useCaseFile } from '../../CaseFileLayout';
import { checkPhoto, photoSrc, usePhotoInfo, useUploadPhoto, type PhotoProblem } from './photoApi';

const SCOPE = 'photo';
const FILE_ID = `field-${SCOPE}-file`;

export function PhotoPanel() {
  const { t, i18n } = useTranslation();
  const { youth, access } = useCaseFile();
  const info = usePhotoInfo(youth.id);
  const [progress, setProgress] = useState(0);
  const upload = useUploadPhoto(youth.id, setProgress);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);

  const problemText = (p: PhotoProblem) =>
    p.key === 'tooLarge'
      ? t('safetyPlanPhoto.problems.tooLarge', { size: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(p.megabytes) })
      : t(`safetyPlanPhoto.problems.${p.key}`);

  // The server's refusal of the file itself belongs beside the file field, like the checks made here.
  const fileError = (error: ApiError) =>
    error.code === 'UNSUPPORTED_MEDIA' || error.code === 'PAYLOAD_TOO_LARGE' ? new ApiError(error.status, error.code, error.message, [{ path: 'file', message: error.message }]) : error;
  const error = problem ?? (upload.error ? fileError(upload.error) : null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isPending) return;
    const form = event.currentTarget;
    const file = (form.elements.namedItem('file') as HTMLInputElement | null)?.files?.[0] ?? null;
    const takenOn = String(new FormData(form).get('takenOn') ?? '');
    upload.reset();
    const found = await checkPhoto(file);
    if (found) {
      setProblem(new ApiError(400, 'VALIDATION_FAILED', t('form.errorSummary'), [{ path: 'file', message: problemText(found) }]));
      return;
    }
    setProblem(null);
    setProgress(0);
    upload.mutate(
      { file: file!, takenOn },
      {
        onSuccess: () => {
          form.reset();
          setSaved((n) => n + 1);
        },
      },
    );
  };

  const src = info.data ? photoSrc(youth.id, info.data) : null;
  const percent = Math.round(progress * 100);
  const fieldMessage = error?.field('file');
  return (
    <section aria-labelledby="photo-title" className="baken-photo">
      <Heading2 id="photo-title">{t('safetyPlanPhoto.title')}</Heading2>
      <p className="utrecht-paragraph">{t('safetyPlanPhoto.intro')}</p>
      <div className="baken-photo__layout">
        <div className="baken-photo__current">
          {info.isPending && <Loading />}
          {info.isError && <LoadError error={info.error} />}
          {info.data === null && <p className="utrecht-paragraph baken-photo__none">{t('safetyPlanPhoto.none')}</p>}
          {info.data && src && (
            <figure className="baken-photo__figure">
              {failedSrc === src ? (
                <Alert kind="warning">{t('safetyPlanPhoto.imageFailed')}</Alert>
              ) : (
                <img className="baken-photo__image" src={src} alt={t('safetyPlanPhoto.alt')} onError={() => setFailedSrc(src)} />
              )}
              <figcaption className="baken-photo__caption">
                {info.data.takenOn && <span>{t('safetyPlanPhoto.takenOn', { date: formatDate(info.data.takenOn) })}</span>}
                <span>{t('safetyPlanPhoto.addedBy', { name: info.data.uploadedByName ?? '—', date: formatDateTime(info.data.uploadedAt) })}</span>
              </figcaption>
            </figure>
          )}
        </div>
        {access.canUpdate && (
          <FieldIdScope scope={SCOPE}>
            <form className="baken-form baken-photo__form" noValidate onSubmit={(event) => void onSubmit(event)}>
              <ErrorSummary error={error} labels={{ file: t('safetyPlanPhoto.file'), takenOn: t('safetyPlanPhoto.takenOnLabel') }} />
              {saved > 0 && !upload.isPending && !error && (
                <Alert kind="ok" key={saved}>
                  {t('safetyPlanPhoto.saved')}
                </Alert>
              )}
              <div className={`utrecht-form-field utrecht-form-field--text ${fieldMessage ? 'utrecht-form-field--invalid' : ''}`}>
                <div className="utrecht-form-field__label">
                  <label className="utrecht-form-label" htmlFor={FILE_ID}>
                    {t('safetyPlanPhoto.file')}
                  </label>
                </div>
                <div className="utrecht-form-field__description utrecht-form-field-description" id={`${FILE_ID}-description`}>
                  {t('safetyPlanPhoto.fileHint')}
                </div>
                {fieldMessage && (
                  <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${FILE_ID}-error`}>
                    {fieldMessage}
                  </div>
                )}
                <div className="utrecht-form-field__input">
                  <input
                    type="file"
                    id={FILE_ID}
                    name="file"
                    className="baken-file-input"
                    accept="image/jpeg,image/png,.jpg,.jpeg,.png"
                    aria-required
                    aria-invalid={fieldMessage ? true : undefined}
                    aria-describedby={[`${FILE_ID}-description`, fieldMessage ? `${FILE_ID}-error` : ''].filter(Boolean).join(' ')}
                    onChange={() => setProblem(null)}
                  />
                </div>
              </div>
              <TextField
                label={t('safetyPlanPhoto.takenOnLabel')}
                name="takenOn"
                type="date"
                max={todayIso()}
                optional
                description={t('safetyPlanPhoto.takenOnHint')}
                error={error?.field('takenOn')}
              />
              {upload.isPending && (
                <div className="baken-photo__progress" role="status">
                  <progress max={100} value={percent} aria-labelledby="photo-progress-label" />
                  <span id="photo-progress-label">{t('safetyPlanPhoto.sending', { percent })}</span>
                </div>
              )}
              <Button type="submit" appearance="secondary" busy={upload.isPending}>
                {info.data ? t('safetyPlanPhoto.replace') : t('safetyPlanPhoto.add')}
              </Button>
            </form>
          </FieldIdScope>
        )}
      </div>
    </section>
  );
}
