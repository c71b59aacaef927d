import type { ReactNode } from 'react';

type Kind = 'info' | 'ok' | 'warning' | 'error';

/** A message block. Errors and confirmations are announced to screen readers. */
export function Alert({ kind = 'info', title, children, id }: { kind?: Kind; title?: string; children?: ReactNode; id?: string }) {
  const live = kind === 'error' ? { role: 'alert' } : kind === 'ok' ? { role: 'status' } : {};
  return (
    <div className={`utrecht-alert utrecht-alert--${kind} baken-alert`} id={id} {...live}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          {title && <p className="baken-alert__title">{title}</p>}
          {children}
        </div>
      </div>
    </div>
  );
}
