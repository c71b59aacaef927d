// The organisation's register of CoMensha registrations (the designated
// officer's): counts per year and form as a chart with the same figures in a
// table, every registration with a link to the file where the viewer may open
// it, the files where consent is still to be asked (open work), and the files
// that hold a reasoning instead of a registration.
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../ui/Button';
import { formatDate, formatDateTime } from '../../ui/format';
import { Heading2, PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { EXPLOITATION_FORMS } from '../../../../server/src/modules/comensha/comensha.options';
import { useComenshaRegister } from './api';
import { CountsChart } from './CountsChart';
import './comensha.css';

function YouthName({ youthId, name }: { youthId: string | null; name: string }) {
  return youthId ? <TextLink to={`/jongeren/${youthId}/comensha`}>{name}</TextLink> : <>{name}</>;
}

export function ComenshaRegisterPage() {
  const { t } = useTranslation();
  const register = useComenshaRegister();
  const data = register.data;
  // "Not asked yet" is open work, not a reasoning against registering: it gets its own list.
  const toAsk = data?.notRegistered.filter((n) => n.reason === 'notYetAsked') ?? [];
  const weighed = data?.notRegistered.filter((n) => n.reason !== 'notYetAsked') ?? [];
  return (
    <>
      <PageHeading title={t('comensha.register.title')}>{t('comensha.register.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('comensha.register.intro')}</p>
      {register.isPending && <Loading />}
      {register.isError && <LoadError error={register.error} />}
      {data && (
        <>
          <section aria-labelledby="comensha-per-year" className="baken-section">
            <Heading2 id="comensha-per-year">{t('comensha.register.perYearTitle')}</Heading2>
            {data.countsByYear.length === 0 ? (
              <EmptyState title={t('comensha.register.noneYet')} />
            ) : (
              <div className="baken-columns">
                <CountsChart counts={data.countsByYear} />
                <Table stack
                  caption={t('comensha.register.perYearTitle')}
                  captionHidden
                  head={[t('comensha.register.year'), ...EXPLOITATION_FORMS.map((form) => t(`comensha.options.forms.${form}`)), t('comensha.register.total')]}
                >
                  {data.countsByYear.map((row) => (
                    <Row key={row.year}>
                      <Cell header>{row.year}</Cell>
                      {EXPLOITATION_FORMS.map((form) => (
                        <Cell key={form}>{row[form]}</Cell>
                      ))}
                      <Cell>
                        <strong>{row.total}</strong>
                      </Cell>
                    </Row>
                  ))}
                </Table>
              </div>
            )}
          </section>

          {data.registrations.length > 0 && (
            <section aria-labelledby="comensha-all" className="baken-section">
              <Heading2 id="comensha-all">{t('comensha.register.listTitle')}</Heading2>
              <Table stack
                caption={t('comensha.register.caption', { count: data.registrations.length })}
                head={[t('comensha.register.youth'), t('comensha.register.date'), t('comensha.register.form'), t('comensha.register.recordedBy')]}
              >
                {data.registrations.map((r) => (
                  <Row key={r.id}>
                    <Cell header>
                      <YouthName youthId={r.youthId} name={r.youthName} />
                    </Cell>
                    <Cell>{formatDateTime(r.registeredAt)}</Cell>
                    <Cell>{t(`comensha.options.forms.${r.form}`)}</Cell>
                    <Cell>{r.recordedByName ?? '—'}</Cell>
                  </Row>
                ))}
              </Table>
            </section>
          )}

          {toAsk.length > 0 && (
            <section aria-labelledby="comensha-to-ask" className="baken-section">
              <Heading2 id="comensha-to-ask">{t('comensha.register.toAskTitle')}</Heading2>
              <p className="utrecht-paragraph">{t('comensha.register.toAskIntro')}</p>
              <Table stack caption={t('comensha.register.toAskCaption', { count: toAsk.length })} head={[t('comensha.register.youth'), t('comensha.register.noteOn')]}>
                {toAsk.map((n, i) => (
                  <Row key={`${n.youthId ?? 'x'}-${i}`}>
                    <Cell header>
                      <YouthName youthId={n.youthId} name={n.youthName} />
                    </Cell>
                    <Cell>{formatDate(n.decidedOn)}</Cell>
                  </Row>
                ))}
              </Table>
            </section>
          )}

          <section aria-labelledby="comensha-not-registered" className="baken-section">
            <Heading2 id="comensha-not-registered">{t('comensha.register.notRegisteredTitle')}</Heading2>
            {weighed.length === 0 ? (
              <EmptyState title={t('comensha.register.notRegisteredNone')} />
            ) : (
              <Table stack
                caption={t('comensha.register.notRegisteredCaption', { count: weighed.length })}
                head={[t('comensha.register.youth'), t('comensha.register.reason'), t('comensha.register.decidedOn')]}
              >
                {weighed.map((n, i) => (
                  <Row key={`${n.youthId ?? 'x'}-${i}`}>
                    <Cell header>
                      <YouthName youthId={n.youthId} name={n.youthName} />
                    </Cell>
                    <Cell>{t(`comensha.options.reasons.${n.reason}`)}</Cell>
                    <Cell>{formatDate(n.decidedOn)}</Cell>
                  </Row>
                ))}
              </Table>
            )}
          </section>
        </>
      )}
    </>
  );
}
