import { useEffect, useRef, type ReactNode } from 'react';

type Kind = 'info' | 'ok' | 'warning' | 'error';

/**
 * A message block. Errors and confirmations are announced to screen readers.
 * A confirmation after an action may take focus (takeFocus): the form or row
 * that had it is often gone, and focus must not fall back to the page.
 */
export function Alert({ kind = 'info', title, children, takeFocus = false }: { kind?: Kind; title?: string; children?: ReactNode; takeFocus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  const live = kind === 'error' ? { role: 'alert' } : kind === 'ok' ? { role: 'status' } : {};
  return (
    <div className={`utrecht-alert utrecht-alert--${kind} baken-alert`} ref={ref} tabIndex={takeFocus ? -1 : undefined} {...live}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          {title && <p className="baken-alert__title">{title}</p>}
          {children}
        </div>
      </div>
    </div>
  );
}
