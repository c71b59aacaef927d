// Bringing a case in at a conference, for the own organisation: without a
// name (initials, age, region) or named from one of the own files. A named
// case is a disclosure: purpose, legal ground, professional secrecy, which
// kinds of data and why each is needed, the lead professional who decided,
// and whether the youth knows (seed 001 §11; checklist gemeenten check 4).
// A dialog asks before anything is shared.
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LEGAL_GROUNDS, SECRECY_GROUNDS, type DataCategory, type SecrecyGround } from '../../../../server/src/modules/disclosures/disclosures.options';
import { Button, ButtonGroup, TextLink } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../ui/Form';
import { PageHeading } from '../../ui/Heading';
import { LoadError, Loading } from '../../ui/States';
import { useYouths } from '../caseFiles/api';
import { GuidanceTips } from '../caseFiles/work/GuidanceTips';
import { CategoryChecklist } from '../disclosures/CategoryChecklist';
import { useDisclosureOptions } from '../disclosures/api';
import { categoryLabel, legalGroundHelp, legalGroundLabel, secrecyHelp, secrecyLabel } from '../disclosures/labels';
import { RadioGroup } from '../disclosures/RadioGroup';
import { SECRECY_SET_ASIDE, byKind } from '../disclosures/DisclosureForm';
import { conferenceApi, useConference, useConferenceChange, type CaseInput } from './api';

export function BringInCasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const conference = useConference(id);
  const [kind, setKind] = useState<'pseudonymous' | 'named' | ''>('');
  const [youthId, setYouthId] = useState('');
  const [checked, setChecked] = useState<DataCategory[]>([]);
  const [secrecy, setSecrecy] = useState<SecrecyGround | ''>('');
  const [informed, setInformed] = useState<'yes' | 'no' | ''>('');
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
    legalGround: t('disclosureForm.legalGround'),
    secrecyGround: t('disclosureForm.secrecyGround'),
    secrecyReasoning: t('disclosureForm.secrecyReasoning'),
    categories: t('disclosureForm.categoriesLegend'),
    decidedById: t('disclosureForm.decidedById'),
    youthInformed: t('disclosureForm.youthInformed'),
    youthNotInformedReason: t('disclosureForm.youthNotInformedReason'),
  };
  for (const c of checked) labels[`why.${c}`] = t('disclosureForm.whyFor', { category: categoryLabel(t, c) });

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
      secrecyReasoning: SECRECY_SET_ASIDE.includes(secrecy as SecrecyGround) ? value('secrecyReasoning') : '',
      categories: checked.map((category) => ({ category, why: value(`why.${category}`) })),
      youthNotInformedReason: informed === 'no' ? value('youthNotInformedReason') : '',
    };
    if (youthId) body.youthId = youthId;
    if (value('legalGround')) body.legalGround = value('legalGround');
    if (secrecy) body.secrecyGround = secrecy;
    if (value('decidedById')) body.decidedById = value('decidedById');
    if (informed) body.youthInformed = informed === 'yes';
    setSent(checked);
    const complete = ['youthId', 'legalGround', 'secrecyGround', 'decidedById', 'youthInformed'].every((k) => k in body) && checked.length > 0;
    if (complete) setPending(body as CaseInput);
    else send(body as CaseInput);
  };

  if (conference.isPending) return <Loading />;
  if (conference.isError) return <LoadError error={conference.error} />;
  const youthList = youths.data ?? [];
  return (
    <>
      <TextLink to={`/zorgtafels/${id}`}>← {conference.data.title}</TextLink>
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
            <RadioGroup
              legend={labels.legalGround!}
              name="legalGround"
              description={t('disclosureForm.legalGroundHint')}
              options={LEGAL_GROUNDS.map((g) => ({ value: g, label: legalGroundLabel(t, g), help: legalGroundHelp(t, g) }))}
              error={fieldError('legalGround')}
            />
            <RadioGroup
              legend={labels.secrecyGround!}
              name="secrecyGround"
              value={secrecy}
              onChange={(v) => setSecrecy(v as SecrecyGround)}
              options={SECRECY_GROUNDS.map((g) => ({ value: g, label: secrecyLabel(t, g), help: secrecyHelp(t, g) }))}
              error={fieldError('secrecyGround')}
            />
            {SECRECY_SET_ASIDE.includes(secrecy as SecrecyGround) && (
              <TextAreaField label={labels.secrecyReasoning!} name="secrecyReasoning" required rows={3} maxLength={4000} error={fieldError('secrecyReasoning')} />
            )}
            <CategoryChecklist
              checked={checked}
              onToggle={(category, on) => setChecked((now) => (on ? [...now, category] : now.filter((c) => c !== category)))}
              error={fieldError('categories')}
              whyError={(category) => fieldError(`why.${category}`)}
            />
            <SelectField
              label={labels.decidedById!}
              name="decidedById"
              required
              placeholder={t('disclosureForm.deciderPlaceholder')}
              description={t('disclosureForm.decidedByHint')}
              options={(options.data?.deciders ?? []).map((d) => ({ value: d.id, label: d.name }))}
              error={fieldError('decidedById')}
            />
            <RadioGroup
              legend={labels.youthInformed!}
              name="youthInformed"
              value={informed}
              onChange={(v) => setInformed(v as 'yes' | 'no')}
              options={[
                { value: 'yes', label: t('records.yes') },
                { value: 'no', label: t('records.no') },
              ]}
              error={fieldError('youthInformed')}
            />
            {informed === 'no' && (
              <TextAreaField label={labels.youthNotInformedReason!} name="youthNotInformedReason" required rows={2} maxLength={2000} error={fieldError('youthNotInformedReason')} />
            )}
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
