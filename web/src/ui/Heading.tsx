import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

/**
 * The page's one h1. It takes focus when a page opens, so a screen-reader user
 * hears where a client-side navigation landed, and it sets the document title.
 * The title is separate from the heading: a youth's name must not end up in
 * browser history or in the list of open tabs.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    document.title = `${title} — Baken`;
  }, [title]);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, [pathname]);
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
