// The page for recording a disclosure on the file, or for giving information
// on a police request (?politievraag=<id>): only once a call back confirmed
// the caller, which the server holds too.
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { formatDateTime } from '../../ui/format';
import { Heading2 } from '../../ui/Heading';
import { LoadError, Loading } from '../../ui/States';
import { useCaseFile } from '../caseFiles/CaseFileLayout';
import { GuidanceTips } from '../caseFiles/work/GuidanceTips';
import { useDisclosureOptions, usePoliceRequests } from './api';
import { DisclosureForm } from './DisclosureForm';
import './disclosures.css';
import { BackLink } from '../../ui/BackLink';

export function DisclosureFormPage() {
  const { t } = useTranslation();
  const { youth, access } = useCaseFile();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const requestId = params.get('politievraag');
  const options = useDisclosureOptions(youth.id, access.canUpdate);
  const requests = usePoliceRequests(youth.id);
  const back = `/jongeren/${youth.id}/verstrekkingen`;
  const request = requestId ? requests.data?.find((r) => r.id === requestId) : undefined;
  const confirmed = request?.callbacks.find((c) => c.confirmed);
  const title = requestId ? t('disclosureForm.titleForRequest') : t('disclosureForm.title');

  let body;
  if (!access.canUpdate) body = <Alert kind="info">{t('disclosureForm.readOnly')}</Alert>;
  else if (options.isPending || (requestId && requests.isPending)) body = <Loading />;
  else if (options.isError) body = <LoadError error={options.error} />;
  else if (requestId && (!request || !confirmed || request.outcome !== null)) body = <Alert kind="warning">{t('disclosureForm.notVerified')}</Alert>;
  else
    body = (
      <>
        {request && confirmed && (
          <Alert kind="info">
            <p className="utrecht-paragraph">
              {t('disclosureForm.forRequest', { caller: request.callerName, unit: request.callerUnit, date: formatDateTime(request.receivedAt), partner: confirmed.partnerName })}
            </p>
          </Alert>
        )}
        <DisclosureForm
          options={options.data!}
          request={request}
          onSaved={(d) =>
            navigate(back, {
              state: { saved: request ? t('fileDisclosures.answered') : d.delivered ? t('fileDisclosures.savedDelivered', { recipient: d.recipientName }) : t('fileDisclosures.saved') },
            })
          }
          onCancel={() => navigate(back)}
        />
      </>
    );

  return (
    <div className="baken-work">
      <div className="baken-work__main">
        <BackLink to={back}>{t('disclosureForm.back')}</BackLink>
        <Heading2>{title}</Heading2>
        <p className="utrecht-paragraph">{t('disclosureForm.intro')}</p>
        {body}
      </div>
      <div className="baken-work__aside">
        <GuidanceTips place={requestId ? ['policeRequests', 'disclosures'] : 'disclosures'} />
      </div>
    </div>
  );
}
