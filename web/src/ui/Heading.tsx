import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's one h1. It sets the document title and takes focus when the page
 * opens, so a screen-reader user hears where a client-side navigation landed.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — Baken`;
    ref.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <h1 className="utrecht-heading-1" tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}

export function Heading2({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <h2 className="utrecht-heading-2" id={id}>
      {children}
    </h2>
  );
}

export function Heading3({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <h3 className="utrecht-heading-3" id={id}>
      {children}
    </h3>
  );
}
