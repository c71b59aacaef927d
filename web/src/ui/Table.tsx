import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * A data table with a caption (visible or for screen readers only) that scrolls sideways on small screens.
 * With `stack`, each row becomes a card on a narrow screen instead, every cell under its column's name:
 * for lists whose key columns would otherwise sit off-screen on a phone.
 */
export function Table({ caption, captionHidden = false, head, stack = false, children }: { caption: string; captionHidden?: boolean; head: ReactNode[]; stack?: boolean; children: ReactNode }) {
  const ref = useRef<HTMLTableElement>(null);
  // The stacked card shows each cell's column name from data-label; taken from the rendered header so callers need not repeat it.
  useLayoutEffect(() => {
    const table = ref.current;
    if (!stack || !table) return;
    const names = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    for (const row of table.querySelectorAll('tbody tr')) {
      [...row.children].forEach((cell, i) => {
        const name = names[i] ?? '';
        if (cell.getAttribute('data-label') !== name) cell.setAttribute('data-label', name);
      });
    }
  });
  return (
    <div className={`utrecht-table-container utrecht-table-container--overflow-inline${stack ? ' baken-table--stack' : ''}`} tabIndex={0} role="region" aria-label={caption}>
      <table className="utrecht-table utrecht-table--html-table" ref={ref}>
        <caption className={`utrecht-table__caption ${captionHidden ? 'baken-visually-hidden' : ''}`}>{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {head.map((cell, i) => (
              <th className="utrecht-table__header-cell" scope="col" key={i}>
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}

export function Row({ children }: { children: ReactNode }) {
  return <tr className="utrecht-table__row">{children}</tr>;
}

export function Cell({ children, header = false }: { children?: ReactNode; header?: boolean }) {
  return header ? (
    <th className="utrecht-table__header-cell" scope="row">
      {children}
    </th>
  ) : (
    <td className="utrecht-table__cell">{children}</td>
  );
}
