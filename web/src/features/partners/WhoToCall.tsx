// "Who do I call?": the page a professional opens under stress. The
// organisation's own 24/7 number, its designated officer and substitute, and
// the police contacts from the directory, every number a tel: link.
import { useTranslation } from 'react-i18next';
import { can, useSession } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { ButtonLink } from '../../ui/Button';
import { Heading2, Heading3 } from '../../ui/Heading';
import { LoadError, Loading } from '../../ui/States';
import { useOrganisationContacts, type OrganisationContacts, type Partner } from './api';
import { PhoneLink } from './PhoneLink';

type Colleague = OrganisationContacts['designatedOfficer'];

function Person({ title, person }: { title: string; person: Colleague }) {
  const { t } = useTranslation();
  return (
    <div className="baken-call-card">
      <Heading3>{title}</Heading3>
      {person ? (
        <>
          <p className="utrecht-paragraph baken-call-card__name">{person.displayName}</p>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href={`mailto:${person.email}`}>
              {person.email}
            </a>
          </p>
          {!person.active && <p className="utrecht-paragraph baken-call-card__warning">{t('partners.whoToCall.inactive')}</p>}
        </>
      ) : (
        <p className="utrecht-paragraph baken-hint">{t('partners.whoToCall.notChosen')}</p>
      )}
    </div>
  );
}

function PoliceContact({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const kind = t(`partners.kinds.${partner.kind}`);
  return (
    <div className="baken-call-card">
      <h4 className="utrecht-heading-4">{kind}</h4>
      <p className="utrecht-paragraph baken-call-card__name">
        {partner.name}
        {partner.contactPerson && <span className="baken-cell-sub">{partner.contactPerson}</span>}
      </p>
      {partner.phone && (
        <p className="utrecht-paragraph baken-call-card__number">
          <PhoneLink phone={partner.phone} label={t('partners.whoToCall.callPartner', { name: partner.name })} />
        </p>
      )}
      {partner.verifiedPhone && (
        <p className="utrecht-paragraph baken-hint">
          {t('partners.whoToCall.callBack')} <PhoneLink phone={partner.verifiedPhone} label={t('partners.whoToCall.callBackPartner', { name: partner.name })} />
        </p>
      )}
      {partner.worksInBaken && <p className="utrecht-paragraph baken-hint">{t('partners.directory.worksInBakenAs', { name: partner.bakenOrganisationName })}</p>}
    </div>
  );
}

export function WhoToCall() {
  const { t } = useTranslation();
  const session = useSession();
  const contacts = useOrganisationContacts();
  const manage = can(session.data, 'partners.manage');
  const data = contacts.data;
  const incomplete = data && (!data.phone247 || !data.designatedOfficer || !data.substitute);
  return (
    <section aria-labelledby="who-to-call" className="baken-who-to-call">
      <Heading2 id="who-to-call">{t('partners.whoToCall.title')}</Heading2>
      <p className="utrecht-paragraph baken-who-to-call__emergency">{t('partners.whoToCall.emergency')}</p>
      {contacts.isPending && <Loading />}
      {contacts.isError && <LoadError error={contacts.error} />}
      {data && (
        <>
          {incomplete && (
            <Alert kind="warning" title={t('partners.whoToCall.incompleteTitle')}>
              <p className="utrecht-paragraph">{manage ? t('partners.whoToCall.incompleteManage') : t('partners.whoToCall.incompleteRead')}</p>
            </Alert>
          )}
          <div className="baken-call-grid">
            <div className="baken-call-card baken-call-card--own">
              <Heading3>{t('partners.whoToCall.phone247')}</Heading3>
              {data.phone247 ? (
                <p className="utrecht-paragraph baken-call-card__number">
                  <PhoneLink phone={data.phone247} label={t('partners.whoToCall.phone247')} />
                </p>
              ) : (
                <p className="utrecht-paragraph baken-hint">{t('partners.whoToCall.notChosen')}</p>
              )}
              <p className="utrecht-paragraph baken-hint">{t('partners.whoToCall.phone247Hint')}</p>
            </div>
            <Person title={t('partners.whoToCall.designatedOfficer')} person={data.designatedOfficer} />
            <Person title={t('partners.whoToCall.substitute')} person={data.substitute} />
          </div>
          {manage && (
            <p className="utrecht-paragraph">
              <ButtonLink to="/partners/contactgegevens">{t('partners.whoToCall.edit')}</ButtonLink>
            </p>
          )}
          <Heading3>{t('partners.whoToCall.police')}</Heading3>
          {data.policeContacts.length === 0 ? (
            <p className="utrecht-paragraph baken-hint">{t('partners.whoToCall.policeEmpty')}</p>
          ) : (
            <div className="baken-call-grid">
              {data.policeContacts.map((partner) => (
                <PoliceContact key={partner.id} partner={partner} />
              ))}
            </div>
          )}
        </>
      )}
    </section>
  );
}
