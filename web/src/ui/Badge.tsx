import type { ReactNode } from 'react';

type Status = 'neutral' | 'success' | 'warning' | 'danger' | 'active' | 'inactive';

export function StatusBadge({ status = 'neutral', children }: { status?: Status; children: ReactNode }) {
  return <span className={`utrecht-status-badge utrecht-status-badge--${status}`}>{children}</span>;
}
