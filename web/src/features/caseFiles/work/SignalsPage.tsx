// Signals: everything worrying that anyone saw, from the signal list or in
// their own words, and side by side per source, because each party often sees
// only one piece (seed 001 §7).
import { useTranslation } from 'react-i18next';
import { OBSERVER_KINDS } from '../../../../../server/src/modules/caseFiles/caseFiles.options';
import { StatusBadge } from '../../../ui/Badge';
import { formatDate } from '../../../ui/format';
import { Heading2, Heading3 } from '../../../ui/Heading';
import { Cell, Row, Table } from '../../../ui/Table';
import { useCaseFile } from '../CaseFileLayout';
import { GuidanceTips } from './GuidanceTips';
import { optionText, specs } from './fieldSpecs';
import { useRecords, type CaseRecord } from './recordApi';
import { RecordSection } from './RecordSection';
import { useContentPack } from './useContent';
import { todayIso } from '../../../ui/calendar';

interface Signal extends CaseRecord {
  observedOn: string;
  observerKind: string;
  observerName: string;
  form: string;
  signalCode: string | null;
  signalListVersion: string;
  description: string;
  status: string;
}

export function SignalsPage() {
  const { t, i18n } = useTranslation();
  const { youth } = useCaseFile();
  const signalList = useContentPack('signalList');
  const signals = useRecords<Signal>(youth.id, 'signals');
  const itemText = (code: string | null) => {
    const item = signalList.data?.items.find((i) => i.code === code);
    return item ? (i18n.language === 'en' ? item.en : item.nl) : null;
  };
  const signalOptions =
    signalList.data?.items
      .filter((item) => !item.retired)
      .map((item) => {
        const category = signalList.data!.categories.find((c) => c.code === item.category);
        return { value: item.code, label: `${i18n.language === 'en' ? category?.en : category?.nl}: ${i18n.language === 'en' ? item.en : item.nl}` };
      }) ?? [];
  const bySource = OBSERVER_KINDS.map((kind) => ({ kind, items: (signals.data ?? []).filter((s) => s.observerKind === kind) })).filter((g) => g.items.length > 0);

  return (
    <div className="baken-work">
      <div className="baken-work__main">
        <Heading2>{t('signals.title')}</Heading2>
        <p className="utrecht-paragraph">{t('signals.intro')}</p>
        {bySource.length > 0 && (
          <section aria-labelledby="by-source">
            <Heading3 id="by-source">{t('signals.bySource')}</Heading3>
            <p className="utrecht-paragraph">{t('signals.bySourceIntro')}</p>
            <Table caption={t('signals.bySource')} captionHidden head={[t('fields.signal.observerKind'), t('recordKinds.signal.other'), t('fields.signal.form')]}>
              {bySource.map((group) => (
                <Row key={group.kind}>
                  <Cell header>{optionText(t, 'observerKinds', group.kind)}</Cell>
                  <Cell>{t('signals.sourceCount', { count: group.items.length })}</Cell>
                  <Cell>{[...new Set(group.items.map((s) => optionText(t, 'signalForms', s.form)))].join(', ')}</Cell>
                </Row>
              ))}
            </Table>
          </section>
        )}
        <RecordSection<Signal>
          kind="signal"
          path="signals"
          title={t('signals.allTitle')}
          headingLevel={3}
          fields={specs.signal(t, signalOptions)}
          newDefaults={() => ({ observedOn: todayIso(), status: 'new', observerKind: 'staff', form: 'unclear' })}
          renderItem={(s) => (
            <>
              <Heading3>
                {formatDate(s.observedOn)} · {optionText(t, 'observerKinds', s.observerKind)}
                {s.observerName ? ` (${s.observerName})` : ''}
              </Heading3>
              <p className="baken-record__badges">
                <StatusBadge status={s.status === 'new' ? 'warning' : 'neutral'}>{optionText(t, 'signalStatuses', s.status)}</StatusBadge>{' '}
                <StatusBadge>{optionText(t, 'signalForms', s.form)}</StatusBadge>
              </p>
              {itemText(s.signalCode) && <p className="utrecht-paragraph">{t('signals.fromList', { label: itemText(s.signalCode) ?? '' })}</p>}
              <p className="utrecht-paragraph baken-prewrap">{s.description}</p>
            </>
          )}
        />
      </div>
      <GuidanceTips place="signals" />
    </div>
  );
}
