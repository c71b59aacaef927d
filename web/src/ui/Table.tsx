import type { ReactNode } from 'react';

/** A data table with a caption (visible or for screen readers only) that scrolls sideways on small screens. */
export function Table({ caption, captionHidden = false, head, children }: { caption: string; captionHidden?: boolean; head: ReactNode[]; children: ReactNode }) {
  return (
    <div className="utrecht-table-container utrecht-table-container--overflow-inline" tabIndex={0} role="region" aria-label={caption}>
      <table className="utrecht-table utrecht-table--html-table">
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
