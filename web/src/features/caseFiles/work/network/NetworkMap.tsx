// The network drawn as a map around the youth, with its legend, and the same
// data as tables: the tables are what a screen reader reads and what a
// printout keeps legible. Classification shows as ring, colour, sign and text,
// never as colour alone; the kind of item shows as shape.
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { StatusBadge } from '../../../../ui/Badge';
import { Button } from '../../../../ui/Button';
import { Heading2, Heading3 } from '../../../../ui/Heading';
import { EmptyState } from '../../../../ui/States';
import { Cell, Row, Table } from '../../../../ui/Table';
import { optionText } from '../fieldSpecs';
import { accountText, byUrgency, current, layoutNetwork, RING_ORDER, shorten, SIDE_PADDING, SIZE, summarise, type Classification, type Network, type NodeKind } from './networkModel';
import { printPart } from './printPart';

export const classificationBadge = (c: string) => (c === 'dangerous' ? 'danger' : c === 'risky' ? 'warning' : c === 'supportive' ? 'success' : 'neutral');

/** The sign inside a node, so the classification reads without colour (and on a black-and-white printout). */
function Glyph({ classification }: { classification: Classification }) {
  const common = { className: 'baken-netmap__glyph', fill: 'none' } as const;
  switch (classification) {
    case 'supportive':
      return <path {...common} d="M-6 0 L-2 5 L6 -5" />;
    case 'neutral':
      return <path {...common} d="M-6 0 H6" />;
    case 'risky':
      return (
        <g>
          <path {...common} d="M0 -7 V2" />
          <circle className="baken-netmap__glyph-dot" cx={0} cy={6} r={1.8} />
        </g>
      );
    case 'dangerous':
      return <path {...common} d="M-5 -5 L5 5 M5 -5 L-5 5" />;
  }
}

function Shape({ kind }: { kind: NodeKind }) {
  if (kind === 'place') return <rect className="baken-netmap__shape" x={-14} y={-14} width={28} height={28} rx={2} />;
  if (kind === 'account') return <polygon className="baken-netmap__shape" points="0,-17 17,0 0,17 -17,0" />;
  return <circle className="baken-netmap__shape" r={16} />;
}

/** A shape in a classification, for the legend. */
function Swatch({ kind, classification }: { kind: NodeKind; classification: Classification }) {
  return (
    <svg className="baken-netmap__swatch" viewBox="-20 -20 40 40" width="28" height="28" aria-hidden="true" focusable="false">
      <g className={`baken-netmap__node baken-netmap__node--${classification}`}>
        <Shape kind={kind} />
        <Glyph classification={classification} />
      </g>
    </svg>
  );
}

function summaryText(t: TFunction, youthName: string, network: Network): string {
  const s = summarise(network);
  const detail = RING_ORDER.filter((c) => s.persons[c] > 0)
    .map((c) => t('network.map.summaryClass', { count: s.persons[c], classification: optionText(t, 'classifications', c).toLowerCase() }))
    .join(', ');
  return t('network.map.summary', {
    name: youthName,
    persons: s.personCount === 0 ? t('network.map.summaryNoPersons') : t('network.map.summaryPersons', { count: s.personCount, detail }),
    places: t('network.map.summaryPlaces', { count: s.placeCount }),
    accounts: t('network.map.summaryAccounts', { count: s.accountCount }),
  });
}

function Lines({ items, nowrap = false }: { items: string[]; nowrap?: boolean }) {
  const { t } = useTranslation();
  if (items.length === 0) return <>{t('network.table.none')}</>;
  return (
    <ul className="baken-plain-list">
      {items.map((item, i) => (
        <li key={i} className={nowrap ? 'baken-netmap__nowrap' : undefined}>
          {item}
        </li>
      ))}
    </ul>
  );
}

