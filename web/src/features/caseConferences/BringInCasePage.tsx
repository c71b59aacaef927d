// Bringing a case in at a conference, for the own organisation: without a
// name (initials, age, region) or named from one of the own files. A named
// case is a disclosure: purpose, legal ground, professional secrecy, which
// kinds of data and why each is needed, the lead professional who decided,
// and whether the youth knows (seed 001 §11; checklist gemeenten check 4).
// A dialog asks before anything is shared.
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DataCategory } from '../../../../server/src/modules/disclosures/disclosures.options';
import { Button, ButtonGroup } from '../../ui/Button';
import { BackLink } from '../../ui/BackLink';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../ui/Form';
import { PageHeading } from '../../ui/Heading';
import { LoadError, Loading } from '../../ui/States';
import { useYouths } from '../caseFiles/api';
import { GuidanceTips } from '../caseFiles/work/GuidanceTips';
import { useDisclosureOptions } from '../disclosures/api';
import { addGroundAnswers, byKind, DecisionFields, groundLabels, LegalGroundFields, useGroundState } from '../disclosures/GroundFields';
import { RadioGroup } from '../disclosures/RadioGroup';
import { conferenceApi, useConference, useConferenceChange, type CaseInput } from './api';

export function BringInCasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const conference = useConference(id);
  const [kind, setKind] = useState<'pseudonymous' | 'named' | ''>('');
  const [youthId, setYouthId] = useState('');
  const ground = useGroundState();
  const { checked } = ground;
  const [sent, setSent] = useState<DataCategory[]>([]);
  const [pending, setPending] = useState<CaseInput | null>(null);
  const youths = useYouths({});
  const options = useDisclosureOptions(youthId, kind === 'named' && youthId !== '');
  const save = useConferenceChange(id, (body: CaseInput) => conferenceApi.bringIn(id, body));
  const error = useMemo(() => byKind(save.error, sent), [save.error, sent]);
  const fieldError = (name: string) => error?.field(name);

  const labels: Record<string, string> = {
    kind: t('caseConferences.bringIn.kind'),
    initials: t('caseConferences.bringIn.initials'),
    age: t('caseConferences.bringIn.age'),
    region: t('caseConferences.bringIn.region'),
    summary: t('caseConferences.bringIn.summary'),
    youthId: t('caseConferences.bringIn.youth'),
    purpose: t('caseConferences.bringIn.purpose'),
    ...groundLabels(t, checked),
  };

  const send = (body: CaseInput) =>
    save.mutate(body, {
      onSuccess: () => navigate(`/zorgtafels/${id}`),
      onSettled: () => setPending(null),
    });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.reset();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '');
    if (kind !== 'named') {
      const age = value('age').trim();
      send({
        kind: 'pseudonymous',
        initials: value('initials'),
        age: (age === '' ? undefined : Number.isInteger(Number(age)) ? Number(age) : age) as number,
        region: value('region'),
        summary: value('summary'),
      });
      return;
    }
    const body: Record<string, unknown> = {
      kind: 'named',
      summary: value('summary'),
      purpose: value('purpose'),
    };
    if (youthId) body.youthId = youthId;
    const { complete } = addGroundAnswers(body, ground, value);
    setSent(checked);
    if (complete && youthId) setPending(body as CaseInput);
    else send(body as CaseInput);
  };

  if (conference.isPending) return <Loading />;
  if (conference.isError)
    return (
      <>
        <PageHeading title={t('caseConferences.bringIn.title')}>{t('caseConferences.bringIn.title')}</PageHeading>
        <LoadError error={conference.error} />
        <BackLink to="/zorgtafels">{t('caseConferences.detail.back')}</BackLink>
      </>
    );
  const youthList = youths.data ?? [];
  return (
    <>
      <BackLink to={`/zorgtafels/${id}`}>{t('caseConferences.bringIn.back', { title: conference.data.title })}</BackLink>
      <PageHeading title={t('caseConferences.bringIn.title')}>{t('caseConferences.bringIn.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('caseConferences.bringIn.intro')}</p>
      <ErrorSummary error={error} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form baken-disclosure-form">
        <RadioGroup
          legend={labels.kind!}
          name="kind"
          value={kind}
          onChange={(v) => setKind(v as 'pseudonymous' | 'named')}
          options={[
            { value: 'pseudonymous', label: t('caseConferences.bringIn.pseudonymous'), help: t('caseConferences.bringIn.pseudonymousHelp') },
            { value: 'named', label: t('caseConferences.bringIn.named'), help: t('caseConferences.bringIn.namedHelp') },
          ]}
          error={fieldError('kind')}
        />
        {kind === 'pseudonymous' && (
          <>
            <TextField label={labels.initials!} name="initials" required autoComplete="off" maxLength={10} error={fieldError('initials')} />
            <TextField label={labels.age!} name="age" required inputMode="numeric" autoComplete="off" error={fieldError('age')} />
            <TextField label={labels.region!} name="region" required autoComplete="off" error={fieldError('region')} />
          </>
        )}
        {kind === 'named' &&
          (youths.isPending ? (
            <Loading />
          ) : youthList.length === 0 ? (
            <p className="utrecht-paragraph">{t('caseConferences.bringIn.noYouths')}</p>
          ) : (
            <SelectField
              label={labels.youthId!}
              name="youthId"
              required
              value={youthId}
              onChange={(e) => setYouthId(e.currentTarget.value)}
              placeholder={t('caseConferences.bringIn.youthPlaceholder')}
              options={youthList.map((y) => ({ value: y.id, label: `${y.firstName} ${y.lastName}` }))}
              error={fieldError('youthId')}
            />
          ))}
        {kind !== '' && (
          <TextAreaField label={labels.summary!} name="summary" required rows={5} maxLength={4000} description={t('caseConferences.bringIn.summaryHint')} error={fieldError('summary')} />
        )}
        {kind === 'named' && (
          <>
            <TextAreaField label={labels.purpose!} name="purpose" required rows={2} maxLength={2000} error={fieldError('purpose')} />
            <LegalGroundFields state={ground} fieldError={fieldError} reasoningRows={3} />
            <DecisionFields state={ground} fieldError={fieldError} deciders={options.data?.deciders ?? []} />
          </>
        )}
        {kind !== '' && (
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={save.isPending}>
              {t('caseConferences.bringIn.submit')}
            </Button>
            <Button type="button" onClick={() => navigate(`/zorgtafels/${id}`)}>
              {t('caseConferences.bringIn.cancel')}
            </Button>
          </ButtonGroup>
        )}
      </form>
      <ConfirmDialog
        open={pending !== null}
        title={t('caseConferences.bringIn.confirmTitle')}
        confirmLabel={t('caseConferences.bringIn.confirm')}
        busy={save.isPending}
        onConfirm={() => pending && send(pending)}
        onCancel={() => setPending(null)}
      >
        <p className="utrecht-paragraph">{t('caseConferences.bringIn.confirmText')}</p>
      </ConfirmDialog>
      <GuidanceTips place="caseConference" />
    </>
  );
}
