// The one way back up from a page: "← Terug naar …", sentence case, above or
// beside the heading, and left off paper (a printed receipt, a covenant).
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import './backLink.css';

export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="baken-back-link">
      <Link className="utrecht-link utrecht-link--html-a" to={to}>
        <span aria-hidden="true">← </span>
        {children}
      </Link>
    </p>
  );
}