export function NetworkMap({ youthFirstName, network }: { youthFirstName: string; network: Network }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const layout = useMemo(() => layoutNetwork(network), [network]);
  const shown = useMemo(() => current(network), [network]);
  const classText = (c: Classification) => optionText(t, 'classifications', c);
  const isEmpty = layout.nodes.length === 0;
  return (
    <section aria-labelledby="network-map-heading" className="baken-record-section baken-netmap" ref={ref}>
      <Heading2 id="network-map-heading">{t('network.map.title')}</Heading2>
      {isEmpty ? (
        <EmptyState title={t('network.map.empty')} />
      ) : (
        <>
          <p className="utrecht-paragraph">{t('network.map.intro')}</p>
          <p className="utrecht-paragraph baken-netmap__actions">
            <Button appearance="subtle" onClick={() => printPart(ref.current)}>
              {t('network.map.print')}
            </Button>
          </p>
          <div className="baken-netmap__figure">
            <svg viewBox={`${-SIDE_PADDING} 0 ${SIZE + 2 * SIDE_PADDING} ${SIZE}`} role="img" aria-label={summaryText(t, youthFirstName, network)} className="baken-netmap__svg">
              {layout.rings.map((ring) => (
                <circle key={ring.classification} className={`baken-netmap__ring baken-netmap__ring--${ring.classification}`} cx={layout.centre} cy={layout.centre} r={ring.radius} fill="none" />
              ))}
              {layout.rings.map((ring) => (
                <text key={ring.classification} className="baken-netmap__ring-label" x={layout.centre} y={layout.centre - ring.radius - 6} textAnchor="middle">
                  {classText(ring.classification)}
                </text>
              ))}
              {layout.links.map((link) => (
                <line key={link.id} className="baken-netmap__link" x1={link.x1} y1={link.y1} x2={link.x2} y2={link.y2} />
              ))}
              <g className="baken-netmap__youth" transform={`translate(${layout.centre} ${layout.centre})`}>
                <circle r={34} />
                <text y={5} textAnchor="middle">
                  {shorten(youthFirstName, 9)}
                </text>
              </g>
              {layout.nodes.map((node) => (
                <g key={node.id} className={`baken-netmap__node baken-netmap__node--${node.classification}`} transform={`translate(${node.x} ${node.y})`}>
                  <title>{`${node.title} — ${classText(node.classification)}`}</title>
                  <Shape kind={node.kind} />
                  <Glyph classification={node.classification} />
                  <text className="baken-netmap__label" y={node.labelAbove ? -24 : 33} textAnchor="middle">
                    {node.label}
                  </text>
                </g>
              ))}
            </svg>
          </div>
          <div className="baken-netmap__legend">
            <Heading3>{t('network.map.legendTitle')}</Heading3>
            <p className="baken-netmap__legend-heading">{t('network.map.legendClassifications')}</p>
            <ul className="baken-netmap__legend-list">
              {RING_ORDER.map((c) => (
                <li key={c}>
                  <Swatch kind="person" classification={c} />
                  {classText(c)} — {t(`network.map.legendRing.${c}`)}
                </li>
              ))}
            </ul>
            <p className="baken-netmap__legend-heading">{t('network.map.legendShapes')}</p>
            <ul className="baken-netmap__legend-list">
              <li>
                <Swatch kind="person" classification="neutral" />
                {t('network.map.shapePerson')}
              </li>
              <li>
                <Swatch kind="place" classification="neutral" />
                {t('network.map.shapePlace')}
              </li>
              <li>
                <Swatch kind="account" classification="neutral" />
                {t('network.map.shapeAccount')}
              </li>
              <li>
                <svg className="baken-netmap__swatch" viewBox="-20 -20 40 40" width="28" height="28" aria-hidden="true" focusable="false">
                  <line className="baken-netmap__link" x1={-18} y1={10} x2={18} y2={-10} />
                </svg>
                {t('network.map.shapeLink')}
              </li>
            </ul>
          </div>
          <NetworkTables network={shown} />
        </>
      )}
    </section>
  );
}

/** The map's data as tables: every person, place and account still in the network. */
function NetworkTables({ network }: { network: Network }) {
  const { t } = useTranslation();
  const { persons, places, accounts } = network;
  const personIds = new Set(persons.map((p) => p.id));
  const loose = accounts.filter((a) => !a.personId || !personIds.has(a.personId));
  const badge = (c: Classification) => <StatusBadge status={classificationBadge(c)}>{optionText(t, 'classifications', c)}</StatusBadge>;
  return (
    <>
      {persons.length > 0 && (
        <Table
          stack
          caption={t('network.table.personsCaption')}
          head={[t('network.table.name'), t('network.table.relation'), t('network.table.classification'), t('network.table.phones'), t('network.table.addresses'), t('network.table.vehicles'), t('network.table.accounts')]}
        >
          {byUrgency(persons).map((p) => (
            <Row key={p.id}>
              <Cell header>{p.name}</Cell>
              <Cell>{p.relation}</Cell>
              <Cell>{badge(p.classification)}</Cell>
              <Cell>
                <Lines items={p.phones} nowrap />
              </Cell>
              <Cell>
                <Lines items={p.addresses} />
              </Cell>
              <Cell>
                <Lines items={p.vehicles.map((v) => [v.plate, v.description].filter(Boolean).join(' — '))} />
              </Cell>
              <Cell>
                <Lines items={[...accounts.filter((a) => a.personId === p.id).map((a) => `${accountText(a)} (${optionText(t, 'classifications', a.classification).toLowerCase()})`), ...p.socialHandles]} />
              </Cell>
            </Row>
          ))}
        </Table>
      )}
      {places.length > 0 && (
        <Table stack caption={t('network.table.placesCaption')} head={[t('network.table.address'), t('network.table.kind'), t('network.table.classification')]}>
          {byUrgency(places).map((p) => (
            <Row key={p.id}>
              <Cell header>{p.address}</Cell>
              <Cell>{optionText(t, 'placeKinds', p.kind)}</Cell>
              <Cell>{badge(p.classification)}</Cell>
            </Row>
          ))}
        </Table>
      )}
      {loose.length > 0 && (
        <Table stack caption={t('network.table.accountsCaption')} head={[t('network.table.account'), t('network.table.classification')]}>
          {byUrgency(loose).map((a) => (
            <Row key={a.id}>
              <Cell header>{accountText(a)}</Cell>
              <Cell>{badge(a.classification)}</Cell>
            </Row>
          ))}
        </Table>
      )}
    </>
  );
}
